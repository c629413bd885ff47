// pluralId: the XLIFF id of one plural form (the bundles swap it for numbers, scripts/rollup-msg-ids.mjs).
import { expect } from './chai.js';
import { pluralId } from '../src/i18n/plural-id.js';

describe('pluralId', () => {
  const cases: [base: string, category: string, id: string][] = [
    ['progress.counter', 'one', 'progress.counter.one'],
    ['progress.counter', 'few', 'progress.counter.few'],
    ['section.count', 'other', 'section.count.other'],
    ['announce.filter', 'zero', 'announce.filter.zero'],
  ];
  for (const [base, category, id] of cases) {
    it(`${base} + ${category} → ${id}`, () => {
      expect(pluralId(base, category)).to.equal(id);
    });
  }
});
