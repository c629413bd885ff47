// The port-date planner's calendar file (issue 16, "Add to calendar"): the port date and each remaining deadline
// as all-day events in an iCalendar file (RFC 5545). Pure: the caller passes plain data, the texts already in the
// visitor's language, and the time stamp, so the same input always gives the same file.
//
// Written by hand rather than with a library: this subset of RFC 5545 (one calendar, all-day events, one display
// alarm each) is a few dozen lines, where ical.js's writer would add its whole library to the chunk that builds
// the file (README "Testing" has the measurement). The tests parse every file with ical.js.

/** A reminder of an event. For an all-day event it is relative to the start of its day in the local time. */
export interface IcsAlarm {
  /** Whole days before the event's day (0: on the day). Default 1. */
  daysBefore?: number;
  /** The local time of the reminder on that day, `HH:MM` (24-hour). Without it, at midnight. */
  atTime?: string;
  /** The reminder's text. Default: the event's summary. */
  description?: string;
}

/** One all-day event. */
export interface IcsEvent {
  /** Stable across downloads, so that importing the file again updates the event: see `eventUid`. */
  uid: string;
  /** The day, `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description?: string;
  /** An absolute URL (`https://…`); the caller checks it (`safeUrl`). */
  url?: string;
  alarm?: IcsAlarm;
}

/** A calendar file's content. */
export interface IcsCalendar {
  /** Who made the file (`PRODID`), e.g. `-//CallTracker//port-checklist 0.1.0//EN`. */
  prodId: string;
  /** The calendar's name (`X-WR-CALNAME`), which some applications give the calendar they import it into. */
  name?: string;
  events: readonly IcsEvent[];
  /** When the file was made (`DTSTAMP`, in UTC). Passed in so that the function stays pure. */
  stamp: Date;
  /**
   * The revision of every event (`SEQUENCE`), which must grow for a calendar to take an import as an update.
   * Default: the whole minutes from 2025-01-01 UTC to `stamp`, so a later download always has a higher one.
   */
  sequence?: number;
}

/** The domain part of the UIDs. */
export const UID_DOMAIN = 'port-checklist';

/** The UID of a planner event: `<storage key>.<item id>@port-checklist`, the same on every download. */
export function eventUid(storageKey: string, id: string): string {
  return `${storageKey}.${id}@${UID_DOMAIN}`;
}

const FOLD_AT = 75;
const CRLF = '\r\n';
const SEQUENCE_EPOCH = Date.UTC(2025, 0, 1);
const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
// C0 controls but tab and line breaks, and DEL: TEXT may not hold them (RFC 5545 3.3.11).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// A surrogate pair is kept; a lone surrogate, which has no UTF-8 form, becomes U+FFFD.
const SURROGATES = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
// A URI value is not escaped, so it may not hold what would end the line or the value.
const URI = /^[a-z][a-z\d+.-]*:[^\s\u0000-\u001f\u007f]+$/i; // eslint-disable-line no-control-regex
// What parsers such as libical take for no value at all.
const BLANK = /^[ \t]*$/;

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(text: string): string {
  return text
    .replace(SURROGATES, (s) => (s.length === 2 ? s : '\ufffd'))
    .replace(CONTROLS, '')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** The UTF-8 length of one code point: a surrogate pair (two UTF-16 units) is 4 octets. */
function octets(char: string): number {
  if (char.length === 2) return 4;
  const code = char.charCodeAt(0);
  if (code < 0x80) return 1;
  return code < 0x800 ? 2 : 3;
}

/**
 * A content line folded (RFC 5545 3.1): no physical line longer than 75 octets of UTF-8, the leading space of a
 * continuation line included, and never inside a character. The line holds no line break (`escapeText`).
 */
export function foldLine(line: string): string {
  let folded = '';
  let size = 0;
  for (const char of line) {
    const length = octets(char);
    if (size + length > FOLD_AT) {
      folded += `${CRLF} `;
      size = 1;
    }
    folded += char;
    size += length;
  }
  return folded;
}

/** `YYYY-MM-DD` as the UTC midnight of that day; throws unless it is a real date. */
function parseDate(date: string): Date {
  const match = DATE.exec(date);
  const day = new Date(0);
  if (match) day.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (!match || formatDate(day) !== match.slice(1).join('')) {
    throw new RangeError(`toIcs: "${date}" is not a date (YYYY-MM-DD)`);
  }
  return day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A DATE value: `YYYYMMDD`. */
function formatDate(day: Date): string {
  return `${pad(day.getUTCFullYear(), 4)}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}`;
}

/** A DATE-TIME in UTC: `YYYYMMDDTHHMMSSZ`. */
function formatStamp(stamp: Date): string {
  return `${formatDate(stamp)}T${pad(stamp.getUTCHours())}${pad(stamp.getUTCMinutes())}${pad(stamp.getUTCSeconds())}Z`;
}

/**
 * An alarm's TRIGGER, a duration relative to the event's start. For an all-day event that start is the local
 * midnight that begins its day: one day before is `-P1D`, 09:00 on the day before is `-PT15H`, 09:00 two days
 * before `-P1DT15H` (days are calendar days, hours exact, so across a daylight-saving change that night the
 * reminder comes an hour early or late), 09:00 on the day `PT9H`.
 */
export function alarmTrigger(alarm: IcsAlarm): string {
  const days = alarm.daysBefore ?? 1;
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new RangeError(`toIcs: daysBefore must be a whole number of days, not ${days}`);
  }
  let minutes = -days * DAY_MINUTES;
  if (alarm.atTime !== undefined) {
    const time = TIME.exec(alarm.atTime);
    if (!time) throw new RangeError(`toIcs: "${alarm.atTime}" is not a time (HH:MM)`);
    minutes += Number(time[1]) * 60 + Number(time[2]);
  }
  if (minutes === 0) return 'PT0S';
  const size = Math.abs(minutes);
  const whole = Math.floor(size / DAY_MINUTES);
  const hours = Math.floor((size % DAY_MINUTES) / 60);
  const rest = size % 60;
  const time = (hours ? `${hours}H` : '') + (rest ? `${rest}M` : '');
  return `${minutes < 0 ? '-' : ''}P${whole ? `${whole}D` : ''}${time ? `T${time}` : ''}`;
}

/** A TEXT value, or undefined when nothing but spaces would be left (which parsers take for no value). */
function text(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const escaped = escapeText(value);
  return BLANK.test(escaped) ? undefined : escaped;
}

/** A TEXT value that must be there. */
function required(value: string, what: string): string {
  const escaped = text(value);
  if (escaped === undefined) throw new RangeError(`toIcs: ${what} has no text ("${value}")`);
  return escaped;
}

/**
 * The calendar as an iCalendar file: CRLF line endings, folded lines, `METHOD:PUBLISH`, and each event all-day
 * (`DTSTART;VALUE=DATE`, `DTEND` the next day), free time (`TRANSP:TRANSPARENT`), with its alarm. A blank
 * description or name is left out, a blank alarm text gives way to the summary. Throws a RangeError for a
 * date, time, stamp, URL, UID, summary or product id that would make a broken file.
 */
export function toIcs(calendar: IcsCalendar): string {
  const { stamp } = calendar;
  if (Number.isNaN(stamp.getTime())) throw new RangeError('toIcs: the stamp is not a valid date');
  const sequence = calendar.sequence ?? Math.max(0, Math.floor((stamp.getTime() - SEQUENCE_EPOCH) / MINUTE));
  if (!Number.isSafeInteger(sequence) || sequence < 0) {
    throw new RangeError(`toIcs: the sequence must be a whole number, not ${sequence}`);
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${required(calendar.prodId, 'the product id')}`,
    'CALSCALE:GREGORIAN',
    // Published events to import. iTIP (RFC 5546) would also want an ORGANIZER for PUBLISH, which a visitor's
    // own plan has none of; libical's iTIP check names only that, and calendars import the file without it.
    'METHOD:PUBLISH',
  ];
  const name = text(calendar.name);
  if (name !== undefined) lines.push(`X-WR-CALNAME:${name}`);
  const uids = new Set<string>();
  for (const event of calendar.events) {
    const uid = required(event.uid, 'a UID');
    if (uids.has(uid)) throw new RangeError(`toIcs: two events have the UID "${event.uid}"`);
    uids.add(uid);
    const summary = required(event.summary, `the summary of ${event.uid}`);
    const day = parseDate(event.date);
    const next = new Date(day);
    next.setUTCDate(day.getUTCDate() + 1);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${formatStamp(stamp)}`,
      `DTSTART;VALUE=DATE:${formatDate(day)}`,
      `DTEND;VALUE=DATE:${formatDate(next)}`,
      `SEQUENCE:${sequence}`,
      `SUMMARY:${summary}`,
    );
    const description = text(event.description);
    if (description !== undefined) lines.push(`DESCRIPTION:${description}`);
    if (event.url !== undefined) {
      if (!URI.test(event.url)) throw new RangeError(`toIcs: "${event.url}" is not an absolute URL`);
      lines.push(`URL:${event.url}`);
    }
    lines.push('TRANSP:TRANSPARENT');
    if (event.alarm) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${text(event.alarm.description) ?? summary}`,
        `TRIGGER:${alarmTrigger(event.alarm)}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => foldLine(line) + CRLF).join('');
}
