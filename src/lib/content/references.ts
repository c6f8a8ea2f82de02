/**
 * The references collection (src/content/references.yaml): lookups for `<Cite>` and the
 * Sources list at the end of each guide. An unknown id fails the build with the valid ids.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Reference = CollectionEntry<'references'>;

/** Every reference, in file order. */
export async function getReferences(): Promise<Reference[]> {
  return getCollection('references');
}

/** One reference, or an error naming the unknown id and listing the valid ones. */
export async function getReference(id: string, where = '<Cite>'): Promise<Reference> {
  const all = await getReferences();
  const found = all.find((r) => r.id === id);
  if (!found) {
    throw new Error(
      `${where}: no reference "${id}" in src/content/references.yaml. Valid ids: ${all
        .map((r) => r.id)
        .join(', ')}`,
    );
  }
  return found;
}

/** References by id, in the order given (a guide's `sources`). */
export async function getReferencesById(ids: readonly string[]): Promise<Reference[]> {
  return Promise.all(ids.map((id) => getReference(id, 'sources')));
}
