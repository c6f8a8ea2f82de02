/** The two inline scripts, built by ./inline.ts and served by its Vite plugin (astro.config.mjs). */
declare module 'virtual:medmentor/inline-scripts' {
  /** The preferences script (./prefs.ts), minified: theme and facilitator view before paint. */
  export const prefs: string;
  /** The app script (./app.ts), minified, for the configured base path. */
  export const app: string;
}
