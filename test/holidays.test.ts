import Holidays, { type HolidaysTypes } from 'date-holidays';
import { expect } from './chai.js';
import {
  addWorkingDays,
  covers,
  holidaySet,
  isWorkingDay,
  parseDay,
  todayIn,
  weekday,
  workingDaysBetween,
  type Day,
} from '../src/plan/days.js';
import { regionLoaders } from '../src/content/regions.js';
import * as us from '../src/plan/generated/holidays-us.js';
import * as gb from '../src/plan/generated/holidays-gb.js';
import * as se from '../src/plan/generated/holidays-se.js';
import * as de from '../src/plan/generated/holidays-de.js';

// The non-working days of the country presets (src/plan/generated/, written by `npm run holidays` from
// permissively licensed packages), checked against an independent source: date-holidays, a devDependency that
// only these tests use (its data is CC BY-SA, so none of it may ship). Every year covered must give date-holidays'
// "public" holidays from Monday to Friday, but for the differences listed in INTENDED below, each with its
// reason; a disagreement that no row explains fails and names the day and what date-holidays has on it. In the
// browsers, date-holidays is a bundle of its own (web-test-runner.config.mjs).

type Country = 'us' | 'gb' | 'se' | 'de';
const DATA: Record<Country, typeof us> = { us, gb, se, de };
const COUNTRIES = Object.keys(DATA) as Country[];
const ORACLE: Record<Country, Holidays> = {
  us: new Holidays('US'),
  gb: new Holidays('GB', 'ENG'), // England; Wales has the same bank holidays
  se: new Holidays('SE'),
  de: new Holidays('DE'), // nationwide, no state
};
const sets = Object.fromEntries(COUNTRIES.map((c) => [c, new Set(DATA[c].HOLIDAYS)])) as Record<
  Country,
  Set<Day>
>;
const covered = (country: Country, day: Day): boolean =>
  covers({ first: DATA[country].FIRST_YEAR, last: DATA[country].LAST_YEAR, days: [] }, day);
const yearsOf = (country: Country): number[] => {
  const years: number[] = [];
  for (let year = DATA[country].FIRST_YEAR; year <= DATA[country].LAST_YEAR; year++) years.push(year);
  return years;
};

interface Intended {
  country: Country;
  /** `extra`: a non-working day here that date-holidays has, but not as "public"; `missing`: the reverse. */
  kind: 'extra' | 'missing';
  /** The day as date-holidays has it: its type and name. */
  type: HolidaysTypes.HolidayType;
  name: string;
  /** One such day, checked while its year is covered. */
  example: Day;
  reason: string;
}

const SEMESTERLAGEN =
  'Not a working day: Semesterlagen (1977:480) 3 § counts midsommarafton, julafton and nyårsafton as Sundays ' +
  '(https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/semesterlag-1977480_sfs-1977-480/), ' +
  'and operators and offices are closed. date-holidays types the day "bank".';

/** The differences from date-holidays' "public" holidays that are meant, with the reason for each. */
const INTENDED: readonly Intended[] = [
  {
    country: 'us',
    kind: 'extra',
    type: 'bank',
    name: 'Veterans Day (substitute day)',
    example: '2028-11-10',
    reason:
      'A federal holiday on a Saturday is observed on the Friday before, on a Sunday on the Monday after ' +
      '(5 U.S.C. 6103(b); OPM, https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/): Veterans ' +
      'Day 2028 on Friday 10 November, 2029 on Monday 12 November. date-holidays types the observed day "bank".',
  },
  {
    country: 'se',
    kind: 'extra',
    type: 'bank',
    name: 'midsommarafton',
    example: '2026-06-19',
    reason: SEMESTERLAGEN,
  },
  {
    country: 'se',
    kind: 'extra',
    type: 'bank',
    name: 'julafton',
    example: '2026-12-24',
    reason: SEMESTERLAGEN,
  },
  {
    country: 'se',
    kind: 'extra',
    type: 'bank',
    name: 'nyårsafton',
    example: '2026-12-31',
    reason: SEMESTERLAGEN,
  },
];

const oracleYears = new Map<string, HolidaysTypes.Holiday[]>();
/** date-holidays' holidays of a year of a country, computed once. */
function oracleYear(country: Country, year: number): HolidaysTypes.Holiday[] {
  const key = `${country} ${year}`;
  if (!oracleYears.has(key)) oracleYears.set(key, ORACLE[country].getHolidays(year));
  return oracleYears.get(key)!;
}

/** date-holidays' holidays on a day of a country. */
const oracleOn = (country: Country, day: Day): HolidaysTypes.Holiday[] =>
  oracleYear(country, Number(day.slice(0, 4))).filter((holiday) => holiday.date.startsWith(day));

/** The row that explains a difference, if any. */
const intended = (country: Country, day: Day, kind: Intended['kind']): Intended | undefined =>
  INTENDED.find(
    (row) =>
      row.country === country &&
      row.kind === kind &&
      oracleOn(country, day).some((holiday) => holiday.type === row.type && holiday.name === row.name),
  );

/** date-holidays' "public" holidays of a year from Monday to Friday (weekends never count as working days). */
function oraclePublic(country: Country, year: number): Day[] {
  const days = new Set<Day>();
  // A holiday observed on 31 December may be listed with the next year's: read the years around too.
  for (const y of [year - 1, year, year + 1])
    for (const holiday of oracleYear(country, y)) {
      const day = holiday.date.slice(0, 10);
      if (holiday.type === 'public' && day.startsWith(`${year}-`) && weekday(day) < 6) days.add(day);
    }
  return [...days].sort();
}

describe('non-working days of the country presets', () => {
  it('cover this year and the next: run `npm run holidays` each year and commit the result', () => {
    const thisYear = Number(todayIn(new Date()).slice(0, 4));
    for (const country of COUNTRIES) {
      expect(DATA[country].FIRST_YEAR, `${country} first year`).to.be.at.most(thisYear);
      expect(DATA[country].LAST_YEAR, `${country}: holidays of ${thisYear + 1} missing`).to.be.at.least(
        thisYear + 1,
      );
    }
  });

  it('are real days from Monday to Friday, in order, each once, within the years covered', () => {
    for (const country of COUNTRIES) {
      const { HOLIDAYS } = DATA[country];
      HOLIDAYS.forEach((day, i) => {
        expect(parseDay(day), `${country} ${day}`).to.equal(day);
        expect(weekday(day), `${country} ${day} is a weekday`).to.be.below(6);
        if (i > 0) expect(day > HOLIDAYS[i - 1]!, `${country} ${day} after ${HOLIDAYS[i - 1]}`).to.be.true;
        expect(covered(country, day), `${country} ${day} in the years covered`).to.be.true;
      });
    }
  });

  it('come from permissively licensed packages, never from date-holidays (CC BY-SA)', () => {
    const sources: Record<Country, string> = {
      us: '@18f/us-federal-holidays',
      gb: 'date-easter',
      se: 'swedish-holidays',
      de: 'feiertagejs',
    };
    for (const country of COUNTRIES) {
      expect(DATA[country].SOURCE.package, country).to.equal(sources[country]);
      expect(['MIT', 'CC0-1.0'], `${country}: ${DATA[country].SOURCE.license}`).to.include(
        DATA[country].SOURCE.license,
      );
    }
  });

  for (const country of COUNTRIES) {
    it(`${country}: are date-holidays' public holidays, every year covered, but for the listed differences`, () => {
      const unexplained: string[] = [];
      for (const year of yearsOf(country)) {
        const expected = new Set(oraclePublic(country, year));
        const actual = new Set(DATA[country].HOLIDAYS.filter((day) => day.startsWith(`${year}-`)));
        const differences: [Day, Intended['kind']][] = [
          ...[...actual].filter((day) => !expected.has(day)).map((day): [Day, 'extra'] => [day, 'extra']),
          ...[...expected].filter((day) => !actual.has(day)).map((day): [Day, 'missing'] => [day, 'missing']),
        ];
        for (const [day, kind] of differences) {
          if (intended(country, day, kind)) continue;
          const there = oracleOn(country, day).map((holiday) => `${holiday.type} "${holiday.name}"`);
          unexplained.push(`${day} ${kind}: date-holidays has ${there.join(', ') || 'nothing'}`);
        }
      }
      expect(
        unexplained.join('; '),
        `${country}: differences from date-holidays that INTENDED does not list`,
      ).to.equal('');
    });
  }

  it('differ from date-holidays where INTENDED says, each row for a reason', () => {
    for (const row of INTENDED) {
      expect(row.reason.length, `${row.country} ${row.name}: a reason`).to.be.above(40);
      if (!covered(row.country, row.example)) continue;
      const { country, example, kind } = row;
      expect(sets[country].has(example), `${country} ${example}`).to.equal(kind === 'extra');
      expect(intended(country, example, kind), `${country} ${example} is ${row.type} "${row.name}"`).to.equal(
        row,
      );
      expect(oraclePublic(country, Number(example.slice(0, 4))).includes(example)).to.equal(
        kind === 'missing',
      );
    }
  });

  it("load with each preset's chunk", async () => {
    for (const country of COUNTRIES) {
      const { preset } = await regionLoaders[country]();
      const { FIRST_YEAR, LAST_YEAR, HOLIDAYS } = DATA[country];
      expect(preset().holidays, country).to.deep.equal({
        first: FIRST_YEAR,
        last: LAST_YEAR,
        days: HOLIDAYS,
      });
      expect(holidaySet(preset().holidays), country).to.deep.equal(sets[country]);
    }
  });

  // Known days, checked while their year is covered (the comparison above checks every year).
  const known: [Country, Day, boolean, string][] = [
    ['us', '2026-07-03', true, 'Independence Day observed (4 July a Saturday)'],
    ['us', '2027-07-05', true, 'Independence Day observed (4 July a Sunday)'],
    ['us', '2027-06-18', true, 'Juneteenth observed (19 June a Saturday)'],
    ['us', '2027-12-24', true, 'Christmas Day observed (25 December a Saturday)'],
    ['us', '2027-12-31', true, "New Year's Day 2028 observed (a Saturday)"],
    ['us', '2028-11-10', true, 'Veterans Day observed (11 November a Saturday)'],
    ['us', '2029-11-12', true, 'Veterans Day observed (11 November a Sunday)'],
    ['us', '2026-11-26', true, 'Thanksgiving'],
    ['us', '2026-11-27', false, 'the day after Thanksgiving (not a federal holiday)'],
    ['us', '2026-12-24', false, 'Christmas Eve (not a federal holiday)'],
    ['gb', '2026-12-28', true, 'Boxing Day substitute (26 December a Saturday)'],
    ['gb', '2027-12-27', true, 'Christmas Day substitute'],
    ['gb', '2027-12-28', true, 'Boxing Day substitute'],
    ['gb', '2028-01-03', true, "New Year's Day substitute"],
    ['gb', '2026-08-31', true, 'Summer bank holiday (England and Wales)'],
    ['gb', '2026-01-02', false, '2 January (a bank holiday in Scotland only)'],
    ['gb', '2026-11-30', false, "St Andrew's Day (Scotland only)"],
    ['gb', '2026-03-17', false, "St Patrick's Day (Northern Ireland only)"],
    ['se', '2026-06-19', true, 'midsommarafton (Semesterlagen 3 §)'],
    ['se', '2026-12-24', true, 'julafton (Semesterlagen 3 §)'],
    ['se', '2026-12-31', true, 'nyårsafton (Semesterlagen 3 §)'],
    ['se', '2028-06-06', true, 'nationaldagen'],
    ['se', '2026-05-25', false, 'annandag pingst (no holiday since 2005)'],
    ['se', '2026-01-05', false, 'trettondagsafton'],
    ['se', '2026-04-30', false, 'valborgsmässoafton'],
    ['de', '2028-10-03', true, 'Tag der Deutschen Einheit'],
    ['de', '2026-12-24', false, 'Heiliger Abend (type "bank" in date-holidays)'],
    ['de', '2028-10-31', false, 'Reformationstag (some states only)'],
    ['de', '2026-06-04', false, 'Fronleichnam (some states only)'],
    ['de', '2026-01-06', false, 'Heilige Drei Könige (some states only)'],
  ];
  it('include the observed and substitute days and leave out the days that are not holidays', () => {
    for (const [country, day, holiday, what] of known)
      if (covered(country, day))
        expect(sets[country].has(day), `${country} ${day}: ${what}`).to.equal(holiday);
  });
});

describe('working days over Christmas and the New Year', () => {
  // country, from, n, the working day n away, a later day, the working days from `from` to it
  const table: [Country, Day, number, Day, Day, number][] = [
    ['us', '2026-12-24', 1, '2026-12-28', '2027-01-04', 5],
    ['us', '2026-12-31', 1, '2027-01-04', '2027-01-04', 1],
    ['gb', '2026-12-24', 1, '2026-12-29', '2027-01-04', 4],
    ['gb', '2026-12-31', 1, '2027-01-04', '2027-01-04', 1],
    ['se', '2026-12-23', 1, '2026-12-28', '2027-01-04', 4], // julafton and nyårsafton skipped
    ['se', '2026-12-30', 4, '2027-01-08', '2027-01-08', 4], // nyårsafton, New Year's Day, trettondedag jul skipped
    ['de', '2026-12-24', 1, '2026-12-28', '2027-01-04', 5],
    ['de', '2026-12-23', 2, '2026-12-28', '2027-01-04', 6],
    ['us', '2027-12-23', 1, '2027-12-27', '2028-01-03', 5],
    ['gb', '2027-12-24', 1, '2027-12-29', '2028-01-04', 4],
    ['gb', '2027-12-23', 5, '2028-01-04', '2028-01-04', 5],
    ['se', '2027-12-23', 2, '2027-12-28', '2028-01-10', 9],
    ['de', '2027-12-24', 1, '2027-12-27', '2028-01-03', 6],
  ];

  it('skip the holidays', () => {
    for (const [country, from, n, expected, to, between] of table) {
      if (!covered(country, from) || !covered(country, to)) continue;
      const holidays = sets[country];
      expect(addWorkingDays(from, n, holidays), `${country} ${from} + ${n}`).to.equal(expected);
      expect(addWorkingDays(expected, -n, holidays), `${country} ${expected} − ${n}`).to.equal(from);
      expect(workingDaysBetween(from, to, holidays), `${country} ${from} → ${to}`).to.equal(between);
      expect(workingDaysBetween(to, from, holidays), `${country} ${to} → ${from}`).to.equal(-between);
    }
  });

  it('count every weekday but the holidays, every year covered', () => {
    for (const country of COUNTRIES) {
      let skipped = 0;
      for (const year of yearsOf(country).slice(0, -1)) {
        const from = `${year}-12-20`;
        const to = `${year + 1}-01-10`;
        const inSpan = DATA[country].HOLIDAYS.filter((d) => d > from && d <= to);
        const holidays = sets[country];
        skipped += inSpan.length;
        expect(workingDaysBetween(from, to, holidays), `${country} ${year}`).to.equal(
          workingDaysBetween(from, to) - inSpan.length,
        );
        for (const day of inSpan) expect(isWorkingDay(day, holidays), day).to.be.false;
        for (let n = 1; n <= 12; n++)
          expect(holidays.has(addWorkingDays(from, n, holidays)), `${country} ${from} + ${n}`).to.be.false;
      }
      expect(skipped, country).to.be.above(0);
    }
  });
});
