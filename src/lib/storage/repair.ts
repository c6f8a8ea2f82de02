/**
 * Repairing a value that could not be read (a set-aside value, or its downloaded raw file), so
 * it can be restored: JSON, version and migrations exactly as on reading, then what the
 * store's schema objects to is repaired where it safely can be. Over-long text is shortened to
 * the limit, an impossible date is cleared (or, where a date is required, its item is left
 * out), a list past its limit keeps its first items, and an item that still fails is left out.
 * Every change is reported in plain words. Pure: nothing is written.
 */
import * as z from 'zod/mini';
import { pluralCount } from '../../i18n/plural';
import { formatNumber, pageLocale } from '../format';
import { decodeRaw } from './codec';
import type { StoreDefinition } from './define';

export type RepairKind = 'shortened' | 'cleared' | 'trimmed' | 'removed';

export interface RepairChange {
  kind: RepairKind;
  /** What was changed, in a sentence: "The title of the goal 3 was shortened from 250 to 200 characters." */
  text: string;
  /** The limit that applied (characters or items), for a summary such as "shortened to 200 characters". */
  limit?: number;
}

export type Repaired<T> =
  { ok: true; value: T; changes: RepairChange[] } | { ok: false; reason: string };

/** What the items of a list are called, by the field holding them, and what holds them. */
export const itemWords: Record<string, { one: string; other: string; holder: string }> = {
  goals: { one: 'goal', other: 'goals', holder: 'the planner holds' },
  steps: { one: 'step', other: 'steps', holder: 'a goal holds' },
  log: { one: 'log entry', other: 'log entries', holder: 'a goal holds' },
  guides: { one: 'linked guide', other: 'linked guides', holder: 'a goal holds' },
  meetings: { one: 'meeting', other: 'meetings', holder: 'the meeting log holds' },
  actions: { one: 'action item', other: 'action items', holder: 'a meeting holds' },
  contacts: { one: 'person', other: 'people', holder: 'My network holds' },
  interests: { one: 'interest', other: 'interests', holder: 'the directory keeps' },
  drafts: { one: 'unfinished self-assessment', other: 'unfinished self-assessments', holder: '' },
  attempts: {
    one: 'completed self-assessment',
    other: 'completed self-assessments',
    holder: 'the tool keeps',
  },
};

type Path = readonly PropertyKey[];

const anything = z.unknown();
const dateLike = /^\s*[+-]?\d{1,7}-\d{1,2}-\d{1,2}/;
const MAX_ROUNDS = 20;

/** The raw text of a stored value, repaired as far as it safely can be, or why it cannot. */
export function repairValue<T extends { version: number }>(
  definition: StoreDefinition<T>,
  raw: string,
): Repaired<T> {
  // JSON, version checks and migrations exactly as on reading: the store's own schema comes after.
  const migrated = decodeRaw(
    { ...definition, schema: anything as unknown as z.ZodMiniType<T> },
    raw,
  );
  if (!migrated.ok) return migrated;
  // A list missing altogether (a set-aside value holds only the lists that had bad items) is
  // an empty one.
  const value: { root: unknown } = { root: { ...definition.initial, ...migrated.value } };
  // Lists keyed by id (drafts by instrument): an entry that cannot be repaired is left out.
  const records = new Set(definition.items?.map((list) => list.field));
  // Each change with where it was made, so a change inside an item that is left out later goes too.
  const changes: Made[] = [];
  // Dates cleared so far, by path: if the schema needs a date there, the item goes instead.
  const cleared = new Map<string, Made>();
  const locale = pageLocale();

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = definition.schema.safeParse(value.root);
    if (parsed.success) {
      return { ok: true, value: parsed.data, changes: changes.map((c) => c.change) };
    }
    const removals: Made[] = [];
    const before = changes.length;
    for (const issue of parsed.error.issues) {
      const path = issue.path;
      const here = get(value.root, path);
      const where = describePath(value.root, path);
      if (issue.code === 'too_big' && issue.origin === 'string' && typeof here === 'string') {
        const limit = Number(issue.maximum);
        set(value, path, cut(here, limit));
        changes.push(
          at(path, {
            kind: 'shortened',
            limit,
            text: `${capital(where)} was shortened from ${pluralCount(locale, here.length, { one: '{n} character', other: '{n} characters' })} to ${formatNumber(limit, locale)}.`,
          }),
        );
        continue;
      }
      if (issue.code === 'too_big' && issue.origin === 'array' && Array.isArray(here)) {
        const limit = Number(issue.maximum);
        const words = itemWords[String(path.at(-1))];
        const count = (n: number) => formatNumber(n, locale);
        set(value, path, here.slice(0, limit));
        changes.push(
          at(path, {
            kind: 'trimmed',
            limit,
            text: `${capital(where)}: only the first ${count(limit)} of ${count(here.length)} were kept (${words?.holder ?? 'the limit is'} at most ${count(limit)}); ${count(here.length - limit)} left out.`,
          }),
        );
        continue;
      }
      const key = JSON.stringify(path.map(String));
      if (typeof here === 'string' && dateLike.test(here) && !cleared.has(key)) {
        const change = at(path, {
          kind: 'cleared',
          text: `${capital(where)} "${here.slice(0, 40)}" is not a real date and was cleared.`,
        });
        set(value, path, null);
        cleared.set(key, change);
        changes.push(change);
        continue;
      }
      const item = itemOf(value.root, path, records);
      if (!item) {
        return {
          ok: false,
          reason: `it does not have the expected shape (${problem(where, issue)})`,
        };
      }
      const date = cleared.get(key);
      const because = date
        ? `${where} is not a real date and it is required`
        : problem(where, issue);
      removals.push(
        at(item, {
          kind: 'removed',
          text: `${capital(describePath(value.root, item))} was left out: ${because}.`,
        }),
      );
    }
    // Nothing this round could repair: it never will be.
    if (removals.length === 0 && changes.length === before) break;
    applyRemovals(value, removals, changes);
  }
  return { ok: false, reason: 'it could not be repaired' };
}

/** A schema problem in words, where no repair applies. */
function problem(where: string, issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && issue.origin === 'string') return `${where} is empty`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where} is missing`;
  return `${where} is not valid (${issue.message})`;
}

interface Made {
  change: RepairChange;
  path: Path;
}

const at = (path: Path, change: RepairChange): Made => ({ change, path });
const keyOf = (path: Path) => path.map(String).join('\u0000');
const within = (path: Path, item: Path) =>
  path.length >= item.length && item.every((segment, i) => String(path[i]) === String(segment));

/**
 * Leaves out items, deepest and last first, so no removal shifts another; one removal per item,
 * and none for an item inside another that goes anyway. Changes made inside them go too.
 */
function applyRemovals(value: { root: unknown }, removals: Made[], changes: Made[]): void {
  const unique = [...new Map(removals.map((r) => [keyOf(r.path), r])).values()].filter(
    (r) => !removals.some((o) => o.path.length < r.path.length && within(r.path, o.path)),
  );
  const order = [...unique].sort(
    (a, b) => b.path.length - a.path.length || Number(b.path.at(-1)) - Number(a.path.at(-1)),
  );
  for (const removal of order) {
    const list = get(value.root, removal.path.slice(0, -1));
    const last = removal.path.at(-1)!;
    if (Array.isArray(list)) list.splice(Number(last), 1);
    else if (typeof list === 'object' && list !== null) {
      delete (list as Record<PropertyKey, unknown>)[last];
    }
    for (let i = changes.length - 1; i >= 0; i--) {
      if (within(changes[i]!.path, removal.path)) changes.splice(i, 1);
    }
  }
  changes.push(...unique);
}

/**
 * The path of the innermost list item that holds `path` (or the entry of a list keyed by id,
 * such as drafts), or null when it is in no list.
 */
function itemOf(root: unknown, path: Path, records: ReadonlySet<string>): Path | null {
  for (let end = path.length; end > 0; end--) {
    if (Array.isArray(get(root, path.slice(0, end - 1))) && typeof path[end - 1] === 'number') {
      return path.slice(0, end);
    }
  }
  const list = get(root, path.slice(0, 1));
  const keyed = records.has(String(path[0])) && !Array.isArray(list) && typeof list === 'object';
  return keyed && path.length >= 2 ? path.slice(0, 2) : null;
}

function get(root: unknown, path: Path): unknown {
  let here = root;
  for (const segment of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[segment];
  }
  return here;
}

function set(value: { root: unknown }, path: Path, next: unknown): void {
  if (path.length === 0) {
    value.root = next;
    return;
  }
  const parent = get(value.root, path.slice(0, -1));
  if (typeof parent === 'object' && parent !== null) {
    (parent as Record<PropertyKey, unknown>)[path.at(-1)!] = next;
  }
}

/** Text cut to `limit` UTF-16 units, never in the middle of a character such as an emoji. */
function cut(text: string, limit: number): string {
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  return text.slice(0, end);
}

/** "the title of the goal "Present at rounds"", "the text of step 3 of the goal 2". */
export function describePath(root: unknown, path: Path): string {
  const parts: string[] = [];
  let field = '';
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const list = String(path[i - 1]);
    if (typeof segment === 'number' && Array.isArray(get(root, path.slice(0, i)))) {
      const item = get(root, path.slice(0, i + 1));
      const name = labelOf(item);
      const noun = itemWords[list]?.one ?? 'item';
      parts.unshift(name ? `the ${noun} "${name}"` : `${noun} ${String(segment + 1)}`);
      field = '';
    } else if (i === 1 && itemWords[list] && !Array.isArray(get(root, path.slice(0, 1)))) {
      // An entry of a list keyed by id, e.g. the draft of one self-assessment.
      parts.unshift(`the ${itemWords[list].one} "${String(segment)}"`);
      field = '';
    } else if (typeof segment === 'string' && i === path.length - 1) {
      field = words(segment);
    }
  }
  if (field) parts.unshift(`the ${field}`);
  return parts.join(' of ') || 'the value';
}

function labelOf(item: unknown): string {
  if (typeof item !== 'object' || item === null) return '';
  const { title, name } = item as { title?: unknown; name?: unknown };
  const label =
    typeof title === 'string' && title.trim() ? title : typeof name === 'string' ? name : '';
  const short = label.trim().replace(/\s+/g, ' ');
  return short.length > 40 ? `${cut(short, 40)}…` : short;
}

/** "howTheyHelp" -> "how they help". */
function words(field: string): string {
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
