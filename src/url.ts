/** Schemes a config link may use. Everything else (javascript:, data:, vbscript:, file:, …) is dropped. */
export const ALLOWED_URL_SCHEMES: readonly string[] = ['https:', 'http:', 'mailto:', 'tel:'];

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
// What the URL parser itself ignores: leading/trailing C0 controls and spaces, and tabs/newlines anywhere.
// eslint-disable-next-line no-control-regex
const IGNORED_EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const IGNORED_INSIDE = /[\t\n\r]/g;

/**
 * Returns a link that is safe to put in `href`, or `null` when it must be dropped.
 * Absolute URLs must use an allowed scheme and come back normalised by the browser's URL parser;
 * relative URLs (`/contact`, `#top`, `?a=b`) resolve against the host page and are kept as written.
 */
export function safeUrl(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const cleaned = input.replace(IGNORED_EDGES, '').replace(IGNORED_INSIDE, '');
  if (cleaned === '') return null;
  const absolute = SCHEME.test(cleaned);
  let parsed: URL;
  try {
    // Absolute URLs are parsed alone: against a base, "https:path" would borrow the base's host.
    parsed = absolute ? new URL(cleaned) : new URL(cleaned, 'https://relative.invalid/');
  } catch {
    return null;
  }
  if (!ALLOWED_URL_SCHEMES.includes(parsed.protocol)) return null;
  return absolute ? parsed.href : cleaned;
}
