// localizeConfig: every visitor-visible text resolved for one locale, and no field added that was not there.
import { expect } from './chai.js';
import type { ChecklistConfig } from '../src/config/types.js';
import { localizeConfig } from '../src/config/localize-config.js';

const t = (en: string) => ({ en, sv: `${en} (sv)` });

const full: ChecklistConfig = {
  id: 'full',
  title: t('Title'),
  description: t('Description'),
  banner: { title: t('Banner'), text: t('Banner text') },
  sections: [
    {
      id: 's',
      title: t('Section'),
      subtitle: t('Subtitle'),
      items: [
        { id: 's.a', title: t('A'), detail: t('Detail'), critical: true },
        { id: 's.b', title: 'B' },
      ],
    },
  ],
  pitfalls: { title: t('Pitfalls'), items: [{ title: t('P'), text: t('P text') }] },
  cta: {
    title: t('CTA'),
    text: t('CTA text'),
    label: t('Go'),
    href: 'https://a.example/',
    utm: { source: 's' },
  },
};

describe('localizeConfig', () => {
  it('resolves every text of a full config', () => {
    expect(localizeConfig(full, 'sv')).to.deep.equal({
      id: 'full',
      title: 'Title (sv)',
      description: 'Description (sv)',
      banner: { title: 'Banner (sv)', text: 'Banner text (sv)' },
      sections: [
        {
          id: 's',
          title: 'Section (sv)',
          subtitle: 'Subtitle (sv)',
          items: [
            { id: 's.a', title: 'A (sv)', detail: 'Detail (sv)', critical: true },
            { id: 's.b', title: 'B' },
          ],
        },
      ],
      pitfalls: { title: 'Pitfalls (sv)', items: [{ title: 'P (sv)', text: 'P text (sv)' }] },
      cta: {
        title: 'CTA (sv)',
        text: 'CTA text (sv)',
        label: 'Go (sv)',
        href: 'https://a.example/',
        utm: { source: 's' },
      },
    });
  });

  it('falls back to English', () => {
    const copy = localizeConfig(full, 'de');
    expect([
      copy.title,
      copy.description,
      copy.sections[0].subtitle,
      copy.sections[0].items[0].detail,
    ]).to.deep.equal(['Title', 'Description', 'Subtitle', 'Detail']);
  });

  it('adds no optional field that the config lacks', () => {
    const minimal: ChecklistConfig = {
      title: t('T'),
      sections: [{ id: 's', title: 'S', items: [{ id: 'a', title: t('A') }] }],
    };
    const copy = localizeConfig(minimal, 'sv');
    expect(copy).to.deep.equal({
      title: 'T (sv)',
      sections: [{ id: 's', title: 'S', items: [{ id: 'a', title: 'A (sv)' }] }],
    });
    expect(Object.keys(copy)).to.deep.equal(['title', 'sections']);
    expect(Object.keys(copy.sections[0])).to.deep.equal(['id', 'title', 'items']);
    expect(Object.keys(copy.sections[0].items[0])).to.deep.equal(['id', 'title']);
  });

  it('leaves the given config as it was', () => {
    const before = JSON.stringify(full);
    localizeConfig(full, 'sv');
    expect(JSON.stringify(full)).to.equal(before);
  });
});
