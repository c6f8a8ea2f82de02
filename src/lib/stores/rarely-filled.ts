/**
 * The stores most people never fill, loaded together by the pages that list stores (My data,
 * the home page) once something is stored in one. One module for both, so each page's bundle
 * gains one lazy chunk, not a second entry that would split the code every tool page shares
 * into smaller chunks.
 */
export { checkInActions, checkIns } from './checkins';
export { expectations } from './expectations';
