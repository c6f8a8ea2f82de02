/**
 * Reading what a mentee shared, for the /share/ page: from the link's fragment, or from a file
 * the mentor opens (refused unread when too large to be a summary). Nothing is stored.
 */
import { decodeShareFragment, readShareFile, type ShareResult } from '../storage/share';

export type { ShareResult };

/** Largest summary file read, in bytes. */
export const MAX_SUMMARY_BYTES = 5 * 1024 * 1024;

/**
 * Whether a fragment (without "#") is an in-page anchor rather than a summary: the skip link's
 * "#main", or any other id on the page (`isElementId`). Following one must not replace the
 * summary on screen with an error. Summaries start with a version ("v1."), which no id here has.
 */
export function isPageAnchor(fragment: string, isElementId: (id: string) => boolean): boolean {
  if (!fragment || /^v\d+\./.test(fragment)) return false;
  try {
    return isElementId(decodeURIComponent(fragment));
  } catch {
    return false;
  }
}

/** The summary in a link's fragment (without "#"); null when the link carries none. */
export async function readSharedLink(fragment: string): Promise<ShareResult | null> {
  return fragment ? decodeShareFragment(fragment) : null;
}

/** The summary in a file the mentor chose. */
export async function readSharedFile(file: Pick<File, 'size' | 'text'>): Promise<ShareResult> {
  if (file.size > MAX_SUMMARY_BYTES) {
    return { ok: false, message: 'This file is too large to be a MedMentor summary.' };
  }
  return readShareFile(await file.text());
}
