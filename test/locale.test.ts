import { expect } from './chai.js';
import { canonicalLocale, isRtl, localizeText, matchLocale, resolveLocale } from '../src/i18n/locale.js';
import { localizeConfig } from '../src/config/localize-config.js';
import { validateConfig } from '../src/config/validate.js';

const SHIPPED = ['en', 'ar', 'cs', 'da', 'de', 'es', 'fi', 'fr', 'ja', 'nb', 'pl', 'pt', 'ro', 'sv'];

describe('resolveLocale: the first candidate that matches a shipped locale, else English', () => {
  const cases: [unknown[], string][] = [
    [['sv'], 'sv'],
    [['sv-SE'], 'sv'],
    [['sv-FI'], 'sv'],
    [['SV-se'], 'sv'],
    [['nb-NO'], 'nb'],
    [['no'], 'nb'],
    [['nn-NO'], 'nb'],
    [['pt-BR'], 'pt'],
    [['zh-Hant-TW', 'de-AT'], 'de'],
    [[undefined, null, '', 'ja'], 'ja'],
    [['xx', 'fr'], 'fr'],
    [['en_US', 'da'], 'da'],
    [['123', 'pl'], 'pl'],
    [['', 'en_US', '123', 'xx'], 'en'],
    [[{}, 42, ['sv']], 'en'],
    [[], 'en'],
    [['en-GB', 'sv'], 'en'],
  ];
  for (const [candidates, expected] of cases) {
    it(`${JSON.stringify(candidates)} → ${expected}`, () => {
      expect(resolveLocale(candidates, SHIPPED)).to.equal(expected);
    });
  }

  it('never throws on invalid codes', () => {
    for (const code of ['', ' ', 'en_US', '123', 'x', '-', 'sv--SE', '\u0000', 'a'.repeat(300)]) {
      expect(() => canonicalLocale(code)).to.not.throw();
      expect(() => matchLocale(code, SHIPPED)).to.not.throw();
    }
    expect(canonicalLocale('en_US')).to.equal(undefined);
    expect(canonicalLocale('sv-se')).to.equal('sv-SE');
  });

  it('knows which locales are right to left', () => {
    expect(isRtl('ar')).to.be.true;
    expect(isRtl('ar-EG')).to.be.true;
    expect(isRtl('sv')).to.be.false;
  });
});

describe('config text per locale', () => {
  const text = {
    en: 'Verify the signer',
    sv: 'Kontrollera undertecknaren',
    'pt-BR': 'Verifique o signatário',
  };
  const cases: [string, string][] = [
    ['sv', 'Kontrollera undertecknaren'],
    ['sv-FI', 'Kontrollera undertecknaren'],
    ['pt-BR', 'Verifique o signatário'],
    ['de', 'Verify the signer'],
    ['en', 'Verify the signer'],
  ];
  for (const [locale, expected] of cases) {
    it(`${locale} → ${expected}`, () => expect(localizeText(text, locale)).to.equal(expected));
  }

  it('accepts per-locale text in every visitor-visible field and resolves it', () => {
    const config = {
      title: { en: 'Porting', sv: 'Portering' },
      description: { en: 'Guide', sv: 'Guide' },
      banner: { title: { en: 'Careful', sv: 'Akta' }, text: 'Same everywhere' },
      sections: [
        {
          id: 's',
          title: { en: 'Before', sv: 'Före' },
          items: [{ id: 's.a', title: { en: 'Bill', sv: 'Faktura' } }],
        },
      ],
      pitfalls: {
        title: { en: 'Pitfalls', sv: 'Fallgropar' },
        items: [{ title: 'PIN', text: { en: 'Ask', sv: 'Fråga' } }],
      },
      cta: {
        title: 'CallTracker',
        text: { en: 'Track', sv: 'Spåra' },
        label: { en: 'Go', sv: 'Kör' },
        href: 'https://example.com/',
      },
    };
    const result = validateConfig(config);
    expect(result.ok, JSON.stringify(result)).to.be.true;
    if (!result.ok) return;
    const sv = localizeConfig(result.config, 'sv-SE');
    expect(sv.title).to.equal('Portering');
    expect(sv.banner).to.deep.equal({ title: 'Akta', text: 'Same everywhere' });
    expect(sv.sections[0].items[0]).to.deep.equal({ id: 's.a', title: 'Faktura' });
    expect(sv.pitfalls!.items[0]).to.deep.equal({ title: 'PIN', text: 'Fråga' });
    expect(sv.cta).to.deep.equal({
      title: 'CallTracker',
      text: 'Spåra',
      label: 'Kör',
      href: 'https://example.com/',
    });
    expect(localizeConfig(result.config, 'de').sections[0].title).to.equal('Before');
  });

  it('reports a missing English fallback and bad locale codes by path', () => {
    const result = validateConfig({
      title: { sv: 'Portering' },
      sections: [{ id: 's', title: { en: 'S', sv_SE: 'x' }, items: [{ id: 'a', title: { en: '' } }] }],
    });
    expect(result.ok).to.be.false;
    if (result.ok) return;
    expect(result.errors).to.deep.equal([
      'title: expected an "en" entry, the fallback for other languages',
      'sections[0].title.sv_SE: expected a locale code such as "en" or "pt-BR"',
      'sections[0].items[0].title.en: expected a non-empty string',
    ]);
  });
});
