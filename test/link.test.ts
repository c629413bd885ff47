// The `link` of an item: validated like `cta.href`, resolved per locale, rendered as a safe new-tab link.
import { expect } from './chai.js';
import { validateConfig } from '../src/config/validate.js';
import { localizeConfig } from '../src/config/localize-config.js';

const withLink = (link: unknown) => ({
  title: 'T',
  sections: [{ id: 's', title: 'S', items: [{ id: 's.a', title: 'A', link }] }],
});

describe('item link: validation', () => {
  const cases: { name: string; link: unknown; kept?: unknown; warning?: RegExp; error?: RegExp }[] = [
    {
      name: 'keeps an https link',
      link: { href: 'https://pts.se/', label: 'PTS' },
      kept: { href: 'https://pts.se/', label: 'PTS' },
    },
    {
      name: 'keeps a relative link',
      link: { href: '/forms/loa', label: 'Our LOA' },
      kept: { href: '/forms/loa', label: 'Our LOA' },
    },
    {
      name: 'keeps a per-locale label',
      link: { href: 'tel:+4612345', label: { en: 'Call us', sv: 'Ring oss' } },
      kept: { href: 'tel:+4612345', label: { en: 'Call us', sv: 'Ring oss' } },
    },
    {
      name: 'drops a javascript: link with a warning',
      link: { href: 'javascript:alert(1)', label: 'x' },
      warning: /link\.href: dropped/,
    },
    {
      name: 'drops a data: link with a warning',
      link: { href: 'data:text/html,<b>', label: 'x' },
      warning: /link\.href: dropped/,
    },
    {
      name: 'drops a garbled link with a warning',
      link: { href: 'http://[::1', label: 'x' },
      warning: /link\.href: dropped/,
    },
    {
      name: 'rejects a link without a label',
      link: { href: 'https://pts.se/' },
      error: /sections\[0\]\.items\[0\]\.link\.label/,
    },
    {
      name: 'rejects a link without an href',
      link: { label: 'PTS' },
      error: /sections\[0\]\.items\[0\]\.link\.href/,
    },
    {
      name: 'rejects a link that is not an object',
      link: 'https://pts.se/',
      error: /sections\[0\]\.items\[0\]\.link: expected an object/,
    },
    {
      name: 'warns about unknown fields of a link',
      link: { href: 'https://pts.se/', label: 'PTS', target: '_top' },
      kept: { href: 'https://pts.se/', label: 'PTS' },
      warning: /link\.target: unknown field/,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = validateConfig(withLink(c.link));
      if (c.error) {
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(result.errors.join('\n')).to.match(c.error);
        return;
      }
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.config.sections[0].items[0].link).to.deep.equal(c.kept);
      if (c.warning) expect(result.warnings.join('\n')).to.match(c.warning);
      else expect(result.warnings).to.deep.equal([]);
    });
  }

  it('resolves the label for the locale', () => {
    const result = validateConfig(
      withLink({ href: 'https://pts.se/', label: { en: 'Call us', sv: 'Ring oss' } }),
    );
    if (!result.ok) throw new Error('invalid');
    expect(localizeConfig(result.config, 'sv').sections[0].items[0].link).to.deep.equal({
      href: 'https://pts.se/',
      label: 'Ring oss',
    });
  });
});
