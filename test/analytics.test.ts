// analytics="datalayer": every event to window.dataLayer in the GTM/GA4 form, no personal data.
import { expect, html, waitUntil } from '@open-wc/testing';
import { checkbox, render, shadow, writeNote } from './helpers.js';

type Page = Window & { dataLayer?: Record<string, unknown>[] };

describe('analytics="datalayer"', () => {
  beforeEach(() => {
    localStorage.clear();
    delete (window as Page).dataLayer;
  });

  it('creates window.dataLayer and pushes ready, progress and export, never notes', async () => {
    const el = await render(html`<port-checklist analytics="datalayer"></port-checklist>`);
    await waitUntil(() => (window as Page).dataLayer?.length, 'ready pushed');
    const layer = (window as Page).dataLayer!;
    expect(layer[0]).to.deep.include({
      event: 'port_checklist_ready',
      configId: 'number-porting',
      completed: 0,
      total: 46,
    });
    await writeNote(el, 'prep.contract', 'PIN 1234 — secret');
    checkbox(el, 'prep.contract').click();
    await el.updateComplete;
    expect(layer[1]).to.deep.equal({
      event: 'port_checklist_progress',
      itemId: 'prep.contract',
      checked: true,
      source: 'user',
      completed: 1,
      total: 46,
      percent: 2,
      criticalCompleted: 0,
      criticalTotal: 19,
      complete: false,
    });
    const original = window.print;
    window.print = () => undefined;
    shadow(el).querySelector<HTMLButtonElement>('[data-action="print"]')!.click();
    window.print = original;
    expect(layer[2]).to.deep.include({ event: 'port_checklist_export', format: 'print' });
    expect(JSON.stringify(layer)).to.not.contain('secret');
  });

  it('appends to an existing dataLayer, and pushes nothing without the attribute', async () => {
    const existing = [{ event: 'gtm.js' }];
    (window as Page).dataLayer = existing;
    const tracked = await render(
      html`<port-checklist analytics="datalayer" storage="none"></port-checklist>`,
    );
    await waitUntil(() => existing.length > 1);
    expect((window as Page).dataLayer).to.equal(existing);
    const untracked = await render(html`<port-checklist storage="none"></port-checklist>`);
    await waitUntil(() => shadow(untracked).querySelector('[part~="next-critical"]'));
    const before = existing.length;
    checkbox(untracked, 'prep.contract').click();
    await untracked.updateComplete;
    expect(existing.length).to.equal(before);
    expect(tracked.progress.completed).to.equal(0);
  });
});
