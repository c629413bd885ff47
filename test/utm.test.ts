// withUtm as a table, and safeUrl on relative links with a colon or with trailing control characters.
import { expect } from './chai.js';
import { safeUrl, withUtm } from '../src/config/url.js';

describe('withUtm', () => {
  const all = { source: 'site', medium: 'widget', campaign: 'porting' };
  const cases: [name: string, href: string, utm: Parameters<typeof withUtm>[1], out: string][] = [
    ['no utm: unchanged', 'https://a.example/x', undefined, 'https://a.example/x'],
    [
      'every parameter, then the percent',
      'https://a.example/x',
      all,
      'https://a.example/x?utm_source=site&utm_medium=widget&utm_campaign=porting&utm_content=42',
    ],
    [
      'only the parameters given',
      'https://a.example/',
      { medium: 'm' },
      'https://a.example/?utm_medium=m&utm_content=42',
    ],
    [
      'empty values are left out',
      '/contact',
      { source: '', campaign: 'c' },
      '/contact?utm_campaign=c&utm_content=42',
    ],
    ['an empty utm still adds the percent', '/contact', {}, '/contact?utm_content=42'],
    [
      'keeps the query and the fragment',
      'https://a.example/p?a=1&b=2#top',
      { source: 's' },
      'https://a.example/p?a=1&b=2&utm_source=s&utm_content=42#top',
    ],
    ['a fragment without a query', '/p#top', { source: 's' }, '/p?utm_source=s&utm_content=42#top'],
    ['a question mark inside the fragment stays there', '/p#a?b', {}, '/p?utm_content=42#a?b'],
    [
      'replaces utm parameters already there',
      '/p?utm_source=old&x=1',
      { source: 'new' },
      '/p?utm_source=new&x=1&utm_content=42',
    ],
    ['encodes the values', '/p', { campaign: 'a b&c' }, '/p?utm_campaign=a+b%26c&utm_content=42'],
    ['mailto: unchanged', 'mailto:sales@a.example', all, 'mailto:sales@a.example'],
    ['tel: unchanged, whatever its case', 'TEL:+4612345', all, 'TEL:+4612345'],
    ['a web link that mentions tel: gets them', '/call/tel:1', {}, '/call/tel:1?utm_content=42'],
  ];
  for (const [name, href, utm, out] of cases) {
    it(name, () => {
      expect(withUtm(href, utm, 42)).to.equal(out);
    });
  }
});

describe('safeUrl: relative links with a colon or control characters at the end', () => {
  const cases: [string, string][] = [
    ['/contact:us', '/contact:us'],
    ['docs/page:1', 'docs/page:1'],
    ['?a=b:c', '?a=b:c'],
    ['/contact \u0001 ', '/contact'],
    ['  \u0000/contact\u001f\u0020\u0001', '/contact'],
  ];
  for (const [input, output] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(output)}`, () => {
      expect(safeUrl(input)).to.equal(output);
    });
  }
});
