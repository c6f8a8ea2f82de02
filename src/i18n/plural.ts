/** `{ one, other }` plural forms; `{n}` is replaced by the number. */
export type Plural = { one: string; other: string };

/**
 * The plural form for `n` in `locale`, with `{n}` (and any other `{name}`) filled in. No
 * imports, so the search dialog can use it in the browser.
 */
export function plural(
  locale: string,
  n: number,
  forms: Plural,
  values: Record<string, string | number> = {},
): string {
  const form = new Intl.PluralRules(locale).select(n) === 'one' ? forms.one : forms.other;
  return Object.entries({ n, ...values }).reduce(
    (text, [key, value]) => text.replaceAll(`{${key}}`, String(value)),
    form,
  );
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/**
 * As `plural`, with `n` and every number in `values` written for the locale: "1,200 goals found."
 * Rules and formats are kept per locale, for lists that say it hundreds of times.
 */
export function pluralCount(
  locale: string,
  n: number,
  forms: Plural,
  values: Record<string, string | number> = {},
): string {
  let select = rules.get(locale);
  if (!select) rules.set(locale, (select = new Intl.PluralRules(locale)));
  let format = numbers.get(locale);
  if (!format) numbers.set(locale, (format = new Intl.NumberFormat(locale)));
  const form = select.select(n) === 'one' ? forms.one : forms.other;
  return Object.entries({ n, ...values }).reduce(
    (text, [key, value]) =>
      text.replaceAll(`{${key}}`, typeof value === 'number' ? format.format(value) : value),
    form,
  );
}
