// Dates without drift: the planner shows the same calendar days in every time zone, across a daylight-saving
// change and a year end, while "today" is the visitor's own. Chromium emulates the time zone (the
// `emulate-timezone` command, web-test-runner.config.mjs); WebDriver has no such command, so in Firefox and
// WebKit these tests are skipped and the pure modules' runs under five TZ values in Node cover them
// (test/days.test.ts).
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import { checkbox, render, shadow, text, type PortChecklist } from './helpers.js';

const KEY = 'port-checklist:v1:number-porting';

const emulate = (timezone?: string) =>
  executeServerCommand<boolean, { timezone?: string }>('emulate-timezone', { timezone });

/** Every step's date text and the port-date line, as the visitor sees them. */
async function dates(portDate: string): Promise<{ line: string; due: Record<string, string>; next: string }> {
  localStorage.setItem(KEY, JSON.stringify({ v: 3, checked: [], plan: { date: portDate } }));
  const el: PortChecklist = await render();
  await waitUntil(() => shadow(el).querySelector('[part~="plan-summary"]'), 'planner line');
  const due: Record<string, string> = {};
  for (const span of shadow(el).querySelectorAll('[part~="due"]')) {
    const id = span.closest('li')!.querySelector<HTMLInputElement>('input[data-id]')!.dataset.id!;
    due[id] = span.textContent!.replace(/\s+/g, ' ');
  }
  const result = { line: text(el, '[part~="plan-summary"]'), due, next: text(el, '[part~="next-due"]') };
  expect(checkbox(el, 'verify.inbound')).to.exist;
  el.remove();
  return result;
}

describe('the planner in several time zones', function () {
  let clock: sinon.SinonFakeTimers | undefined;
  before(async function () {
    if (!(await emulate('UTC'))) this.skip();
  });
  afterEach(() => {
    clock?.restore();
    localStorage.clear();
  });
  after(() => emulate());

  const zones = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York', 'Europe/Stockholm'];

  it('shows the same dates in every zone for a port across the year end', async () => {
    // 10:00 UTC on 1 December 2026: 1 December in every zone below but Kiritimati (UTC+14: 2 December, 00:00).
    clock = sinon.useFakeTimers({ now: Date.UTC(2026, 11, 1, 10, 0), toFake: ['Date'] });
    const seen = [];
    for (const zone of zones) {
      await emulate(zone);
      seen.push(await dates('2027-01-14'));
    }
    for (const result of seen.slice(1)) {
      expect(result.line).to.equal(seen[0].line);
      expect(result.due).to.deep.equal(seen[0].due);
    }
    expect(seen[0].line).to.equal('Thu, Jan 14, 2027');
    expect(seen[0].due['prep.account-info']).to.equal('(due Thu, Dec 24)');
    expect(seen[0].due['after.listings']).to.equal('(due Thu, Jan 28, 2027)');
  });

  it('takes today from the visitor’s zone: the same instant is another day in Kiritimati', async () => {
    // 10:00 UTC on Friday 4 December: Saturday 5 December 00:00 in Kiritimati.
    clock = sinon.useFakeTimers({ now: Date.UTC(2026, 11, 4, 10, 0), toFake: ['Date'] });
    await emulate('UTC');
    const utc = await dates('2026-12-25');
    await emulate('Pacific/Kiritimati');
    const ahead = await dates('2026-12-25');
    // loa.verify-signer is due 12 working days before 25 December: Wednesday 9 December, within the week.
    expect(utc.due['loa.verify-signer']).to.equal('(due Wed, Dec 9, due this week)');
    expect(ahead.due['loa.verify-signer']).to.equal('(due Wed, Dec 9, due this week)');
    // prep.account-info is due 15 working days before: Friday 4 December, today in UTC, yesterday in Kiritimati.
    expect(utc.due['prep.account-info']).to.equal('(due Fri, Dec 4, due today)');
    expect(ahead.due['prep.account-info']).to.equal('(due Fri, Dec 4, overdue)');
  });

  it('keeps the dates across a daylight-saving change', async () => {
    // Europe moves its clocks on Sunday 28 March 2027, the US on 14 March.
    clock = sinon.useFakeTimers({ now: Date.UTC(2027, 2, 1, 12, 0), toFake: ['Date'] });
    const seen = [];
    for (const zone of ['UTC', 'Europe/Stockholm', 'America/New_York']) {
      await emulate(zone);
      seen.push(await dates('2027-03-29'));
    }
    expect(seen[1]).to.deep.equal(seen[0]);
    expect(seen[2]).to.deep.equal(seen[0]);
    expect(seen[0].due['timing.keep-date']).to.equal('(due Thu, Mar 25)');
    expect(seen[0].due['verify.cancel-old']).to.equal('(due Thu, Apr 1)');
  });
});
