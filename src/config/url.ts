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

/** Campaign parameters added to the call-to-action link. */
export interface UtmParams {
  source?: string;
  medium?: string;
  campaign?: string;
}

/**
 * Adds `utm_source`, `utm_medium`, `utm_campaign` and `utm_content` (the completion percent) to a web link,
 * keeping its existing query and fragment. mailto: and tel: links, and calls without `utm`, are unchanged.
 */
export function withUtm(href: string, utm: UtmParams | undefined, percent: number): string {
  if (!utm || /^(mailto|tel):/i.test(href)) return href;
  const hashAt = href.indexOf('#');
  const hash = hashAt === -1 ? '' : href.slice(hashAt);
  const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
  for (const key of ['source', 'medium', 'campaign'] as const) {
    const value = utm[key];
    if (value) params.set(`utm_${key}`, value);
  }
  params.set('utm_content', String(percent));
  return `${path}?${params}${hash}`;
}
