/**
 * What a store is: its key, its schema and versions, its migrations, and how it takes part in
 * backups, imports and sharing. Each tool defines its stores with `defineStore` and lists them
 * in `registry.ts`; the data layer does the rest.
 */
import type * as z from 'zod/mini';
import type { ShareSection } from '../schemas/share';

export interface StoreDefinition<T extends { version: number }> {
  /** Key name without the prefix: "prefs" is stored at `medmentor:prefs`. */
  name: string;
  /** Plain-language title for My data, previews and backups, e.g. "Goal plans". */
  title: string;
  /** The version this code writes. */
  version: T['version'];
  /** Schema of the current version, including `version`. */
  schema: z.ZodMiniType<T>;
  /** Pure migrations: `migrations[n]` turns a version-n value into version n + 1. */
  migrations: Record<number, (old: unknown) => unknown>;
  /** The value when nothing is stored. */
  initial: T;
  /** A short description for previews, e.g. "3 goals, 12 steps" or "nothing yet". */
  describe(value: T): string;
  /** Import in "merge" mode: combine what is here with what comes in. */
  merge(current: T, incoming: T): T;
  /** Whether changes count toward the "time to back up" nudge. Default: true. */
  countsAsChange?: boolean;
  /**
   * The lists of items (goals, meetings, contacts, attempts, drafts) that can be read one by
   * one: when the whole value fails its schema, the items that pass stay in the tool and only
   * the others are set aside. Each names the field of the value (an array or a record of
   * items) and the schema of one item.
   */
  items?: ItemList[];
}

export interface ItemList {
  /** The field of the store's value holding the items, e.g. "goals". */
  field: string;
  /** The schema of one item. */
  schema: z.ZodMiniType;
  /** What one and several items are called, for messages: { one: 'goal', other: 'goals' }. */
  noun: { one: string; other: string };
}

export interface ShareDefinition<T> {
  /** Unique id of the option, e.g. "assessment-results". */
  id: string;
  /** Label of the checkbox on the share form. */
  label: string;
  /** Whether the box starts checked. Preferences and free-text notes start unchecked. */
  defaultOn: boolean;
  /**
   * The read-only summary, written to the mentor who reads it (`who` is the person sharing);
   * `null` when there is nothing to share.
   */
  summarize(value: T, who: ShareWho): ShareSection | null;
}

/** A share option of any store, for lists of mixed stores (see `AnyStoreDefinition`). */
export type AnyShareDefinition = ShareDefinition<{ version: number }>;

/** The person who shares: their first name, when they chose to give it. */
export interface ShareWho {
  name: string | null;
}

/** Identity helper that keeps the value type inferred from the schema. */
export function defineStore<T extends { version: number }>(
  definition: StoreDefinition<T>,
): StoreDefinition<T> {
  return definition;
}

/**
 * Any store definition, for lists of mixed stores. Every definition fits: values are only read
 * as `{ version: number }`, and `describe`, `merge` and `summarize` are methods, which
 * TypeScript checks bivariantly, so a definition of a narrower value type is assignable.
 */
export type AnyStoreDefinition = StoreDefinition<{ version: number }>;
