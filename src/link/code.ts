// Progress links (issue 17): one checklist's progress as a short, versioned, URL-safe code in the page's fragment
// (`#pc=…`, never the query, so it never reaches a server), for continuing on another device. Pure: plain data in
// and out; of the web platform only CompressionStream/DecompressionStream, Blob, TextEncoder/TextDecoder and
// btoa/atob, which the browsers and Node 20 share. The code format is public API: extend, never rename.
//
// A code is an envelope that every version keeps, then a body that the version defines:
//
//   1 AB CDEFGH <body>
//   │ │  └ checksum: FNV-1a (32 bits) of the code's ASCII without these six characters, as 6 base-64 digits
//   │ └ length of the whole code, 2 base-64 digits (so a cut code is told from a changed one)
//   └ version, '1' to '9'
//
// Base-64 digits are those of base64url (A–Z a–z 0–9 - _, A = 0), most significant first. The body of version 1
// is base64url (no padding) of deflate-raw of the UTF-8 JSON object
//
//   { k: key, f?: fingerprint, c?: checked bits, x?: checked ids, a?: answers, r?: region, p?: [date, 0 | 1], n?: notes }
//
// `c` holds the checked steps as a bit set over the caller's ordered item ids (6 ids a digit, the first id in
// the lowest bit, trailing zero digits left off) and `f` the fingerprint of that id list (FNV-1a of its JSON, 6
// digits); `x` names the checked ids the list lacks. A reader whose list has another fingerprint cannot place the
// bits (the config changed since the link was made) and leaves them out, counting them in `unmatched`, so an edited
// config imports what it can and never a wrong step. Absent fields are left out; a reader ignores fields it does
// not know, so a later version may add one without raising the version.
import type { Answers } from '../config/types.js';
import { parseDay } from '../plan/day.js';
import { NOTE_MAX_LENGTH } from '../state/storage.js';

/** The version this module writes, the first character of a code. A reader refuses a higher one (`too-new`). */
export const LINK_VERSION = 1;

/** The fragment parameter that carries a code: `#pc=…`. */
export const FRAGMENT_PARAM = 'pc';

/**
 * The longest code, in characters; a longer one is refused (`oversize`) before any work, and encodeProgress
 * rejects a snapshot whose code would be longer. The largest QR code (version 40 at level L) holds 2,953 bytes:
 * 2,048 leave some 900 for the page's address. Only long notes make codes this long; the bundled checklist with
 * every step checked, the answers and a date needs about 200 characters (a version 10 QR code with the address).
 */
export const MAX_CODE_LENGTH = 2048;

/**
 * The most UTF-8 bytes a code may decompress to (a code of MAX_CODE_LENGTH could otherwise inflate to a
 * megabyte and more); more reads as `oversize`. Every note of a 46-step checklist at NOTE_MAX_LENGTH in
 * three-byte characters needs under 70 KiB.
 */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

/** One checklist's progress, as a link carries it. */
export interface ProgressSnapshot {
  /** The checklist's storage key name (`storage-key`, or the config's id): which checklist of a page it is for. */
  key: string;
  /** Checked item ids. */
  checked: string[];
  /** Answers to the setup questions; absent: not carried, `{}`: skipped. */
  answers?: Answers;
  /** The country preset's id, or null for none; absent: not carried. */
  region?: string | null;
  /** The port date ('YYYY-MM-DD') and whether it is confirmed. */
  plan?: { date: string; confirmed: boolean };
  /** Item id → note; only when the visitor chose to include notes. */
  notes?: Record<string, string>;
}

/**
 * Why a code was not read. `truncated`: cut short (an empty code too); `garbled`: changed, or not readable
 * although it looks like one of ours; `foreign`: not a code of ours (characters outside base64url, a first
 * character that is no version); `too-new`: a later version of the format; `oversize`: longer than
 * MAX_CODE_LENGTH or inflating past MAX_PAYLOAD_BYTES; `unsupported`: this browser cannot decompress
 * (DecompressionStream with 'deflate-raw': Chrome 103, Firefox 113, Safari 16.4, Node 20.12).
 */
export type LinkFailure = 'truncated' | 'garbled' | 'foreign' | 'too-new' | 'oversize' | 'unsupported';

/**
 * A decoded code: the snapshot, and how many checked steps it carried that the reader's item ids could not place
 * (the checklist changed since the link was made), or why it was not read.
 */
export type DecodeResult =
  { ok: true; snapshot: ProgressSnapshot; unmatched: number } | { ok: false; reason: LinkFailure };

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL = /^[\w-]*$/;
const VERSIONS = '123456789';
/** Version, length and checksum. */
const HEADER_LENGTH = 9;

const utf8 = new TextEncoder();

/** `n` (0 ≤ n < 64^count) as `count` base-64 digits. */
function digits(n: number, count: number): string {
  let text = '';
  for (let i = count - 1; i >= 0; i--) text += DIGITS[Math.floor(n / 64 ** i) % 64];
  return text;
}

/** FNV-1a, 32 bits: a one-character change always changes it. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8.encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** The fingerprint of an ordered id list. */
const fingerprint = (ids: readonly string[]): string => digits(fnv1a(JSON.stringify(ids)), 6);

/** The envelope's checksum: of the version and length (`head`) and the body. */
const checksum = (head: string, body: string): string => digits(fnv1a(head + body), 6);

/** `bytes` through a (de)compression stream; a RangeError past MAX_PAYLOAD_BYTES. */
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough<Uint8Array>(stream)
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.length;
    // Only a decoded code can grow this much (encodeProgress checks its input first): decodeProgress says 'oversize'.
    if (size > MAX_PAYLOAD_BYTES) throw new RangeError();
    chunks.push(chunk.value);
  }
  const out = new Uint8Array(size);
  size = 0;
  for (const chunk of chunks) {
    out.set(chunk, size);
    size += chunk.length;
  }
  return out;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.filter((id): id is string => typeof id === 'string'))] : [];

/** Answers as storage.ts reads them: an option id, or a non-empty list of them; undefined unless an object. */
function readAnswers(value: unknown): Answers | undefined {
  if (!isPlainObject(value)) return undefined;
  return Object.fromEntries(
    Object.entries(value).flatMap(([id, answer]): [string, string | string[]][] =>
      typeof answer === 'string'
        ? [[id, answer]]
        : stringList(answer).length > 0
          ? [[id, stringList(answer)]]
          : [],
    ),
  );
}

/** Notes as storage.ts reads them: non-empty texts, cut to NOTE_MAX_LENGTH; undefined unless an object. */
function readNotes(value: unknown): Record<string, string> | undefined {
  if (!isPlainObject(value)) return undefined;
  return Object.fromEntries(
    Object.entries(value).flatMap(([id, text]): [string, string][] =>
      typeof text === 'string' && text !== '' ? [[id, text.slice(0, NOTE_MAX_LENGTH)]] : [],
    ),
  );
}

/**
 * The code of a snapshot. `ids`: the checklist's item ids in order, derived the same way on every device (the
 * config's before a country preset adds steps, which then travel by name): a reader with another list keeps only
 * the named ids. Parts storage would not keep are left out (empty notes, a date that is no day); notes are cut
 * to NOTE_MAX_LENGTH. Rejects with a RangeError when the code would be longer than MAX_CODE_LENGTH (long notes:
 * offer the link without them), and where CompressionStream has no 'deflate-raw'.
 */
export async function encodeProgress(snapshot: ProgressSnapshot, ids: readonly string[]): Promise<string> {
  const checked = new Set(stringList(snapshot.checked));
  const payload: Record<string, unknown> = { k: snapshot.key };
  let bits = '';
  for (let i = 0; i < ids.length; i += 6) {
    let n = 0;
    for (let j = 0; j < 6; j++) if (checked.has(ids[i + j])) n |= 1 << j;
    bits += DIGITS[n];
  }
  bits = bits.replace(/A+$/, '');
  if (bits) {
    payload.f = fingerprint(ids);
    payload.c = bits;
  }
  const listed = new Set(ids);
  const extra = [...checked].filter((id) => !listed.has(id));
  if (extra.length > 0) payload.x = extra;
  payload.a = readAnswers(snapshot.answers);
  if (typeof snapshot.region === 'string' || snapshot.region === null) payload.r = snapshot.region;
  const plan = snapshot.plan;
  if (plan && parseDay(plan.date)) payload.p = [plan.date, plan.confirmed ? 1 : 0];
  payload.n = readNotes(snapshot.notes);
  const json = utf8.encode(JSON.stringify(payload));
  if (json.length > MAX_PAYLOAD_BYTES) throw new RangeError(`progress link: ${json.length} bytes of data`);
  const compressed = await pipe(json, new CompressionStream('deflate-raw'));
  let binary = '';
  for (const byte of compressed) binary += String.fromCharCode(byte);
  const body = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
  const length = HEADER_LENGTH + body.length;
  if (length > MAX_CODE_LENGTH) throw new RangeError(`progress link: ${length} characters`);
  const head = VERSIONS[LINK_VERSION - 1] + digits(length, 2);
  return head + checksum(head, body) + body;
}

/** What the envelope says is wrong with a code, if anything; the version's body is not read. */
function envelopeFailure(code: unknown): LinkFailure | undefined {
  if (typeof code !== 'string') return 'foreign';
  if (code.length > MAX_CODE_LENGTH) return 'oversize';
  if (!BASE64URL.test(code)) return 'foreign';
  if (code === '') return 'truncated';
  const version = VERSIONS.indexOf(code[0]) + 1;
  if (version === 0) return 'foreign';
  if (code.length < HEADER_LENGTH) return 'truncated';
  const length = DIGITS.indexOf(code[1]) * 64 + DIGITS.indexOf(code[2]);
  if (code.length < length) return 'truncated';
  if (
    code.length > length ||
    code.slice(3, HEADER_LENGTH) !== checksum(code.slice(0, 3), code.slice(HEADER_LENGTH))
  )
    return 'garbled';
  return version > LINK_VERSION ? 'too-new' : undefined;
}

/** The snapshot of a version-1 payload, its fields read as storage.ts reads a record's: bad parts dropped. */
function readPayload(value: unknown, ids: readonly string[]): DecodeResult {
  if (!isPlainObject(value) || typeof value.k !== 'string') return { ok: false, reason: 'garbled' };
  const checked = new Set<string>();
  let unmatched = 0;
  const bits = typeof value.c === 'string' && BASE64URL.test(value.c) ? value.c : '';
  const placed = value.f === fingerprint(ids);
  for (let bit = 0; bit < bits.length * 6; bit++) {
    if (!((DIGITS.indexOf(bits[Math.floor(bit / 6)]) >> (bit % 6)) & 1)) continue;
    const id = placed ? ids[bit] : undefined;
    if (id === undefined) unmatched++;
    else checked.add(id);
  }
  for (const id of stringList(value.x)) checked.add(id);
  const snapshot: ProgressSnapshot = { key: value.k, checked: [...checked] };
  const answers = readAnswers(value.a);
  if (answers) snapshot.answers = answers;
  if (typeof value.r === 'string' || value.r === null) snapshot.region = value.r;
  if (Array.isArray(value.p) && parseDay(value.p[0]) && (value.p[1] === 0 || value.p[1] === 1))
    snapshot.plan = { date: value.p[0] as string, confirmed: value.p[1] === 1 };
  const notes = readNotes(value.n);
  if (notes) snapshot.notes = notes;
  return { ok: true, snapshot, unmatched };
}

/**
 * The snapshot in a code, with `ids` as given to encodeProgress; never throws. A code that is cut, changed,
 * not ours, of a later version or too long gives its reason and no snapshot (see LinkFailure): a caller then
 * changes nothing.
 */
export async function decodeProgress(code: string, ids: readonly string[]): Promise<DecodeResult> {
  const failure = envelopeFailure(code);
  if (failure) return { ok: false, reason: failure };
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate-raw');
  } catch {
    return { ok: false, reason: 'unsupported' };
  }
  try {
    const binary = atob(code.slice(HEADER_LENGTH).replace(/-/g, '+').replace(/_/g, '/'));
    const json = await pipe(
      Uint8Array.from(binary, (char) => char.charCodeAt(0)),
      stream,
    );
    return readPayload(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)), ids);
  } catch (error) {
    return { ok: false, reason: error instanceof RangeError ? 'oversize' : 'garbled' };
  }
}

const PREFIX = `${FRAGMENT_PARAM}=`;

/** A URL's part before the fragment, and the fragment's `&`-separated parameters. */
function splitUrl(href: string): [base: string, params: string[]] {
  const hash = href.indexOf('#');
  if (hash < 0) return [href, []];
  const fragment = href.slice(hash + 1);
  return [href.slice(0, hash), fragment === '' ? [] : fragment.split('&')];
}

const isOurs = (param: string) => param.startsWith(PREFIX);

/**
 * The code in a URL's fragment (`#pc=…`, among other `&`-separated parameters or none), percent-decoded; undefined
 * when the fragment has none. The query is never read.
 */
export function codeFromUrl(href: string): string | undefined {
  const param = splitUrl(href)[1].find(isOurs);
  if (param === undefined) return undefined;
  const value = param.slice(PREFIX.length);
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `href` with `code` as its fragment's `pc` parameter: path, query and the fragment's other parameters kept. */
export function urlWithCode(href: string, code: string): string {
  const [base, params] = splitUrl(href);
  return `${base}#${[...params.filter((param) => !isOurs(param)), PREFIX + encodeURIComponent(code)].join('&')}`;
}

/** `href` without the fragment's `pc` parameter (and without `#` when nothing else was in it); else unchanged. */
export function urlWithoutCode(href: string): string {
  const [base, params] = splitUrl(href);
  const kept = params.filter((param) => !isOurs(param));
  if (kept.length === params.length) return href;
  return kept.length > 0 ? `${base}#${kept.join('&')}` : base;
}
