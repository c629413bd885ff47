import { expect } from './chai.js';
import fc from 'fast-check';
import {
  addDays,
  addWorkingDays,
  covers,
  dayFromNumber,
  dayNumber,
  daysBetween,
  daysInMonth,
  holidaySet,
  isWorkingDay,
  NO_HOLIDAYS,
  parseDay,
  todayIn,
  weekday,
  workingDaysBetween,
  type Day,
} from '../src/plan/days.js';

// Calendar days and working days (src/plan/days.ts), table by table. December 2026 for reference: Tue 1, Fri 4,
// Sat 5, Sun 6, Mon 7 … Fri 25, Sat 26, Sun 27, Mon 28, Thu 31; Fri 2027-01-01, Mon 2027-01-04. 2028-02-29 is a
// Tuesday. Europe's clocks change on 2026-03-29 and 2026-10-25, the United States' on 2026-03-08 and 2026-11-01.

/** A Date as a UTC calendar day, to check the integer arithmetic against (the tests may use Date; days.ts not). */
const utcDay = (date: Date): string => date.toISOString().slice(0, 10);

describe('calendar days', () => {
  it('parses real YYYY-MM-DD dates and nothing else', () => {
    const valid = [
      '2026-01-05',
      '2026-12-31',
      '2026-02-28',
      '2028-02-29',
      '2024-02-29',
      '2000-02-29',
      '2026-04-30',
      '0001-01-01',
      '9999-12-31',
    ];
    for (const text of valid) expect(parseDay(text), text).to.equal(text);
    const invalid: unknown[] = [
      '2027-02-29',
      '2026-02-29',
      '1900-02-29',
      '2100-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-01-32',
      '2026-04-31',
      '2026-06-31',
      '2026-09-31',
      '2026-11-31',
      '0000-01-01',
      '2026-1-05',
      '2026-01-5',
      '26-01-05',
      '12026-01-05',
      ' 2026-01-05',
      '2026-01-05 ',
      '2026-01-05\n',
      '2026-01-05T00:00',
      '2026-01-05Z',
      '2026/01/05',
      '2026.01.05',
      '20260105',
      '+2026-01-05',
      '٢٠٢٦-٠١-٠٥',
      '',
      20260105,
      null,
      undefined,
      new Date(Date.UTC(2026, 0, 5)),
      { toString: () => '2026-01-05' },
    ];
    for (const value of invalid) expect(parseDay(value), String(value)).to.be.undefined;
  });

  it('knows the length of every month, leap years included', () => {
    const table: [number, number, number][] = [
      [2026, 1, 31],
      [2026, 2, 28],
      [2027, 2, 28],
      [2028, 2, 29],
      [1900, 2, 28],
      [2000, 2, 29],
      [2100, 2, 28],
      [2026, 3, 31],
      [2026, 4, 30],
      [2026, 5, 31],
      [2026, 6, 30],
      [2026, 7, 31],
      [2026, 8, 31],
      [2026, 9, 30],
      [2026, 10, 31],
      [2026, 11, 30],
      [2026, 12, 31],
    ];
    for (const [year, month, days] of table)
      expect(daysInMonth(year, month), `${year}-${month}`).to.equal(days);
  });

  it('numbers days from 1970-01-01, both ways, to the ends of the range', () => {
    const table: [Day, number][] = [
      ['1970-01-01', 0],
      ['1970-01-02', 1],
      ['1969-12-31', -1],
      ['2000-02-29', 11_016],
      ['2000-03-01', 11_017],
      ['2026-12-01', 20_788],
      ['2028-02-29', 21_243],
      ['0001-01-01', -719_162],
      ['9999-12-31', 2_932_896],
    ];
    for (const [day, number] of table) {
      expect(dayNumber(day), day).to.equal(number);
      expect(dayFromNumber(number), String(number)).to.equal(day);
    }
    for (const number of [-719_163, 2_932_897, 0.5, NaN, Infinity])
      expect(() => dayFromNumber(number), String(number)).to.throw(RangeError, 'No day');
    for (const text of ['2026-02-30', '', '2026-1-1', 'today'])
      expect(() => dayNumber(text), text).to.throw(RangeError, 'Not a day');
  });

  it('agrees with Date.UTC on every day it is given, 0001 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (number) => {
        const day = utcDay(new Date(number * 86_400_000));
        return dayFromNumber(number) === day && dayNumber(day) === number && parseDay(day) === day;
      }),
      { numRuns: 3000 },
    );
  });

  it('adds and counts calendar days across month ends, year ends, leap days and clock changes', () => {
    const table: [Day, number, Day][] = [
      ['2026-01-05', 0, '2026-01-05'],
      ['2026-01-31', 1, '2026-02-01'],
      ['2026-12-31', 1, '2027-01-01'],
      ['2027-01-01', -1, '2026-12-31'],
      ['2027-02-28', 1, '2027-03-01'],
      ['2028-02-28', 1, '2028-02-29'],
      ['2028-02-29', 1, '2028-03-01'],
      ['2028-03-01', -1, '2028-02-29'],
      ['2028-02-29', 365, '2029-02-28'],
      ['2028-02-29', -366, '2027-02-28'],
      ['2026-01-01', 365, '2027-01-01'],
      ['2028-01-01', 365, '2028-12-31'],
      ['2028-01-01', 366, '2029-01-01'],
      ['2026-03-28', 2, '2026-03-30'],
      ['2026-10-24', 2, '2026-10-26'],
      ['2026-03-07', 2, '2026-03-09'],
      ['2026-11-02', -2, '2026-10-31'],
      ['1970-01-01', -1, '1969-12-31'],
      ['2000-02-28', 1, '2000-02-29'],
      ['1900-02-28', 1, '1900-03-01'],
    ];
    for (const [day, n, expected] of table) {
      expect(addDays(day, n), `${day} + ${n}`).to.equal(expected);
      expect(daysBetween(day, expected), `${day} → ${expected}`).to.equal(n);
      expect(daysBetween(expected, day), `${expected} → ${day}`).to.equal(-n);
    }
    expect(() => addDays('9999-12-31', 1)).to.throw(RangeError);
    expect(() => addDays('0001-01-01', -1)).to.throw(RangeError);
    expect(() => addDays('2026-01-05', 1.5)).to.throw(RangeError);
    expect(() => addDays('2026-02-30', 1)).to.throw(RangeError);
    expect(() => daysBetween('2026-01-05', '2026-01-5')).to.throw(RangeError);
  });

  it('gives the ISO weekday, 1 Monday to 7 Sunday', () => {
    const table: [Day, number][] = [
      ['2026-12-07', 1],
      ['2026-12-01', 2],
      ['2026-12-02', 3],
      ['1970-01-01', 4],
      ['2026-12-04', 5],
      ['2026-12-05', 6],
      ['2026-12-06', 7],
      ['2028-02-29', 2],
      ['2000-01-01', 6],
      ['1969-12-31', 3],
      ['1969-12-28', 7],
      ['0001-01-01', 1],
      ['9999-12-31', 5],
    ];
    for (const [day, expected] of table) expect(weekday(day), day).to.equal(expected);
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (number) => {
        const date = new Date(number * 86_400_000);
        return weekday(utcDay(date)) === (date.getUTCDay() || 7);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('working days', () => {
  const holidays = new Set(['2026-12-25', '2026-12-26', '2026-12-28', '2027-01-01']);

  it('are Monday to Friday, holidays left out', () => {
    const table: [Day, boolean, boolean][] = [
      // day, generic set, with the holidays
      ['2026-12-07', true, true],
      ['2026-12-04', true, true],
      ['2026-12-05', false, false],
      ['2026-12-06', false, false],
      ['2026-12-24', true, true],
      ['2026-12-25', true, false],
      ['2026-12-26', false, false],
      ['2026-12-28', true, false],
      ['2026-12-29', true, true],
      ['2027-01-01', true, false],
      ['2028-02-29', true, true],
    ];
    for (const [day, generic, local] of table) {
      expect(isWorkingDay(day), day).to.equal(generic);
      expect(isWorkingDay(day, NO_HOLIDAYS), day).to.equal(generic);
      expect(isWorkingDay(day, holidays), `${day} with holidays`).to.equal(local);
    }
    expect(NO_HOLIDAYS.size).to.equal(0);
    expect(() => isWorkingDay('2026-12-32')).to.throw(RangeError);
  });

  it('are added and subtracted without counting the day itself', () => {
    const table: [Day, number, Day, Day][] = [
      // day, n, generic set, with the holidays
      ['2026-12-07', 1, '2026-12-08', '2026-12-08'],
      ['2026-12-04', 1, '2026-12-07', '2026-12-07'],
      ['2026-12-05', 1, '2026-12-07', '2026-12-07'],
      ['2026-12-06', 1, '2026-12-07', '2026-12-07'],
      ['2026-12-07', -1, '2026-12-04', '2026-12-04'],
      ['2026-12-05', -1, '2026-12-04', '2026-12-04'],
      ['2026-12-06', -1, '2026-12-04', '2026-12-04'],
      ['2026-12-07', 5, '2026-12-14', '2026-12-14'],
      ['2026-12-07', -5, '2026-11-30', '2026-11-30'],
      ['2026-12-09', 2, '2026-12-11', '2026-12-11'],
      ['2026-12-09', -2, '2026-12-07', '2026-12-07'],
      // A deadline "10 working days before" a Saturday port date: the Friday before is the first.
      ['2026-12-12', -10, '2026-11-30', '2026-11-30'],
      ['2026-12-12', 10, '2026-12-25', '2026-12-29'],
      // Over the year end.
      ['2026-12-24', 1, '2026-12-25', '2026-12-29'],
      ['2026-12-29', -1, '2026-12-28', '2026-12-24'],
      ['2026-12-30', 3, '2027-01-04', '2027-01-05'],
      ['2027-01-04', -3, '2026-12-30', '2026-12-29'],
      ['2026-12-23', 5, '2026-12-30', '2027-01-04'],
      ['2027-01-05', -6, '2026-12-28', '2026-12-23'],
      // Over a leap day.
      ['2028-02-28', 1, '2028-02-29', '2028-02-29'],
      ['2028-02-25', 2, '2028-02-29', '2028-02-29'],
      ['2028-02-29', 3, '2028-03-03', '2028-03-03'],
      ['2028-03-01', -1, '2028-02-29', '2028-02-29'],
      ['2028-03-06', -5, '2028-02-28', '2028-02-28'],
      ['2027-02-26', 1, '2027-03-01', '2027-03-01'],
      // A year of them: 2026 has 261 weekdays.
      ['2025-12-31', 261, '2026-12-31', '2027-01-05'],
      ['2026-12-31', -261, '2025-12-31', '2025-12-29'],
    ];
    for (const [day, n, generic, local] of table) {
      expect(addWorkingDays(day, n), `${day} ${n}`).to.equal(generic);
      expect(addWorkingDays(day, n, holidays), `${day} ${n} with holidays`).to.equal(local);
    }
  });

  it('with offset 0 give the day itself when it is a working day, else the next working day', () => {
    const table: [Day, Day, Day][] = [
      ['2026-12-07', '2026-12-07', '2026-12-07'],
      ['2026-12-04', '2026-12-04', '2026-12-04'],
      ['2026-12-05', '2026-12-07', '2026-12-07'],
      ['2026-12-06', '2026-12-07', '2026-12-07'],
      ['2026-12-25', '2026-12-25', '2026-12-29'],
      ['2026-12-26', '2026-12-28', '2026-12-29'],
      ['2027-01-01', '2027-01-01', '2027-01-04'],
    ];
    for (const [day, generic, local] of table) {
      expect(addWorkingDays(day, 0), day).to.equal(generic);
      expect(addWorkingDays(day, 0, holidays), `${day} with holidays`).to.equal(local);
    }
  });

  it('refuse offsets that are not whole numbers, and days outside the range', () => {
    for (const n of [0.5, -1.5, NaN, Infinity, -Infinity, 2 ** 53])
      expect(() => addWorkingDays('2026-12-07', n), String(n)).to.throw(RangeError, 'whole number');
    expect(() => addWorkingDays('2026-13-07', 1)).to.throw(RangeError, 'Not a day');
    expect(() => addWorkingDays('9999-12-31', 1)).to.throw(RangeError);
    expect(addWorkingDays('9999-12-31', 0)).to.equal('9999-12-31');
    expect(() => addWorkingDays('0001-01-01', -1)).to.throw(RangeError);
    expect(addWorkingDays('9999-12-30', 1)).to.equal('9999-12-31');
    expect(addWorkingDays('0001-01-02', -1)).to.equal('0001-01-01');
  });

  it('are counted between two days: the end counts, the start does not', () => {
    const table: [Day, Day, number, number][] = [
      // from, to, generic set, with the holidays
      ['2026-12-07', '2026-12-07', 0, 0],
      ['2026-12-05', '2026-12-05', 0, 0],
      ['2026-12-05', '2026-12-06', 0, 0],
      ['2026-12-04', '2026-12-07', 1, 1],
      ['2026-12-07', '2026-12-04', -1, -1],
      ['2026-12-05', '2026-12-04', -1, -1],
      ['2026-12-05', '2026-12-07', 1, 1],
      ['2026-12-04', '2026-12-05', 0, 0],
      ['2026-12-07', '2026-12-14', 5, 5],
      ['2026-12-14', '2026-12-07', -5, -5],
      ['2026-12-12', '2026-11-30', -10, -10],
      ['2026-12-24', '2027-01-04', 7, 4],
      ['2027-01-04', '2026-12-24', -7, -4],
      ['2028-02-28', '2028-03-01', 2, 2],
      ['2025-12-31', '2026-12-31', 261, 259],
      ['2027-12-31', '2028-12-31', 260, 260],
    ];
    for (const [from, to, generic, local] of table) {
      expect(workingDaysBetween(from, to), `${from} → ${to}`).to.equal(generic);
      expect(workingDaysBetween(from, to, holidays), `${from} → ${to} with holidays`).to.equal(local);
    }
    expect(() => workingDaysBetween('2026-12-07', '2026-12-7')).to.throw(RangeError);
  });

  it('counted between a day and the day n working days away give n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2029-12-31') }),
        fc.integer({ min: -400, max: 400 }),
        fc.boolean(),
        (number, n, withHolidays) => {
          const day = dayFromNumber(number);
          const set = withHolidays ? holidays : NO_HOLIDAYS;
          const result = addWorkingDays(day, n, set);
          const between = workingDaysBetween(day, result, set);
          if (!isWorkingDay(result, set)) return false;
          if (n !== 0) return between === n && Math.sign(daysBetween(day, result)) === Math.sign(n);
          return isWorkingDay(day, set) ? result === day : between === 1 && result > day;
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("a preset's holidays", () => {
  const preset = { first: 2026, last: 2027, days: ['2026-12-25', '2026-12-28', '2027-01-01'] };

  it('are a set of days, empty for the generic set', () => {
    const table: [typeof preset | undefined, Day[]][] = [
      [preset, ['2026-12-25', '2026-12-28', '2027-01-01']],
      [{ first: 2026, last: 2026, days: [] }, []],
      [{ first: 2026, last: 2026, days: ['2026-01-01'] }, ['2026-01-01']],
      [undefined, []],
    ];
    for (const [holidays, days] of table) {
      const set = holidaySet(holidays);
      expect([...set], JSON.stringify(holidays)).to.deep.equal(days);
      expect(set.has('2026-12-24')).to.be.false;
    }
    expect(holidaySet(undefined)).to.equal(NO_HOLIDAYS);
    expect(addWorkingDays('2026-12-24', 1, holidaySet(preset))).to.equal('2026-12-29');
    expect(addWorkingDays('2026-12-24', 1, holidaySet(undefined))).to.equal('2026-12-25');
  });

  it('cover the days of their years, first to last, and the generic set none', () => {
    const table: [typeof preset | undefined, Day, boolean][] = [
      [preset, '2026-01-01', true],
      [preset, '2026-07-15', true],
      [preset, '2027-12-31', true],
      [preset, '2025-12-31', false],
      [preset, '2028-01-01', false],
      [preset, '0001-01-01', false],
      [preset, '9999-12-31', false],
      [{ first: 2026, last: 2026, days: [] }, '2026-06-01', true],
      [{ first: 2026, last: 2026, days: [] }, '2027-06-01', false],
      [{ first: 2026, last: 2026, days: [] }, '2025-06-01', false],
      [undefined, '2026-12-25', false],
      [undefined, '2026-06-01', false],
    ];
    for (const [holidays, day, expected] of table)
      expect(covers(holidays, day), `${JSON.stringify(holidays)} ${day}`).to.equal(expected);
    for (const day of ['2026-13-01', '2026-12-32', '', '2026-1-1'])
      expect(() => covers(preset, day), day).to.throw(RangeError, 'Not a day');
    expect(() => covers(undefined, '2027-02-29')).to.throw(RangeError);
  });
});

describe("the visitor's today", () => {
  // instant, UTC offset in minutes there and then, the zone it is the offset of, the day there
  const table: [string, number, string, Day][] = [
    // Stockholm's clocks go forward at 01:00 UTC on 2026-03-29, and back at 01:00 UTC on 2026-10-25.
    ['2026-03-28T22:59:59.999Z', 60, 'Europe/Stockholm', '2026-03-28'],
    ['2026-03-28T23:00:00.000Z', 60, 'Europe/Stockholm', '2026-03-29'],
    ['2026-03-29T00:59:59.999Z', 60, 'Europe/Stockholm', '2026-03-29'],
    ['2026-03-29T01:00:00.000Z', 120, 'Europe/Stockholm', '2026-03-29'],
    ['2026-03-29T21:59:59.999Z', 120, 'Europe/Stockholm', '2026-03-29'],
    ['2026-03-29T22:00:00.000Z', 120, 'Europe/Stockholm', '2026-03-30'],
    ['2026-10-24T21:59:59.999Z', 120, 'Europe/Stockholm', '2026-10-24'],
    ['2026-10-24T22:00:00.000Z', 120, 'Europe/Stockholm', '2026-10-25'],
    ['2026-10-25T01:00:00.000Z', 60, 'Europe/Stockholm', '2026-10-25'],
    ['2026-10-25T22:59:59.999Z', 60, 'Europe/Stockholm', '2026-10-25'],
    ['2026-10-25T23:00:00.000Z', 60, 'Europe/Stockholm', '2026-10-26'],
    // New York's go forward at 07:00 UTC on 2026-03-08.
    ['2026-03-08T04:59:59.999Z', -300, 'America/New_York', '2026-03-07'],
    ['2026-03-08T05:00:00.000Z', -300, 'America/New_York', '2026-03-08'],
    ['2026-03-09T03:59:59.999Z', -240, 'America/New_York', '2026-03-08'],
    ['2026-03-09T04:00:00.000Z', -240, 'America/New_York', '2026-03-09'],
    // The year end, which comes first in Kiritimati and last in Pago Pago; a half-hour offset.
    ['2026-12-31T22:59:59.999Z', 60, 'Europe/Stockholm', '2026-12-31'],
    ['2026-12-31T23:00:00.000Z', 60, 'Europe/Stockholm', '2027-01-01'],
    ['2026-12-31T23:00:00.000Z', 0, 'Europe/London', '2026-12-31'],
    ['2027-01-01T00:00:00.000Z', 0, 'Europe/London', '2027-01-01'],
    ['2027-01-01T04:59:59.999Z', -300, 'America/New_York', '2026-12-31'],
    ['2026-12-31T10:00:00.000Z', 840, 'Pacific/Kiritimati', '2027-01-01'],
    ['2027-01-01T10:59:59.999Z', -660, 'Pacific/Pago_Pago', '2026-12-31'],
    ['2026-12-31T18:29:59.999Z', 330, 'Asia/Kolkata', '2026-12-31'],
    ['2026-12-31T18:30:00.000Z', 330, 'Asia/Kolkata', '2027-01-01'],
    // Sydney's clocks go back at 16:00 UTC on 2026-04-04 (03:00 summer time on the 5th).
    ['2026-04-04T12:59:59.999Z', 660, 'Australia/Sydney', '2026-04-04'],
    ['2026-04-04T13:00:00.000Z', 660, 'Australia/Sydney', '2026-04-05'],
    ['2026-04-05T13:59:59.999Z', 600, 'Australia/Sydney', '2026-04-05'],
    ['2026-04-05T14:00:00.000Z', 600, 'Australia/Sydney', '2026-04-06'],
    // Before 1970, day numbers are negative.
    ['1969-12-31T23:59:59.999Z', 0, 'Europe/London', '1969-12-31'],
  ];

  it('is the calendar day at an instant and a UTC offset, around midnight, clock changes and the year end', () => {
    for (const [instant, offset, , expected] of table)
      expect(todayIn(new Date(instant), offset), `${instant} ${offset}`).to.equal(expected);
  });

  it('uses the offsets that the time zones have at those instants', function () {
    // The table's offsets against the zones' own rules, as Intl knows them (where 'longOffset' is supported).
    for (const [instant, offset, timeZone, expected] of table.filter(([i]) => i >= '1970')) {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone,
        timeZoneName: 'longOffset',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).formatToParts(new Date(instant));
      const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
      const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(part('timeZoneName').replace('−', '-'));
      if (!match) this.skip();
      const minutes = match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
      expect(minutes, `${timeZone} at ${instant}`).to.equal(offset);
      expect(`${part('year')}-${part('month')}-${part('day')}`, `${timeZone} at ${instant}`).to.equal(
        expected,
      );
    }
  });

  it("is by default the day of this browser's or process's time zone", () => {
    for (const [instant] of table) {
      const now = new Date(instant);
      const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      expect(todayIn(now), instant).to.equal(local);
    }
  });

  it('refuses an invalid instant or offset', () => {
    expect(() => todayIn(new Date(NaN))).to.throw(RangeError, 'Not a valid instant');
    expect(() => todayIn(new Date(NaN), 60)).to.throw(RangeError, 'Not a valid instant');
    expect(() => todayIn(new Date(), NaN)).to.throw(RangeError, 'Not a valid instant');
    expect(() => todayIn(new Date(), Infinity)).to.throw(RangeError, 'Not a valid instant');
  });
});

describe('days without a time zone', () => {
  /** Everything the tables above compute, as one list, with todayIn given explicit offsets. */
  const compute = (): unknown[] => {
    const holidays = new Set(['2026-12-25', '2026-12-28', '2027-01-01']);
    const days = ['2026-03-28', '2026-03-29', '2026-10-25', '2026-11-01', '2026-12-31', '2028-02-29'];
    const out: unknown[] = [];
    for (const day of days) {
      for (const n of [-10, -1, 0, 1, 10])
        out.push(addDays(day, n), addWorkingDays(day, n, holidays), addWorkingDays(day, n));
      out.push(weekday(day), isWorkingDay(day, holidays), workingDaysBetween(day, '2027-01-04', holidays));
      out.push(daysBetween(day, '2027-01-01'), parseDay(day), dayNumber(day));
    }
    return out;
  };
  const instants = ['2026-03-29T00:30:00Z', '2026-10-25T00:30:00Z', '2026-12-31T23:30:00Z'].map(
    (text) => new Date(text),
  );
  const todays = (): Day[] => instants.flatMap((now) => [-300, 0, 60, 120, 840].map((o) => todayIn(now, o)));

  it('never touch Date: the same results with Date taken away', () => {
    const expected = compute();
    const expectedTodays = todays();
    const RealDate = globalThis.Date;
    const noDate = new Proxy(RealDate, {
      construct: () => {
        throw new Error('days.ts used Date');
      },
      apply: () => {
        throw new Error('days.ts used Date');
      },
      get: () => {
        throw new Error('days.ts used Date');
      },
    });
    let results: unknown[];
    let resultTodays: Day[];
    globalThis.Date = noDate;
    try {
      results = compute();
      resultTodays = todays();
    } finally {
      globalThis.Date = RealDate;
    }
    expect(results).to.deep.equal(expected);
    expect(resultTodays).to.deep.equal(expectedTodays);
  });

  it('give the same results in every process time zone (Node only: a browser keeps its zone)', function () {
    const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
    if (!env) this.skip();
    const saved = env.TZ;
    const zones = ['UTC', 'Europe/Stockholm', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    const byZone = new Map<string, unknown>();
    try {
      for (const zone of zones) {
        env.TZ = zone;
        byZone.set(zone, [compute(), todays()]);
        // The default offset is the zone's, which does change with it.
        const now = new Date('2026-12-31T23:30:00Z');
        const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
        expect(todayIn(now), zone).to.equal(local);
      }
      env.TZ = 'Pacific/Kiritimati';
      expect(todayIn(new Date('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
      env.TZ = 'America/New_York';
      expect(todayIn(new Date('2026-12-31T23:30:00Z'))).to.equal('2026-12-31');
    } finally {
      if (saved === undefined) delete env.TZ;
      else env.TZ = saved;
    }
    for (const zone of zones) expect(byZone.get(zone), zone).to.deep.equal(byZone.get('UTC'));
  });
});
