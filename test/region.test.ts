// The country presets, pure: which one applies (resolveRegion, table-style) and what applying one does.
import { expect } from './chai.js';
import { applyRegion, regionOf, resolveRegion, type RegionPreset } from '../src/content/region.js';
import type { ChecklistConfig } from '../src/config/types.js';

const SHIPPED = ['en', 'sv', 'de', 'fr', 'nb', 'pt', 'ar'];

describe('resolveRegion', () => {
  const cases: [string, string | null | undefined, unknown[], string | null, string?][] = [
    ['an explicit preset', 'se', ['en'], 'se'],
    ['case-insensitive, trimmed', ' US ', ['sv'], 'us'],
    ['uk is an alias of gb', 'uk', [], 'gb'],
    ['UK upper case', 'UK', [], 'gb'],
    ['generic: no preset, no warning', 'generic', ['sv'], null],
    ['an explicit value wins over the language', 'de', ['sv-SE'], 'de'],
    ['an unknown value: generic, reported', 'fr', ['sv'], null, 'fr'],
    ['garbage: generic, reported', '<script>', ['sv'], null, '<script>'],
    ['an empty value falls back to the language', '', ['sv'], 'se'],
    ['whitespace falls back to the language', '   ', ['de'], 'de'],
    ['null falls back to the language', null, ['de'], 'de'],
    ['en-GB: the region subtag', undefined, ['en-GB'], 'gb'],
    ['en-US: the region subtag', undefined, ['en-US'], 'us'],
    ['en_US is not a tag: skipped, then generic', undefined, ['en_US'], null],
    ['sv: one main regime', undefined, ['sv'], 'se'],
    ['de: one main regime', undefined, ['de'], 'de'],
    ['de-AT: a region without a preset is generic, not Germany', undefined, ['de-AT'], null],
    ['sv-FI: Finland, not Sweden', undefined, ['sv-FI'], null],
    ['en: many regimes, generic', undefined, ['en'], null],
    ['fr: no preset', undefined, ['fr-FR'], null],
    ['a script subtag is not a region', undefined, ['sr-Latn'], null],
    ['the first tag that names a shipped locale counts', undefined, ['xx', 'en-GB', 'sv'], 'gb'],
    ['invalid tags are skipped', undefined, ['123', '', null, 'de-DE'], 'de'],
    ['an unshipped language is skipped', undefined, ['ko-KR', 'en-US'], 'us'],
    ['nothing at all: generic', undefined, [], null],
    ['a numeric region without a preset', undefined, ['es-419'], null],
    ['a numeric region is a region: de-419 is not Germany', undefined, ['de-419'], null],
    ['a script subtag ending like a preset is no region', undefined, ['en-Dese'], null],
    ['a script subtag starting like a preset is no region', undefined, ['en-Usxx'], null],
    ['a script subtag is not a region: de-Dese is German', undefined, ['de-Dese'], 'de'],
    ['a script subtag is not a region: sv-Usxx is Swedish', undefined, ['sv-Usxx'], 'se'],
  ];
  for (const [name, explicit, tags, region, unknown] of cases) {
    it(name, () => {
      const result = resolveRegion(explicit, tags, SHIPPED);
      expect(result.region).to.equal(region);
      expect(result.unknown).to.equal(unknown);
    });
  }

  it('with English only shipped, an English tag still gives its region', () => {
    expect(resolveRegion(undefined, ['sv-SE', 'en-GB'], ['en']).region).to.equal('gb');
  });
});

describe('regionOf', () => {
  for (const [value, expected] of [
    ['us', 'us'],
    ['GB', 'gb'],
    ['uk', 'gb'],
    ['Se', 'se'],
    ['de', 'de'],
    ['generic', 'generic'],
    ['eu', undefined],
    ['', undefined],
  ] as const) {
    it(`${JSON.stringify(value)} → ${String(expected)}`, () => expect(regionOf(value)).to.equal(expected));
  }
});

describe('applyRegion', () => {
  const config = (): ChecklistConfig<string> => ({
    id: 'c',
    title: 'T',
    banner: { title: 'B', text: 'b' },
    sections: [
      {
        id: 's',
        title: 'S',
        items: [
          { id: 's.a', title: 'A', detail: 'a', critical: true },
          { id: 's.b', title: 'B' },
        ],
      },
      { id: 't', title: 'T', items: [{ id: 't.c', title: 'C' }] },
    ],
  });
  const preset: RegionPreset = {
    id: 'se',
    name: 'Sweden',
    items: {
      's.a': { detail: 'changed' },
      't.c': { title: 'C2', link: { href: 'https://pts.se/', label: 'PTS' } },
      'missing.id': { title: 'never shown' },
    },
    add: [
      { after: 's.a', item: { id: 's.se1', title: 'Swedish step' } },
      { after: 't.c', item: { id: 't.se2', title: 'Another' } },
    ],
    banner: { title: 'SB', text: 'sb' },
  };

  it('changes the named fields of items in place, keeping the rest', () => {
    const result = applyRegion(config(), preset);
    expect(result.sections[0].items[0]).to.deep.equal({
      id: 's.a',
      title: 'A',
      detail: 'changed',
      critical: true,
    });
    expect(result.sections[1].items[0]).to.deep.equal({
      id: 't.c',
      title: 'C2',
      link: { href: 'https://pts.se/', label: 'PTS' },
    });
  });

  it("adds the country's steps right after theirs, and ignores changes to ids it lacks", () => {
    const result = applyRegion(config(), preset);
    expect(result.sections.map((s) => s.items.map((i) => i.id))).to.deep.equal([
      ['s.a', 's.se1', 's.b'],
      ['t.c', 't.se2'],
    ]);
    expect(JSON.stringify(result)).to.not.contain('never shown');
  });

  it('replaces the banner when the preset has one, and keeps it otherwise', () => {
    expect(applyRegion(config(), preset).banner).to.deep.equal({ title: 'SB', text: 'sb' });
    expect(applyRegion(config(), { id: 'us', name: 'US' }).banner).to.deep.equal({ title: 'B', text: 'b' });
  });

  it('does not change the config it is given', () => {
    const given = config();
    applyRegion(given, preset);
    expect(given).to.deep.equal(config());
  });
});
