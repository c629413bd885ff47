// A calendar day from text, on its own so that the entry, which checks the stored and the host's port date, carries
// this much of the planner and no more (days.ts has the arithmetic, in the planner's chunk).

/** A calendar day as 'YYYY-MM-DD', a year from 0001 to 9999. Two days compare as strings in calendar order. */
export type Day = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A day from text: exactly 'YYYY-MM-DD' (four, two and two digits) naming a date that exists, from 0001-01-01
 * to 9999-12-31. Anything else gives undefined: '2027-02-29', '2026-13-01', '2026-1-5', ' 2026-01-05', a
 * time ('2026-01-05T00:00'), a number.
 */
export function parseDay(text: unknown): Day | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DAY_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return text;
}
