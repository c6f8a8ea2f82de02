/*
 * Backup, import, delete and share code loads on first use: My data shows what is stored
 * straight away and ships the rest only to people who use it.
 */
export const dataActions = () => import('~/lib/stores/data');
