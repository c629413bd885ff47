// "Continue on another device" and opening a progress link, in the element (src/view/link.ts): the share dialog
// (focus, Escape, the QR code read back by jsQR from what the engine draws, notes opt-in), the import dialog from a
// page address with `#pc=…` (its summary, merge and replace and ignore, the fragment removed, the events), links
// that cannot be read, two checklists on one page, and axe with each dialog open.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  codeFromUrl,
  decodeProgress,
  encodeProgress,
  urlWithCode,
  urlWithoutCode,
  type ProgressSnapshot,
} from '../src/link/code.js';
import { formatDay } from '../src/plan/format.js';
import { defaultConfig } from '../src/content/default-config.js';
import { applyRegion } from '../src/content/region.js';
import { itemIds } from '../src/state/progress.js';
import { parseDay } from '../src/plan/day.js';
import { checkbox, record, render, shadow, smallConfig, type PortChecklist } from './helpers.js';
import { readPath } from './qr-raster.js';

const IDS = ['a.one', 'a.two', 'b.three'];
let serial = 0;
/** A storage key no other test uses (a code is offered once per page, so each test needs its own). */
const uniqueKey = () => `link-dialog-${Date.now()}-${serial++}`;
const slot = (key: string) => `port-checklist:v1:${key}`;
const store = (key: string, record: object) =>
  localStorage.setItem(slot(key), JSON.stringify({ v: 3, ...record }));
const stored = (key: string) =>
  JSON.parse(localStorage.getItem(slot(key)) ?? 'null') as Record<string, unknown>;

const dialogOf = (el: PortChecklist) => shadow(el).querySelector<HTMLDialogElement>('.link-layer dialog');
async function opened(el: PortChecklist): Promise<HTMLDialogElement> {
  await waitUntil(() => dialogOf(el)?.open, 'a link dialog opens', { timeout: 5000 });
  return dialogOf(el)!;
}
const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const field = (dialog: HTMLDialogElement) => dialog.querySelector<HTMLInputElement>('input[type=text]')!;

/** The small checklist with one dated step, so that the planner comes (and reports a changed port date). */
function datedConfig() {
  const config = smallConfig();
  config.sections[0].items[1].due = { days: -5 };
  return config;
}

function checklist(key: string, config = smallConfig()) {
  return render(html`<port-checklist storage-key=${key} .config=${config}></port-checklist>`);
}

async function shareButton(el: PortChecklist): Promise<HTMLButtonElement> {
  await waitUntil(() => shadow(el).querySelector('[data-action="share"]'), 'share button', { timeout: 5000 });
  return shadow(el).querySelector<HTMLButtonElement>('[data-action="share"]')!;
}

/** The text of the QR code as the engine draws its path in the svg's viewBox, read by jsQR. */
function readQr(svg: SVGSVGElement): string | undefined {
  const side = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  return readPath(svg.querySelector('path')!.getAttribute('d')!, side - 8);
}

/** Sets the page's address to carry `code`, as opening a progress link does. */
const openWith = (code: string) => history.replaceState(history.state, '', urlWithCode(location.href, code));
const link = (key: string, fields: Partial<ProgressSnapshot>) =>
  encodeProgress({ key, checked: [], ...fields }, IDS);

afterEach(() => {
  history.replaceState(history.state, '', urlWithoutCode(location.href));
  localStorage.clear();
});

describe('link dialog: continue on another device', () => {
  it('opens a modal dialog with focus inside; Escape closes it and focus returns to the button', async () => {
    const el = await checklist(uniqueKey());
    const button = await shareButton(el);
    button.focus();
    button.click();
    const dialog = await opened(el);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(words(dialog.querySelector('h2'))).to.equal('Continue on another device');
    expect(dialog.contains(shadow(el).activeElement), 'focus inside').to.equal(true);
    expect(dialog.lang).to.equal('en');
    expect(dialog.dir).to.equal('ltr');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el), 'the dialog closes');
    expect(shadow(el).activeElement).to.equal(button);
  });

  it('shows a QR code that reads back as exactly the link in the field, which carries the progress', async () => {
    const key = uniqueKey();
    store(key, { checked: ['a.one', 'b.three'], plan: { date: '2027-01-14', confirmed: true } });
    const el = await checklist(key);
    (await shareButton(el)).click();
    const dialog = await opened(el);
    const url = field(dialog).value;
    expect(url.startsWith(urlWithoutCode(location.href))).to.equal(true);
    const svg = dialog.querySelector<SVGSVGElement>('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).to.equal('QR code of the link below');
    // WebKit has no forced colours mode, and no such property.
    if (CSS.supports('forced-color-adjust', 'none'))
      expect(getComputedStyle(svg).getPropertyValue('forced-color-adjust')).to.equal('none');
    expect(readQr(svg)).to.equal(url);
    const result = await decodeProgress(codeFromUrl(url)!, IDS);
    expect(result).to.deep.equal({
      ok: true,
      unmatched: 0,
      snapshot: {
        key,
        checked: ['a.one', 'b.three'],
        region: null,
        plan: { date: '2027-01-14', confirmed: true },
      },
    });
    dialog.querySelector<HTMLButtonElement>('button[value="close"]')!.click();
    await waitUntil(() => !dialogOf(el), 'Close closes');
  });

  it('"Include my notes" (off at first) rebuilds the link and the QR code with the notes', async () => {
    const key = uniqueKey();
    store(key, { checked: ['a.one'], notes: { 'a.two': 'Bill page 2', 'other.x': 'not this checklist' } });
    const el = await checklist(key);
    (await shareButton(el)).click();
    const dialog = await opened(el);
    const notes = dialog.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(notes.checked).to.equal(false);
    const before = field(dialog).value;
    const without = await decodeProgress(codeFromUrl(before)!, IDS);
    expect(without.ok && without.snapshot.notes).to.equal(undefined);
    notes.click();
    await waitUntil(() => field(dialog).value !== before, 'the link changes');
    const after = field(dialog).value;
    const withNotes = await decodeProgress(codeFromUrl(after)!, IDS);
    expect(withNotes.ok && withNotes.snapshot.notes).to.deep.equal({ 'a.two': 'Bill page 2' });
    await waitUntil(() => readQr(dialog.querySelector('svg')!) === after, 'the QR code follows');
    notes.click();
    await waitUntil(() => field(dialog).value === before, 'and back without notes');
  });

  it('copies the link, or selects it and says so when the clipboard is refused', async () => {
    const el = await checklist(uniqueKey());
    (await shareButton(el)).click();
    const dialog = await opened(el);
    dialog.querySelector<HTMLButtonElement>('[data-link="copy"]')!.click();
    const status = dialog.querySelector('[role="status"]')!;
    await waitUntil(() => words(status) !== '', 'a status');
    if (words(status) === 'Link copied.') return;
    expect(words(status)).to.match(/^Copying was blocked\. The link is selected/);
    const input = field(dialog);
    expect(shadow(el).activeElement).to.equal(input);
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
  });

  it('passes axe with the dialog open', async () => {
    const el = await checklist(uniqueKey());
    (await shareButton(el)).click();
    await opened(el);
    await expect(el).to.be.accessible();
  });
});

describe('link dialog: opening a link', () => {
  it('asks, with what the link holds and what this browser has; nothing changes before a choice', async () => {
    const key = uniqueKey();
    store(key, { checked: ['a.two'] });
    openWith(
      await link(key, {
        checked: ['a.one', 'b.three', 'gone.step'],
        plan: { date: '2027-01-14', confirmed: false },
        notes: { 'a.one': 'n' },
      }),
    );
    const el = await checklist(key);
    const dialog = await opened(el);
    expect(words(dialog.querySelector('h2'))).to.equal('Progress from a link');
    const date = formatDay(parseDay('2027-01-14')!, 'en');
    expect(words(dialog.querySelector('[part~="link-summary"]'))).to.equal(
      `Steps done: 2 of 3 Port date: ${date} Steps with notes: 1`,
    );
    expect(words(dialog.querySelector('[part~="link-here"]'))).to.equal('Steps done: 1 of 3 No port date');
    expect([...dialog.querySelectorAll('button')].map(words)).to.deep.equal([
      'Merge with this browser',
      'Replace what this browser has',
      'Ignore the link',
    ]);
    expect(stored(key).checked).to.deep.equal(['a.two']);
    expect(checkbox(el, 'a.one').checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  const cases: { choice: string; checked: string[]; notes: object; plan?: object }[] = [
    {
      choice: 'merge',
      checked: ['a.two', 'a.one'],
      notes: { 'a.two': 'mine', 'a.one': 'theirs' },
      plan: { date: '2027-02-01', confirmed: true },
    },
    {
      choice: 'replace',
      checked: ['a.one'],
      notes: { 'a.one': 'theirs', 'a.two': 'theirs too' },
      plan: { date: '2027-03-01', confirmed: false },
    },
    {
      choice: 'ignore',
      checked: ['a.two'],
      notes: { 'a.two': 'mine' },
      plan: { date: '2027-02-01', confirmed: true },
    },
  ];
  for (const { choice, checked, notes, plan } of cases)
    it(`${choice}: stores what it should, and the fragment leaves the address`, async () => {
      const key = uniqueKey();
      store(key, {
        checked: ['a.two'],
        notes: { 'a.two': 'mine' },
        plan: { date: '2027-02-01', confirmed: true },
      });
      openWith(
        await link(key, {
          checked: ['a.one'],
          notes: { 'a.one': 'theirs', 'a.two': 'theirs too' },
          plan: { date: '2027-03-01', confirmed: false },
        }),
      );
      const el = await checklist(key, datedConfig());
      const events = record(el, ['port-checklist-progress', 'port-checklist-plan']);
      const dialog = await opened(el);
      // The planner reports a changed port date once its chunk is here, as it is long before a visitor can choose.
      await waitUntil(() => shadow(el).querySelector('[part~="plan-summary"]'), 'the planner', {
        timeout: 5000,
      });
      dialog.querySelector<HTMLButtonElement>(`button[value="${choice}"]`)!.click();
      await waitUntil(() => !dialogOf(el), 'the dialog closes');
      await waitUntil(() => choice === 'ignore' || events.length > 0, 'the events');
      await el.updateComplete;
      expect(codeFromUrl(location.href)).to.equal(undefined);
      const record_ = stored(key);
      expect([...(record_.checked as string[])].sort()).to.deep.equal([...checked].sort());
      expect(record_.notes).to.deep.equal(notes);
      expect(record_.plan).to.deep.equal(plan);
      for (const id of IDS) expect(checkbox(el, id).checked, id).to.equal(checked.includes(id));
      if (choice === 'ignore') {
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(events).to.deep.equal([]);
        return;
      }
      const progress = events.find((e) => e.type === 'port-checklist-progress')!;
      expect(progress.bubbles && progress.composed).to.equal(true);
      expect(progress.detail).to.include({
        itemId: null,
        checked: true,
        source: 'import',
        completed: checked.length,
        total: 3,
      });
      // Only replace changes the port date here (merge keeps this browser's).
      const planEvent = () => events.find((e) => e.type === 'port-checklist-plan');
      if (choice === 'replace') {
        await waitUntil(planEvent, 'the plan event');
        expect(planEvent()!.detail).to.include({ source: 'import' });
      } else expect(planEvent()).to.equal(undefined);
    });

  it('Escape ignores the link: nothing changes, and the fragment leaves the address', async () => {
    const key = uniqueKey();
    store(key, { checked: ['a.two'] });
    openWith(await link(key, { checked: ['a.one', 'b.three'] }));
    const el = await checklist(key);
    const events = record(el, ['port-checklist-progress']);
    await opened(el);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el), 'the dialog closes');
    expect(codeFromUrl(location.href)).to.equal(undefined);
    expect(stored(key).checked).to.deep.equal(['a.two']);
    expect(events).to.deep.equal([]);
  });

  it("with the host's storage, asks once it answered, and replace writes the link's progress there", async () => {
    const key = uniqueKey();
    const held = new Map<string, unknown>([[slot(key), { v: 3, checked: ['a.two', 'b.three'] }]]);
    let answer: (() => void) | undefined;
    const adapter = {
      load: (k: string) =>
        answer ? held.get(k) : new Promise((resolve) => (answer = () => resolve(held.get(k)))),
      save: (k: string, record: unknown) => void held.set(k, record),
    };
    openWith(await link(key, { checked: ['a.one'] }));
    const el = await render(
      html`<port-checklist storage-key=${key} .config=${smallConfig()} .storage=${adapter}></port-checklist>`,
    );
    await waitUntil(() => answer, 'the storage asked');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(dialogOf(el), 'no dialog before the storage answered').to.equal(null);
    answer!();
    const dialog = await opened(el);
    expect(words(dialog.querySelector('[part~="link-here"]'))).to.equal('Steps done: 2 of 3 No port date');
    dialog.querySelector<HTMLButtonElement>('button[value="replace"]')!.click();
    await waitUntil(
      () => ((held.get(slot(key)) as { checked: string[] }).checked ?? []).join() === 'a.one',
      "the link's progress replaced what the host's storage held",
    );
    expect(localStorage.getItem(slot(key))).to.equal(null);
  });

  it("reads a link made under another country's preset of the bundled checklist (the US one, on a generic page) by that preset's steps", async () => {
    // The US preset adds steps (the generic list, and the UK, Swedish and German ones, have the same 46).
    const { preset } = await import('../src/content/regions/region-us.js');
    const american = itemIds(applyRegion(defaultConfig(), preset()));
    const generic = itemIds(defaultConfig());
    const onlyAmerican = american.find((id) => !generic.includes(id))!;
    const shared = american.find((id) => generic.includes(id))!;
    expect(american.length).to.be.above(generic.length);
    const key = uniqueKey();
    openWith(
      await encodeProgress(
        { key, checked: [shared, onlyAmerican], region: 'us', answers: { country: 'us' } },
        american,
      ),
    );
    const el = await render(html`<port-checklist storage-key=${key}></port-checklist>`);
    const dialog = await opened(el);
    expect(words(dialog.querySelector('[part~="link-summary"]'))).to.equal(
      `Steps done: 2 of ${american.length} No port date`,
    );
    dialog.querySelector<HTMLButtonElement>('button[value="merge"]')!.click();
    await waitUntil(() => (stored(key)?.checked as string[] | undefined)?.length === 2, 'stored');
    expect(stored(key).checked).to.have.members([shared, onlyAmerican]);
    // The country answer came with it: the US preset shows, with both steps checked.
    await waitUntil(() => shadow(el).querySelector(`input[data-id="${onlyAmerican}"]`), 'the US steps', {
      timeout: 5000,
    });
    expect(checkbox(el, onlyAmerican).checked && checkbox(el, shared).checked).to.equal(true);
  });

  it('merge reports changed answers with source "import"', async () => {
    const key = uniqueKey();
    const config = smallConfig();
    openWith(await link(key, { checked: ['a.one'], answers: {} }));
    const el = await render(html`<port-checklist storage-key=${key} .config=${config}></port-checklist>`);
    const events = record(el, ['port-checklist-answers']);
    const dialog = await opened(el);
    dialog.querySelector<HTMLButtonElement>('button[value="merge"]')!.click();
    await waitUntil(() => events.length > 0, 'the answers event');
    expect(events[0].detail).to.deep.equal({ answers: {}, completed: 1, total: 3, source: 'import' });
    expect(stored(key).answers).to.deep.equal({});
  });
});

describe('link dialog: links that cannot be read', () => {
  /** A sound code of a later version (the envelope as link/code.ts writes it). */
  async function tooNew(): Promise<string> {
    const code = await link(uniqueKey(), {});
    const fnv = (text: string) => {
      let hash = 0x811c9dc5;
      for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
      return hash;
    };
    const D = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const digits = (n: number, count: number) => {
      let text = '';
      for (let i = count - 1; i >= 0; i--) text += D[Math.floor(n / 64 ** i) % 64];
      return text;
    };
    const head = `2${code.slice(1, 3)}`;
    return head + digits(fnv(head + code.slice(9)), 6) + code.slice(9);
  }
  const cases: { reason: string; code: () => Promise<string>; text: RegExp }[] = [
    {
      reason: 'truncated',
      code: async () => (await link(uniqueKey(), { checked: IDS })).slice(0, -4),
      text: /cut short/,
    },
    {
      reason: 'garbled',
      code: async () => {
        const code = await link(uniqueKey(), { checked: IDS });
        return code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
      },
      text: /changed or damaged/,
    },
    {
      reason: 'too-new',
      code: tooNew,
      text: /made by a newer version of this checklist; reload the page later/,
    },
  ];
  for (const { reason, code, text } of cases)
    it(`${reason}: says why, changes nothing, and the fragment leaves when it is closed`, async () => {
      const key = uniqueKey();
      store(key, { checked: ['a.two'] });
      openWith(await code());
      const el = await checklist(key);
      const events = record(el, ['port-checklist-progress']);
      const dialog = await opened(el);
      expect(dialog.dataset.reason).to.equal(reason);
      expect(words(dialog)).to.match(text);
      expect(words(dialog)).to.include('Nothing in this browser was changed.');
      await expect(el).to.be.accessible();
      expect(codeFromUrl(location.href)).to.not.equal(undefined);
      dialog.querySelector<HTMLButtonElement>('button')!.click();
      await waitUntil(() => !dialogOf(el), 'the dialog closes');
      expect(codeFromUrl(location.href)).to.equal(undefined);
      expect(stored(key).checked).to.deep.equal(['a.two']);
      expect(events).to.deep.equal([]);
    });

  it('with two checklists on the page, only the first shows a link that cannot be read', async () => {
    openWith('1AA');
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <port-checklist storage="none" storage-key=${uniqueKey()} .config=${smallConfig()}></port-checklist>
        <port-checklist storage="none" storage-key=${uniqueKey()} .config=${smallConfig()}></port-checklist>
      </div>`,
    );
    const [first, second] = page.querySelectorAll<PortChecklist>('port-checklist');
    await waitUntil(() => dialogOf(first)?.open || dialogOf(second)?.open, 'a dialog', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([!!dialogOf(first), !!dialogOf(second)].filter(Boolean)).to.have.length(1);
    (dialogOf(first) ?? dialogOf(second))!.querySelector('button')!.click();
  });
});

describe('link dialog: several checklists on a page', () => {
  it('only the checklist whose storage key the link names asks', async () => {
    const keys = [uniqueKey(), uniqueKey()];
    openWith(await link(keys[1], { checked: ['a.one'] }));
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <port-checklist storage-key=${keys[0]} .config=${smallConfig()}></port-checklist>
        <port-checklist storage-key=${keys[1]} .config=${smallConfig()}></port-checklist>
      </div>`,
    );
    const [first, second] = page.querySelectorAll<PortChecklist>('port-checklist');
    const dialog = await opened(second);
    await shareButton(first);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dialogOf(first)).to.equal(null);
    dialog.querySelector<HTMLButtonElement>('button[value="merge"]')!.click();
    await waitUntil(() => checkbox(second, 'a.one').checked, 'the second takes it');
    expect(checkbox(first, 'a.one').checked).to.equal(false);
    expect(localStorage.getItem(slot(keys[0]))).to.equal(null);
  });
});
