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
