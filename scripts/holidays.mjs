// Writes src/plan/generated/holidays-<country>.ts: for each country preset, the days from Monday to Friday that
// are not working days, 'YYYY-MM-DD'. The dates come from permissively licensed packages, one per country, all
// devDependencies: none of their code ships, only the dates they give (README "Working days and public
// holidays"). Run it once a year (`npm run holidays`) and commit the result; test/holidays.test.ts checks it
// against date-holidays, whose data (CC BY-SA) is never copied into src/.
//
//   node scripts/holidays.mjs                        the current year − 1 … + 4
//   node scripts/holidays.mjs --first 2025 --last 2030
//
// Weekends are left out: they are never working days, so a holiday on a Saturday or Sunday adds nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { format } from 'prettier';

// The packages build Dates in local time and read them back: in UTC their days are the calendar's, in every
// time zone of the machine that runs this. Set before any of them is loaded.
process.env.TZ = 'UTC';
if (new Date(2026, 5, 1).getTimezoneOffset() !== 0) throw new Error('holidays: could not work in UTC');

const require = createRequire(import.meta.url);
const federal = require('@18f/us-federal-holidays');
const swedish = require('swedish-holidays');
const { getHolidays: germanHolidays } = await import('feiertagejs');
const { easter } = await import('date-easter');

/** The licences a source may have: the dates ship in an MIT package and a GPL WordPress plugin. */
const PERMISSIVE = new Set(['MIT', 'ISC', 'CC0-1.0', '0BSD', 'BSD-2-Clause', 'BSD-3-Clause', 'Unlicense']);

const pad = (n) => String(n).padStart(2, '0');
const on = (year, month, day) => `${year}-${pad(month)}-${pad(day)}`;
/** A UTC Date's day. */
const dayOf = (date) => date.toISOString().slice(0, 10);
const utc = (day) => new Date(`${day}T00:00:00Z`);
const addDays = (day, n) => dayOf(new Date(utc(day).getTime() + n * 86_400_000));
/** 0 Sunday … 6 Saturday. */
const weekdayOf = (day) => utc(day).getUTCDay();
const isWeekend = (day) => weekdayOf(day) === 0 || weekdayOf(day) === 6;
/** The first Monday of a month from `from` on (1), or the last one up to `to` (−1). */
const monday = (from, step) => {
  let day = from;
  while (weekdayOf(day) !== 1) day = addDays(day, step);
  return day;
};

/**
 * England and Wales: the bank holidays of the Banking and Financial Dealings Act 1971 (schedule 1) and the two
 * common-law holidays, Good Friday and Christmas Day, with the substitute days that are proclaimed every year: a
 * holiday on a Saturday or Sunday moves to the next weekday that is not a holiday already. A one-off bank holiday
 * or a moved one (by royal proclamation, as in 2020, 2022 and 2023) is not in these rules: the comparison with
 * date-holidays in test/holidays.test.ts finds it, and it is then added here. Easter from date-easter.
 */
function englandAndWales(year) {
  if (year < 2024)
    throw new Error(`holidays: the England and Wales rules hold from 2024 (asked for ${year})`);
  const easterSunday = easter(year).toString();
  const days = [
    addDays(easterSunday, -2),
    addDays(easterSunday, 1),
    monday(on(year, 5, 1), 1), // early May bank holiday
    monday(on(year, 5, 31), -1), // spring bank holiday
    monday(on(year, 8, 31), -1), // summer bank holiday
  ];
  for (const fixed of [on(year, 1, 1), on(year, 12, 25), on(year, 12, 26)]) {
    let day = fixed;
    while (isWeekend(day) || days.includes(day)) day = addDays(day, 1);
    days.push(day);
  }
  return days;
}

const SWEDISH_EVES = [swedish.MidsummerEve, swedish.ChristmasEve, swedish.NewYearsEve];

/** Per preset: its source package, what the days are, and the days of a year (some may fall in the next). */
const COUNTRIES = [
  {
    id: 'us',
    source: '@18f/us-federal-holidays',
    what: 'United States: the federal holidays of 5 U.S.C. 6103(a), one on a Saturday observed on the Friday before and one on a Sunday on the Monday after (6103(b), as OPM lists them)',
    days: (year) => federal.allForYear(year).map((holiday) => holiday.dateString),
  },
  {
    id: 'gb',
    source: 'date-easter',
    what: "United Kingdom: England and Wales's bank holidays, a weekend one moved to the next weekday, by the rules in scripts/holidays.mjs; only the date of Easter from the source",
    days: englandAndWales,
  },
  {
    id: 'se',
    source: 'swedish-holidays',
    what: 'Sweden: the allmänna helgdagar (lag 1989:253) and midsommarafton, julafton and nyårsafton, which Semesterlagen (1977:480) 3 § counts as Sundays',
    days: (year) =>
      swedish
        .getHolidays(year)
        .filter((holiday) => holiday.isPublicHoliday || SWEDISH_EVES.some((Eve) => holiday instanceof Eve))
        .map((holiday) => dayOf(holiday.date)),
  },
  {
    id: 'de',
    source: 'feiertagejs',
    what: "Germany: the nationwide public holidays (feiertagejs's region BUND), none of a single state's",
    days: (year) => germanHolidays(year, 'BUND').map((holiday) => dayOf(holiday.date)),
  },
];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const thisYear = new Date().getFullYear();
const first = option('--first', thisYear - 1);
const last = option('--last', thisYear + 4);
if (!Number.isInteger(first) || !Number.isInteger(last) || first > last) {
  console.error(`holidays: no years ${first} … ${last}`);
  process.exit(1);
}

/** Text as `// ` comment lines of at most 110 characters, prettier's width (prettier leaves comments alone). */
const comment = (text) =>
  text
    .split(' ')
    .reduce((lines, word) => {
      const line = lines.at(-1);
      if (line !== undefined && line.length + 1 + word.length <= 110)
        lines[lines.length - 1] = `${line} ${word}`;
      else lines.push(`// ${word}`);
      return lines;
    }, [])
    .join('\n');

const prettierOptions = {
  ...JSON.parse(readFileSync(new URL('../.prettierrc.json', import.meta.url), 'utf8')),
  parser: 'typescript',
};
const dir = new URL('../src/plan/generated/', import.meta.url);
mkdirSync(dir, { recursive: true });

for (const country of COUNTRIES) {
  const pkg = require(`${country.source}/package.json`);
  if (!PERMISSIVE.has(pkg.license))
    throw new Error(`holidays: ${pkg.name} is ${pkg.license}, not permissive`);
  const repository = String(pkg.repository?.url ?? pkg.repository ?? pkg.homepage)
    .replace(/^git\+/, '')
    .replace(/^ssh:\/\/git@github\.com\//, 'https://github.com/')
    .replace(/\.git$/, '');
  const days = new Set();
  // A year's holiday may be observed in the year before (the US New Year's Day on a Saturday): one year more.
  for (let year = first; year <= last + 1; year++) {
    for (const day of country.days(year)) {
      const inRange = Number(day.slice(0, 4)) >= first && Number(day.slice(0, 4)) <= last;
      if (inRange && !isWeekend(day)) days.add(day);
    }
  }
  const sorted = [...days].sort();
  const source = `${comment(
    `Generated by scripts/holidays.mjs (npm run holidays): do not edit. ${country.what}. Weekends left out. ` +
      `${first} … ${last}. Source: ${pkg.name} ${pkg.version}, ${pkg.license} (${repository}); only the ` +
      'dates are taken.',
  )}

/** The first and last year whose non-working days are all listed. */
export const FIRST_YEAR = ${first};
export const LAST_YEAR = ${last};

/** The days from Monday to Friday that are not working days, 'YYYY-MM-DD', in order. */
export const HOLIDAYS: readonly string[] = ${JSON.stringify(sorted)};

/** Where the days come from (for the tests; unused code, so no bundle carries it). */
export const SOURCE = ${JSON.stringify({ package: pkg.name, version: pkg.version, license: pkg.license })};
`;
  const text = await format(source, prettierOptions);
  const file = new URL(`holidays-${country.id}.ts`, dir);
  writeFileSync(file, text);
  const gzipped = gzipSync(JSON.stringify(sorted), { level: 9 }).length;
  console.log(
    `src/plan/generated/holidays-${country.id}.ts  ${sorted.length} days  ${text.length} B, the list ${gzipped} B gzipped`,
  );
}
