// storage="consent": nothing read or written before grantStorage(), the page's work written onto an earlier
// visit's record when consent comes, and everything deleted by revokeStorage(). Observed on the real
// localStorage: its methods are watched (sinon spies call through), never replaced.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { backupKey, storageKey } from '../src/state/storage.js';
import { checkbox, record, smallConfig, text, type PortChecklist } from './helpers.js';

const KEY = storageKey('consent-test');

async function render(): Promise<PortChecklist> {
  const config = JSON.stringify(smallConfig());
  const el = await fixture<PortChecklist>(
    html`<port-checklist storage="consent" storage-key="consent-test" config=${config}></port-checklist>`,
  );
  await el.updateComplete;
  return el;
}

async function click(el: PortChecklist, id: string): Promise<void> {
  checkbox(el, id).click();
  await el.updateComplete;
}

const ours = () => Object.keys(localStorage).filter((key) => key.startsWith('port-checklist:'));

describe('<port-checklist storage="consent">', () => {
  let spies: sinon.SinonSpy[] = [];
  beforeEach(() => {
    localStorage.clear();
    spies = (['getItem', 'setItem', 'removeItem'] as const).map((name) => sinon.spy(Storage.prototype, name));
  });
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
  });
  const touched = () =>
    spies.some((spy) => spy.getCalls().some((call) => String(call.args[0]).startsWith('port-checklist:')));

  it('reads and writes nothing before grantStorage(), and works in memory', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 3, checked: ['a.two'] }));
    spies.forEach((spy) => spy.resetHistory());
    const el = await render();
    await click(el, 'a.one');
    expect(checkbox(el, 'a.one').checked).to.equal(true);
    expect(checkbox(el, 'a.two').checked, 'the earlier visit is not read').to.equal(false);
    expect(touched(), 'no storage call for our key').to.equal(false);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({ v: 3, checked: ['a.two'] });
  });

  it('grantStorage() writes what the visitor did onto the earlier record, shows both, and reports the restored steps', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 3, checked: ['a.two'], notes: { 'a.two': 'kept' } }));
    const el = await render();
    await click(el, 'a.one');
    const events = record(el, ['port-checklist-progress']);
    el.grantStorage();
    await waitUntil(() => checkbox(el, 'a.two').checked, 'the earlier visit shows');
    expect(checkbox(el, 'a.one').checked).to.equal(true);
    const stored = JSON.parse(localStorage.getItem(KEY)!) as { checked: string[]; notes: object };
    expect(stored.checked).to.have.members(['a.one', 'a.two']);
    expect(stored.notes).to.deep.equal({ 'a.two': 'kept' });
    expect(events.map((e) => [e.detail.itemId, e.detail.source])).to.deep.equal([['a.two', 'sync']]);
    expect(text(el, '[part~="counter"]')).to.equal('2 of 3 completed');
    await click(el, 'b.three');
    expect((JSON.parse(localStorage.getItem(KEY)!) as { checked: string[] }).checked).to.include('b.three');
  });

  it('grantStorage() before the first render restores the earlier visit in that render, with no progress event', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 3, checked: ['a.two'] }));
    const el = document.createElement('port-checklist') as PortChecklist;
    el.setAttribute('storage', 'consent');
    el.setAttribute('storage-key', 'consent-test');
    el.config = smallConfig();
    el.grantStorage();
    const events = record(el, ['port-checklist-ready', 'port-checklist-progress']);
    document.body.append(el);
    try {
      await waitUntil(() => events.length > 0, 'ready');
      await el.updateComplete;
      expect(events.map((e) => e.type)).to.deep.equal(['port-checklist-ready']);
      expect(events[0].detail.checkedItems).to.deep.equal(['a.two']);
    } finally {
      el.remove();
    }
  });

  it('revokeStorage() deletes the record and its backup, keeps the list, and writes nothing afterwards', async () => {
    const el = await render();
    el.grantStorage();
    await click(el, 'a.one');
    localStorage.setItem(backupKey(KEY), 'kept aside earlier');
    localStorage.setItem('host-own', 'not ours');
    expect(ours()).to.have.members([KEY, backupKey(KEY)]);
    el.revokeStorage();
    expect(ours()).to.deep.equal([]);
    expect(localStorage.getItem('host-own')).to.equal('not ours');
    expect(checkbox(el, 'a.one').checked).to.equal(true);
    spies.forEach((spy) => spy.resetHistory());
    await click(el, 'a.two');
    expect(checkbox(el, 'a.two').checked).to.equal(true);
    expect(touched(), 'nothing after revokeStorage()').to.equal(false);
    expect(ours()).to.deep.equal([]);
  });

  it('a grant after a revoke writes the whole page state again', async () => {
    const el = await render();
    el.grantStorage();
    await click(el, 'a.one');
    el.revokeStorage();
    await click(el, 'a.two');
    el.grantStorage();
    await waitUntil(() => localStorage.getItem(KEY) !== null, 'written again');
    expect((JSON.parse(localStorage.getItem(KEY)!) as { checked: string[] }).checked).to.have.members([
      'a.one',
      'a.two',
    ]);
  });

  it('ignores other tabs before consent', async () => {
    const el = await render();
    localStorage.setItem(KEY, JSON.stringify({ v: 3, checked: ['b.three'] }));
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(checkbox(el, 'b.three').checked).to.equal(false);
  });

  it("the README's consent recipe grants and revokes from the consent platform's callback", async () => {
    const readme = await (await fetch('/README.md')).text();
    const recipe = /<!-- consent-recipe -->\s*```html\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(recipe, 'the recipe in README.md').to.be.a('string');
    const script = /<script>([\s\S]*?)<\/script>/.exec(recipe!)![1];
    const el = await render();
    await click(el, 'a.one');
    const page = window as unknown as { Cookiebot?: { consent: { preferences: boolean } } };
    page.Cookiebot = { consent: { preferences: true } };
    const tag = document.createElement('script');
    tag.textContent = script;
    document.body.append(tag);
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      window.dispatchEvent(new Event('CookiebotOnConsentReady'));
      await waitUntil(() => localStorage.getItem(KEY) !== null, 'granted from the callback');
      page.Cookiebot.consent.preferences = false;
      window.dispatchEvent(new Event('CookiebotOnConsentReady'));
      await waitUntil(() => localStorage.getItem(KEY) === null, 'revoked from the callback');
    } finally {
      tag.remove();
      delete page.Cookiebot;
    }
  });
});
