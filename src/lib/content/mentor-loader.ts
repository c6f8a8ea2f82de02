/**
 * The content loader of the mentor directory: one YAML file per mentor in src/content/mentors/
 * (Astro's glob loader, as before) and, when it exists, the spreadsheet
 * src/content/mentors/mentors.csv, one mentor a row (src/lib/mentors/csv.ts). Both go through the
 * collection's schema; a bad row fails the build with every problem of the file, each naming the
 * row, the column and what to write instead.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImageFunction } from 'astro:content';
import { AstroError } from 'astro/errors';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { plural } from '../../i18n/plural';
import { decodeCsv, readMentorsCsv, type CsvProblem } from '../mentors/csv';
import { duplicateSlugs, formatProblems, schemaProblems } from '../mentors/csv-problems';
import { mentorSchema } from '../schemas/mentor';

/** Where mentors are listed, from the site root. */
const folder = 'src/content/mentors';
/** The spreadsheet, from the site root. */
export const mentorsCsv = `${folder}/mentors.csv`;
/** Where a spreadsheet's photos are, from the site root; a row names only the file. */
const photos = 'src/assets/mentors';
/** What Astro's image() is given: the photo's path from the spreadsheet, as in a YAML file. */
const photoFromCsv = posix.relative(folder, photos);
const photoTypes = /\.(jpe?g|png|webp|avif)$/i;

/**
 * The schema with a photo as its file name: the file is looked up below, and Astro's image()
 * checks it again in parseData. Every other field is checked exactly as the build checks it.
 */
export const csvRowSchema = mentorSchema((() => z.string()) as unknown as ImageFunction);

/** What loading the spreadsheet needs of Astro's loader context. */
export interface CsvLoadContext {
  /** The site root (Astro's `config.root`). */
  root: URL;
  store: Pick<LoaderContext['store'], 'keys' | 'get' | 'set' | 'delete'>;
  parseData: LoaderContext['parseData'];
}

/** A photo that cannot be shown: not in src/assets/mentors/, or not a JPEG, PNG, WebP or AVIF. */
function photoProblem(root: string, name: string): string | undefined {
  if (!photoTypes.test(name)) return `"${name}" is not a JPEG, PNG, WebP or AVIF photo`;
  if (existsSync(join(root, photos, name))) return undefined;
  return `"${name}" is not in ${photos}/; upload it there or check the spelling (capital letters count)`;
}

/**
 * Loads the spreadsheet's mentors into the store, in place of the ids it loaded before
 * (`previous`), and returns their ids. Throws, listing every problem, when a row is wrong.
 */
export async function loadMentorsCsv(
  { root, store, parseData }: CsvLoadContext,
  previous: ReadonlySet<string> = new Set(),
): Promise<Set<string>> {
  for (const id of previous) store.delete(id);
  const rootPath = fileURLToPath(root);
  const file = join(rootPath, mentorsCsv);
  if (!existsSync(file)) return new Set();

  const { rows, problems, at } = readMentorsCsv(decodeCsv(await readFile(file)));
  problems.push(...schemaProblems(rows, csvRowSchema, at));
  for (const { row, input } of rows) {
    if (typeof input.photo !== 'string') continue;
    const message = photoProblem(rootPath, input.photo);
    if (message) problems.push({ row, column: at('photo'), message } satisfies CsvProblem);
  }
  const taken = new Map(
    [...store.keys()].map((id) => [id, store.get(id)?.filePath ?? `the mentor "${id}"`]),
  );
  problems.push(...duplicateSlugs(rows, taken));
  if (problems.length > 0) {
    const count = plural('en', problems.length, { one: 'a problem', other: '{n} problems' });
    throw new AstroError(
      `The mentors spreadsheet has ${count}:\n${formatProblems(mentorsCsv, problems)}`,
      'Fix each cell in the spreadsheet, export it as CSV again and replace the file; row 1 is the header row (docs/listing-mentors.md, "Listing mentors in a spreadsheet").',
    );
  }

  const ids = new Set<string>();
  for (const { slug, input } of rows) {
    const photo =
      typeof input.photo === 'string' ? { photo: `${photoFromCsv}/${input.photo}` } : {};
    const data = await parseData({ id: slug, data: { ...input, ...photo }, filePath: file });
    store.set({ id: slug, data, filePath: mentorsCsv });
    ids.add(slug);
  }
  return ids;
}

/** The mentors collection's loader: the YAML files, then the spreadsheet. */
export function mentorLoader(): Loader {
  const yaml = glob({ pattern: '*.yaml', base: `./${folder}` });
  return {
    name: 'medmentor-mentors',
    load: async (context) => {
      // The glob loader drops every entry that is not a YAML file (also rows loaded before).
      await yaml.load(context);
      const csv: CsvLoadContext = {
        root: context.config.root,
        store: context.store,
        parseData: (entry) => context.parseData(entry),
      };
      let loaded = await loadMentorsCsv(csv);
      const { watcher, logger } = context;
      if (!watcher) return;
      // In `astro dev`, a new export of the spreadsheet replaces its rows.
      const file = join(fileURLToPath(context.config.root), mentorsCsv);
      watcher.add(file);
      const reload = async (changed: string) => {
        if (changed !== file) return;
        try {
          loaded = await loadMentorsCsv(csv, loaded);
          logger.info(`Reloaded ${mentorsCsv}`);
        } catch (error) {
          loaded = new Set();
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) {
        watcher.on(event, (changed: string) => void reload(changed));
      }
    },
  };
}
