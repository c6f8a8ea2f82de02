/**
 * Reading what a mentee shared, for the /share/ page: from the link's fragment, or from a file
 * the mentor opens (refused unread when too large to be a summary). Nothing is stored.
 */
import { decodeShareFragment, readShareFile, type ShareResult } from '../storage/share';

export type { ShareResult };

/** Largest summary file read, in bytes. */
export const MAX_SUMMARY_BYTES = 5 * 1024 * 1024;

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
