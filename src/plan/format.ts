// Days in words, for the planner: the locale's own format and weekday names, from Intl. A day is formatted as
// the calendar day it names, in UTC, so no time zone or daylight-saving change can move it to the day before.
import type { Day } from './days.js';

/** The options of a day's format: weekday, day and month (and year), read in UTC. */
export const dayFormat = (withYear: boolean): Intl.DateTimeFormatOptions => ({
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  ...(withYear ? { year: 'numeric' } : {}),
  timeZone: 'UTC',
});

/** The formats, built once per locale and kind (a render formats a date for every step); tests clear it. */
export const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day in the locale's format: weekday, day and month ("Tue, 14 Jan" in en-GB, "tis 14 jan." in sv), with the
 * year too when `withYear` ("Tue, 14 Jan 2027").
 */
export function formatDay(day: Day, locale: string, withYear = false): string {
  const key = `${locale}|${withYear}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, dayFormat(withYear))));
  const [year, month, date] = day.split('-').map(Number);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, date);
  return format.format(utc);
}
