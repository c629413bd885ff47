import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { storageKey } from '../src/state/storage.js';
import {
  ALL_EVENTS,
  checkbox,
  checkboxes,
  emulate,
  mediaRules,
  record,
  render,
  shadow,
  smallConfig,
  text,
  writeNote,
  type PortChecklist,
} from './helpers.js';

const DEFAULT_KEY = storageKey('number-porting');

/** Renders and waits for the tools chunk (toolbar and actions) to arrive. */
async function renderReady(template = html`<port-checklist></port-checklist>`): Promise<PortChecklist> {
  const el = await render(template);
  await waitUntil(() => shadow(el).querySelector('[part~="next-critical"]'), 'tools loaded');
  await el.updateComplete;
  return el;
}

const q = <T extends Element = HTMLElement>(el: PortChecklist, selector: string) =>
  shadow(el).querySelector<T>(selector)!;

/** Item ids whose row is displayed. */
const shownIds = (el: PortChecklist) =>
  checkboxes(el)
    .filter((input) => input.closest('li')!.getClientRects().length > 0)
    .map((input) => input.dataset.id!);

const filter = (el: PortChecklist, name: string) => q<HTMLInputElement>(el, `input[name="${name}"]`);
const action = (el: PortChecklist, name: string) => q<HTMLButtonElement>(el, `[data-action="${name}"]`);
const stored = () => JSON.parse(localStorage.getItem(DEFAULT_KEY) ?? 'null');

describe('<port-checklist> filters', () => {
  beforeEach(() => localStorage.clear());

  it('"Critical only" shows the 19 critical items; the counter still speaks of all 46; no progress event', async () => {
    const el = await renderReady();
    el.setChecked('prep.contract', true);
    const seen = record(el, ['port-checklist-progress', 'port-checklist-complete']);
    filter(el, 'critical-only').click();
    await el.updateComplete;
    expect(shownIds(el).length).to.equal(19);
    expect(text(el, '[part~="counter"]')).to.equal('1 of 46 completed');
    expect(el.progress.completed).to.equal(1);
    expect(seen).to.deep.equal([]);
    expect(el.criticalOnly).to.be.true;
    expect(el.hasAttribute('critical-only')).to.be.true;
    expect(text(el, '[role="status"]')).to.equal('19 of 46 items shown.');
  });

  it('"Hide completed" hides checked items, keeping a just-checked item until focus leaves it', async () => {
    const el = await renderReady();
    el.setChecked('prep.contract', true);
    filter(el, 'hide-completed').click();
    await el.updateComplete;
    expect(shownIds(el)).to.not.include('prep.contract');
    expect(shownIds(el).length).to.equal(45);
    const box = checkbox(el, 'prep.recent-bill');
    box.focus();
    box.click();
    await el.updateComplete;
    expect(shownIds(el), 'still shown while focused').to.include('prep.recent-bill');
    checkbox(el, 'prep.number-type').focus();
    await el.updateComplete;
    expect(shownIds(el)).to.not.include('prep.recent-bill');
    expect(el.progress.completed).to.equal(2);
  });

  it('honours the critical-only and hide-completed attributes, at load and changed later', async () => {
    const el = await renderReady(html`<port-checklist critical-only></port-checklist>`);
    expect(shownIds(el).length).to.equal(19);
    expect(filter(el, 'critical-only').checked).to.be.true;
    el.removeAttribute('critical-only');
    el.setAttribute('hide-completed', '');
    el.setChecked('prep.contract', true);
    await el.updateComplete;
    expect(shownIds(el).length).to.equal(45);
    expect(filter(el, 'hide-completed').checked).to.be.true;
  });

  it("remembers the visitor's filters with the progress; an attribute wins over them", async () => {
    const first = await renderReady();
    filter(first, 'critical-only').click();
    await first.updateComplete;
    expect(stored().filters).to.deep.equal({ criticalOnly: true, hideCompleted: false });
    first.remove();
    const again = await renderReady();
    expect(again.criticalOnly).to.be.true;
    expect(shownIds(again).length).to.equal(19);
    again.remove();
    const host = await renderReady(html`<port-checklist hide-completed></port-checklist>`);
    expect(host.criticalOnly).to.be.true;
    expect(host.hideCompleted).to.be.true;
  });
});

describe('<port-checklist> sections and next critical step', () => {
  beforeEach(() => localStorage.clear());

  it('collapses and expands a section, keeping its count visible, and remembers it', async () => {
    const el = await renderReady();
    el.setChecked('loa.keep-copy', true);
    const toggle = shadow(el).querySelectorAll<HTMLButtonElement>('[part~="section-toggle"]')[1];
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shownIds(el).filter((id) => id.startsWith('loa.'))).to.deep.equal([]);
    const section = shadow(el).querySelectorAll('[part~="section"]')[1];
    expect(section.querySelector('[part~="section-count"]')!.textContent!.trim()).to.equal('1 of 8');
    expect(stored().collapsed).to.deep.equal(['loa']);
    el.remove();
    const again = await renderReady();
    const again2 = shadow(again).querySelectorAll('[part~="section-toggle"]')[1];
    expect(again2.getAttribute('aria-expanded')).to.equal('false');
    (again2 as HTMLButtonElement).click();
    await again.updateComplete;
    expect(shownIds(again).filter((id) => id.startsWith('loa.')).length).to.equal(8);
  });

  it('"Next critical step" focuses the first unchecked critical item, opening its section', async () => {
    const el = await renderReady();
    for (const id of [
      'prep.account-info',
      'prep.csr',
      'prep.recent-bill',
      'prep.service-address',
      'prep.portability',
      'prep.partial',
      'prep.blockers',
    ])
      el.setChecked(id, true);
    shadow(el).querySelectorAll<HTMLButtonElement>('[part~="section-toggle"]')[1].click();
    await el.updateComplete;
    q<HTMLButtonElement>(el, '[part~="next-critical"]').click();
    await waitUntil(() => shadow(el).activeElement === checkbox(el, 'loa.download-form'), 'focus moved');
    expect(shownIds(el)).to.include('loa.download-form');
  });

  it('says so when no critical step is left', async () => {
    const el = await renderReady();
    for (const input of checkboxes(el)) {
      if (input.closest('li')!.querySelector('[part~="badge"]')) el.setChecked(input.dataset.id!, true);
    }
    q<HTMLButtonElement>(el, '[part~="next-critical"]').click();
    await el.updateComplete;
    expect(text(el, '[role="status"]')).to.equal('Every critical step is done.');
  });
});

describe('<port-checklist> start over', () => {
  beforeEach(() => localStorage.clear());

  it('asks in place, never with window.confirm, and Cancel keeps everything', async () => {
    const el = await renderReady();
    const original = window.confirm;
    window.confirm = () => {
      throw new Error('window.confirm must not be used');
    };
    try {
      el.setChecked('prep.contract', true);
      action(el, 'reset').click();
      await el.updateComplete;
      await aTimeout(0);
      expect(text(el, '.confirm')).to.contain('Clear every check and note?');
      expect(shadow(el).activeElement).to.equal(action(el, 'cancel'));
      action(el, 'cancel').click();
      await el.updateComplete;
      await aTimeout(0);
      expect(el.progress.completed).to.equal(1);
      expect(shadow(el).activeElement).to.equal(action(el, 'reset'));
    } finally {
      window.confirm = original;
    }
  });

  it('Escape cancels the question', async () => {
    const el = await renderReady();
    action(el, 'reset').click();
    await el.updateComplete;
    await aTimeout(0);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shadow(el).querySelector('.confirm')).to.equal(null);
  });

  it('resets after confirmation, and Undo restores checks and notes until the next change', async () => {
    const el = await renderReady();
    el.setChecked('prep.contract', true);
    el.setChecked('tech.e911', true);
    await writeNote(el, 'tech.e911', 'Suite 4B');
    const seen = record(el, ['port-checklist-progress']);
    action(el, 'reset').click();
    await el.updateComplete;
    action(el, 'confirm').click();
    await el.updateComplete;
    await aTimeout(0);
    expect(el.progress.completed).to.equal(0);
    expect(stored().notes).to.deep.equal({});
    expect(seen[0].detail).to.deep.include({ itemId: null, checked: false, source: 'reset' });
    expect(shadow(el).activeElement).to.equal(action(el, 'undo'));
    expect(text(el, '[role="status"]')).to.equal('Progress cleared. 0 of 46 completed');

    action(el, 'undo').click();
    await el.updateComplete;
    expect(el.progress.checkedItems).to.deep.equal(['prep.contract', 'tech.e911']);
    expect(stored().notes).to.deep.equal({ 'tech.e911': 'Suite 4B' });
    expect(seen[1].detail).to.deep.include({ itemId: null, checked: true, source: 'undo', completed: 2 });
    expect(text(el, '[role="status"]')).to.equal('Progress restored. 2 of 46 completed');
    expect(shadow(el).querySelector('[data-action="undo"]')).to.equal(null);

    el.reset();
    await el.updateComplete;
    expect(action(el, 'undo')).to.exist;
    await el.updateComplete;
    checkbox(el, 'verify.fax').click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[data-action="undo"]'), 'gone after another change').to.equal(null);
  });
});

describe('<port-checklist> notes', () => {
  beforeEach(() => localStorage.clear());

  it('adds a note kept on this device, with a hint against PINs and passwords', async () => {
    const el = await renderReady();
    const button = checkbox(el, 'prep.account-info')
      .closest('li')!
      .querySelector<HTMLButtonElement>('[part~="note-toggle"]')!;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Add note: Gather your account details');
    button.click();
    await waitUntil(() => shadow(el).activeElement?.tagName === 'TEXTAREA', 'note field focused');
    const field = shadow(el).activeElement as HTMLTextAreaElement;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(field.maxLength).to.equal(500);
    const hint = shadow(el).getElementById(field.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.contain("Don't store PINs or passwords");
    // Typed keys reach the note (short: WebKit's WebDriver drops repeated keys and spaces when typing)…
    await sendKeys({ type: 'Pg' });
    await el.updateComplete;
    expect(stored().notes).to.deep.equal({ 'prep.account-info': 'Pg' });
    // …and any text is stored as it is.
    field.value = 'Account no. on page 2 <b>bold</b>';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(stored().notes).to.deep.equal({ 'prep.account-info': 'Account no. on page 2 <b>bold</b>' });
    button.click();
    await el.updateComplete;
    const note = q(el, '[part~="note"]');
    expect(note.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Note: Account no. on page 2 <b>bold</b>');
    expect(note.querySelector('b')).to.equal(null);
    el.remove();
    const again = await renderReady();
    expect(text(again, '[part~="note"]')).to.contain('Account no. on page 2');
  });

  it('fires no progress event for a note', async () => {
    const el = await renderReady();
    const seen = record(el, ALL_EVENTS);
    checkbox(el, 'loa.photo-id')
      .closest('li')!
      .querySelector<HTMLButtonElement>('[part~="note-toggle"]')!
      .click();
    await waitUntil(() => shadow(el).activeElement?.tagName === 'TEXTAREA');
    await sendKeys({ type: 'x' });
    expect(seen.filter((e) => e.type !== 'port-checklist-ready')).to.deep.equal([]);
  });
});

describe('<port-checklist> export and print', () => {
  beforeEach(() => localStorage.clear());

  async function prepared(): Promise<PortChecklist> {
    const el = await renderReady();
    el.setChecked('prep.account-info', true);
    el.setChecked('loa.sign-date', true);
    await writeNote(el, 'loa.sign-date', 'Signed by *Anna*');
    return el;
  }

  function expectMarkdown(markdown: string) {
    expect(markdown).to.match(/^# Number porting checklist\n\n2 of 46 completed\n/);
    expect(markdown).to.contain('## Prepare (1 of 11)');
    expect(markdown).to.contain('- [x] Gather your account details **(Critical)**');
    expect(markdown).to.contain("- [ ] Check your contract's end date and fees\n");
    expect(markdown).to.contain(
      '- [x] Sign and date it, and sign again if it gets old\n  Note: Signed by \\*Anna\\*',
    );
    expect(markdown.match(/^- \[[ x]\] /gm)!.length).to.equal(46);
    expect(markdown).to.contain('## Common porting pitfalls to avoid');
  }

  it('copies the checklist as a Markdown task list and fires port-checklist-export', async () => {
    const el = await prepared();
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (value: string) => {
      copied = value;
    };
    try {
      setTimeout(() => action(el, 'copy').click());
      const event = await oneEvent(el, 'port-checklist-export');
      expect(event.detail).to.deep.equal({ format: 'clipboard', completed: 2, total: 46, percent: 4 });
      expect(event.bubbles && event.composed).to.be.true;
    } finally {
      navigator.clipboard.writeText = original;
    }
    expectMarkdown(copied);
    await el.updateComplete;
    expect(text(el, '[role="status"]')).to.equal('Checklist copied as text.');
  });

  it('falls back to selected text when the clipboard is refused', async () => {
    const el = await prepared();
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      setTimeout(() => action(el, 'copy').click());
      await oneEvent(el, 'port-checklist-export');
    } finally {
      navigator.clipboard.writeText = original;
    }
    await el.updateComplete;
    const field = q<HTMLTextAreaElement>(el, '[part~="export-fallback"]');
    expectMarkdown(field.value);
    expect(shadow(el).activeElement).to.equal(field);
    expect(field.selectionStart).to.equal(0);
    expect(field.selectionEnd).to.equal(field.value.length);
    expect(text(el, '[role="status"]')).to.contain('Copying was blocked');
    await expect(el).to.be.accessible();
  });

  it('downloads the same text as a .md file', async () => {
    const el = await prepared();
    let href = '';
    let filename = '';
    const intercept = (e: Event) => {
      const link = e.target as HTMLAnchorElement;
      if (link.download) {
        href = link.href;
        filename = link.download;
        e.preventDefault();
      }
    };
    shadow(el).addEventListener('click', intercept, true);
    setTimeout(() => action(el, 'download').click());
    const event = await oneEvent(el, 'port-checklist-export');
    shadow(el).removeEventListener('click', intercept, true);
    expect(event.detail.format).to.equal('download');
    expect(filename).to.equal('number-porting.md');
    expectMarkdown(await (await fetch(href)).text());
  });

  it('prints with window.print and fires the export event', async () => {
    const el = await prepared();
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      setTimeout(() => action(el, 'print').click());
      const event = await oneEvent(el, 'port-checklist-export');
      expect(event.detail.format).to.equal('print');
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
  });

  it('prints every item with its state and notes, whatever the filters and collapsed sections', async () => {
    const el = await prepared();
    el.criticalOnly = true;
    el.hideCompleted = true;
    shadow(el).querySelectorAll<HTMLButtonElement>('[part~="section-toggle"]')[2].click();
    await el.updateComplete;
    expect(shownIds(el).length).to.be.below(46);
    if (!(await emulate({ media: 'print' }))) {
      // No media emulation in this engine: check the print rules themselves.
      const print = mediaRules(el, 'print');
      expect(print).to.match(/\.item\.filtered \{ display: grid; \}/);
      expect(print).to.match(
        /\.collapsed \.items, \.collapsed \.subtitle, \.filtered, \.note\.editing \{ display: revert; \}/,
      );
      expect(print).to.match(/\.print-only \{ display: inline; \}/);
      expect(print).to.match(/\.toolbar, \.actions,[^{]*\{ display: none; \}/);
      return;
    }
    try {
      expect(shownIds(el).length).to.equal(46);
      const state = checkbox(el, 'loa.sign-date').closest('li')!.querySelector('.print-only')!;
      expect(getComputedStyle(state).display).to.not.equal('none');
      expect(state.textContent!.trim()).to.equal('(done)');
      expect(
        checkbox(el, 'timing.notify').closest('li')!.querySelector('.print-only')!.textContent!.trim(),
      ).to.equal('(to do)');
      expect(getComputedStyle(q(el, '[part~="note"]')).display).to.not.equal('none');
      expect(getComputedStyle(q(el, '[part~="toolbar"]')).display).to.equal('none');
      expect(getComputedStyle(q(el, '[part~="actions"]')).display).to.equal('none');
      expect(getComputedStyle(q(el, '[part~="banner"]')).display).to.not.equal('none');
      expect(getComputedStyle(q(el, '[part~="pitfalls"]')).display).to.not.equal('none');
    } finally {
      await emulate({ media: 'screen' });
    }
  });
});

describe('<port-checklist> completion and the call to action', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => emulate({ reducedMotion: 'no-preference' }));

  it('shows a completion panel that leads into the call to action', async () => {
    const el = await renderReady();
    expect(shadow(el).querySelector('[part~="completion"]')).to.equal(null);
    const ids = checkboxes(el).map((input) => input.dataset.id!);
    for (const id of ids.slice(0, -1)) el.setChecked(id, true);
    checkbox(el, ids[ids.length - 1]).click();
    await el.updateComplete;
    const panel = q(el, '[part~="completion"]');
    expect(panel.textContent).to.contain('All steps are done!');
    expect(panel.querySelector('a')!.getAttribute('href')).to.equal('https://calltracker.dev/');
    expect(text(el, '[role="status"]')).to.contain('All steps are done!');
    expect(getComputedStyle(panel).animationName).to.equal('arrive');
  });

  it('does not move when the visitor prefers reduced motion', async () => {
    if (!(await emulate({ reducedMotion: 'reduce' }))) {
      // No media emulation in this engine: the animation must exist only for visitors who allow motion.
      const el = await renderReady();
      expect(mediaRules(el, 'prefers-reduced-motion:no-preference')).to.match(/\.completion \{ animation: /);
      const always = [...el.shadowRoot!.adoptedStyleSheets].flatMap((sheet) =>
        [...sheet.cssRules].filter((rule) => rule instanceof CSSStyleRule).map((rule) => rule.cssText),
      );
      expect(always.filter((rule) => /animation/.test(rule))).to.deep.equal([]);
      return;
    }
    const el = await renderReady();
    for (const input of checkboxes(el)) el.setChecked(input.dataset.id!, true);
    await el.updateComplete;
    expect(getComputedStyle(q(el, '[part~="completion"]')).animationName).to.equal('none');
  });

  const utmCases: [string, string][] = [
    [
      'https://example.com/signup',
      'https://example.com/signup?utm_source=site&utm_medium=widget&utm_campaign=porting&utm_content=33',
    ],
    [
      'https://example.com/?ref=x#plans',
      'https://example.com/?ref=x&utm_source=site&utm_medium=widget&utm_campaign=porting&utm_content=33#plans',
    ],
    ['mailto:sales@example.com', 'mailto:sales@example.com'],
  ];
  for (const [href, expected] of utmCases) {
    it(`adds UTM parameters with the completion percent to ${href}`, async () => {
      const el = await renderReady();
      el.config = {
        ...smallConfig(),
        cta: {
          title: 'T',
          text: 'x',
          label: 'Go',
          href,
          utm: { source: 'site', medium: 'widget', campaign: 'porting' },
        },
      };
      await el.updateComplete;
      el.setChecked('a.one', true);
      await el.updateComplete;
      const link = q<HTMLAnchorElement>(el, '[part~="cta-link"]');
      expect(link.getAttribute('href')).to.equal(expected);
      link.addEventListener('click', (e) => e.preventDefault(), { once: true });
      setTimeout(() => link.click());
      const event = await oneEvent(el, 'port-checklist-cta');
      expect(event.detail.href).to.equal(expected);
    });
  }
});

describe('<port-checklist> accessibility of the new states (axe)', () => {
  beforeEach(() => localStorage.clear());

  it('passes filtered, collapsed, with a note open, and while asking to start over', async () => {
    const el = await renderReady(html`<port-checklist critical-only></port-checklist>`);
    el.setChecked('prep.account-info', true);
    shadow(el).querySelectorAll<HTMLButtonElement>('[part~="section-toggle"]')[1].click();
    checkbox(el, 'prep.recent-bill')
      .closest('li')!
      .querySelector<HTMLButtonElement>('[part~="note-toggle"]')!
      .click();
    await waitUntil(() => shadow(el).querySelector('textarea'));
    action(el, 'reset').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes completed, with the completion panel', async () => {
    const el = await renderReady();
    for (const input of checkboxes(el)) el.setChecked(input.dataset.id!, true);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
