// Calendar days and working days for the port-date planner (issue 16). A day here is a date on the calendar, not
// an instant: 'YYYY-MM-DD', the same text in every time zone and on either side of a daylight-saving change. The
// arithmetic works on whole day numbers (days since 1970-01-01, proleptic Gregorian calendar), computed with
// integers only: no Date, no local time, no time zone. The one function that reads a clock's instant is
// `todayIn`, which turns an instant and a UTC offset into the day it is there.

import type { PresetHolidays } from '../content/region.js';
import { parseDay, type Day } from './day.js';

export { daysInMonth, parseDay, type Day } from './day.js';

/** The public holidays of a place, as days; a Set of `Day` strings fits. */
export type Holidays = ReadonlySet<Day>;

/** No holidays: the generic set, where only Saturdays and Sundays are not working days. */
export const NO_HOLIDAYS: Holidays = new Set<Day>();

const MS_PER_DAY = 86_400_000;
/** The day number of 0001-01-01 and of 9999-12-31: the range of `Day`. */
const FIRST = -719_162;
const LAST = 2_932_896;

const floorDiv = (a: number, b: number): number => Math.floor(a / b);

/** The days since 1970-01-01 (negative before it). Throws a RangeError when `day` is not a `Day`. */
export function dayNumber(day: Day): number {
  if (parseDay(day) === undefined) throw new RangeError(`Not a day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  // Howard Hinnant's days_from_civil: years begin on 1 March, so the leap day ends the year.
  const month = Number(day.slice(5, 7));
  const year = Number(day.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = floorDiv(year, 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = floorDiv(153 * (month > 2 ? month - 3 : month + 9) + 2, 5) + Number(day.slice(8, 10)) - 1;
  const dayOfEra = yearOfEra * 365 + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day of a day number (days since 1970-01-01). Throws a RangeError outside 0001-01-01 … 9999-12-31. */
export function dayFromNumber(number: number): Day {
  if (!Number.isInteger(number) || number < FIRST || number > LAST)
    throw new RangeError(`No day ${number} in 0001-01-01 … 9999-12-31`);
  // Howard Hinnant's civil_from_days.
  const shifted = number + 719_468;
  const era = floorDiv(shifted, 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = floorDiv(
    dayOfEra - floorDiv(dayOfEra, 1460) + floorDiv(dayOfEra, 36_524) - floorDiv(dayOfEra, 146_096),
    365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100));
  const monthFromMarch = floorDiv(5 * dayOfYear + 2, 153);
  const day = dayOfYear - floorDiv(153 * monthFromMarch + 2, 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day `n` calendar days after `day` (before it when `n` is negative). */
export const addDays = (day: Day, n: number): Day => dayFromNumber(dayNumber(day) + n);

/** Calendar days from `from` to `to`: 1 from a day to the next, negative when `to` is earlier. */
export const daysBetween = (from: Day, to: Day): number => dayNumber(to) - dayNumber(from);

/** The ISO weekday of a day number: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
const weekdayOf = (number: number): number => ((((number + 3) % 7) + 7) % 7) + 1;

/** The ISO weekday: 1 Monday, 2 Tuesday … 6 Saturday, 7 Sunday. */
export const weekday = (day: Day): number => weekdayOf(dayNumber(day));

/** A preset's holidays as `Holidays`; none (weekends only) for the generic set, which has no preset. */
export const holidaySet = (holidays: PresetHolidays | undefined): Holidays =>
  holidays ? new Set(holidays.days) : NO_HOLIDAYS;

/**
 * Whether a preset's holidays are known for `day`'s year (`first` … `last`), so that its working days there
 * skip them; outside those years, and for the generic set (undefined), only weekends are skipped. Throws a
 * RangeError when `day` is not a `Day`.
 */
export function covers(holidays: PresetHolidays | undefined, day: Day): boolean {
  dayNumber(day); // throws for what is not a Day
  const year = Number(day.slice(0, 4));
  return holidays !== undefined && year >= holidays.first && year <= holidays.last;
}

const working = (number: number, holidays: Holidays): boolean =>
  weekdayOf(number) < 6 && !holidays.has(dayFromNumber(number));

/** Whether a day is a working day: Monday to Friday, and not in `holidays` (none by default: the generic set). */
export const isWorkingDay = (day: Day, holidays: Holidays = NO_HOLIDAYS): boolean =>
  working(dayNumber(day), holidays);

/**
 * The working day `n` working days after `day`, or before it when `n` is negative. `day` itself never counts,
 * whether it is a working day or not: 1 working day after a Saturday (or a Friday) is the Monday, 1 before a
 * Saturday (or a Monday) is the Friday, so "10 working days before" a Saturday port date is the 10th working
 * day counted back from the Friday before it, the Friday being the first.
 *
 * `n = 0` gives `day` itself when it is a working day, otherwise the first working day after it (a port date
 * that falls on a Saturday moves to the Monday). Then `workingDaysBetween(day, addWorkingDays(day, n))` is `n`
 * for every day and every `n` but 0, and for `n = 0` on a working day.
 *
 * Throws a RangeError when `n` is not an integer or the count leaves 0001-01-01 … 9999-12-31.
 */
export function addWorkingDays(day: Day, n: number, holidays: Holidays = NO_HOLIDAYS): Day {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of working days: ${n}`);
  let number = dayNumber(day);
  if (n === 0) {
    while (!working(number, holidays)) number++;
    return dayFromNumber(number);
  }
  const step = Math.sign(n);
  for (let left = Math.abs(n); left > 0;) {
    number += step;
    if (working(number, holidays)) left--;
  }
  return dayFromNumber(number);
}

/**
 * The working days from `from` to `to`, counted as `addWorkingDays` counts them: the days stepped onto, so the
 * day where you stop counts and the day where you start does not. Positive when `to` is later (the working days
 * after `from` up to and including `to`), negative when it is earlier (minus those from `to` up to the day before
 * `from`), 0 for the same day. From a Friday to the next Monday: 1; from a Saturday to the Friday before: −1.
 * Takes time in proportion to the span.
 */
export function workingDaysBetween(from: Day, to: Day, holidays: Holidays = NO_HOLIDAYS): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  const step = Math.sign(end - start);
  let count = 0;
  for (let number = start; number !== end;) {
    number += step;
    if (working(number, holidays)) count += step;
  }
  return count;
}

/**
 * The calendar day it is at the instant `now` for someone whose clock is `offsetMinutes` ahead of UTC (east
 * positive: 60 for Stockholm in winter, 120 in summer, −300 for New York in winter). By default the offset of
 * this browser's or process's time zone at that instant, so `todayIn(new Date())` is the visitor's today. The
 * one place where local time is read. Throws a RangeError for an invalid Date or offset.
 */
export function todayIn(now: Date, offsetMinutes: number = -now.getTimezoneOffset()): Day {
  const local = now.getTime() + offsetMinutes * 60_000;
  if (!Number.isFinite(local)) throw new RangeError('Not a valid instant or UTC offset');
  return dayFromNumber(floorDiv(local, MS_PER_DAY));
}
