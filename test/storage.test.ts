import { expect } from './chai.js';
import {
  applyChange,
  backupKey,
  parseRecord,
  ProgressStore,
  STORAGE_VERSION,
  storageKey,
  type StateChange,
  type StorageErrorCode,
  type StoredRecord,
} from '../src/state/storage.js';
import { DeniedStorage, FullStorage, MemoryStorage } from './memory-storage.js';

interface Reported {
  code: StorageErrorCode;
  message: string;
}

function makeStore(storage: Storage | null, key = storageKey('test')) {
  const reports: Reported[] = [];
  const store = new ProgressStore(
    () => storage,
    key,
    (code, message) => reports.push({ code, message }),
  );
  return { store, reports };
}

const sorted = (ids: Iterable<string> | undefined) => (ids ? [...ids].sort() : ids);

describe('storageKey and backupKey', () => {
  const cases: [name: string, key: string, backup: string][] = [
    ['number-porting', 'port-checklist:v1:number-porting', 'port-checklist:v1:number-porting:backup'],
    ['', 'port-checklist:v1:', 'port-checklist:v1::backup'],
    ['a:b', 'port-checklist:v1:a:b', 'port-checklist:v1:a:b:backup'],
  ];
  for (const [name, key, backup] of cases) {
    it(JSON.stringify(name), () => {
      expect(storageKey(name)).to.equal(key);
      expect(backupKey(storageKey(name))).to.equal(backup);
    });
  }

  it('keeps the key at v1 while the record is at version 3: a record migrates in place', () => {
    expect(STORAGE_VERSION).to.equal(3);
    expect(storageKey('x')).to.equal('port-checklist:v1:x');
  });

  it('never gives a backup key equal to a storage key of another name', () => {
    expect(backupKey(storageKey('a'))).to.not.equal(storageKey('a'));
  });
});

describe('parseRecord', () => {
  it('returns empty for null', () => {
    expect(parseRecord(null)).to.deep.equal({ status: 'empty' });
  });

  const corrupt: string[] = [
    '',
    'garbage',
    '{"v":1,"checked":[',
    '"str"',
    '42',
    'null',
    'true',
    '{}',
    '{"v":1}',
    '{"checked":["a"]}',
    '{"v":"1","checked":["a"]}',
    '{"v":1,"checked":"a"}',
    '{"v":1,"checked":{"0":"a"}}',
    '{"v":null,"checked":[]}',
  ];
  for (const raw of corrupt) {
    it(`returns corrupt with the raw text for ${JSON.stringify(raw)}`, () => {
      expect(parseRecord(raw)).to.deep.equal({ status: 'corrupt', raw });
    });
  }

  const ok: [raw: string, record: StoredRecord][] = [
    ['{"v":1,"checked":[]}', { v: 1, checked: [] }],
    ['{"v":1,"checked":["a","b"]}', { v: 1, checked: ['a', 'b'] }],
    ['{"v":1,"checked":["a",2,null,{"id":"x"},["b"],"b",true]}', { v: 1, checked: ['a', 'b'] }],
    ['{"v":1,"checked":["a","b","a","b","c"]}', { v: 1, checked: ['a', 'b', 'c'] }],
    [
      '{"v":1,"checked":["a"],"updated":"2024-01-01","notes":{"a":"done"}}',
      { v: 1, checked: ['a'], updated: '2024-01-01', notes: { a: 'done' } },
    ],
    ['{"v":2,"checked":["a"],"future":[1,2]}', { v: 2, checked: ['a'], future: [1, 2] }],
  ];
  for (const [raw, record] of ok) {
    it(`parses ${raw}`, () => {
      expect(parseRecord(raw)).to.deep.equal({ status: 'ok', record });
    });
  }

  it('does not let a stored "__proto__" key reach Object.prototype', () => {
    const result = parseRecord('{"v":1,"checked":[],"__proto__":{"polluted":true}}');
    expect(result.status).to.equal('ok');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('schema 0: a bare array of ids', () => {
  it('is migrated, not dropped', () => {
    expect(parseRecord('["a","b",3,"a"]')).to.deep.equal({
      status: 'ok',
      record: { v: 0, checked: ['a', 'b'] },
    });
    expect(parseRecord('[]')).to.deep.equal({ status: 'ok', record: { v: 0, checked: [] } });
    expect(applyChange({ v: 0, checked: ['a'] }, { checked: new Map([['b', true]]) })).to.deep.equal({
      v: STORAGE_VERSION,
      checked: ['a', 'b'],
    });
  });
});

describe('applyChange: checked ids', () => {
  const cases: {
    name: string;
    record: StoredRecord | undefined;
    changes: [string, boolean][];
    base?: string[];
    expected: StoredRecord;
  }[] = [
    {
      name: 'checks a new id and keeps the others',
      record: { v: 1, checked: ['a', 'gone'] },
      changes: [['b', true]],
      expected: { v: STORAGE_VERSION, checked: ['a', 'gone', 'b'] },
    },
    {
      name: 'unchecks an id and keeps ids not in the changes',
      record: { v: 1, checked: ['a', 'b', 'c'] },
      changes: [['b', false]],
      expected: { v: STORAGE_VERSION, checked: ['a', 'c'] },
    },
    {
      name: 'applies several changes in order',
      record: { v: 1, checked: ['a'] },
      changes: [
        ['a', false],
        ['b', true],
        ['c', true],
        ['c', false],
      ],
      expected: { v: STORAGE_VERSION, checked: ['b'] },
    },
    {
      name: 'does not duplicate an id that is already checked',
      record: { v: 1, checked: ['a'] },
      changes: [['a', true]],
      expected: { v: STORAGE_VERSION, checked: ['a'] },
    },
    {
      name: 'ignores unchecking an id that is not checked',
      record: { v: 1, checked: ['a'] },
      changes: [['zzz', false]],
      expected: { v: STORAGE_VERSION, checked: ['a'] },
    },
    {
      name: 'keeps unknown fields and a newer version',
      record: { v: 3, checked: ['a'], extra: { deep: [1] }, note: 'x' },
      changes: [['b', true]],
      expected: { v: 3, checked: ['a', 'b'], extra: { deep: [1] }, note: 'x' },
    },
    {
      name: 'raises an older version to STORAGE_VERSION',
      record: { v: 0, checked: [] },
      changes: [],
      expected: { v: STORAGE_VERSION, checked: [] },
    },
    {
      name: 'uses base when there is no record',
      record: undefined,
      changes: [
        ['b', false],
        ['c', true],
      ],
      base: ['a', 'b'],
      expected: { v: STORAGE_VERSION, checked: ['a', 'c'] },
    },
    {
      name: 'ignores base when there is a record',
      record: { v: 1, checked: ['x'] },
      changes: [['c', true]],
      base: ['a', 'b'],
      expected: { v: STORAGE_VERSION, checked: ['x', 'c'] },
    },
    {
      name: 'starts empty with neither record nor base',
      record: undefined,
      changes: [['a', true]],
      expected: { v: STORAGE_VERSION, checked: ['a'] },
    },
  ];
  for (const { name, record, changes, base, expected } of cases) {
    it(name, () => {
      const from = base ? { v: STORAGE_VERSION, checked: base } : undefined;
      expect(applyChange(record, { checked: new Map(changes) }, from)).to.deep.equal(expected);
    });
  }

  it('does not modify the record it is given', () => {
    const record: StoredRecord = { v: 1, checked: ['a'], extra: 1 };
    const next = applyChange(record, { checked: new Map([['b', true]]) });
    expect(record).to.deep.equal({ v: 1, checked: ['a'], extra: 1 });
    expect(next).to.not.equal(record);
    expect(next.checked).to.not.equal(record.checked);
  });
});

describe('ProgressStore', () => {
  const key = storageKey('test');

  it('load returns undefined when nothing is stored, without reporting', () => {
    const storage = new MemoryStorage();
    const { store, reports } = makeStore(storage);
    expect(store.load()).to.equal(undefined);
    expect(store.key).to.equal(key);
    expect(reports).to.deep.equal([]);
    expect(storage.data.size).to.equal(0);
  });

  it('save then load round-trips', () => {
    const storage = new MemoryStorage();
    const { store, reports } = makeStore(storage);
    store.save(
      {
        checked: new Map([
          ['a', true],
          ['b', true],
        ]),
      },
      () => ({ v: 1, checked: [] }),
    );
    expect(sorted(store.load()?.checked)).to.deep.equal(['a', 'b']);
    store.save({ checked: new Map([['a', false]]) }, () => ({ v: 1, checked: ['b'] }));
    expect(sorted(store.load()?.checked)).to.deep.equal(['b']);
    expect(JSON.parse(storage.data.get(key)!)).to.deep.equal({ v: STORAGE_VERSION, checked: ['b'] });
    expect(reports).to.deep.equal([]);
    // A second store on the same storage sees the same progress.
    expect(sorted(makeStore(storage).store.load()?.checked)).to.deep.equal(['b']);
  });

  it('starts from `current` when nothing is stored', () => {
    const storage = new MemoryStorage();
    const { store } = makeStore(storage);
    store.save({ checked: new Map([['c', true]]) }, () => ({ v: 1, checked: ['a', 'b'] }));
    expect(sorted(store.load()?.checked)).to.deep.equal(['a', 'b', 'c']);
  });

  it('keeps ids and fields stored by someone else (read-modify-write)', () => {
    const storage = new MemoryStorage();
    storage.data.set(key, JSON.stringify({ v: 1, checked: ['old'], extra: 'keep me' }));
    const { store } = makeStore(storage);
    store.save({ checked: new Map([['new', true]]) }, () => ({
      v: 1,
      checked: ['ignored-because-a-record-exists'],
    }));
    expect(JSON.parse(storage.data.get(key)!)).to.deep.equal({
      v: STORAGE_VERSION,
      checked: ['old', 'new'],
      extra: 'keep me',
    });
  });

  it('two stores on the same storage and key both keep their change', () => {
    const storage = new MemoryStorage();
    const tabA = makeStore(storage);
    const tabB = makeStore(storage);
    expect(tabA.store.load()).to.equal(undefined);
    expect(tabB.store.load()).to.equal(undefined);
    tabA.store.save({ checked: new Map([['a', true]]) }, () => ({ v: 1, checked: [] }));
    tabB.store.save({ checked: new Map([['b', true]]) }, () => ({ v: 1, checked: [] }));
    expect(sorted(tabA.store.load()?.checked)).to.deep.equal(['a', 'b']);
    expect(sorted(tabB.store.load()?.checked)).to.deep.equal(['a', 'b']);
    tabA.store.save({ checked: new Map([['b', false]]) }, () => ({ v: 1, checked: ['a', 'b'] }));
    expect(sorted(tabB.store.load()?.checked)).to.deep.equal(['a']);
    expect(tabA.reports).to.deep.equal([]);
    expect(tabB.reports).to.deep.equal([]);
  });

  it('stores under its own key only', () => {
    const storage = new MemoryStorage();
    storage.data.set('host-key', 'host value');
    makeStore(storage, storageKey('one')).store.save({ checked: new Map([['a', true]]) }, () => ({
      v: 1,
      checked: [],
    }));
    makeStore(storage, storageKey('two')).store.save({ checked: new Map([['b', true]]) }, () => ({
      v: 1,
      checked: [],
    }));
    expect(storage.data.get('host-key')).to.equal('host value');
    expect(sorted(makeStore(storage, storageKey('one')).store.load()?.checked)).to.deep.equal(['a']);
    expect(sorted(makeStore(storage, storageKey('two')).store.load()?.checked)).to.deep.equal(['b']);
  });

  describe('a corrupt value', () => {
    const values = ['not json', '"str"', '{}', '{"v":1}'];
    for (const raw of values) {
      it(`${JSON.stringify(raw)} is moved to the backup key and reported once as storage-corrupt`, () => {
        const storage = new MemoryStorage();
        storage.data.set(key, raw);
        const { store, reports } = makeStore(storage);
        expect(store.load()).to.equal(undefined);
        expect(storage.data.get(backupKey(key))).to.equal(raw);
        expect(storage.data.has(key)).to.equal(false);
        expect(reports.map((r) => r.code)).to.deep.equal(['storage-corrupt']);
        expect(reports[0].message).to.include(key);
        expect(reports[0].message).to.include(backupKey(key));
      });
    }

    it('does not overwrite an existing backup', () => {
      const storage = new MemoryStorage();
      storage.data.set(backupKey(key), 'first bad value');
      storage.data.set(key, 'second bad value');
      const { store, reports } = makeStore(storage);
      expect(store.load()).to.equal(undefined);
      expect(storage.data.get(backupKey(key))).to.equal('first bad value');
      expect(storage.data.has(key)).to.equal(false);
      expect(reports.map((r) => r.code)).to.deep.equal(['storage-corrupt']);
    });

    it('is reported once even when corrupt values keep appearing, and saving then works', () => {
      const storage = new MemoryStorage();
      const { store, reports } = makeStore(storage);
      for (let i = 0; i < 5; i++) {
        storage.data.set(key, `garbage ${i}`);
        expect(store.load()).to.equal(undefined);
      }
      expect(reports.map((r) => r.code)).to.deep.equal(['storage-corrupt']);
      expect(storage.data.get(backupKey(key))).to.equal('garbage 0');
      storage.data.set(key, 'garbage again');
      store.save({ checked: new Map([['a', true]]) }, () => ({ v: 1, checked: ['b'] }));
      expect(sorted(store.load()?.checked)).to.deep.equal(['a', 'b']);
      expect(reports).to.have.length(1);
    });
  });

  describe('storage that throws', () => {
    it('a throwing getItem reports storage-unavailable exactly once, however often it is used', () => {
      const storage = new DeniedStorage();
      const { store, reports } = makeStore(storage);
      for (let i = 0; i < 10; i++) {
        expect(store.load()).to.equal(undefined);
        store.save({ checked: new Map([[`id${i}`, true]]) }, () => ({ v: 1, checked: [] }));
      }
      expect(reports.map((r) => r.code)).to.deep.equal(['storage-unavailable']);
      expect(reports[0].message).to.include('SecurityError');
      // It stopped touching storage after the first failure.
      expect(storage.calls).to.deep.equal({ getItem: 1, setItem: 0, removeItem: 0 });
    });

    it('a storage getter that throws reports storage-unavailable exactly once', () => {
      const reports: StorageErrorCode[] = [];
      let calls = 0;
      const store = new ProgressStore(
        () => {
          calls++;
          throw new DOMException('denied', 'SecurityError');
        },
        key,
        (code) => reports.push(code),
      );
      for (let i = 0; i < 5; i++) {
        expect(store.load()).to.equal(undefined);
        store.save({ checked: new Map([['a', true]]) }, () => ({ v: 1, checked: [] }));
      }
      expect(reports).to.deep.equal(['storage-unavailable']);
      expect(calls).to.equal(1);
    });

    it('a throwing setItem reports storage-write-failed once and stops calling setItem', () => {
      const storage = new FullStorage();
      storage.data.set(key, JSON.stringify({ v: 1, checked: ['a'] }));
      const { store, reports } = makeStore(storage);
      expect(sorted(store.load()?.checked)).to.deep.equal(['a']);
      for (let i = 0; i < 10; i++)
        store.save({ checked: new Map([[`id${i}`, true]]) }, () => ({ v: 1, checked: ['a'] }));
      expect(storage.calls.setItem).to.equal(1);
      expect(reports.map((r) => r.code)).to.deep.equal(['storage-write-failed']);
      expect(reports[0].message).to.include('QuotaExceededError');
      // What was stored before is left alone.
      expect(storage.data.get(key)).to.equal(JSON.stringify({ v: 1, checked: ['a'] }));
    });

    it('a throwing setItem while moving a corrupt value aside reports storage-write-failed and keeps the value', () => {
      const storage = new FullStorage();
      storage.data.set(key, 'garbage');
      const { store, reports } = makeStore(storage);
      expect(store.load()).to.equal(undefined);
      store.save({ checked: new Map([['a', true]]) }, () => ({ v: 1, checked: [] }));
      store.load();
      expect(reports.map((r) => r.code)).to.deep.equal(['storage-write-failed']);
      expect(storage.data.get(key)).to.equal('garbage');
      expect(storage.data.has(backupKey(key))).to.equal(false);
      expect(storage.calls.setItem).to.equal(1);
      expect(storage.calls.removeItem).to.equal(0);
    });
  });

  it('works silently in memory only when the storage getter returns null', () => {
    let calls = 0;
    const reports: StorageErrorCode[] = [];
    const store = new ProgressStore(
      () => {
        calls++;
        return null;
      },
      key,
      (code) => reports.push(code),
    );
    expect(store.load()).to.equal(undefined);
    expect(() =>
      store.save({ checked: new Map([['a', true]]) }, () => ({ v: 1, checked: [] })),
    ).to.not.throw();
    expect(store.load()).to.equal(undefined);
    expect(reports).to.deep.equal([]);
    expect(calls).to.be.greaterThan(0);
  });
});

describe('answers in the stored record (version 2)', () => {
  const read: { name: string; raw: string; answers: unknown }[] = [
    { name: 'a version-1 record has none: never asked', raw: '{"v":1,"checked":["a"]}', answers: undefined },
    { name: 'skipped: an empty object', raw: '{"v":2,"checked":[],"answers":{}}', answers: {} },
    {
      name: 'one option, or a list of them',
      raw: '{"v":2,"checked":[],"answers":{"count":"1","types":["mobile","toll-free"]}}',
      answers: { count: '1', types: ['mobile', 'toll-free'] },
    },
    {
      name: 'drops what is not an option id or a list of them, and empty lists',
      raw: '{"v":2,"checked":[],"answers":{"a":1,"b":null,"c":[],"d":["x",2,"x"],"e":{"f":"g"}}}',
      answers: { d: ['x'] },
    },
    {
      name: 'answers that are not an object read as none answered',
      raw: '{"v":2,"checked":[],"answers":[1]}',
      answers: {},
    },
  ];
  for (const c of read) {
    it(`reads: ${c.name}`, () => {
      const result = parseRecord(c.raw);
      expect(result.status).to.equal('ok');
      if (result.status === 'ok') expect(result.record.answers).to.deep.equal(c.answers);
    });
  }

  const changes: {
    name: string;
    from?: StoredRecord;
    change: [string, string | string[] | null][];
    answers: Record<string, string | string[]>;
  }[] = [
    { name: 'an empty change records that the questions were seen', change: [], answers: {} },
    { name: 'sets an answer', change: [['count', '2-20']], answers: { count: '2-20' } },
    {
      name: 'replaces one answer and keeps the others (another tab answered them)',
      from: { v: 2, checked: [], answers: { count: '1', sites: 'one' } },
      change: [['count', '21+']],
      answers: { count: '21+', sites: 'one' },
    },
    {
      name: 'null or an empty list removes an answer',
      from: { v: 2, checked: [], answers: { count: '1', types: ['mobile'], sites: 'one' } },
      change: [
        ['count', null],
        ['types', []],
      ],
      answers: { sites: 'one' },
    },
    {
      name: 'a list loses its repeats',
      change: [['types', ['voip', 'voip', 'mobile']]],
      answers: { types: ['voip', 'mobile'] },
    },
  ];
  for (const c of changes) {
    it(`changes: ${c.name}`, () => {
      const next = applyChange(c.from ?? { v: 1, checked: ['a'] }, { answers: new Map(c.change) });
      expect(next.answers).to.deep.equal(c.answers);
      expect(next.v).to.equal(STORAGE_VERSION);
    });
  }

  it('migrates a version-1 record losslessly: every field kept, answers added, v raised', () => {
    const v1 = {
      v: 1,
      checked: ['a'],
      notes: { a: 'n' },
      collapsed: ['s'],
      filters: { criticalOnly: true },
      extra: 1,
    };
    const result = parseRecord(JSON.stringify(v1));
    expect(result.status).to.equal('ok');
    if (result.status !== 'ok') return;
    const next = applyChange(result.record, { answers: new Map([['count', '1']]) });
    expect(next).to.deep.equal({ ...v1, v: STORAGE_VERSION, answers: { count: '1' } });
  });

  it('keeps the answers when an older version writes a change of checks', () => {
    const next = applyChange(
      { v: 2, checked: [], answers: { count: '1' } },
      { checked: new Map([['a', true]]) },
    );
    expect(next.answers).to.deep.equal({ count: '1' });
  });
});

describe('the port date in the stored record (version 3)', () => {
  const reads: { name: string; plan: unknown; read: unknown }[] = [
    { name: 'a planned date', plan: { date: '2027-01-14' }, read: { date: '2027-01-14', confirmed: false } },
    {
      name: 'a confirmed date',
      plan: { date: '2027-01-14', confirmed: true },
      read: { date: '2027-01-14', confirmed: true },
    },
    {
      name: 'confirmed only when true',
      plan: { date: '2027-01-14', confirmed: 'yes' },
      read: { date: '2027-01-14', confirmed: false },
    },
    {
      name: "a newer version's fields in it, kept",
      plan: { date: '2027-01-14', confirmed: true, sharedAt: 3 },
      read: { date: '2027-01-14', confirmed: true, sharedAt: 3 },
    },
    // Whether the text is a real day is the planner's to check (plan.ts ignores '2027-02-30').
    {
      name: 'date text kept as text',
      plan: { date: '2027-02-30' },
      read: { date: '2027-02-30', confirmed: false },
    },
    { name: 'no date: dropped', plan: { confirmed: true }, read: undefined },
    { name: 'a number date: dropped', plan: { date: 20270114 }, read: undefined },
    { name: 'a string: dropped', plan: '2027-01-14', read: undefined },
    { name: 'an array: dropped', plan: ['2027-01-14'], read: undefined },
    { name: 'null: dropped', plan: null, read: undefined },
  ];
  for (const c of reads) {
    it(`reads ${c.name}`, () => {
      const result = parseRecord(JSON.stringify({ v: 3, checked: ['a'], plan: c.plan }));
      expect(result.status).to.equal('ok');
      if (result.status !== 'ok') return;
      expect(result.record.plan).to.deep.equal(c.read);
      expect('plan' in result.record).to.equal(c.read !== undefined);
      expect(result.record.checked).to.deep.equal(['a']);
    });
  }

  const changes: { name: string; from?: StoredRecord; plan: StateChange['plan']; result: unknown }[] = [
    {
      name: 'sets a date',
      plan: { date: '2027-01-14', confirmed: false },
      result: { date: '2027-01-14', confirmed: false },
    },
    {
      name: 'confirms it',
      from: { v: 3, checked: [], plan: { date: '2027-01-14', confirmed: false } },
      plan: { date: '2027-01-14', confirmed: true },
      result: { date: '2027-01-14', confirmed: true },
    },
    {
      name: "keeps a newer version's fields when changing the date",
      from: { v: 4, checked: [], plan: { date: '2027-01-14', confirmed: true, sharedAt: 3 } },
      plan: { date: '2027-01-21', confirmed: false },
      result: { date: '2027-01-21', confirmed: false, sharedAt: 3 },
    },
    {
      name: 'clears it',
      from: { v: 3, checked: [], plan: { date: '2027-01-14', confirmed: true } },
      plan: null,
      result: undefined,
    },
    {
      name: 'leaves it when the change has no plan',
      from: { v: 3, checked: [], plan: { date: '2027-01-14', confirmed: true } },
      plan: undefined,
      result: { date: '2027-01-14', confirmed: true },
    },
  ];
  for (const c of changes) {
    it(`changes: ${c.name}`, () => {
      const next = applyChange(c.from ?? { v: 2, checked: ['a'] }, { plan: c.plan });
      expect(next.plan).to.deep.equal(c.result);
      expect('plan' in next).to.equal(c.result !== undefined);
      expect(next.v).to.equal(Math.max(c.from?.v ?? 0, STORAGE_VERSION));
    });
  }

  it('migrates a version-2 record losslessly: every field kept, the plan added, v raised', () => {
    const v2 = {
      v: 2,
      checked: ['a'],
      notes: { a: 'n' },
      collapsed: ['s'],
      filters: { criticalOnly: true },
      answers: { count: '1', types: ['landline'] },
      extra: 1,
    };
    const result = parseRecord(JSON.stringify(v2));
    expect(result.status).to.equal('ok');
    if (result.status !== 'ok') return;
    expect(result.record).to.deep.equal(v2);
    const next = applyChange(result.record, { plan: { date: '2027-01-14', confirmed: false } });
    expect(next).to.deep.equal({ ...v2, v: 3, plan: { date: '2027-01-14', confirmed: false } });
  });

  it('keeps the plan when an older version writes a change of checks', () => {
    const next = applyChange(
      { v: 3, checked: [], plan: { date: '2027-01-14', confirmed: true } },
      { checked: new Map([['a', true]]) },
    );
    expect(next.plan).to.deep.equal({ date: '2027-01-14', confirmed: true });
  });
});
