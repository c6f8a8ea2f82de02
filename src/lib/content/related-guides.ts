/**
 * Checks guides' `relatedGuides` references. Pure and free of `astro:content` so it is
 * unit-tested directly; `guides.ts` applies it to the real collection and fails the build with
 * each problem listed.
 */

/** A guide and the ids of the guides it lists as related. */
export interface RelatedRefs {
  id: string;
  related: readonly string[];
}

/**
 * Problems with related-guide references, as readable sentences: a guide that lists itself, or
 * names a guide that does not exist. Empty when all is well.
 */
export function relatedGuideProblems(guides: readonly RelatedRefs[]): string[] {
  const ids = new Set(guides.map((g) => g.id));
  return guides.flatMap((g) =>
    g.related
      .filter((ref) => ref === g.id || !ids.has(ref))
      .map((ref) =>
        ref === g.id
          ? `${g.id}: relatedGuides lists the guide itself`
          : `${g.id}: relatedGuides names "${ref}", which is not a guide`,
      ),
  );
}
