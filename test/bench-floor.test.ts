import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defineVanilla } from '../bench/vanilla.js';
import { defaultConfig } from '../src/content/default-config.js';
import { styles } from '../src/view/styles.js';
import { checkbox, render, shadow, type PortChecklist } from './helpers.js';

// `npm run bench` compares the element with bench/vanilla.js, the floor. The comparison is only fair while
// the floor renders the same checklist and does the same on a click: this test fails when they drift apart.
function shape(root: ShadowRoot) {
  const texts = (selector: string) =>
    [...root.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
  return {
    ids: [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-id]')].map(
      (i) => i.dataset.id,
    ),
    checked: [...root.querySelectorAll<HTMLInputElement>('input[data-id]')].filter((i) => i.checked).length,
    labelled: [...root.querySelectorAll<HTMLInputElement>('input[data-id]')].every(
      (i) => i.labels?.length === 1,
    ),
    titles: texts('.item-title'),
    details: texts('.detail'),
    badges: texts('.badge'),
    sections: texts('.section-toggle'),
    sectionCounts: texts('.section-count'),
    checkedItems: root.querySelectorAll('.item.checked').length,
    counter: texts('.counter'),
    progress: root.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow'),
    banner: texts('.banner h3, .banner p'),
    pitfalls: texts('.pitfalls li'),
    cta: texts('.cta h3, .cta a'),
    liveRegions: root.querySelectorAll('[aria-live=polite]').length,
    noteButtons: root.querySelectorAll('.note-toggle').length,
    styled: root.adoptedStyleSheets.length > 0, // the element adds a second sheet when its tools arrive
  };
}

describe('the bench floor (bench/vanilla.js)', () => {
  before(() => defineVanilla({ css: styles.cssText, config: defaultConfig() }));

  it('renders the checklist the element renders, and updates the same way on a click', async () => {
    const ours: PortChecklist = await render(
      html`<port-checklist storage-key="floor-ours"></port-checklist>`,
    );
    const floor = await fixture<HTMLElement>(
      html`<vanilla-checklist storage-key="floor-vanilla"></vanilla-checklist>`,
    );
    const theirs = floor.shadowRoot!;
    // Compared in the state a visitor clicks in: the element's tools (toolbar, second style sheet) loaded.
    await waitUntil(() => shadow(ours).querySelector('.toolbar input'), 'the tools chunk did not load');
    expect(shape(theirs)).to.deep.equal(shape(shadow(ours)));
    expect(shape(theirs).ids).to.have.length(46);

    checkbox(ours, 'loa.verify-signer').click();
    theirs.querySelector<HTMLInputElement>('input[data-id="loa.verify-signer"]')!.click();
    await ours.updateComplete;
    expect(shape(theirs)).to.deep.equal(shape(shadow(ours)));
    expect(shape(theirs).counter).to.deep.equal(['1 of 46 completed']);
    const live = (root: ShadowRoot) => root.querySelector('[aria-live=polite]')!.textContent!.trim();
    expect(live(theirs)).to.equal(live(shadow(ours)));
    expect(JSON.parse(localStorage.getItem('vanilla-checklist:v1:floor-vanilla')!).checked).to.deep.equal([
      'loa.verify-signer',
    ]);
  });
});
