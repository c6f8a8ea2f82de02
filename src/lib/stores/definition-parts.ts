/** Parts that several store definitions share: the first-version basics and a counted describe. */
import type * as z from 'zod/mini';
import { pluralCount, type Plural } from '../../i18n/plural';
import { pageLocale } from '../format';
import { storeTitle } from '../storage/keys';

/** Name, title, version 1, schema, no migrations and the empty value, for a store at version 1. */
export function firstVersion<T extends { version: 1 }>(
  name: string,
  schema: z.ZodMiniType<T>,
  initial: T,
) {
  return { name, title: storeTitle(name), version: 1 as const, schema, migrations: {}, initial };
}

/** A store's preview: "nothing yet", or the count in words ("3 people"). */
export function countOrNothing(count: number, forms: Plural): string {
  return count === 0 ? 'nothing yet' : pluralCount(pageLocale(), count, forms);
}
