// locale.ts at its edges: tags with spaces around them, values that are not strings, every right-to-left
// language, and text without an English entry.
import { expect } from './chai.js';
import { canonicalLocale, isRtl, localizeText } from '../src/i18n/locale.js';

describe('canonicalLocale at its edges', () => {
  const cases: [input: unknown, output: string | undefined][] = [
    [' sv-se ', 'sv-SE'],
    ['\tpt-br\n', 'pt-BR'],
    ['', undefined],
    ['   ', undefined],
    ['sv_SE', undefined],
    [42, undefined],
    [['sv'], undefined],
    // Strings only: an object that looks like one is not a tag.
    [new String('sv'), undefined],
    [{ trim: () => 'sv' }, undefined],
  ];
  for (const [input, output] of cases) {
    it(`${String(JSON.stringify(input))} → ${String(output)}`, () => {
      expect(canonicalLocale(input)).to.equal(output);
    });
  }
});

describe('isRtl for every right-to-left language', () => {
  const cases: [string, boolean][] = [
    ['ar', true],
    ['fa', true],
    ['fa-IR', true],
    ['he', true],
    ['HE-il', true],
    ['ur', true],
    ['en', false],
    ['', false],
    ['arn', false],
  ];
  for (const [locale, rtl] of cases) {
    it(`${JSON.stringify(locale)} → ${rtl}`, () => {
      expect(isRtl(locale)).to.equal(rtl);
    });
  }
});

describe('localizeText without an English entry', () => {
  it('gives the empty string when nothing matches', () => {
    expect(localizeText({ sv: 'Hej' }, 'de')).to.equal('');
  });
  it('still finds the locale', () => {
    expect(localizeText({ sv: 'Hej' }, 'sv-FI')).to.equal('Hej');
  });
});
