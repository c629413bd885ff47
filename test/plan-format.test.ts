// Days in words (src/plan/format.ts): the locale's format and weekday names from Intl, and the same day in every
// time zone. Runs in Node (npm run test:node, also under several TZ values: see test/days.test.ts) and in the
// browsers, where test/plan-timezones.test.ts emulates time zones.
import { expect } from './chai.js';
import { dayFormat, formatDay, formats } from '../src/plan/format.js';

describe('formatDay', () => {
  beforeEach(() => formats.clear());

  const cases: [day: string, locale: string, withYear: boolean, text: string][] = [
    ['2027-01-14', 'en', false, 'Thu, Jan 14'],
    ['2027-01-14', 'en', true, 'Thu, Jan 14, 2027'],
    ['2027-01-14', 'en-GB', false, 'Thu 14 Jan'],
    ['2027-01-14', 'sv', false, 'tors 14 jan.'],
    ['2027-01-14', 'de', true, 'Do., 14. Jan. 2027'],
    // The first and last day of a year, and a leap day: never the day before in a zone west of UTC.
    ['2027-01-01', 'en', true, 'Fri, Jan 1, 2027'],
    ['2026-12-31', 'en', true, 'Thu, Dec 31, 2026'],
    ['2028-02-29', 'en', true, 'Tue, Feb 29, 2028'],
    // Years before 100 are not read as 19xx.
    ['0099-03-01', 'en', true, 'Sun, Mar 1, 99'],
  ];
  for (const [day, locale, withYear, text] of cases) {
    it(`${day} in ${locale}${withYear ? ' with the year' : ''}: ${text}`, () => {
      // Engines' ICU data differ in spaces (narrow no-break or plain) and, for some locales, in a comma after the
      // weekday ("Thu 14 Jan" or "Thu, 14 Jan"): compare with both made plain, outside English.
      const plain = (value: string) => (locale === 'en' ? value : value.replace(/,/g, ''));
      expect(plain(formatDay(day, locale, withYear).replace(/\s/g, ' '))).to.equal(plain(text));
    });
  }

  it('leaves out the year by default', () => {
    expect(formatDay('2027-01-14', 'en')).to.equal(formatDay('2027-01-14', 'en', false));
    expect(formatDay('2027-01-14', 'en')).to.not.contain('2027');
  });

  it('formats with short weekday and month names, numeric day and year, in UTC', () => {
    expect(dayFormat(false)).to.deep.equal({
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    expect(dayFormat(true)).to.deep.equal({
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  });

  it('names the weekday of the day itself, whatever the time zone of the process', () => {
    // 2027-03-28: the night Europe moves its clocks forward; 2026-11-01: the US moves them back.
    expect(formatDay('2027-03-28', 'en')).to.match(/^Sun/);
    expect(formatDay('2026-11-01', 'en')).to.match(/^Sun/);
  });

  it('builds a format once per locale and kind', () => {
    formatDay('2027-01-14', 'fr', true);
    formatDay('2027-01-15', 'fr', true);
    formatDay('2027-01-14', 'fr');
    expect([...formats.keys()]).to.deep.equal(['fr|true', 'fr|false']);
  });

  it('gives the same text on every call (formats are cached per locale and kind)', () => {
    expect(formatDay('2027-01-14', 'fr', true)).to.equal(formatDay('2027-01-14', 'fr', true));
    expect(formatDay('2027-01-14', 'fr', true)).to.not.equal(formatDay('2027-01-14', 'fr', false));
  });
});
