// The host's storage without a DOM (src/state/adapter.ts): composeChange, readAdapterValue, retryDelay, and the
// AdapterStore over an in-memory adapter double, the boundary where its calls fail or wait on demand.
import fc from 'fast-check';
import sinon from 'sinon';
import { expect } from './chai.js';
import {
  AdapterStore,
  composeChange,
  readAdapterValue,
  MAX_CONFLICTS,
  RETRY_FIRST_MS,
  RETRY_MAX_MS,
  retryDelay,
} from '../src/state/adapter.js';
import {
  applyChange,
  NOTE_MAX_LENGTH,
  STORAGE_VERSION,
  type StateChange,
  type StorageAdapter,
  type StorageErrorCode,
  type StoredRecord,
} from '../src/state/storage.js';

const KEY = 'port-checklist:v1:adapter-test';

// ---- composeChange ----

const id = fc.constantFrom('a', 'b', 'c', 'd');
const ids = fc.uniqueArray(id, { maxLength: 4 });
const noteText = fc.oneof(
  fc.constantFrom('', ' ', 'x', 'y z', 'n'.repeat(NOTE_MAX_LENGTH + 20)),
  fc.string({ maxLength: 6 }),
);
const answer = fc.oneof(
  fc.constant(null),
  fc.constantFrom('one', 'two'),
  fc.uniqueArray(fc.constantFrom('p', 'q', 'r'), { maxLength: 3 }),
);
const filters = fc.record({ criticalOnly: fc.boolean(), hideCompleted: fc.boolean() }, { requiredKeys: [] });
const plan = fc.record({ date: fc.constantFrom('2027-01-14', '2027-02-01'), confirmed: fc.boolean() });
const map = <V>(value: fc.Arbitrary<V>) =>
  fc.array(fc.tuple(id, value), { maxLength: 4 }).map((entries) => new Map(entries));

const change: fc.Arbitrary<StateChange> = fc.record(
  {
    checked: map(fc.boolean()),
    notes: map(noteText),
    collapsed: map(fc.boolean()),
    filters,
    answers: map(answer),
    plan: fc.oneof(fc.constant(null), plan),
  },
  { requiredKeys: [] },
);

const stored: fc.Arbitrary<StoredRecord | undefined> = fc.option(
  fc.record(
    {
      v: fc.integer({ min: 0, max: STORAGE_VERSION + 1 }),
      checked: ids,
      notes: fc.dictionary(
        id,
        noteText.filter((text) => text.trim() !== ''),
      ),
      collapsed: ids,
      filters,
      answers: fc.dictionary(id, fc.oneof(fc.constantFrom('one', 'two'), fc.constant(['p', 'q']))),
      plan: fc.oneof(
        plan,
        plan.map((p) => ({ ...p, reminder: 'newer version' })),
      ),
      extra: fc.constant({ kept: true }),
    },
    { requiredKeys: ['v', 'checked'] },
  ) as fc.Arbitrary<StoredRecord>,
  { nil: undefined },
);

/** A record with its lists in one order: the lists are sets, and the order of toggling is not kept. */
const sorted = (record: StoredRecord): StoredRecord => ({
  ...record,
  checked: [...record.checked].sort(),
  ...(record.collapsed ? { collapsed: [...record.collapsed].sort() } : {}),
});

/** The documented exception: `a` removes a plan whose newer fields `b`'s plan would have kept. */
const planExtras = (record: StoredRecord | undefined, a: StateChange, b: StateChange) =>
  a.plan === null &&
  !!b.plan &&
  Object.keys(record?.plan ?? {}).some((k) => k !== 'date' && k !== 'confirmed');

describe('composeChange', () => {
  it('does what a then b do, on 2,000 random records and changes', () => {
    fc.assert(
      fc.property(stored, change, change, (record, a, b) => {
        fc.pre(!planExtras(record, a, b));
        const stepwise = applyChange(applyChange(record, a), b);
        const composed = applyChange(record, composeChange(a, b));
        expect(sorted(composed)).to.deep.equal(sorted(stepwise));
      }),
      { numRuns: 2000 },
    );
  });

  it('is an identity with the empty change on either side', () => {
    fc.assert(
      fc.property(stored, change, (record, a) => {
        const once = sorted(applyChange(record, a));
        expect(sorted(applyChange(record, composeChange({}, a)))).to.deep.equal(once);
        expect(sorted(applyChange(record, composeChange(a, {})))).to.deep.equal(once);
      }),
    );
  });

  const cases: [string, StateChange, StateChange, StateChange][] = [
    [
      'the later check of an id wins',
      { checked: new Map([['a', true]]) },
      { checked: new Map([['a', false]]) },
      { checked: new Map([['a', false]]) },
    ],
    [
      'ids of both are kept',
      { checked: new Map([['a', true]]) },
      { checked: new Map([['b', true]]) },
      {
        checked: new Map([
          ['a', true],
          ['b', true],
        ]),
      },
    ],
    [
      'a field of one side only is kept',
      { notes: new Map([['a', 'x']]) },
      { collapsed: new Map([['s', true]]) },
      { notes: new Map([['a', 'x']]), collapsed: new Map([['s', true]]) },
    ],
    [
      'filters are merged, the later winning',
      { filters: { criticalOnly: true, hideCompleted: true } },
      { filters: { hideCompleted: false } },
      { filters: { criticalOnly: true, hideCompleted: false } },
    ],
    [
      'a removed plan stays removed',
      { plan: { date: '2027-01-14', confirmed: false } },
      { plan: null },
      { plan: null },
    ],
    [
      'a plan set after a removal is set',
      { plan: null },
      { plan: { date: '2027-01-14', confirmed: true } },
      { plan: { date: '2027-01-14', confirmed: true } },
    ],
    [
      'an answer removed later is removed',
      { answers: new Map([['q', 'one']]) },
      { answers: new Map([['q', null]]) },
      { answers: new Map([['q', null]]) },
    ],
    ['nothing composes to nothing', {}, {}, {}],
  ];
  for (const [name, a, b, expected] of cases) {
    it(name, () => expect(composeChange(a, b)).to.deep.equal(expected));
  }

  it('keeps no undefined fields', () => {
    expect(Object.keys(composeChange({ checked: new Map() }, {}))).to.deep.equal(['checked']);
  });

  it("differs, as documented, where a plan's newer fields meet a removal and a new plan", () => {
    const record: StoredRecord = {
      v: 3,
      checked: [],
      plan: { date: '2027-01-14', confirmed: false, reminder: 'r' },
    };
    const a: StateChange = { plan: null };
    const b: StateChange = { plan: { date: '2027-02-01', confirmed: true } };
    expect(applyChange(applyChange(record, a), b).plan).to.deep.equal({
      date: '2027-02-01',
      confirmed: true,
    });
    expect(applyChange(record, composeChange(a, b)).plan).to.deep.equal({
      date: '2027-02-01',
      confirmed: true,
      reminder: 'r',
    });
  });
});

// ---- readAdapterValue ----

describe('readAdapterValue', () => {
  const cyclic: Record<string, unknown> = { v: 3, checked: [] };
  cyclic.self = cyclic;
  const cases: [string, unknown, StoredRecord | undefined | 'corrupt'][] = [
    ['null is none', null, undefined],
    ['undefined is none', undefined, undefined],
    ['a record object', { v: 3, checked: ['a'] }, { v: 3, checked: ['a'] }],
    ['a record as JSON text', '{"v":2,"checked":["a","a"],"extra":1}', { v: 2, checked: ['a'], extra: 1 }],
    ['schema 0, a bare array', ['a', 'b'], { v: 0, checked: ['a', 'b'] }],
    [
      'malformed fields dropped',
      { v: 3, checked: ['a', 5], notes: 'no' },
      { v: 3, checked: ['a'], notes: {} },
    ],
    ['text that is not JSON', '<html>Sign in</html>', 'corrupt'],
    ['JSON text of null', 'null', 'corrupt'],
    ['the empty string', '', 'corrupt'],
    ['an object without v', { checked: ['a'] }, 'corrupt'],
    ['checked not a list', { v: 3, checked: 'a' }, 'corrupt'],
    ['a number', 42, 'corrupt'],
    ['true', true, 'corrupt'],
    ['a function', () => ({ v: 3, checked: [] }), 'corrupt'],
    ['a cyclic object', cyclic, 'corrupt'],
    ['a BigInt', BigInt(3), 'corrupt'],
  ];
  for (const [name, value, expected] of cases) {
    it(name, () => expect(readAdapterValue(value)).to.deep.equal(expected));
  }
});

// ---- retryDelay ----

describe('retryDelay', () => {
  const cases: [number, number][] = [
    [0, 1000],
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [5, 16_000],
    [6, 30_000],
    [7, 30_000],
    [60, 30_000],
    [2000, 30_000],
  ];
  for (const [failures, ms] of cases) {
    it(`waits ${ms} ms before retry ${failures}`, () => expect(retryDelay(failures)).to.equal(ms));
  }

  it('starts at RETRY_FIRST_MS and ends at RETRY_MAX_MS', () => {
    expect([RETRY_FIRST_MS, RETRY_MAX_MS]).to.deep.equal([1000, 30_000]);
  });
});

// ---- AdapterStore ----

/** A deferred: a promise and its resolve, for a call held open until the test lets it answer. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * The host's storage as a test double: one value per key, held as the adapter would give it. `failLoads` and
 * `failSaves` fail the next calls; `hold` keeps the next save open until released.
 */
class FakeAdapter implements StorageAdapter {
  readonly data = new Map<string, unknown>();
  failLoads = 0;
  failSaves = 0;
  /** The next saves refused as conflicting (resolving false), each after `between` changed the record. */
  conflicts = 0;
  between?: () => void;
  loads = 0;
  saves: StoredRecord[] = [];
  /** Saves under way now, and the most at once. */
  active = 0;
  maxActive = 0;
  held?: ReturnType<typeof deferred>;

  async load(key: string): Promise<unknown> {
    this.loads++;
    await Promise.resolve();
    if (this.failLoads > 0) {
      this.failLoads--;
      throw new Error('load: HTTP 503');
    }
    return structuredClone(this.data.get(key));
  }

  async save(key: string, record: StoredRecord): Promise<false | undefined> {
    if (this.conflicts > 0) {
      this.conflicts--;
      this.between?.();
      return false;
    }
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      const held = this.held;
      this.held = undefined;
      if (held) await held.promise;
      else await Promise.resolve();
      this.saves.push(structuredClone(record));
      if (this.failSaves > 0) {
        this.failSaves--;
        throw new Error('save: HTTP 500');
      }
      this.data.set(key, structuredClone(record));
    } finally {
      this.active--;
    }
    return undefined;
  }
}

function setup(value?: unknown) {
  const adapter = new FakeAdapter();
  if (value !== undefined) adapter.data.set(KEY, value);
  const reported: StorageErrorCode[] = [];
  const messages: string[] = [];
  const store = new AdapterStore(adapter, KEY, (code, message) => {
    reported.push(code);
    messages.push(message);
  });
  const current = (): StoredRecord => ({ v: STORAGE_VERSION, checked: ['mine'] });
  const check = (id: string, on = true): StateChange => ({ checked: new Map([[id, on]]) });
  const held = () => adapter.data.get(KEY) as StoredRecord | undefined;
  return { adapter, store, reported, messages, current, check, held };
}

describe('AdapterStore', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  /** The clock faked, a store opened over an empty record whose next saves or loads fail, saving `a`. */
  async function failing(fail: { failSaves?: number; failLoads?: number }) {
    const faked = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    clock = faked;
    const parts = setup({ v: 3, checked: [] });
    await parts.store.open();
    Object.assign(parts.adapter, fail);
    parts.store.save(parts.check('a'), parts.current);
    /** How many saves were tried once `ms` more have passed. */
    const savesAfter = async (ms: number) => {
      await faked.tickAsync(ms);
      return parts.adapter.saves.length;
    };
    return { ...parts, tick: (ms: number) => faked.tickAsync(ms), savesAfter };
  }

  it('opens with what load gives, and load() gives it after', async () => {
    const { store, reported } = setup({ v: 3, checked: ['a'] });
    expect(await store.open()).to.deep.equal({ v: 3, checked: ['a'] });
    expect(store.load()).to.deep.equal({ v: 3, checked: ['a'] });
    expect(store.key).to.equal(KEY);
    expect(reported).to.deep.equal([]);
  });

  it('opens with nothing for none, and reports a malformed value once as storage-corrupt', async () => {
    expect(await setup().store.open()).to.equal(undefined);
    const { store, reported } = setup({ checked: ['a'] });
    expect(await store.open()).to.equal(undefined);
    expect(await store.open()).to.equal(undefined);
    expect(reported).to.deep.equal(['storage-corrupt']);
  });

  it('reports a failing load as storage-unavailable, opens empty, and still saves', async () => {
    const { adapter, store, reported, check, current, held } = setup();
    adapter.failLoads = 1;
    expect(await store.open()).to.equal(undefined);
    expect(reported).to.deep.equal(['storage-unavailable']);
    store.save(check('a'), current);
    await store.settled();
    expect(held()!.checked).to.have.members(['mine', 'a']);
  });

  it('writes each change onto what is stored at the time of the save, not at open', async () => {
    const { adapter, store, check, current, held } = setup({ v: 3, checked: ['a'] });
    await store.open();
    // Another device saved b since.
    adapter.data.set(KEY, { v: 3, checked: ['a', 'b'], notes: { b: 'theirs' } });
    store.save(check('c'), current);
    await store.settled();
    expect(held()).to.deep.equal({ v: 3, checked: ['a', 'b', 'c'], notes: { b: 'theirs' } });
    expect(store.load()).to.deep.equal(held());
  });

  it('writes what the page knows (current) when nothing readable is stored', async () => {
    const { store, check, current, held } = setup('not a record');
    await store.open();
    store.save(check('a'), current);
    await store.settled();
    expect(held()!.checked).to.deep.equal(['mine', 'a']);
  });

  it('never overlaps saves: changes during one are composed into the next', async () => {
    const { adapter, store, check, current, held } = setup();
    await store.open();
    const gate = deferred();
    adapter.held = gate;
    store.save(check('a'), current);
    await Promise.resolve();
    store.save(check('b'), current);
    store.save(check('c'), current);
    store.save(check('b', false), current);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(adapter.saves).to.have.length(0);
    gate.resolve();
    await store.settled();
    await store.settled();
    expect(adapter.maxActive).to.equal(1);
    expect(adapter.saves.map((record) => record.checked)).to.deep.equal([
      ['mine', 'a'],
      ['mine', 'a', 'c'],
    ]);
    expect(held()!.checked).to.deep.equal(['mine', 'a', 'c']);
  });

  it('keeps failed changes and retries after 1, 2, 4 s, reporting storage-write-failed once', async () => {
    const { adapter, store, reported, check, current, held, savesAfter } = await failing({ failSaves: 3 });
    const settled = store.settled();
    let done = false;
    void settled.then(() => (done = true));
    expect(await savesAfter(0)).to.equal(1);
    expect(reported).to.deep.equal(['storage-write-failed']);
    // A change while the retry waits goes with the retry, not on its own.
    store.save(check('b'), current);
    expect(await savesAfter(0)).to.equal(1);
    expect(await savesAfter(RETRY_FIRST_MS - 1)).to.equal(1);
    expect(await savesAfter(1)).to.equal(2);
    expect(await savesAfter(2000 - 1)).to.equal(2);
    expect(await savesAfter(1)).to.equal(3);
    expect(done, 'not settled while a retry waits').to.equal(false);
    expect(await savesAfter(4000)).to.equal(4);
    expect(adapter.saves.map((record) => record.checked)).to.deep.equal([
      ['a'],
      ['a', 'b'],
      ['a', 'b'],
      ['a', 'b'],
    ]);
    expect(held()!.checked).to.deep.equal(['a', 'b']);
    expect(reported).to.deep.equal(['storage-write-failed']);
    expect(adapter.maxActive).to.equal(1);
    await settled;
    expect(done).to.equal(true);
  });

  it('starts the backoff again at 1 s after a success', async () => {
    const { adapter, store, check, current, savesAfter } = await failing({ failSaves: 2 });
    expect(await savesAfter(RETRY_FIRST_MS + 2000)).to.equal(3);
    adapter.failSaves = 1;
    store.save(check('b'), current);
    expect(await savesAfter(0)).to.equal(4);
    expect(await savesAfter(RETRY_FIRST_MS)).to.equal(5);
  });

  it('caps the wait between retries at 30 s', async () => {
    const { savesAfter } = await failing({ failSaves: 100 });
    // Failures 1 … 6 wait 1 + 2 + 4 + 8 + 16 + 30 s.
    expect(await savesAfter(61_000)).to.equal(7);
    expect(await savesAfter(30_000 - 1)).to.equal(7);
    expect(await savesAfter(1)).to.equal(8);
  });

  it('retries when the load before a save fails, reporting it as a failed write', async () => {
    const { reported, held, tick, savesAfter } = await failing({ failLoads: 1 });
    expect(await savesAfter(0)).to.equal(0);
    expect(reported).to.deep.equal(['storage-write-failed']);
    await tick(RETRY_FIRST_MS);
    expect(held()!.checked).to.deep.equal(['a']);
  });

  it('redoes a save refused as conflicting onto a fresh load, at once and without a report', async () => {
    const { adapter, store, reported, check, current, held } = setup({ v: 3, checked: [] });
    await store.open();
    adapter.conflicts = 1;
    // Another device saves its step between this page's load and its save.
    adapter.between = () => adapter.data.set(KEY, { v: 3, checked: ['theirs'] });
    store.save(check('mine'), current);
    await store.settled();
    expect(held()!.checked).to.have.members(['theirs', 'mine']);
    expect(store.load()!.checked).to.have.members(['theirs', 'mine']);
    expect(reported).to.deep.equal([]);
  });

  it(`counts ${MAX_CONFLICTS + 1} conflicting saves in a row as a failed save, retried later`, async () => {
    const faked = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    clock = faked;
    const { adapter, store, reported, messages, check, current, held } = setup({ v: 3, checked: [] });
    await store.open();
    adapter.conflicts = MAX_CONFLICTS + 1;
    store.save(check('mine'), current);
    await faked.tickAsync(0);
    expect(reported).to.deep.equal(['storage-write-failed']);
    expect(messages[0]).to.contain(`${MAX_CONFLICTS} conflicting saves in a row`);
    expect(held()!.checked).to.deep.equal([]);
    await faked.tickAsync(RETRY_FIRST_MS);
    expect(held()!.checked).to.deep.equal(['mine']);
  });

  it(`redoes up to ${MAX_CONFLICTS} conflicting saves in a row without a failure`, async () => {
    const { adapter, store, reported, check, current, held } = setup({ v: 3, checked: [] });
    await store.open();
    adapter.conflicts = MAX_CONFLICTS;
    store.save(check('mine'), current);
    await store.settled();
    expect(reported).to.deep.equal([]);
    expect(held()!.checked).to.deep.equal(['mine']);
  });

  it('says in each report what failed, with the key or the error', async () => {
    const corrupt = setup({ checked: ['a'] });
    await corrupt.store.open();
    expect(corrupt.messages[0]).to.contain(KEY);
    const faked = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    clock = faked;
    const { adapter, store, messages, check, current } = setup();
    adapter.failLoads = 1;
    await store.open();
    expect(messages[0]).to.match(/^Loading .*load: HTTP 503/);
    adapter.failSaves = 1;
    store.save(check('a'), current);
    await faked.tickAsync(0);
    expect(messages[1]).to.match(/^Saving .*save: HTTP 500/);
    const throwing = Object.assign(new FakeAdapter(), {
      subscribe() {
        throw new Error('no socket');
      },
    });
    const heard: string[] = [];
    new AdapterStore(throwing, KEY, (_code, message) => heard.push(message)).listen(
      () => undefined,
      () => true,
    );
    expect(heard[0]).to.match(/^Subscribing .*no socket/);
  });

  it('a push after the store went inactive is ignored, whether subscribe gave a stop function or not', () => {
    let push: (value: unknown) => void = () => undefined;
    const adapter = Object.assign(new FakeAdapter(), {
      subscribe(_key: string, onChange: (value: unknown) => void) {
        push = onChange;
        return undefined;
      },
    });
    const store = new AdapterStore(adapter, KEY, () => undefined);
    let heard = 0;
    store.listen(
      () => heard++,
      () => false,
    );
    expect(() => push({ v: 3, checked: ['a'] })).not.to.throw();
    expect(heard).to.equal(0);
    expect(store.load()).to.equal(undefined);
  });

  it('settles at once when nothing is saving', async () => {
    const { store } = setup();
    await store.open();
    expect(await store.settled()).to.equal(undefined);
  });

  it('hears pushed records, keeps them as what is stored, and stops when inactive', async () => {
    let push: ((value: unknown) => void) | undefined;
    let stopped = 0;
    const adapter = new FakeAdapter();
    const subscribed: string[] = [];
    Object.assign(adapter, {
      subscribe(key: string, onChange: (value: unknown) => void) {
        subscribed.push(key);
        push = onChange;
        return () => stopped++;
      },
    });
    const reported: StorageErrorCode[] = [];
    const store = new AdapterStore(adapter, KEY, (code) => reported.push(code));
    await store.open();
    let heard = 0;
    let active = true;
    store.listen(
      () => heard++,
      () => active,
    );
    expect(subscribed).to.deep.equal([KEY]);
    push!({ v: 3, checked: ['x'] });
    expect([heard, store.load()]).to.deep.equal([1, { v: 3, checked: ['x'] }]);
    push!('{"v":3,"checked":["y"]}');
    expect([heard, store.load()]).to.deep.equal([2, { v: 3, checked: ['y'] }]);
    push!({ nope: true });
    push!(null);
    expect([heard, store.load(), reported]).to.deep.equal([2, { v: 3, checked: ['y'] }, ['storage-corrupt']]);
    active = false;
    push!({ v: 3, checked: ['z'] });
    expect([heard, stopped, store.load()]).to.deep.equal([2, 1, { v: 3, checked: ['y'] }]);
  });

  it('listens to nothing without subscribe, and reports a subscribe that throws', async () => {
    const { store, reported: none } = setup();
    expect(() =>
      store.listen(
        () => undefined,
        () => true,
      ),
    ).not.to.throw();
    expect(none, 'no subscribe is no error').to.deep.equal([]);
    const adapter = Object.assign(new FakeAdapter(), {
      subscribe() {
        throw new Error('no socket');
      },
    });
    const reported: StorageErrorCode[] = [];
    new AdapterStore(adapter, KEY, (code) => reported.push(code)).listen(
      () => undefined,
      () => true,
    );
    expect(reported).to.deep.equal(['storage-unavailable']);
  });
});
