/**
 * Text a person typed, or that came from a share link or an import, on its way out of the app
 * (Markdown brief, calendar file, share summary). On screen such text is isolated instead
 * (`dir="auto"` and `unicode-bidi: isolate`, src/styles/tools.css).
 */

/**
 * The invisible bidirectional controls: embeddings and overrides (U+202A to U+202E), isolates
 * (U+2066 to U+2069) and the marks (U+200E, U+200F, U+061C). One right-to-left override can make
 * the rest of a line read backwards in a mail client or calendar, so exports leave them out.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The text without bidirectional control characters; everything else, right-to-left letters included, is kept. */
export function stripBidiControls(text: string): string {
  return text.replace(bidiControls, '');
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * The text without control characters (C0 and DEL) other than tab, line feed and carriage
 * return, which exports handle themselves. Calendar files forbid them; other apps show boxes.
 */
export function stripControls(text: string): string {
  return text.replace(controls, '');
}
