import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { storageKey } from '../src/state/storage.js';
import {
  ALL_EVENTS,
  checkbox,
  checkboxes,
  record,
  render,
  replaceLocalStorage,
  shadow,
  smallConfig,
  text,
  type PortChecklist,
} from './helpers.js';

const DEFAULT_KEY = storageKey('number-porting');

async function toggle(el: PortChecklist, id: string): Promise<void> {
  checkbox(el, id).click();
  await el.updateComplete;
}

describe('<port-checklist> rendering of the bundled checklist', () => {
  let el: PortChecklist;
  beforeEach(async () => {
    localStorage.clear();
    el = await render();
  });

  it('renders the 6 sections, 46 items, 19 critical badges and 4 pitfalls of the bundled checklist', () => {
    expect(shadow(el).querySelectorAll('[part~="section"]').length).to.equal(6);
    expect(checkboxes(el).length).to.equal(46);
    const badges = [...shadow(el).querySelectorAll('[part~="badge"]')];
    expect(badges.length).to.equal(19);
    for (const badge of badges) expect(badge.textContent?.trim()).to.equal('Critical');
    expect(shadow(el).querySelectorAll('[part~="pitfalls"] li').length).to.equal(4);
  });

  it('renders the title, counter, banner and call to action', () => {
    expect(text(el, 'h2')).to.equal('Number porting checklist');
    expect(text(el, '[part~="counter"]')).to.equal('0 of 46 completed');
    expect(text(el, '[part~="banner"]')).to.contain("Important: Don't cancel your old service!");
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part~="cta"] a')!;
    expect(link.href).to.equal('https://calltracker.dev/');
    expect(link.textContent?.trim()).to.equal('Try CallTracker');
    expect(text(el, '[part~="cta"] h3')).to.equal('Manage your ported numbers with CallTracker');
  });

  it('labels every checkbox with its item title and describes it with the detail text', () => {
    for (const input of checkboxes(el)) {
      const label = shadow(el).querySelector(`label[for="${input.id}"]`);
      expect(label?.textContent?.trim(), input.dataset.id).to.not.equal('');
      const detail = shadow(el).getElementById(input.getAttribute('aria-describedby')!);
      expect(detail?.textContent?.trim(), input.dataset.id).to.not.equal('');
    }
    const critical = shadow(el).querySelector(`label[for="${checkbox(el, 'loa.verify-signer').id}"]`);
    expect(critical?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Check who may signCritical');
  });

  it('exposes a labelled progress bar', () => {
    const bar = shadow(el).querySelector('[part~="progress"]')!;
    expect(bar.getAttribute('role')).to.equal('progressbar');
    expect(bar.getAttribute('aria-label')).to.equal('Checklist progress');
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('46');
    expect(bar.getAttribute('aria-valuenow')).to.equal('0');
  });

  it('exposes the documented parts', () => {
    const parts = ['base', 'header', 'progress', 'banner', 'section', 'item', 'badge', 'pitfalls', 'cta'];
    for (const part of parts) {
      expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
    }
  });

  it('has exactly one polite live region', () => {
    const regions = shadow(el).querySelectorAll('[aria-live], [role="status"], [role="alert"]');
    expect(regions.length).to.equal(1);
    expect(regions[0].getAttribute('aria-live')).to.equal('polite');
  });

  it('uses no inline style attributes (strict CSP pages)', async () => {
    await toggle(el, 'prep.account-info');
    expect(shadow(el).querySelectorAll('[style]').length).to.equal(0);
  });

  it('declares its theming custom properties on the host', () => {
    const style = getComputedStyle(el);
    for (const name of ['accent', 'text', 'muted', 'background', 'surface', 'border', 'critical', 'radius']) {
      expect(style.getPropertyValue(`--port-checklist-${name}`).trim(), name).to.not.equal('');
    }
  });

  it('takes theming from the host page', async () => {
    el.style.setProperty('--port-checklist-background', 'rgb(1, 2, 3)');
    const base = shadow(el).querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
    el.style.removeProperty('--port-checklist-background');
  });

  it('is hidden by the hidden attribute', async () => {
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
    expect(el.getBoundingClientRect().height).to.equal(0);
  });
});

describe('<port-checklist> toggling', () => {
  let el: PortChecklist;
  beforeEach(async () => {
    localStorage.clear();
    el = await render();
  });

  it('updates the counter, bar, section count and live region', async () => {
    await toggle(el, 'prep.account-info');
    await toggle(el, 'prep.recent-bill');
    expect(text(el, '[part~="counter"]')).to.equal('2 of 46 completed');
    const bar = shadow(el).querySelector('[part~="progress"]')!;
    expect(bar.getAttribute('aria-valuenow')).to.equal('2');
    expect(bar.getAttribute('aria-valuetext')).to.equal('2 of 46 completed');
    expect(bar.querySelector('rect')!.getAttribute('width')).to.equal('4%');
    expect(text(el, '[part~="section"]:nth-of-type(1) [part~="section-count"]')).to.equal('2 of 11');
    expect(text(el, '[role="status"]')).to.equal(
      'Checked: Get a recent bill (under 30 days old). 2 of 46 completed',
    );
    await toggle(el, 'prep.recent-bill');
    expect(text(el, '[role="status"]')).to.equal(
      'Unchecked: Get a recent bill (under 30 days old). 1 of 46 completed',
    );
  });

  it('fires port-checklist-progress with the exact detail', async () => {
    setTimeout(() => checkbox(el, 'loa.verify-signer').click());
    const event = await oneEvent(el, 'port-checklist-progress');
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.true;
    expect(event.detail).to.deep.equal({
      itemId: 'loa.verify-signer',
      checked: true,
      source: 'user',
      completed: 1,
      total: 46,
      percent: 2,
      criticalCompleted: 1,
      criticalTotal: 19,
      complete: false,
    });
  });

  it('gives each event a fresh, JSON-serialisable detail', async () => {
    const seen = record(el, ALL_EVENTS);
    await toggle(el, 'prep.contract');
    await toggle(el, 'prep.contract');
    expect(seen.length).to.equal(2);
    expect(seen[0].detail).to.not.equal(seen[1].detail);
    for (const event of seen) expect(JSON.parse(JSON.stringify(event.detail))).to.deep.equal(event.detail);
  });

  it('works with the keyboard: Space on a focused checkbox', async () => {
    const seen = record(el, ['port-checklist-progress']);
    checkbox(el, 'tech.e911').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(checkbox(el, 'tech.e911').checked).to.be.true;
    expect(seen.map((e) => [e.detail.itemId, e.detail.source])).to.deep.equal([['tech.e911', 'user']]);
    // Tab order: the item's "Add note" button, then the next item's checkbox.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('note-toggle');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement === checkbox(el, 'tech.e911-sites')).to.be.true;
  });

  it('fires port-checklist-complete once on each transition to all checked', async () => {
    const seen = record(el, ['port-checklist-complete', 'port-checklist-progress']);
    const ids = checkboxes(el).map((input) => input.dataset.id!);
    for (const id of ids) el.setChecked(id, true);
    await el.updateComplete;
    let complete = seen.filter((e) => e.type === 'port-checklist-complete');
    expect(complete.length).to.equal(1);
    expect(complete[0].detail).to.deep.include({
      itemId: ids[45],
      complete: true,
      percent: 100,
      source: 'api',
    });
    expect(complete[0].bubbles && complete[0].composed).to.be.true;
    el.setChecked(ids[45], true); // no change, no event
    expect(seen.length).to.equal(47);
    el.setChecked(ids[0], false);
    el.setChecked(ids[0], true);
    complete = seen.filter((e) => e.type === 'port-checklist-complete');
    expect(complete.length).to.equal(2);
    expect(text(el, '[part~="counter"]')).to.equal('46 of 46 completed');
  });
});

describe('<port-checklist> JS API', () => {
  let el: PortChecklist;
  beforeEach(async () => {
    localStorage.clear();
    el = await render();
  });

  it('setChecked() checks an item with source "api" and returns true', async () => {
    setTimeout(() => expect(el.setChecked('verify.fax', true)).to.be.true);
    const event = await oneEvent(el, 'port-checklist-progress');
    expect(event.detail).to.deep.include({ itemId: 'verify.fax', checked: true, source: 'api' });
    await el.updateComplete;
    expect(checkbox(el, 'verify.fax').checked).to.be.true;
  });

  it('setChecked() with an unknown id returns false and changes nothing', () => {
    const seen = record(el, ALL_EVENTS);
    expect(el.setChecked('no.such-item', true)).to.be.false;
    expect(seen.length).to.equal(0);
    expect(el.progress.completed).to.equal(0);
  });

  it('reset() clears progress with source "reset" and itemId null', async () => {
    el.setChecked('prep.contract', true);
    el.setChecked('loa.keep-copy', true);
    setTimeout(() => el.reset());
    const event = await oneEvent(el, 'port-checklist-progress');
    expect(event.detail).to.deep.equal({
      itemId: null,
      checked: false,
      source: 'reset',
      completed: 0,
      total: 46,
      percent: 0,
      criticalCompleted: 0,
      criticalTotal: 19,
      complete: false,
    });
    await el.updateComplete;
    expect(checkboxes(el).some((input) => input.checked)).to.be.false;
    expect(text(el, '[role="status"]')).to.equal('Progress cleared. 0 of 46 completed');
  });

  it('progress is a read-only snapshot with the event figures and the checked ids', () => {
    el.setChecked('prep.account-info', true);
    el.setChecked('after.listings', true);
    const progress = el.progress;
    expect(progress).to.deep.equal({
      completed: 2,
      total: 46,
      percent: 4,
      criticalCompleted: 1,
      criticalTotal: 19,
      complete: false,
      checkedItems: ['prep.account-info', 'after.listings'],
    });
    progress.completed = 99;
    expect(el.progress.completed).to.equal(2);
  });
});

describe('<port-checklist> persistence', () => {
  beforeEach(() => localStorage.clear());

  it('restores progress on re-creation, fires ready with it, and no progress event', async () => {
    const first = await render();
    await toggle(first, 'prep.account-info');
    await toggle(first, 'loa.verify-signer');
    first.remove();
    expect(JSON.parse(localStorage.getItem(DEFAULT_KEY)!)).to.deep.include({
      v: 3,
      checked: ['prep.account-info', 'loa.verify-signer'],
    });

    // A fixture, so that a failing assertion cannot leave the element on the page for the next tests.
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('port-checklist');
    const seen = record(el, ALL_EVENTS);
    container.append(el);
    await el.updateComplete;
    await aTimeout(0);
    expect(seen.map((e) => e.type)).to.deep.equal(['port-checklist-ready']);
    expect(seen[0].detail).to.deep.equal({
      configId: 'number-porting',
      checkedItems: ['prep.account-info', 'loa.verify-signer'],
      usingDefault: true,
      region: null,
      answers: {},
      completed: 2,
      total: 46,
      percent: 4,
      criticalCompleted: 2,
      criticalTotal: 19,
      complete: false,
    });
    expect(seen[0].bubbles && seen[0].composed).to.be.true;
    expect(checkbox(el, 'loa.verify-signer').checked).to.be.true;
    expect(text(el, '[part~="counter"]')).to.equal('2 of 46 completed');
  });

  it('keeps stored ids that the current config does not have', async () => {
    localStorage.setItem(DEFAULT_KEY, JSON.stringify({ v: 1, checked: ['retired.item', 'prep.contract'] }));
    const el = await render();
    expect(el.progress.checkedItems).to.deep.equal(['prep.contract']);
    await toggle(el, 'prep.recent-bill');
    el.reset();
    const stored = JSON.parse(localStorage.getItem(DEFAULT_KEY)!);
    expect(stored.checked).to.deep.equal(['retired.item']);
  });

  it('keeps instances apart with storage-key, and storage="none" stores nothing', async () => {
    const a = await render(html`<port-checklist storage-key="a"></port-checklist>`);
    const b = await render(html`<port-checklist storage-key="b"></port-checklist>`);
    const none = await render(html`<port-checklist storage="none"></port-checklist>`);
    await toggle(a, 'prep.contract');
    await toggle(none, 'prep.recent-bill');
    expect(b.progress.completed).to.equal(0);
    expect(JSON.parse(localStorage.getItem(storageKey('a'))!).checked).to.deep.equal(['prep.contract']);
    expect(localStorage.getItem(storageKey('b'))).to.equal(null);
    expect(localStorage.getItem(DEFAULT_KEY)).to.equal(null);
    expect(none.progress.checkedItems).to.deep.equal(['prep.recent-bill']);
  });

  it('shows a change made in another tab with source "sync"', async () => {
    const el = await render();
    await toggle(el, 'prep.contract');
    // Another tab writes the same slot; the browser then fires a storage event here.
    localStorage.setItem(DEFAULT_KEY, JSON.stringify({ v: 1, checked: ['prep.contract', 'verify.fax'] }));
    setTimeout(() => window.dispatchEvent(new StorageEvent('storage', { key: DEFAULT_KEY })));
    const event = await oneEvent(el, 'port-checklist-progress');
    expect(event.detail).to.deep.include({
      itemId: 'verify.fax',
      checked: true,
      source: 'sync',
      completed: 2,
    });
    await el.updateComplete;
    expect(checkbox(el, 'verify.fax').checked).to.be.true;
  });

  it('writes its state back when another tab clears the slot', async () => {
    const el = await render();
    await toggle(el, 'prep.contract');
    localStorage.removeItem(DEFAULT_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: DEFAULT_KEY }));
    await waitUntil(() => localStorage.getItem(DEFAULT_KEY) !== null, 'state written back');
    expect(JSON.parse(localStorage.getItem(DEFAULT_KEY)!).checked).to.deep.equal(['prep.contract']);
    expect(el.progress.completed).to.equal(1);
  });
});

describe('<port-checklist> when storage fails', () => {
  beforeEach(() => localStorage.clear());

  /** Mounts an element and toggles two items, with storage failing as `fail` arranges; returns the errors. */
  async function useWhile(fail: () => () => void): Promise<CustomEvent[]> {
    const restore = fail();
    try {
      const container = document.createElement('div');
      const seen = record(container, ['port-checklist-error']);
      const el = document.createElement('port-checklist');
      container.append(el);
      document.body.append(container);
      await el.updateComplete;
      await toggle(el, 'prep.contract');
      await toggle(el, 'prep.recent-bill');
      expect(el.progress.completed).to.equal(2);
      expect(text(el, '[part~="counter"]')).to.equal('2 of 46 completed');
      container.remove();
      return seen;
    } finally {
      restore();
    }
  }

  const denied = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };

  it('keeps working in memory when reading localStorage throws SecurityError, reporting it once', async () => {
    const seen = await useWhile(() => {
      const original = Storage.prototype.getItem;
      Storage.prototype.getItem = denied;
      return () => (Storage.prototype.getItem = original);
    });
    expect(seen.map((e) => e.detail.code)).to.deep.equal(['storage-unavailable']);
    expect(seen[0].detail.message).to.contain('SecurityError');
  });

  it('keeps working when window.localStorage itself throws (sandboxed frames)', async function () {
    const restore = replaceLocalStorage(denied);
    let replaced = false;
    try {
      void localStorage;
    } catch {
      replaced = true;
    }
    restore();
    // WebKit keeps resolving the global through its own slot: there, the test above stands for this one.
    if (!replaced) return this.skip();
    const seen = await useWhile(() => replaceLocalStorage(denied));
    expect(seen.map((e) => e.detail.code)).to.deep.equal(['storage-unavailable']);
  });

  it('reports a full storage once and does not retry on every click', async () => {
    const el = await render();
    const seen = record(el, ['port-checklist-error']);
    const original = Storage.prototype.setItem;
    let calls = 0;
    Storage.prototype.setItem = function () {
      calls++;
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      await toggle(el, 'prep.contract');
      await toggle(el, 'prep.recent-bill');
      await toggle(el, 'prep.number-type');
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(el.progress.completed).to.equal(3);
    expect(seen.map((e) => e.detail.code)).to.deep.equal(['storage-write-failed']);
    expect(calls).to.equal(1);
  });

  it('moves a value that is not progress aside, reports it, and starts fresh', async () => {
    localStorage.setItem(DEFAULT_KEY, '{not json');
    const container = document.createElement('div');
    const seen = record(container, ['port-checklist-error']);
    const el = document.createElement('port-checklist');
    container.append(el);
    document.body.append(container);
    await el.updateComplete;
    expect(seen.map((e) => e.detail.code)).to.deep.equal(['storage-corrupt']);
    expect(localStorage.getItem(`${DEFAULT_KEY}:backup`)).to.equal('{not json');
    await toggle(el, 'prep.contract');
    expect(JSON.parse(localStorage.getItem(DEFAULT_KEY)!).checked).to.deep.equal(['prep.contract']);
    container.remove();
  });
});

describe('<port-checklist> call to action', () => {
  beforeEach(() => localStorage.clear());

  it('fires a cancelable port-checklist-cta; preventDefault() stops the navigation', async () => {
    const el = await render();
    el.setChecked('prep.contract', true);
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part~="cta-link"]')!;
    let clickPrevented: boolean | undefined;
    link.addEventListener('click', (e) => setTimeout(() => (clickPrevented = e.defaultPrevented)));
    el.addEventListener('port-checklist-cta', (e) => e.preventDefault(), { once: true });
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'port-checklist-cta');
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    expect(event.detail).to.deep.equal({
      href: 'https://calltracker.dev/',
      completed: 1,
      total: 46,
      percent: 2,
    });
    await aTimeout(0);
    expect(clickPrevented).to.be.true;
    expect(location.href).to.not.contain('calltracker');
  });

  it('lets the navigation happen when the host does not cancel', async () => {
    const el = await render();
    el.config = smallConfig();
    await el.updateComplete;
    const link = shadow(el).querySelector<HTMLAnchorElement>('[part~="cta-link"]')!;
    let clickPrevented: boolean | undefined;
    link.addEventListener('click', (e) => setTimeout(() => (clickPrevented = e.defaultPrevented)));
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'port-checklist-cta');
    expect(event.detail.href).to.equal('#cta-target');
    await waitUntil(() => clickPrevented !== undefined && location.hash !== '', 'navigated');
    expect(clickPrevented).to.be.false;
    expect(location.hash).to.equal('#cta-target');
    history.replaceState(null, '', location.pathname + location.search);
  });
});
