// The host's own storage (the `storage` property given an adapter), against a real HTTP endpoint: the test
// server's /progress-store/ (web-test-runner.config.mjs), reached through the README's fetch adapter itself,
// with failures injected at that endpoint. Each test has a namespace of its own there.
import { expect, html, waitUntil } from '@open-wc/testing';
import type { StorageAdapter, StoredRecord } from '../src/state/storage.js';
import { checkbox, checkboxes, render, shadow, smallConfig, text, type PortChecklist } from './helpers.js';

const KEY = 'port-checklist:v1:small';

interface Readme {
  fetchStorage(base: string): StorageAdapter;
  use: string;
}

const readme = async (): Promise<Readme> => {
  const url = '/progress-store/readme-adapter.js';
  return (await import(url)) as Readme;
};

/** A fresh namespace on the endpoint, with the README's adapter over it and ways to steer and read it. */
async function endpoint() {
  const base = `/progress-store/t${Math.random().toString(36).slice(2)}`;
  const { fetchStorage } = await readme();
  const url = (key = KEY) => `${base}/${encodeURIComponent(key)}`;
  return {
    base,
    /** A new instance of the README's adapter (another device's page). */
    adapter: () => fetchStorage(base),
    async control(settings: Record<string, unknown>): Promise<void> {
      const response = await fetch(`${base}/_control`, { method: 'POST', body: JSON.stringify(settings) });
      expect(response.status).to.equal(204);
    },
    async counts(): Promise<{ get: number; put: number; conflicts: number }> {
      return (await (await fetch(`${base}/_control`)).json()) as {
        get: number;
        put: number;
        conflicts: number;
      };
    },
    /** What the server holds under the key (null: nothing), read past the counts and the injected failures. */
    async held(): Promise<StoredRecord | null> {
      const response = await fetch(`${url()}?peek`);
      return response.status === 404 ? null : ((await response.json()) as StoredRecord);
    },
    async put(value: unknown): Promise<void> {
      const response = await fetch(url(), { method: 'PUT', body: JSON.stringify(value) });
      expect(response.status).to.equal(204);
    },
  };
}

const counter = (el: PortChecklist) => text(el, '[part~="counter"]');
const list = (el: PortChecklist) => shadow(el).querySelector('[aria-busy]')!;
const checkedIds = (el: PortChecklist) =>
  checkboxes(el)
    .filter((box) => box.checked)
    .map((box) => box.dataset.id);
const errors = (events: CustomEvent[]) =>
  events.filter((e) => e.type === 'port-checklist-error').map((e) => (e.detail as { code: string }).code);

/** An element over `adapter`, its events recorded from before it connects. */
async function open(adapter: unknown) {
  const events: CustomEvent[] = [];
  const seen = (e: Event) => events.push(e as CustomEvent);
  const el = await render(
    html`<port-checklist
      .config=${smallConfig()}
      .storage=${adapter as StorageAdapter}
      @port-checklist-ready=${seen}
      @port-checklist-error=${seen}
      @port-checklist-progress=${seen}
    ></port-checklist>`,
  );
  const ready = () => events.some((e) => e.type === 'port-checklist-ready');
  return { el, events, ready, loaded: () => waitUntil(ready, 'ready after the load', { timeout: 4000 }) };
}

async function click(el: PortChecklist, id: string): Promise<void> {
  checkbox(el, id).click();
  await el.updateComplete;
}

const holds = (server: Awaited<ReturnType<typeof endpoint>>, ids: string[], message: string) =>
  waitUntil(
    async () => {
      const held = await server.held();
      return !!held && ids.every((id) => held.checked.includes(id));
    },
    message,
    { timeout: 4500, interval: 50 },
  );

beforeEach(() => localStorage.clear());

describe('the storage property with the README’s fetch adapter', () => {
  it('is the README’s snippet, handed to the element as the README says', async () => {
    const { fetchStorage, use } = await readme();
    expect(use.trim()).to.equal(
      "document.querySelector('port-checklist').storage = fetchStorage('/api/checklist-progress');",
    );
    const adapter = fetchStorage('/x');
    expect(Object.keys(adapter)).to.deep.equal(['load', 'save']);
  });

  it('renders the list from what load returns, and fires ready after it with the stored checks', async () => {
    const server = await endpoint();
    await server.put({ v: 3, checked: ['a.two', 'gone.step'] });
    const { el, events, loaded } = await open(server.adapter());
    await loaded();
    await el.updateComplete;
    expect(checkedIds(el)).to.deep.equal(['a.two']);
    expect(counter(el)).to.equal('1 of 3 completed');
    const ready = events.filter((e) => e.type === 'port-checklist-ready');
    expect(ready).to.have.length(1);
    expect(ready[0]!.detail).to.include({ completed: 1, total: 3 });
    expect(ready[0]!.detail.checkedItems).to.deep.equal(['a.two']);
    expect((await server.counts()).get).to.equal(1);
    expect(localStorage.length, 'nothing in localStorage').to.equal(0);
    expect(errors(events)).to.deep.equal([]);
  });

  it('shows a slow load as loading (busy, nothing clickable, not the empty list), and nothing shifts', async () => {
    const server = await endpoint();
    await server.put({ v: 3, checked: ['a.one'] });
    await server.control({ delayMs: 600 });
    const shifts: number[] = [];
    const supported = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;
    const observer = new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    });
    if (supported) observer.observe({ type: 'layout-shift' });
    const { el, ready, loaded } = await open(server.adapter());
    expect(ready(), 'ready waits for the load').to.equal(false);
    expect(counter(el)).to.equal('Loading your progress…');
    expect(counter(el)).not.to.match(/of 3 completed/);
    expect(list(el).getAttribute('aria-busy')).to.equal('true');
    expect(checkboxes(el)).to.have.length(3);
    expect(checkboxes(el).every((box) => box.disabled)).to.equal(true);
    expect(checkedIds(el)).to.deep.equal([]);
    const progressbar = shadow(el).querySelector('[part~="progress"]')!;
    expect(progressbar.getAttribute('aria-valuetext')).to.equal('Loading your progress…');
    const before = {
      height: el.getBoundingClientRect().height,
      items: checkboxes(el).map((box) => box.closest('li')!.getBoundingClientRect().toJSON() as DOMRect),
    };
    await loaded();
    await el.updateComplete;
    expect(list(el).getAttribute('aria-busy')).to.equal('false');
    expect(checkboxes(el).some((box) => box.disabled)).to.equal(false);
    expect(checkedIds(el)).to.deep.equal(['a.one']);
    expect(counter(el)).to.equal('1 of 3 completed');
    expect(el.getBoundingClientRect().height).to.equal(before.height);
    expect(
      checkboxes(el).map((box) => box.closest('li')!.getBoundingClientRect().toJSON() as DOMRect),
    ).to.deep.equal(before.items);
    if (supported) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      expect(
        shifts.reduce((sum, value) => sum + value, 0),
        'CLS',
      ).to.equal(0);
    }
  });

  it('PUTs a check to the server under port-checklist:v1:<name>', async () => {
    const server = await endpoint();
    const { el, events, loaded } = await open(server.adapter());
    await loaded();
    await click(el, 'a.one');
    await holds(server, ['a.one'], 'the check stored');
    const held = (await server.held())!;
    expect(held.checked).to.deep.equal(['a.one']);
    expect(held.v).to.equal(3);
    // One load on opening, and the save's own: the load of what is stored now, then the PUT.
    expect(await server.counts()).to.deep.equal({ get: 2, put: 1, conflicts: 0 });
    expect(errors(events)).to.deep.equal([]);
  });

  it('keeps checks in memory while saves fail, reports it once, and the retry stores them', async () => {
    const server = await endpoint();
    const { el, events, loaded } = await open(server.adapter());
    await loaded();
    await server.control({ failSaves: 2, status: 503 });
    await click(el, 'a.one');
    await waitUntil(() => errors(events).length > 0, 'the failed save reported');
    await click(el, 'a.two');
    expect(checkedIds(el)).to.deep.equal(['a.one', 'a.two']);
    expect(counter(el)).to.equal('2 of 3 completed');
    expect(await server.held()).to.equal(null);
    // First retry after 1 s fails too (the second injected failure); the one after 2 s more succeeds.
    await holds(server, ['a.one', 'a.two'], 'both checks stored by the retry');
    expect((await server.counts()).put).to.equal(3);
    expect(errors(events)).to.deep.equal(['storage-write-failed']);
    expect(
      (events.find((e) => e.type === 'port-checklist-error')!.detail as { message: string }).message,
    ).to.match(/503/);
    expect(checkedIds(el)).to.deep.equal(['a.one', 'a.two']);
  });

  it('reports a load that fails as storage-unavailable, starts empty, and still saves', async () => {
    const server = await endpoint();
    await server.control({ failLoads: 1 });
    const { el, events, loaded } = await open(server.adapter());
    await loaded();
    expect(errors(events)).to.deep.equal(['storage-unavailable']);
    expect(counter(el)).to.equal('0 of 3 completed');
    await click(el, 'b.three');
    await holds(server, ['b.three'], 'saved after the failed load');
  });

  it('reports a malformed record as storage-corrupt and does not trust it', async () => {
    const server = await endpoint();
    await server.control({ garbage: true });
    const { el, events, loaded } = await open(server.adapter());
    await loaded();
    await el.updateComplete;
    expect(errors(events)).to.deep.equal(['storage-corrupt']);
    // The garbage named a.two checked, without a version: none of it shows.
    expect(checkedIds(el)).to.deep.equal([]);
    expect(counter(el)).to.equal('0 of 3 completed');
    await click(el, 'a.one');
    await holds(server, ['a.one'], 'a real record stored');
    expect((await server.held())!.checked).to.deep.equal(['a.one']);
  });

  it("restores the visitor's filters from the loaded record, unless the host set them", async () => {
    const server = await endpoint();
    await server.put({ v: 3, checked: ['a.two'], filters: { hideCompleted: true, criticalOnly: true } });
    const { el, loaded } = await open(server.adapter());
    await loaded();
    await el.updateComplete;
    expect(el.hideCompleted).to.equal(true);
    expect(el.criticalOnly).to.equal(true);
    const hosted = await render(
      html`<port-checklist
        .config=${smallConfig()}
        .storage=${server.adapter()}
        .criticalOnly=${false}
      ></port-checklist>`,
    );
    await waitUntil(() => hosted.hideCompleted !== undefined, 'loaded');
    expect(hosted.hideCompleted).to.equal(true);
    expect(hosted.criticalOnly).to.equal(false);
  });

  it('keeps both steps of two devices that check different ones, and a reload shows both', async () => {
    const server = await endpoint();
    const laptop = await open(server.adapter());
    const phone = await open(server.adapter());
    await laptop.loaded();
    await phone.loaded();
    await click(laptop.el, 'a.one');
    await holds(server, ['a.one'], "the laptop's step stored");
    // The phone loaded before the laptop saved: its state lacks a.one, and its save must not undo it.
    expect(checkedIds(phone.el)).to.deep.equal([]);
    await click(phone.el, 'b.three');
    await holds(server, ['a.one', 'b.three'], "the phone's step stored beside the laptop's");
    expect((await server.held())!.checked).to.have.members(['a.one', 'b.three']);
    // The stale phone unchecks its own step: the laptop's stays.
    await click(phone.el, 'b.three');
    await waitUntil(async () => !(await server.held())!.checked.includes('b.three'), 'the uncheck stored');
    expect((await server.held())!.checked).to.deep.equal(['a.one']);
    await click(phone.el, 'b.three');
    await holds(server, ['a.one', 'b.three'], 'checked again');
    const reload = await open(server.adapter());
    await reload.loaded();
    await reload.el.updateComplete;
    expect(checkedIds(reload.el)).to.deep.equal(['a.one', 'b.three']);
    expect([...errors(laptop.events), ...errors(phone.events), ...errors(reload.events)]).to.deep.equal([]);
  });

  it('keeps both steps of two devices that save at the same moment (a conditional save refused, then redone)', async () => {
    const server = await endpoint();
    const laptop = await open(server.adapter());
    const phone = await open(server.adapter());
    await laptop.loaded();
    await phone.loaded();
    // Every request waits 300 ms: both devices load the empty record before either has saved.
    await server.control({ delayMs: 300 });
    await click(laptop.el, 'a.one');
    await click(phone.el, 'b.three');
    await holds(server, ['a.one', 'b.three'], 'both steps stored');
    await server.control({ delayMs: 0 });
    const counts = await server.counts();
    expect(counts.conflicts, 'one save was refused as conflicting').to.be.at.least(1);
    expect((await server.held())!.checked).to.have.members(['a.one', 'b.three']);
    expect([...errors(laptop.events), ...errors(phone.events)]).to.deep.equal([]);
  });

  it('two pages on one endpoint (two devices): each keeps the other’s step, and a reload of either shows both', async () => {
    const server = await endpoint();
    const ns = /\/progress-store\/([\w-]+)/.exec(server.base)![1];
    const device = async () => {
      const frame = document.createElement('iframe');
      frame.src = `/progress-store/device.html?ns=${ns}`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const el = () => frame.contentDocument!.querySelector('port-checklist') as PortChecklist;
      const box = (id: string) => el().shadowRoot?.querySelector<HTMLInputElement>(`input[data-id="${id}"]`);
      const loaded = () => (frame.contentWindow as Window & { loaded?: boolean }).loaded === true;
      await waitUntil(loaded, 'loaded', { timeout: 8000 });
      return { frame, box, loaded };
    };
    const laptop = await device();
    const phone = await device();
    try {
      laptop.box('a.one')!.click();
      await holds(server, ['a.one'], "the laptop's step stored");
      // The phone's page loaded before the laptop saved: its save must not undo the laptop's step.
      phone.box('b.three')!.click();
      await holds(server, ['a.one', 'b.three'], 'both stored');
      for (const page of [laptop, phone]) {
        page.frame.contentWindow!.location.reload();
        await new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));
        await waitUntil(
          () => page.box('b.three')?.checked && page.box('a.one')?.checked,
          'both shown after a reload',
          {
            timeout: 8000,
          },
        );
      }
    } finally {
      laptop.frame.remove();
      phone.frame.remove();
    }
  });

  it('reports an adapter without load and save as config-invalid, and works in memory', async () => {
    const { el, events, loaded } = await open({ subscribe: () => undefined });
    await loaded();
    await el.updateComplete;
    expect(errors(events)).to.deep.equal(['config-invalid']);
    expect(list(el).getAttribute('aria-busy')).to.equal('false');
    expect(checkboxes(el).some((box) => box.disabled)).to.equal(false);
    await click(el, 'a.one');
    expect(checkedIds(el)).to.deep.equal(['a.one']);
    expect(counter(el)).to.equal('1 of 3 completed');
    expect(localStorage.length, 'nothing in localStorage').to.equal(0);
  });

  it("adopts what subscribe pushes (another device's save), as progress with source sync", async () => {
    const server = await endpoint();
    let push: ((value: unknown) => void) | undefined;
    const subscribed: string[] = [];
    const adapter: StorageAdapter = {
      ...server.adapter(),
      subscribe(key, onChange) {
        subscribed.push(key);
        push = onChange;
        return () => (push = undefined);
      },
    };
    const { el, events, loaded } = await open(adapter);
    await loaded();
    await waitUntil(() => push, 'subscribed');
    expect(subscribed).to.deep.equal([KEY]);
    // Another device saves a.two; the host's push channel hands the element what the server now holds.
    await server.put({ v: 3, checked: ['a.two'] });
    push!(await server.held());
    await waitUntil(() => checkbox(el, 'a.two').checked, 'the pushed step shown');
    const progress = events.filter((e) => e.type === 'port-checklist-progress');
    expect(progress).to.have.length(1);
    expect(progress[0]!.detail).to.include({ itemId: 'a.two', checked: true, source: 'sync', completed: 1 });
    // Pushed as JSON text too; something that is not a record is reported and not adopted.
    push!(JSON.stringify({ v: 3, checked: ['a.two', 'b.three'] }));
    await waitUntil(() => checkbox(el, 'b.three').checked, 'the pushed text shown');
    push!({ checked: ['a.one'] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(checkedIds(el)).to.deep.equal(['a.two', 'b.three']);
    expect(errors(events)).to.deep.equal(['storage-corrupt']);
    // Nothing pushed is written back.
    expect((await server.counts()).put).to.equal(1);
  });
});

describe('the storage property while the adapter loads or saves (each fails until src is fixed, see the commit)', () => {
  it('drops the loading state when the host switches to storage="none"', async () => {
    const server = await endpoint();
    await server.control({ delayMs: 600 });
    const { el, events } = await open(server.adapter());
    expect(counter(el)).to.equal('Loading your progress…');
    el.storage = 'none';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 800));
    await el.updateComplete;
    expect(counter(el)).to.equal('0 of 3 completed');
    expect(list(el).getAttribute('aria-busy')).to.equal('false');
    expect(events.filter((e) => e.type === 'port-checklist-ready')).to.have.length(1);
  });

  it('keeps a check whose save is failing when subscribe pushes a record without it', async () => {
    const server = await endpoint();
    let push: ((value: unknown) => void) | undefined;
    const adapter: StorageAdapter = {
      ...server.adapter(),
      subscribe: (_key, onChange) => void (push = onChange),
    };
    const { el, events, loaded } = await open(adapter);
    await loaded();
    await server.control({ failSaves: 1 });
    await click(el, 'a.one');
    await waitUntil(() => errors(events).length > 0, 'the failed save reported');
    // Another device saved a.two meanwhile; its record, pushed, lacks this page's unsaved a.one.
    await server.put({ v: 3, checked: ['a.two'] });
    push!(await server.held());
    await waitUntil(() => checkbox(el, 'a.two').checked, 'the pushed step shown');
    expect(checkedIds(el), 'the unsaved check still shown').to.deep.equal(['a.one', 'a.two']);
    await holds(server, ['a.one', 'a.two'], 'the retry stores both');
    expect(checkedIds(el)).to.deep.equal(['a.one', 'a.two']);
  });
});
