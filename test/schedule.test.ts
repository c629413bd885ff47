// The port-date plan (src/plan/schedule.ts), without a DOM: due days, status as today moves, the next deadline,
// the suggested port date; with the bundled offsets (src/content/due.ts). Runs in Node (npm run test:node) and
// in the browsers.
import { expect } from './chai.js';
import { BUNDLED_DUE, bundledDue, ORDER_DAY, ORDER_SHIFT } from '../src/content/due.js';
import { addWorkingDays, workingDaysBetween } from '../src/plan/days.js';
import { dueDay, dueStatus, schedule, suggestPortDate, WEEK, type PlanStep } from '../src/plan/schedule.js';
import { defaultConfig } from '../src/content/default-config.js';
import { itemIds } from '../src/state/progress.js';

const NONE: ReadonlySet<string> = new Set();
// Swedish-style holidays around a port date, for the tables: Christmas week 2026 and New Year's Day 2027.
const HOLIDAYS: ReadonlySet<string> = new Set([
  '2026-12-24',
  '2026-12-25',
  '2026-12-26',
  '2026-12-31',
  '2027-01-01',
]);

describe('dueDay', () => {
  const cases: [portDate: string, days: number, holidays: ReadonlySet<string>, due: string][] = [
    // Thursday 14 January 2027.
    ['2027-01-14', 0, NONE, '2027-01-14'],
    ['2027-01-14', -1, NONE, '2027-01-13'],
    ['2027-01-14', -4, NONE, '2027-01-08'],
    ['2027-01-14', -10, NONE, '2026-12-31'],
    ['2027-01-14', -10, HOLIDAYS, '2026-12-29'],
    ['2027-01-14', -15, HOLIDAYS, '2026-12-18'],
    ['2027-01-14', 3, NONE, '2027-01-19'],
    ['2027-01-14', 25, NONE, '2027-02-18'],
    // A port date on a Saturday: on the day means the Monday; one before is the Friday.
    ['2027-01-16', 0, NONE, '2027-01-18'],
    ['2027-01-16', -1, NONE, '2027-01-15'],
    ['2027-01-16', 1, NONE, '2027-01-18'],
    // On a holiday: the next working day.
    ['2027-01-01', 0, HOLIDAYS, '2027-01-04'],
    // Across the leap day of 2028 (a Tuesday).
    ['2028-03-01', -1, NONE, '2028-02-29'],
    ['2028-02-28', 1, NONE, '2028-02-29'],
    // Across a year end, forwards.
    ['2026-12-30', 2, HOLIDAYS, '2027-01-05'],
  ];
  for (const [portDate, days, holidays, due] of cases) {
    it(`${days} working days from ${portDate}${holidays.size ? ' with holidays' : ''} is ${due}`, () => {
      expect(dueDay(portDate, days, holidays)).to.equal(due);
    });
  }
});

describe('dueStatus', () => {
  const cases: [date: string, today: string, done: boolean, status: string][] = [
    ['2027-01-14', '2027-01-14', false, 'today'],
    ['2027-01-14', '2027-01-15', false, 'overdue'],
    ['2027-01-14', '2028-01-14', false, 'overdue'],
    ['2027-01-14', '2027-01-13', false, 'week'],
    ['2027-01-14', '2027-01-08', false, 'week'],
    ['2027-01-14', '2027-01-07', false, 'later'],
    ['2027-01-14', '2026-12-01', false, 'later'],
    ['2027-01-14', '2027-01-20', true, 'done'],
    ['2027-01-14', '2027-01-14', true, 'done'],
    // Across a year end: 31 December to 2 January is two days.
    ['2027-01-02', '2026-12-31', false, 'week'],
    ['2026-12-31', '2027-01-01', false, 'overdue'],
  ];
  for (const [date, today, done, status] of cases) {
    it(`due ${date}, today ${today}${done ? ', done' : ''}: ${status}`, () => {
      expect(dueStatus(date, today, done)).to.equal(status);
    });
  }

  it('marks "this week" for the next seven days, today excluded', () => {
    expect(WEEK).to.equal(7);
  });

  it('moves a step from later to this week to today to overdue as today moves', () => {
    const seen = ['2027-01-01', '2027-01-07', '2027-01-08', '2027-01-14', '2027-01-15'].map((today) =>
      dueStatus('2027-01-14', today, false),
    );
    expect(seen).to.deep.equal(['later', 'later', 'week', 'today', 'overdue']);
  });
});

describe('schedule', () => {
  const steps: PlanStep[] = [
    { id: 'a', days: -10 },
    { id: 'b', days: -2 },
    { id: 'c', days: 0 },
    { id: 'd', days: 3 },
  ];

  it('dates every step in the order given, with its status', () => {
    const plan = schedule(steps, '2027-01-14', '2027-01-04', NONE, NONE);
    expect(plan.portDate).to.equal('2027-01-14');
    expect(plan.steps).to.deep.equal([
      { id: 'a', date: '2026-12-31', status: 'overdue' },
      { id: 'b', date: '2027-01-12', status: 'later' },
      { id: 'c', date: '2027-01-14', status: 'later' },
      { id: 'd', date: '2027-01-19', status: 'later' },
    ]);
  });

  const next: [today: string, done: string[], next: string | undefined][] = [
    ['2027-01-04', [], 'a'],
    ['2027-01-04', ['a'], 'b'],
    ['2027-01-13', ['a'], 'b'],
    ['2027-01-13', ['a', 'b', 'c'], 'd'],
    ['2027-01-13', ['a', 'b', 'c', 'd'], undefined],
    // Done out of order: the earliest-due step not done.
    ['2027-01-04', ['b'], 'a'],
    ['2027-01-04', ['a', 'c'], 'b'],
  ];
  for (const [today, done, id] of next) {
    it(`next deadline on ${today} with ${done.join(', ') || 'nothing'} done: ${id ?? 'none'}`, () => {
      const plan = schedule(steps, '2027-01-14', today, new Set(done), NONE);
      expect(plan.next?.id).to.equal(id);
      expect('next' in plan).to.equal(id !== undefined);
    });
  }

  it('takes the earliest-due step, wherever it stands in the order', () => {
    const plan = schedule(
      [
        { id: 'late', days: 0 },
        { id: 'early', days: -5 },
        { id: 'middle', days: -2 },
      ],
      '2027-01-14',
      '2027-01-04',
      NONE,
      NONE,
    );
    expect(plan.next?.id).to.equal('early');
  });

  it('still dates every step when none is left to do', () => {
    const plan = schedule(steps, '2027-01-14', '2027-01-04', new Set(['a', 'b', 'c', 'd']), NONE);
    expect(plan).to.deep.equal({
      portDate: '2027-01-14',
      steps: [
        { id: 'a', date: '2026-12-31', status: 'done' },
        { id: 'b', date: '2027-01-12', status: 'done' },
        { id: 'c', date: '2027-01-14', status: 'done' },
        { id: 'd', date: '2027-01-19', status: 'done' },
      ],
    });
  });

  it('takes the first in order among steps due the same day', () => {
    const plan = schedule(
      [
        { id: 'x', days: -3 },
        { id: 'y', days: -3 },
      ],
      '2027-01-14',
      '2027-01-04',
      NONE,
      NONE,
    );
    expect(plan.next?.id).to.equal('x');
  });

  it('gives the same plan for the same input (no clock, no time zone)', () => {
    const a = schedule(steps, '2027-01-14', '2027-01-04', new Set(['b']), HOLIDAYS);
    const b = schedule(steps, '2027-01-14', '2027-01-04', new Set(['b']), HOLIDAYS);
    expect(a).to.deep.equal(b);
  });
});

describe('suggestPortDate', () => {
  const steps: PlanStep[] = [
    { id: 'a', days: -15 },
    { id: 'b', days: -10 },
    { id: 'c', days: 0 },
    { id: 'd', days: 3 },
  ];
  const cases: {
    name: string;
    today: string;
    done?: string[];
    lead?: number;
    holidays?: ReadonlySet<string>;
    suggested: string;
  }[] = [
    // Tuesday 1 December 2026: 15 working days on is Tuesday 22 December.
    { name: 'far enough for the earliest step', today: '2026-12-01', suggested: '2026-12-22' },
    { name: 'the earliest step done', today: '2026-12-01', done: ['a'], suggested: '2026-12-15' },
    { name: 'a lead time longer than the steps', today: '2026-12-01', lead: 20, suggested: '2026-12-29' },
    { name: 'a lead time shorter than the steps', today: '2026-12-01', lead: 5, suggested: '2026-12-22' },
    {
      name: 'every step before the port done: one working day ahead',
      today: '2026-12-01',
      done: ['a', 'b'],
      suggested: '2026-12-02',
    },
    {
      name: 'holidays skipped',
      today: '2026-12-14',
      holidays: HOLIDAYS,
      suggested: '2027-01-08',
    },
    // From a Saturday: counted from the Monday, so no step is overdue on the day it is suggested.
    { name: 'from a Saturday', today: '2026-12-05', suggested: '2026-12-28' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const holidays = c.holidays ?? NONE;
      const done = new Set(c.done ?? []);
      const suggested = suggestPortDate(steps, c.today, done, c.lead ?? 0, holidays);
      expect(suggested).to.equal(c.suggested);
      // No step that is not done is overdue on the suggested plan.
      const plan = schedule(steps, suggested, c.today, done, holidays);
      expect(plan.steps.filter((step) => step.status === 'overdue')).to.deep.equal([]);
    });
  }

  it('is the earliest such date: a working day earlier makes a step overdue or cuts the lead time', () => {
    const today = '2026-12-01';
    const suggested = suggestPortDate(steps, today, NONE, 0, NONE);
    const earlier = addWorkingDays(suggested, -1);
    const plan = schedule(steps, earlier, today, NONE, NONE);
    expect(plan.steps.some((step) => step.status === 'overdue')).to.be.true;
    expect(workingDaysBetween(today, suggested)).to.equal(15);
  });
});

describe('the bundled offsets (content/due.ts)', () => {
  it('date every bundled step but the rejection and escalation steps', () => {
    const ids = itemIds(defaultConfig());
    const undated = ids.filter((id) => BUNDLED_DUE[id] === undefined);
    expect(undated).to.deep.equal(['loa.rejections', 'after.escalate']);
  });

  it('name no step that does not exist, presets’ added steps included', () => {
    const ids = new Set([...itemIds(defaultConfig()), 'prep.resporg', 'tech.10dlc']);
    expect(Object.keys(BUNDLED_DUE).filter((id) => !ids.has(id))).to.deep.equal([]);
  });

  it('put the preparation before the order, the order before the tests, the cancellation after them', () => {
    expect(BUNDLED_DUE['prep.account-info']).to.be.below(ORDER_DAY);
    expect(BUNDLED_DUE['timing.lead-time']).to.equal(ORDER_DAY);
    expect(BUNDLED_DUE['loa.sign-date']).to.equal(ORDER_DAY);
    expect(BUNDLED_DUE['prep.recent-bill']).to.equal(ORDER_DAY);
    expect(BUNDLED_DUE['timing.keep-date']).to.equal(-2);
    expect(BUNDLED_DUE['verify.inbound']).to.equal(0);
    expect(BUNDLED_DUE['verify.cancel-old']).to.be.above(0);
  });

  const cases: [id: string, region: 'us' | 'gb' | 'se' | 'de' | null, days: number | undefined][] = [
    ['timing.lead-time', null, -10],
    ['timing.lead-time', 'de', -15],
    ['prep.account-info', 'de', -20],
    ['prep.account-info', 'se', -15],
    ['loa.download-form', 'de', -17],
    // After the order, Germany is as everywhere.
    ['timing.port-date', 'de', -5],
    ['verify.cancel-old', 'de', 3],
    ['loa.rejections', 'de', undefined],
    ['no.such-step', null, undefined],
  ];
  for (const [id, region, days] of cases) {
    it(`${id} in ${region ?? 'the generic set'}: ${days ?? 'no date'}`, () => {
      expect(bundledDue(id, region)).to.equal(days);
    });
  }

  // Which side of the port date each section's steps fall on: every preparation, authorization, scheduling and
  // set-up step before it, the tests on the day, the cancellation and the steps after the port after it.
  const sides: [section: string, side: (days: number) => boolean, what: string][] = [
    ['prep', (days) => days <= ORDER_DAY, 'by the order'],
    ['loa', (days) => days <= ORDER_DAY, 'by the order'],
    ['timing', (days) => days < 0, 'before the port date'],
    ['tech', (days) => days < 0, 'before the port date'],
    ['verify', (days) => days >= 0, 'on the port date or after'],
    ['after', (days) => days > 0, 'after the port date'],
  ];
  for (const [prefix, side, what] of sides) {
    it(`put every ${prefix} step ${what}`, () => {
      const entries = Object.entries(BUNDLED_DUE).filter(([id]) => id.startsWith(`${prefix}.`));
      expect(entries.length).to.be.above(0);
      for (const [id, days] of entries) expect(side(days), `${id}: ${days}`).to.be.true;
    });
  }

  it('gather what the order needs a week before it, sign the form a few days before it', () => {
    const before = (id: string) => BUNDLED_DUE[id];
    for (const id of ['prep.account-info', 'prep.csr', 'prep.service-address', 'prep.number-inventory'])
      expect(before(id), id).to.equal(-15);
    for (const id of [
      'prep.portability',
      'prep.number-type',
      'prep.partial',
      'prep.blockers',
      'prep.contract',
    ])
      expect(before(id), id).to.equal(-15);
    expect(before('prep.resporg')).to.equal(-15);
    expect(before('prep.mobile-code')).to.equal(-10);
    expect(before('loa.download-form')).to.equal(-12);
    expect(before('loa.verify-signer')).to.equal(-12);
    for (const id of ['loa.required-fields', 'loa.photo-id', 'loa.one-request', 'loa.keep-copy'])
      expect(before(id), id).to.equal(-10);
  });

  it('confirm the date a week ahead, keep it in the last two days, set up a week and test three days ahead', () => {
    expect(BUNDLED_DUE['timing.port-date']).to.equal(-5);
    expect(BUNDLED_DUE['timing.go-live']).to.equal(-1);
    expect(BUNDLED_DUE['timing.notify']).to.equal(-2);
    expect(BUNDLED_DUE['timing.forwarding']).to.equal(-1);
    for (const id of ['tech.configure-system', 'tech.temp-numbers']) expect(BUNDLED_DUE[id], id).to.equal(-5);
    for (const id of ['tech.call-routing', 'tech.number-map', 'tech.voicemail-greetings', 'tech.e911'])
      expect(BUNDLED_DUE[id], id).to.equal(-3);
    for (const id of ['tech.e911-sites', 'tech.devices']) expect(BUNDLED_DUE[id], id).to.equal(-3);
    for (const id of ['tech.sms-check', 'tech.sms']) expect(BUNDLED_DUE[id], id).to.equal(-10);
    expect(BUNDLED_DUE['tech.10dlc']).to.equal(-15);
  });

  it('test on the day, then lock, list and check the bill', () => {
    for (const id of ['verify.inbound', 'verify.outbound', 'verify.texts', 'verify.voicemail', 'verify.fax'])
      expect(BUNDLED_DUE[id], id).to.equal(0);
    expect(BUNDLED_DUE['verify.call-quality']).to.equal(0);
    expect(BUNDLED_DUE['verify.cancel-old']).to.equal(3);
    expect(BUNDLED_DUE['after.port-out-lock']).to.equal(1);
    expect(BUNDLED_DUE['after.listings']).to.equal(10);
    expect(BUNDLED_DUE['after.final-bill']).to.equal(25);
  });

  it('shift only Germany', () => {
    expect(ORDER_SHIFT).to.deep.equal({ de: -5 });
  });
});
