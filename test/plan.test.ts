// The port-date planner in the element: the folded line and its field, the suggestion, dates beside the steps
// only once a date is in force, overdue and this-week marks as today moves (a fixed clock: sinon's fake Date),
// the header's next deadline, the host's `port-date`, storage (version 3, two tabs), the event, the export,
// "Add to calendar" parsed by ical.js, a given config's `due`, another language, and axe.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import sinon from 'sinon';
import { checkbox, record, render, shadow, text, type PortChecklist } from './helpers.js';

const KEY = 'port-checklist:v1:number-porting';
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null;
const line = (el: PortChecklist) => text(el, '.plan-line');
const next = (el: PortChecklist) => text(el, '[part~="next-due"]');
const due = (el: PortChecklist, id: string) =>
  checkbox(el, id).labels?.[0]?.querySelector('[part~="due"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const button = (el: PortChecklist, action: string) =>
  shadow(el).querySelector<HTMLButtonElement>(`[data-action="${action}"]`);

/** The element with the planner's chunk loaded (it loads right after the first render). */
async function ready(template = html`<port-checklist></port-checklist>`): Promise<PortChecklist> {
  const el = await render(template);
  await waitUntil(() => shadow(el).querySelector('[part~="plan-summary"]'), 'planner line', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

async function settle(el: PortChecklist): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

async function enter(el: PortChecklist, value: string): Promise<void> {
  if (!shadow(el).querySelector('#port-date')) {
    button(el, 'plan')!.click();
    await waitUntil(() => shadow(el).querySelector('#port-date'), 'field open');
  }
  const input = shadow(el).querySelector<HTMLInputElement>('#port-date')!;
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** The first list the element renders, with the dates it had then. */
async function firstRender(template: ReturnType<typeof html>): Promise<{ el: PortChecklist; dated: number }> {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  let dated = -1;
  const el = document.createElement('div');
  holder.append(el);
  const observer = new MutationObserver(() => {
    const widget = holder.querySelector('port-checklist');
    const root = widget?.shadowRoot;
    if (dated === -1 && root?.querySelector('input[data-id]'))
      dated = root.querySelectorAll('[part~="due"]').length;
  });
  observer.observe(holder, { childList: true, subtree: true });
  const { render: lit } = await import('lit');
  lit(template, el);
  const widget = holder.querySelector<PortChecklist>('port-checklist')!;
  await waitUntil(() => widget.shadowRoot, 'shadow root');
  observer.observe(widget.shadowRoot!, { childList: true, subtree: true });
  await widget.updateComplete;
  observer.disconnect();
  return { el: widget, dated };
}

describe('the port-date planner', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    localStorage.clear();
    // Tuesday 1 December 2026, noon where the tests run: only Date is faked, timers run as usual.
    clock = sinon.useFakeTimers({ now: new Date(2026, 11, 1, 12, 0), toFake: ['Date'] });
  });
  afterEach(() => {
    clock.restore();
    localStorage.clear();
  });

  it('suggests the earliest realistic date, says it is an estimate, and dates no step until one is set', async () => {
    const el = await ready();
    // 15 working days on from today: the earliest step is due 15 working days before the port.
    expect(line(el)).to.equal('Port date: not set; suggested: Tue, Dec 22, 2026, an estimate Set the date');
    expect(next(el)).to.equal('Next: Gather your account details by about Tue, Dec 1');
    expect(shadow(el).querySelectorAll('[part~="due"]')).to.have.length(0);
    expect(button(el, 'calendar')).to.equal(null);
    expect(stored()?.plan).to.equal(undefined);
  });

  it('follows the answers: a port of more than 20 numbers is suggested 6 weeks out', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 2, checked: [], answers: { count: '21+' } }));
    const el = await ready();
    expect(line(el)).to.contain('suggested: Tue, Jan 12, 2027');
  });

  it('takes the suggested date at a click: dates beside the steps, the event, one announcement, storage', async () => {
    const el = await ready();
    const seen = record(el, ['port-checklist-plan']);
    button(el, 'plan')!.click();
    await el.updateComplete;
    await waitUntil(() => shadow(el).activeElement?.id === 'port-date', 'focus in the field');
    expect(button(el, 'plan')!.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(el).querySelector('#port-date')!.getAttribute('aria-describedby')).to.equal('plan-hint');
    expect(text(el, '#plan-hint')).to.contain('year-month-day (2027-01-14)');
    expect(text(el, '#plan-hint')).to.contain('weekends are skipped, public holidays are not');
    button(el, 'use-suggested')!.click();
    await settle(el);
    expect(stored()?.plan).to.deep.equal({ date: '2026-12-22', confirmed: false });
    expect(stored()?.v).to.equal(3);
    expect(seen.map((e) => e.detail)).to.deep.equal([
      {
        portDate: '2026-12-22',
        estimated: false,
        confirmed: false,
        nextDue: { itemId: 'prep.account-info', date: '2026-12-01' },
        source: 'user',
      },
    ]);
    expect(text(el, '[role="status"]')).to.equal(
      'Port date set: Tue, Dec 22. Next: Gather your account details by Tue, Dec 1',
    );
    expect(due(el, 'prep.account-info')).to.equal('(due Tue, Dec 1, due today)');
    expect(due(el, 'loa.verify-signer')).to.equal('(due Fri, Dec 4, due this week)');
    expect(due(el, 'timing.lead-time')).to.equal('(due Tue, Dec 8)');
    expect(due(el, 'verify.inbound')).to.equal('(due Tue, Dec 22)');
    expect(due(el, 'loa.rejections')).to.equal('');
    // The date is part of the checkbox's name: a screen reader says it with the step.
    expect(checkbox(el, 'prep.account-info').labels![0].textContent!.replace(/\s+/g, ' ')).to.contain(
      'Gather your account details',
    );
    expect(checkbox(el, 'prep.account-info').labels![0].textContent).to.contain('due Tue, Dec 1');
    expect(button(el, 'calendar')).to.not.equal(null);
  });

  it('marks overdue and due-this-week steps in words as today moves, and not once they are checked', async () => {
    const el = await ready();
    await enter(el, '2027-01-14');
    expect(line(el)).to.contain('Port date: Thu, Jan 14, 2027 Hide Add to calendar');
    expect(due(el, 'prep.account-info')).to.equal('(due Thu, Dec 24)');
    clock.setSystemTime(new Date(2027, 0, 5, 9, 0));
    el.requestUpdate();
    await settle(el);
    expect(due(el, 'prep.account-info')).to.equal('(due Thu, Dec 24, 2026, overdue)');
    expect(next(el)).to.equal('Next: Gather your account details, overdue since Thu, Dec 24, 2026');
    expect(due(el, 'tech.configure-system')).to.equal('(due Thu, Jan 7, due this week)');
    expect(due(el, 'timing.keep-date')).to.equal('(due Tue, Jan 12)');
    const overdue = shadow(el).querySelector('[part~="due"].overdue')!;
    expect(getComputedStyle(overdue).fontWeight).to.equal('600');
    checkbox(el, 'prep.account-info').click();
    await settle(el);
    expect(due(el, 'prep.account-info')).to.equal('(due Thu, Dec 24, 2026)');
    expect(next(el)).to.match(/^Next: Ask for the record your provider will check, overdue since/);
    clock.setSystemTime(new Date(2027, 0, 14, 9, 0));
    el.requestUpdate();
    await settle(el);
    expect(due(el, 'verify.inbound')).to.equal('(due Thu, Jan 14, due today)');
  });

  it('moves on to the next day when the page is shown again after midnight', async () => {
    const el = await ready();
    await enter(el, '2026-12-22');
    expect(due(el, 'prep.account-info')).to.equal('(due Tue, Dec 1, due today)');
    clock.setSystemTime(new Date(2026, 11, 2, 8, 0));
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(el);
    expect(due(el, 'prep.account-info')).to.equal('(due Tue, Dec 1, overdue)');
  });

  it('records a confirmed date, says so, and clears it', async () => {
    const el = await ready();
    await enter(el, '2027-01-14');
    const seen = record(el, ['port-checklist-plan']);
    const confirmed = shadow(el).querySelector<HTMLInputElement>('[part~="plan-confirmed"]')!;
    expect(confirmed.labels![0].textContent).to.contain('Confirmed by the new provider (FOC date)');
    confirmed.click();
    await settle(el);
    expect(stored()?.plan).to.deep.equal({ date: '2027-01-14', confirmed: true });
    expect(text(el, '[part~="plan-summary"]')).to.equal('Thu, Jan 14, 2027, confirmed');
    expect(seen.at(-1)!.detail).to.include({ portDate: '2027-01-14', estimated: false, confirmed: true });
    button(el, 'clear-date')!.click();
    await settle(el);
    expect(stored()?.plan).to.equal(undefined);
    expect(seen.at(-1)!.detail).to.include({ portDate: '2026-12-22', estimated: true, confirmed: false });
    expect(text(el, '[role="status"]')).to.match(/^Port date cleared\. Next: /);
    expect(shadow(el).querySelectorAll('[part~="due"]')).to.have.length(0);
  });

  it('refuses text that is not a date, keeping the date it had', async () => {
    const el = await ready();
    await enter(el, '2027-01-14');
    const input = shadow(el).querySelector<HTMLInputElement>('#port-date')!;
    // A browser without a date picker passes what was typed; one with it gives '' for an invalid date.
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => '14/01/2027',
      set: () => undefined,
    });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(text(el, '#plan-hint')).to.match(/^That is not a date: enter it as year-month-day\./);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(stored()?.plan).to.deep.equal({ date: '2027-01-14', confirmed: false });
  });

  it('says when the date is not a working day', async () => {
    const el = await ready();
    await enter(el, '2027-01-16');
    expect(text(el, '#plan-hint')).to.contain('That day is not a working day');
    // On the day means the next working day: the Monday.
    expect(due(el, 'verify.inbound')).to.equal('(due Mon, Jan 18, 2027)');
  });

  it('renders a stored date in the first list, and migrates a version-2 record without one', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 3, checked: ['prep.csr'], plan: { date: '2027-01-14' } }));
    const { el, dated } = await firstRender(html`<port-checklist></port-checklist>`);
    expect(dated).to.be.above(40);
    expect(due(el, 'prep.csr')).to.equal('(due Thu, Dec 24)');
    el.remove();
    localStorage.setItem(KEY, JSON.stringify({ v: 2, checked: ['prep.csr'], answers: { count: '1' } }));
    const old = await ready();
    expect(old.progress.checkedItems).to.deep.equal(['prep.csr']);
    expect(line(old)).to.contain('not set');
    checkbox(old, 'prep.recent-bill').click();
    await settle(old);
    expect(stored()).to.deep.include({ v: 3, answers: { count: '1' } });
    expect(stored()?.plan).to.equal(undefined);
  });

  it('ignores a stored date that is not a real day', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 3, checked: [], plan: { date: '2027-02-30' } }));
    const el = await ready();
    expect(line(el)).to.contain('not set');
  });

  it('takes the host’s port-date: in the first render, fixed, and reported when invalid', async () => {
    const { el, dated } = await firstRender(
      html`<port-checklist storage="none" port-date="2027-02-01"></port-checklist>`,
    );
    expect(dated).to.be.above(40);
    expect(line(el)).to.equal('Port date: Mon, Feb 1, 2027 (set by your provider) Add to calendar');
    expect(button(el, 'plan')).to.equal(null);
    const seen = record(el, ['port-checklist-plan']);
    el.portDate = '2027-02-08';
    await settle(el);
    expect(seen.map((e) => e.detail)).to.deep.include({
      portDate: '2027-02-08',
      estimated: false,
      confirmed: false,
      nextDue: { itemId: 'prep.account-info', date: '2027-01-18' },
      source: 'api',
    });
    const errors: CustomEvent[] = [];
    const bad = document.createElement('port-checklist') as PortChecklist;
    bad.addEventListener('port-checklist-error', (e) => errors.push(e as CustomEvent));
    bad.setAttribute('storage', 'none');
    bad.setAttribute('port-date', '2027-02-30');
    document.body.append(bad);
    await bad.updateComplete;
    await waitUntil(() => bad.shadowRoot!.querySelector('[part~="plan-summary"]'), 'planner line');
    expect(errors.map((e) => e.detail)).to.deep.equal([
      { code: 'config-invalid', message: 'port-date: "2027-02-30" is not a date as YYYY-MM-DD; ignored' },
    ]);
    expect(text(bad as PortChecklist, '.plan-line')).to.contain('not set');
    bad.remove();
  });

  it('follows a date changed in another tab (source "sync")', async () => {
    const el = await ready();
    const seen = record(el, ['port-checklist-plan']);
    localStorage.setItem(
      KEY,
      JSON.stringify({ v: 3, checked: [], plan: { date: '2027-01-14', confirmed: true } }),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    await waitUntil(() => seen.length > 0, 'plan event');
    await settle(el);
    expect(seen[0].detail).to.include({ portDate: '2027-01-14', confirmed: true, source: 'sync' });
    expect(due(el, 'prep.csr')).to.equal('(due Thu, Dec 24)');
  });

  it('downloads a calendar file that ical.js reads: the port date and each step not done, with reminders', async () => {
    const el = await ready();
    await enter(el, '2027-01-14');
    checkbox(el, 'prep.csr').click();
    await settle(el);
    const files: { name: string; text: string }[] = [];
    const grab = async (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!link.download) return;
      event.preventDefault();
      files.push({ name: link.download, text: await (await fetch(link.href)).text() });
    };
    shadow(el).addEventListener('click', grab, true);
    button(el, 'calendar')!.click();
    await waitUntil(() => files.length === 1, 'calendar file');
    clock.tick(60_000);
    button(el, 'calendar')!.click();
    await waitUntil(() => files.length === 2, 'second calendar file');
    shadow(el).removeEventListener('click', grab, true);
    expect(files[0].name).to.equal('number-porting-plan.ics');
    expect(text(el, '[role="status"]')).to.equal('Calendar file downloaded.');
    const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics));
    const calendar = parse(files[0].text);
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    // The port date and 43 dated steps (45 dated of 46, less the one checked).
    expect(events).to.have.length(1 + 43);
    expect(events[0].summary).to.equal('Port date: your numbers move to the new provider');
    expect(events[0].startDate.toString()).to.equal('2027-01-14');
    expect(events[0].startDate.isDate).to.be.true;
    const byUid = new Map(events.map((event) => [event.uid, event]));
    expect(byUid.get('port-checklist:v1:number-porting.prep.csr@port-checklist')).to.equal(undefined);
    const account = byUid.get('number-porting.prep.account-info@port-checklist');
    expect(account?.summary).to.equal('Gather your account details');
    expect(account?.startDate.toString()).to.equal('2026-12-24');
    for (const event of calendar.getAllSubcomponents('vevent'))
      expect(event.getFirstSubcomponent('valarm'), 'a reminder').to.not.equal(null);
    // Importing it again updates: the same UIDs, a higher SEQUENCE.
    const again = parse(files[1].text).getAllSubcomponents('vevent');
    expect(again.map((event) => event.getFirstPropertyValue('uid'))).to.deep.equal(
      calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid')),
    );
    expect(Number(again[0].getFirstPropertyValue('sequence'))).to.be.above(
      Number(calendar.getAllSubcomponents('vevent')[0].getFirstPropertyValue('sequence')),
    );
    // Lines folded at 75 octets, CRLF endings.
    for (const row of files[0].text.split('\r\n'))
      expect(new TextEncoder().encode(row).length).to.be.at.most(75);
  });

  it('puts the date and each step’s date in the export', async () => {
    const el = await ready();
    await enter(el, '2027-01-14');
    let markdown = '';
    shadow(el).addEventListener(
      'click',
      async (event) => {
        const link = event.target as HTMLAnchorElement;
        if (!link.download?.endsWith('.md')) return;
        event.preventDefault();
        markdown = await (await fetch(link.href)).text();
      },
      true,
    );
    await waitUntil(() => button(el, 'download'), 'tools');
    button(el, 'download')!.click();
    await waitUntil(() => markdown, 'markdown');
    expect(markdown).to.contain('\n\nPort date: Thu, Jan 14, 2027\n\n');
    expect(markdown).to.contain('- [ ] Gather your account details **(Critical)** (due Thu, Dec 24)\n');
    expect(markdown).to.contain('- [ ] Answer a rejection the same day **(Critical)**\n');
  });

  it('dates a given config’s steps by their `due`, and shows no planner for a config without', async () => {
    const config = {
      id: 'own',
      title: 'Own',
      sections: [
        {
          id: 's',
          title: 'S',
          items: [
            { id: 's.a', title: 'A', due: { days: -3 } },
            { id: 's.b', title: 'B' },
          ],
        },
      ],
    };
    const el = await ready(html`<port-checklist storage="none" .config=${config}></port-checklist>`);
    await enter(el, '2027-01-14');
    expect(due(el, 's.a')).to.equal('(due Mon, Jan 11, 2027)');
    expect(due(el, 's.b')).to.equal('');
    const plain = await render(
      html`<port-checklist
        storage="none"
        .config=${{ ...config, sections: [{ id: 's', title: 'S', items: [{ id: 'x', title: 'X' }] }] }}
      ></port-checklist>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(shadow(plain).querySelector('[part~="plan"]')).to.equal(null);
    expect(shadow(plain).querySelector('[part~="next-due"]')).to.equal(null);
  });

  it('skips the country’s public holidays with a preset, and says which days it skips', async () => {
    // Sweden: Trettondedag jul, Wednesday 6 January 2027, is a holiday; the generic set counts it.
    localStorage.setItem(
      'port-checklist:v1:se',
      JSON.stringify({ v: 3, checked: [], plan: { date: '2027-01-08' } }),
    );
    localStorage.setItem(
      'port-checklist:v1:generic',
      JSON.stringify({ v: 3, checked: [], plan: { date: '2027-01-08' } }),
    );
    const se = await ready(html`<port-checklist region="se" storage-key="se"></port-checklist>`);
    const generic = await ready(
      html`<port-checklist region="generic" storage-key="generic"></port-checklist>`,
    );
    expect(due(se, 'timing.keep-date')).to.equal('(due Tue, Jan 5, 2027)');
    expect(due(generic, 'timing.keep-date')).to.equal('(due Wed, Jan 6, 2027)');
    // Julafton, juldagen, nyårsafton and nyårsdagen too: 10 working days before is 18 December in Sweden.
    expect(due(se, 'timing.lead-time')).to.equal('(due Fri, Dec 18)');
    expect(due(generic, 'timing.lead-time')).to.equal('(due Fri, Dec 25)');
    button(se, 'plan')!.click();
    await waitUntil(() => shadow(se).querySelector('#plan-hint'), 'field open');
    expect(text(se, '#plan-hint')).to.contain(
      'weekends and public holidays in Sweden are skipped (holidays known for 2025–2030)',
    );
  });

  it('speaks the page’s language, with its texts loaded beside the chunk', async () => {
    const el = await ready(
      html`<port-checklist storage="none" locale="sv" region="generic"></port-checklist>`,
    );
    const summary = text(el, '[part~="plan-summary"]');
    expect(summary).to.not.contain('suggested');
    expect(summary).to.contain('tis 22 dec. 2026');
  });

  it('passes axe with no date, the field open, a date set and overdue steps', async function () {
    this.timeout(40000);
    const el = await ready();
    await expect(el).to.be.accessible();
    await enter(el, '2026-12-22');
    await expect(el).to.be.accessible();
    clock.setSystemTime(new Date(2026, 11, 18, 9, 0));
    el.requestUpdate();
    await settle(el);
    expect(shadow(el).querySelectorAll('[part~="due"].overdue').length).to.be.above(5);
    button(el, 'plan-done')!.click();
    await settle(el);
    await expect(el).to.be.accessible();
  });
});
