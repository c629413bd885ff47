import { expect } from './chai.js';
import fc from 'fast-check';
import { englishNumber, englishPlural } from '../src/i18n/numbers.js';

// English counts are written without Intl (numbers.ts says why); they must read exactly as Intl would.
describe('English numbers without Intl', () => {
  const format = new Intl.NumberFormat('en');
  const plurals = new Intl.PluralRules('en');

  it('writes what Intl.NumberFormat("en") writes, at every digit boundary', () => {
    const samples = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 123456, 999999, 1000000, 1234567890];
    for (const n of samples) expect(englishNumber(n), String(n)).to.equal(format.format(n));
    expect(englishNumber(1234)).to.equal('1,234');
  });

  it('agrees with Intl on 3,000 random counts', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        (n) => englishNumber(n) === format.format(n) && englishPlural(n) === plurals.select(n),
      ),
      { numRuns: 3000 },
    );
  });

  it('has the plural categories of Intl.PluralRules("en")', () => {
    for (const n of [0, 1, 2, 5, 21, 1000]) expect(englishPlural(n), String(n)).to.equal(plurals.select(n));
  });
});
