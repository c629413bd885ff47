// "About your port" in the element: the folded line, the questions (native radios and checkboxes in fieldsets),
// each answer's effect on the list and the counts, the announcement, the answers event, storage (version 2,
// migration, two tabs), hidden steps keeping their progress and notes, `complete` back and forth, host answers,
// the country question, export, and axe in each state.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  checkbox,
  checkboxes,
  emulate,
  mediaRules,
  record,
  render,
  shadow,
  text,
  type PortChecklist,
} from './helpers.js';

const KEY = 'port-checklist:v1:number-porting';

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null;
const ids = (el: PortChecklist) => checkboxes(el).map((box) => box.dataset.id!);
const toggle = (el: PortChecklist) => shadow(el).querySelector<HTMLButtonElement>('[data-action="setup"]')!;
const fieldset = (el: PortChecklist, question: string) =>
  shadow(el).querySelector<HTMLFieldSetElement>(`fieldset[data-question="${question}"]`);
const option = (el: PortChecklist, question: string, value: string) =>
  fieldset(el, question)!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;

/** The element with its setup chunk loaded (the folded line shows the answers in short from then on). */
async function ready(template = html`<port-checklist></port-checklist>`): Promise<PortChecklist> {
  const el = await render(template);
  await waitUntil(
    () => (el as unknown as { _answersSummary(): unknown })._answersSummary !== undefined,
    'api',
  );
  await waitUntil(() => toggle(el), 'setup line');
  // The setup chunk loads right after the first render.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
  return el;
}

async function open(el: PortChecklist): Promise<void> {
  toggle(el).click();
  await waitUntil(() => shadow(el).querySelector('#setup-panel'), 'questions open');
}

async function answer(el: PortChecklist, question: string, value: string): Promise<void> {
  option(el, question, value).click();
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

describe('About your port', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows one line inviting the visitor, with a button, before anything is answered', async () => {
    const el = await ready();
    expect(text(el, '.setup-line')).to.equal(
      'About your port: Answer a few questions to see only your steps. Answer the questions',
    );
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(ids(el)).to.have.length(46);
    expect(stored()).to.equal(null);
  });

  it('opens into fieldsets with legends: radio buttons, and checkboxes for the kinds of number', async () => {
    const el = await ready();
    await open(el);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(toggle(el).getAttribute('aria-controls')).to.equal('setup-panel');
    const sets = [...shadow(el).querySelectorAll('fieldset')];
    expect(sets.map((set) => set.querySelector('legend')!.textContent!.trim())).to.deep.equal([
      'Which country are the numbers in?',
      'What kinds of number are you porting?',
      'How many numbers are you porting?',
      'Are you moving every number on the account?',
      'Do these numbers send or receive texts?',
      'Are the phones at more than one site?',
    ]);
    expect(option(el, 'types', 'mobile').type).to.equal('checkbox');
    expect(option(el, 'count', '1').type).to.equal('radio');
    // Every option is a native control named by its label.
    for (const input of shadow(el).querySelectorAll<HTMLInputElement>('fieldset input'))
      expect(input.closest('label')!.textContent!.trim()).to.not.equal('');
    // Focus moves into the questions.
    expect(shadow(el).activeElement).to.equal(option(el, 'country', 'us'));
  });

  it('applies each answer at once: the list, the counts, one announcement, the answers event, storage', async () => {
    const el = await ready();
    await open(el);
    const seen = record(el, ['port-checklist-answers', 'port-checklist-progress']);
    await answer(el, 'count', '1');
    expect(ids(el)).to.not.include.members(['prep.number-inventory', 'prep.number-type', 'tech.number-map']);
    expect(ids(el)).to.have.length(43);
    expect(text(el, '[part~="counter"]')).to.equal('0 of 43 completed');
    expect(text(el, '[role="status"]')).to.equal('43 of 46 steps apply.');
    expect(seen.map((e) => [e.type, e.detail])).to.deep.equal([
      ['port-checklist-answers', { answers: { count: '1' }, completed: 0, total: 43, source: 'user' }],
    ]);
    expect(stored()).to.deep.equal({
      v: 3,
      checked: [],
      answers: { count: '1' },
      filters: { criticalOnly: false, hideCompleted: false },
    });
    // A checkbox question: each box adds to the answer, unticking the last removes it.
    await answer(el, 'types', 'landline');
    await answer(el, 'types', 'toll-free');
    expect(stored()!.answers).to.deep.equal({ count: '1', types: ['landline', 'toll-free'] });
    expect(ids(el)).to.not.include('prep.mobile-code');
    await answer(el, 'types', 'landline');
    await answer(el, 'types', 'toll-free');
    expect(stored()!.answers).to.deep.equal({ count: '1' });
    expect(ids(el)).to.include('prep.mobile-code');
    expect(seen.filter((e) => e.type === 'port-checklist-progress')).to.deep.equal([]);
  });

  it('folds into one line that sums the answers up, with a button to change them', async () => {
    const el = await ready();
    await open(el);
    await answer(el, 'count', '2-20');
    await answer(el, 'types', 'landline');
    await answer(el, 'types', 'toll-free');
    await answer(el, 'scope', 'partial');
    shadow(el).querySelector<HTMLButtonElement>('[data-action="setup-done"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(fieldset(el, 'types')).to.equal(null);
    expect(text(el, '.setup-line')).to.equal(
      'About your port: landline and toll-free · 2–20 numbers · some numbers of the account Change answers',
    );
    expect(shadow(el).activeElement).to.equal(toggle(el));
  });

  it('can be skipped: every step shows, and the line says so', async () => {
    const el = await ready();
    await open(el);
    await answer(el, 'count', '1');
    shadow(el).querySelector<HTMLButtonElement>('[data-action="setup-skip"]')!.click();
    await waitUntil(() => ids(el).length === 46, 'every step');
    await el.updateComplete;
    expect(stored()!.answers).to.deep.equal({});
    expect(text(el, '.setup-line')).to.equal(
      'About your port: Not answered: every step shows. Answer the questions',
    );
  });

  it('keeps the progress and notes of the steps an answer hides, and brings them back with the answer', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        v: 1,
        checked: ['prep.number-inventory', 'prep.csr'],
        notes: { 'prep.number-inventory': 'ask Bo' },
      }),
    );
    const el = await ready();
    expect(text(el, '[part~="counter"]')).to.equal('2 of 46 completed');
    await open(el);
    await answer(el, 'count', '1');
    expect(text(el, '[part~="counter"]')).to.equal('1 of 43 completed');
    expect(stored()).to.deep.include({
      checked: ['prep.number-inventory', 'prep.csr'],
      notes: { 'prep.number-inventory': 'ask Bo' },
    });
    await answer(el, 'count', '21+');
    expect(checkbox(el, 'prep.number-inventory').checked).to.be.true;
    expect(text(el, '[part~="counter"]')).to.equal('2 of 46 completed');
    expect(shadow(el).querySelector('[part~="note"]')!.textContent).to.contain('ask Bo');
  });

  it('shows a returning visitor the filtered list on the first render, never the full list first', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ v: 2, checked: ['prep.csr'], answers: { count: '1', texting: 'no' } }),
    );
    const counts: number[] = [];
    const ready: CustomEvent[] = [];
    const listen = (event: Event) => ready.push(event as CustomEvent);
    document.addEventListener('port-checklist-ready', listen);
    const el = document.createElement('port-checklist') as PortChecklist;
    const observer = new MutationObserver(() => {
      const boxes = el.shadowRoot?.querySelectorAll('input[data-id]').length;
      if (boxes) counts.push(boxes);
    });
    document.body.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await waitUntil(() => ready.length > 0, 'ready');
    observer.disconnect();
    document.removeEventListener('port-checklist-ready', listen);
    el.remove();
    expect(new Set(counts)).to.deep.equal(new Set([40]));
    expect(ready[0].detail).to.deep.include({
      total: 40,
      completed: 1,
      answers: { count: '1', texting: 'no' },
    });
  });

  it('fires complete again when an answer makes more steps apply and they get checked', async () => {
    const el = await ready();
    await open(el);
    await answer(el, 'count', '1');
    const seen = record(el, ['port-checklist-complete']);
    for (const id of ids(el)) el.setChecked(id, true);
    await el.updateComplete;
    expect(seen.map((e) => e.detail.source)).to.deep.equal(['api']);
    // More steps apply: no longer complete.
    await answer(el, 'count', '2-20');
    expect(el.progress.complete).to.be.false;
    expect(text(el, '[part~="counter"]')).to.equal('43 of 46 completed');
    // Fewer again: complete, by the answer.
    await answer(el, 'count', '1');
    expect(el.progress.complete).to.be.true;
    expect(seen.map((e) => [e.detail.source, e.detail.itemId])).to.deep.equal([
      ['api', seen[0].detail.itemId],
      ['answers', null],
    ]);
    await answer(el, 'count', '2-20');
    for (const id of ids(el)) el.setChecked(id, true);
    expect(seen.map((e) => e.detail.source)).to.deep.equal(['api', 'answers', 'api']);
  });

  it('sets the country preset from the country answer, and asks no country when the host set region', async () => {
    const el = await ready();
    await open(el);
    await answer(el, 'country', 'se');
    await waitUntil(() => text(el, '[part~="region"]') === 'Rules for: Sweden', 'Swedish rules');
    await answer(el, 'country', 'other');
    await waitUntil(() => text(el, '[part~="region"]') === '', 'generic');
    const fixed = await ready(html`<port-checklist region="de" storage-key="fixed"></port-checklist>`);
    await open(fixed);
    expect(fieldset(fixed, 'country')).to.equal(null);
    expect(text(fixed, '[part~="region"]')).to.equal('Rules for: Germany');
  });

  it('takes the host’s answers and does not ask them; reports invalid ones and ignores them', async () => {
    const el = await ready(
      html`<port-checklist answers='{"types": ["toll-free"], "count": "1"}'></port-checklist>`,
    );
    expect(ids(el)).to.not.include('prep.mobile-code');
    await open(el);
    expect(fieldset(el, 'types')).to.equal(null);
    expect(fieldset(el, 'count')).to.equal(null);
    expect(text(el, '.setup-line')).to.match(/^About your port: toll-free · 1 number/);
    const errors: CustomEvent[] = [];
    const bad = document.createElement('port-checklist') as PortChecklist;
    bad.addEventListener('port-checklist-error', (e) => errors.push(e as CustomEvent));
    bad.setAttribute('answers', '{"count": "7", "colour": "red"}');
    bad.storageKey = 'bad';
    document.body.append(bad);
    await waitUntil(() => errors.length > 0, 'reported');
    await bad.updateComplete;
    expect(errors[0].detail.code).to.equal('config-invalid');
    expect(errors[0].detail.message).to.contain('answers.count');
    expect(errors[0].detail.message).to.contain('answers.colour');
    expect(checkboxes(bad)).to.have.length(46);
    bad.remove();
  });

  it('follows another tab’s answers (source "sync"), and lists the answers in the export', async () => {
    const el = await ready();
    const seen = record(el, ['port-checklist-answers', 'port-checklist-progress']);
    localStorage.setItem(KEY, JSON.stringify({ v: 2, checked: [], answers: { sites: 'one', count: '1' } }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    await waitUntil(() => ids(el).length === 42, 'filtered by the other tab');
    await waitUntil(() => seen.length > 0, 'reported');
    expect(seen.map((e) => [e.type, e.detail])).to.deep.equal([
      [
        'port-checklist-answers',
        { answers: { sites: 'one', count: '1' }, completed: 0, total: 42, source: 'sync' },
      ],
    ]);
    await el.updateComplete;
    expect(text(el, '.setup-line')).to.contain('1 number · one site');
    let copied = '';
    const clipboard = navigator.clipboard as unknown as { writeText(text: string): Promise<void> };
    const original = clipboard.writeText.bind(clipboard);
    clipboard.writeText = async (value: string) => void (copied = value);
    try {
      shadow(el).querySelector<HTMLButtonElement>('[data-action="copy"]')!.click();
      await waitUntil(() => copied !== '', 'copied');
    } finally {
      clipboard.writeText = original;
    }
    expect(copied).to.contain('\nAbout your port: 1 number · one site\n');
    expect(copied.match(/^- \[[ x]\] /gm)).to.have.length(42);
  });

  it('is usable by keyboard: Enter opens, arrows choose a radio, Done folds', async () => {
    const el = await ready();
    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => fieldset(el, 'count'), 'open');
    option(el, 'count', '1').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => stored()?.answers !== undefined, 'answered');
    expect((stored()!.answers as Record<string, string>).count).to.equal('2-20');
    shadow(el).querySelector<HTMLButtonElement>('[data-action="setup-done"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !fieldset(el, 'count'), 'folded');
  });

  it('prints the answers in short, not the button or the questions', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 2, checked: [], answers: { count: '21+' } }));
    const el = await ready();
    await open(el);
    expect(text(el, '[part~="setup-summary"]')).to.equal('more than 20 numbers');
    if (!(await emulate({ media: 'print' }))) {
      // No media emulation in this engine: check the print rules themselves.
      expect(mediaRules(el, 'print')).to.match(/\.setup-toggle, \.setup-panel,[^{]*\{ display: none; \}/);
      return;
    }
    try {
      const shown = (selector: string) =>
        getComputedStyle(shadow(el).querySelector(selector)!).display !== 'none';
      expect(shown('.setup-line')).to.be.true;
      expect(shown('[data-action="setup"]')).to.be.false;
      expect(shown('#setup-panel')).to.be.false;
    } finally {
      await emulate({ media: 'screen' });
    }
  });

  it('passes axe with no answers, some, all, and the questions open', async function () {
    // Five axe runs over the whole list: slower than one test's default budget on a busy machine.
    this.timeout(40000);
    const el = await ready();
    await expect(el).to.be.accessible();
    await open(el);
    await expect(el).to.be.accessible();
    await answer(el, 'count', '1');
    await answer(el, 'types', 'mobile');
    await expect(el).to.be.accessible();
    for (const [question, value] of [
      ['country', 'gb'],
      ['scope', 'full'],
      ['texting', 'unsure'],
      ['sites', 'several'],
    ])
      await answer(el, question, value);
    await waitUntil(() => text(el, '[part~="region"]') !== '', 'preset');
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[data-action="setup-done"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows no setup for a config without questions', async () => {
    const el = await fixture<PortChecklist>(
      html`<port-checklist
        config='{"title":"T","sections":[{"id":"s","title":"S","items":[{"id":"a","title":"A"}]}]}'
      ></port-checklist>`,
    );
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(shadow(el).querySelector('[part~="setup"]')).to.equal(null);
  });
});
