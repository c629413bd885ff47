// Progress links (src/link/code.ts): the code's format, round trips, a committed version-1 code that must keep
// decoding, and every way a link can be wrong (cut, changed, not ours, too new, too long). Runs in Node and in
// every browser: deflate output may differ between engines, so no test expects an exact code but the fixture's,
// which every engine must read.
import { expect } from './chai.js';
import fc from 'fast-check';
import {
  codeFromUrl,
  decodeProgress,
  encodeProgress,
  FRAGMENT_PARAM,
  LINK_VERSION,
  MAX_CODE_LENGTH,
  MAX_PAYLOAD_BYTES,
  urlWithCode,
  urlWithoutCode,
  type DecodeResult,
  type ProgressSnapshot,
} from '../src/link/code.js';
import { NOTE_MAX_LENGTH } from '../src/state/storage.js';
import { defaultConfig } from '../src/content/default-config.js';
import { itemIds } from '../src/state/progress.js';

// An independent reading of the envelope (README "Links"): base-64 digits, FNV-1a with BigInt arithmetic.
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function fnv(text: string): bigint {
  let hash = 2166136261n;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 16777619n) % 2n ** 32n;
  return hash;
}

function base64Digits(value: bigint, count: number): string {
  const out: string[] = [];
  for (let rest = value; out.length < count; rest /= 64n) out.unshift(DIGITS[Number(rest % 64n)]);
  return out.join('');
}

/** A code around `body`, its header computed as the format says; `length` may lie. */
function seal(body: string, version = '1', length = 9 + body.length): string {
  const head = version + base64Digits(BigInt(length), 2);
  return head + base64Digits(fnv(head + body), 6) + body;
}

async function through(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const response = new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream));
  return new Uint8Array(await response.arrayBuffer());
}

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** A version-1 body of any JSON text. */
const bodyOf = async (json: string) =>
  toBase64Url(await through(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));

/** The JSON object inside a version-1 code. */
async function payloadOf(code: string): Promise<Record<string, unknown>> {
  const binary = atob(code.slice(9).replace(/-/g, '+').replace(/_/g, '/'));
  const json = await through(
    Uint8Array.from(binary, (char) => char.charCodeAt(0)),
    new DecompressionStream('deflate-raw'),
  );
  return JSON.parse(new TextDecoder().decode(json)) as Record<string, unknown>;
}

const IDS = ['s.a', 's.b', 's.c', 's.d', 's.e', 's.f', 's.g', 's.h', 's.i', 's.j'];

const ok = (result: DecodeResult) => {
  if (!result.ok) throw new Error(`not read: ${result.reason}`);
  return result;
};
const reasonOf = (result: DecodeResult) => (result.ok ? 'ok' : result.reason);
const roundTrip = async (snapshot: ProgressSnapshot, ids: readonly string[] = IDS) =>
  ok(await decodeProgress(await encodeProgress(snapshot, ids), ids));

describe('link code: constants', () => {
  it('writes version 1 into the fragment parameter pc, at most 2,048 characters', () => {
    expect(LINK_VERSION).to.equal(1);
    expect(FRAGMENT_PARAM).to.equal('pc');
    expect(MAX_CODE_LENGTH).to.equal(2048);
    expect(MAX_PAYLOAD_BYTES).to.equal(262144);
  });
});

describe('link code: the format', () => {
  it('is the version, the length, the checksum and a deflate-raw JSON body, all base64url', async () => {
    const code = await encodeProgress(
      {
        key: 'number-porting',
        checked: ['s.a', 's.c', 's.h', 'other.x'],
        answers: { count: '2-20', types: ['landline', 'voip'] },
        region: 'se',
        plan: { date: '2026-05-04', confirmed: true },
        notes: { 's.a': 'Call Anna' },
      },
      IDS,
    );
    expect(code).to.match(/^[\w-]+$/);
    expect(code[0]).to.equal('1');
    expect(code.slice(1, 3)).to.equal(base64Digits(BigInt(code.length), 2));
    expect(seal(code.slice(9))).to.equal(code);
    // s.a bit 0, s.c bit 2 → 5 = F; s.h is bit 1 of the second digit → 2 = C.
    expect(await payloadOf(code)).to.deep.equal({
      k: 'number-porting',
      f: base64Digits(fnv(JSON.stringify(IDS)), 6),
      c: 'FC',
      x: ['other.x'],
      a: { count: '2-20', types: ['landline', 'voip'] },
      r: 'se',
      p: ['2026-05-04', 1],
      n: { 's.a': 'Call Anna' },
    });
  });

  it('leaves out what is absent: no bits and no fingerprint without a checked listed step', async () => {
    const code = await encodeProgress({ key: 'k', checked: ['other'] }, IDS);
    expect(await payloadOf(code)).to.deep.equal({ k: 'k', x: ['other'] });
    expect(await payloadOf(await encodeProgress({ key: '', checked: [] }, IDS))).to.deep.equal({ k: '' });
  });

  it('drops trailing empty digits of the bit set, not inner ones', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `i${i}`);
    const payload = await payloadOf(await encodeProgress({ key: 'k', checked: ['i0', 'i17', 'i29'] }, ids));
    // i0 → B; i17 is bit 5 of the third digit (32 → g), i29 of the fifth; the second and fourth are A.
    expect(payload.c).to.equal('BAgAg');
    expect((await payloadOf(await encodeProgress({ key: 'k', checked: ['i0', 'i7'] }, ids))).c).to.equal(
      'BC',
    );
  });

  it('sets every bit of a fully checked list', async () => {
    const ids = Array.from({ length: 13 }, (_, i) => `i${i}`);
    const payload = await payloadOf(await encodeProgress({ key: 'k', checked: ids }, ids));
    expect(payload.c).to.equal('__B');
  });

  it('writes a planned date as 0 and carries a null region', async () => {
    const payload = await payloadOf(
      await encodeProgress(
        { key: 'k', checked: [], region: null, plan: { date: '2026-01-05', confirmed: false } },
        IDS,
      ),
    );
    expect(payload).to.deep.equal({ k: 'k', r: null, p: ['2026-01-05', 0] });
  });

  it('writes no region that is neither text nor null, and no answers or notes that are null', async () => {
    const snapshot = {
      key: 'k',
      checked: [],
      region: 5,
      answers: null,
      notes: null,
    } as unknown as ProgressSnapshot;
    expect(await payloadOf(await encodeProgress(snapshot, IDS))).to.deep.equal({ k: 'k' });
  });

  it('fingerprints the list in order: another order is another fingerprint', async () => {
    const a = await payloadOf(await encodeProgress({ key: 'k', checked: ['s.a'] }, IDS));
    const b = await payloadOf(await encodeProgress({ key: 'k', checked: ['s.a'] }, [...IDS].reverse()));
    expect(a.f).to.not.equal(b.f);
    expect(a.f).to.equal(base64Digits(fnv(JSON.stringify(IDS)), 6));
  });
});

describe('link code: round trips', () => {
  const cases: { name: string; snapshot: ProgressSnapshot; ids?: string[]; read?: ProgressSnapshot }[] = [
    { name: 'nothing checked', snapshot: { key: 'k', checked: [] } },
    {
      name: 'every field',
      snapshot: {
        key: 'number-porting',
        checked: ['s.b', 's.j'],
        answers: { country: 'se', types: ['mobile', 'toll-free'] },
        region: 'se',
        plan: { date: '2026-02-27', confirmed: true },
        notes: { 's.b': 'Ring Åsa 📞', 'gone.step': 'kept by name' },
      },
    },
    {
      name: 'checked ids the list lacks, after the listed ones in list order',
      snapshot: { key: 'k', checked: ['x.1', 's.j', 's.a', 'x.2'] },
      read: { key: 'k', checked: ['s.a', 's.j', 'x.1', 'x.2'] },
    },
    {
      name: 'duplicates once',
      snapshot: { key: 'k', checked: ['s.a', 's.a', 'x', 'x'] },
      read: { key: 'k', checked: ['s.a', 'x'] },
    },
    {
      name: 'skipped questions ({}) and no notes ({})',
      snapshot: { key: 'k', checked: [], answers: {}, notes: {} },
    },
    { name: 'no preset (null)', snapshot: { key: 'k', checked: [], region: null } },
    {
      name: 'a planned date',
      snapshot: { key: 'k', checked: [], plan: { date: '9999-12-31', confirmed: false } },
    },
    { name: 'an empty id list', snapshot: { key: 'k', checked: ['s.a'] }, ids: [] },
    {
      name: 'a list with a repeated id',
      snapshot: { key: 'k', checked: ['a', 'b'] },
      ids: ['a', 'b', 'a'],
    },
    {
      name: 'fields named __proto__ as plain fields',
      snapshot: {
        key: '__proto__',
        checked: ['__proto__'],
        answers: Object.fromEntries([['__proto__', 'x']]),
        notes: Object.fromEntries([['__proto__', 'y']]),
      },
    },
    {
      name: 'what storage would not keep, left out',
      snapshot: {
        key: 'k',
        checked: ['s.a', 7, null] as unknown as string[],
        answers: { a: 'x', b: [], c: ['y', 'y', 3], d: 4, e: null } as unknown as ProgressSnapshot['answers'],
        region: 5 as unknown as string,
        plan: { date: '2027-02-29', confirmed: true },
        notes: { 's.a': '', 's.b': 'n'.repeat(NOTE_MAX_LENGTH + 20), 's.c': 3 } as unknown as Record<
          string,
          string
        >,
      },
      read: {
        key: 'k',
        checked: ['s.a'],
        answers: { a: 'x', c: ['y'] },
        notes: { 's.b': 'n'.repeat(NOTE_MAX_LENGTH) },
      },
    },
    {
      name: 'answers and notes that are not objects, left out',
      snapshot: {
        key: 'k',
        checked: 'nope' as unknown as string[],
        answers: ['a'] as unknown as ProgressSnapshot['answers'],
        notes: 'text' as unknown as Record<string, string>,
      },
      read: { key: 'k', checked: [] },
    },
    {
      name: 'a plan without a date, left out',
      snapshot: {
        key: 'k',
        checked: [],
        plan: { date: undefined, confirmed: true } as unknown as ProgressSnapshot['plan'],
      },
      read: { key: 'k', checked: [] },
    },
  ];
  for (const { name, snapshot, ids = IDS, read = snapshot } of cases) {
    it(name, async () => {
      expect(await roundTrip(snapshot, ids)).to.deep.equal({ ok: true, snapshot: read, unmatched: 0 });
    });
  }

  it('carries the bundled checklist with every step checked, the answers and a date in under 220 characters', async () => {
    const ids = itemIds(defaultConfig());
    expect(ids).to.have.length(46);
    const snapshot: ProgressSnapshot = {
      key: 'number-porting',
      checked: ids,
      answers: {
        country: 'se',
        types: ['landline', 'mobile', 'voip'],
        count: '2-20',
        scope: 'full',
        texting: 'yes',
        sites: 'several',
      },
      region: 'se',
      plan: { date: '2026-05-04', confirmed: true },
    };
    const code = await encodeProgress(snapshot, ids);
    expect(code.length).to.be.below(220);
    expect(ok(await decodeProgress(code, ids)).snapshot).to.deep.equal(snapshot);
  });
});

describe('link code: a reader with other item ids', () => {
  const snapshot: ProgressSnapshot = {
    key: 'k',
    checked: ['s.a', 's.c', 's.j', 'x.1'],
    notes: { 's.a': 'n' },
  };

  const cases: [name: string, ids: string[]][] = [
    ['a step added', [...IDS, 's.k']],
    ['a step removed', IDS.slice(1)],
    ['two steps swapped', ['s.b', 's.a', ...IDS.slice(2)]],
    ['a step renamed', ['s.A', ...IDS.slice(1)]],
    ['no steps', []],
  ];
  for (const [name, ids] of cases) {
    it(`${name}: imports the named ids and the rest, and counts the steps it could not place`, async () => {
      const code = await encodeProgress(snapshot, IDS);
      expect(await decodeProgress(code, ids)).to.deep.equal({
        ok: true,
        snapshot: { key: 'k', checked: ['x.1'], notes: { 's.a': 'n' } },
        unmatched: 3,
      });
    });
  }
});

describe('link code: fast-check round trips', function () {
  // Thousands of codes; slower under the mutation run's instrumentation.
  this.timeout(20000);
  const pool = [
    'prep.csr',
    'loa.sign-date',
    'timing.port-date',
    'tech.e911',
    'verify.inbound',
    'after.final-bill',
  ];
  const id = fc.oneof(fc.constantFrom(...pool), fc.string({ minLength: 1, maxLength: 12 }));
  const day = fc
    .date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));
  const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
  const snapshot = fc.record(
    {
      key: fc.string({ maxLength: 20 }),
      checked: fc.uniqueArray(id, { maxLength: 20 }),
      answers: fc.dictionary(id, fc.oneof(id, fc.uniqueArray(id, { minLength: 1, maxLength: 4 })), {
        maxKeys: 6,
        noNullPrototype: true,
      }),
      region: fc.oneof(fc.constant(null), fc.constantFrom('us', 'gb', 'se', 'de'), fc.string()),
      plan: fc.record({ date: day, confirmed: fc.boolean() }),
      notes: fc.dictionary(id, text, { maxKeys: 4, noNullPrototype: true }),
    },
    { requiredKeys: ['key', 'checked'] },
  );
  const ids = fc.uniqueArray(fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 8 })), {
    maxLength: 70,
  });

  /** What a reader gets: listed ids in list order, then the others in the snapshot's. */
  const expected = (given: ProgressSnapshot, list: string[]): ProgressSnapshot => ({
    ...given,
    checked: [
      ...list.filter((i) => given.checked.includes(i)),
      ...given.checked.filter((i) => !list.includes(i)),
    ],
  });

  it('reads back every snapshot', async () => {
    await fc.assert(
      fc.asyncProperty(snapshot, ids, async (given, list) => {
        const result = await roundTrip(given, list);
        expect(result).to.deep.equal({ ok: true, snapshot: expected(given, list), unmatched: 0 });
      }),
      { numRuns: 300 },
    );
  });

  it('never places a step on a list that differs, and counts each one it leaves out', async () => {
    await fc.assert(
      fc.asyncProperty(snapshot, ids, ids, async (given, list, other) => {
        fc.pre(JSON.stringify(list) !== JSON.stringify(other));
        const result = ok(await decodeProgress(await encodeProgress(given, list), other));
        const unlisted = given.checked.filter((i) => !list.includes(i));
        expect(result.snapshot.checked).to.deep.equal(unlisted);
        expect(result.unmatched).to.equal(given.checked.length - unlisted.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('link code: a link from an older version', () => {
  // Written by version 1 (Node 20's zlib), committed as it is: every later version must still read it, into this.
  const FIXTURE_IDS = [
    'prep.account-info',
    'prep.csr',
    'loa.verify-signer',
    'loa.sign-date',
    'timing.port-date',
    'tech.e911',
    'verify.inbound',
    'after.final-bill',
  ];
  const FIXTURE_V1 =
    '1EtDeyOw1NY5BTsMwEEWvMvprO0pCQcI7Wm7AEnXhhnGI6tjRxIFGVSQ4Qw_ABk7Sm3ACjoBcxPbpPf1_xB4GYep3LHqIkrrQQsHBYONeV_cHKDQw6DdQOMA8YuRiSKN2UXpsFSzMEU2cQpIZBiNDIc0Dj9n1Njz5LlxY9F47Yc7RxYdBresSi4L8l0Ou6rK-0eW1LldQ5VYh5AkfbfHC0rlZj10bOCd3IVhas7T0h6zQ99uJ3OR9b_eJOtr58xcN50_pOdDPx-k9P-HmueDbqoLBQ4rS2mQDVbWiK0qCZfkF';
  const FIXTURE_SNAPSHOT: ProgressSnapshot = {
    key: 'number-porting',
    checked: ['prep.csr', 'loa.verify-signer', 'tech.e911', 'after.final-bill', 'se.pts-form'],
    answers: { country: 'se', types: ['landline', 'toll-free'], count: '2-20' },
    region: 'se',
    plan: { date: '2026-05-04', confirmed: false },
    notes: {
      'loa.verify-signer': 'Anna Berg signerar – fullmakt i blå pärmen 📁',
      'tech.e911': 'Storgatan 12, 3 tr',
    },
  };

  it('reads the committed version-1 code', async () => {
    expect(await decodeProgress(FIXTURE_V1, FIXTURE_IDS)).to.deep.equal({
      ok: true,
      snapshot: FIXTURE_SNAPSHOT,
      unmatched: 0,
    });
  });

  it('reads it on a checklist edited since, without its bits', async () => {
    expect(await decodeProgress(FIXTURE_V1, [...FIXTURE_IDS, 'after.new-step'])).to.deep.equal({
      ok: true,
      snapshot: { ...FIXTURE_SNAPSHOT, checked: ['se.pts-form'] },
      unmatched: 4,
    });
  });
});

describe('link code: too new', () => {
  it('refuses a sound code of a later version, whatever its body', async () => {
    for (const version of ['2', '5', '9']) {
      for (const body of ['', 'AAAA', await bodyOf('{"k":"k"}'), 'anything_at-all']) {
        expect(reasonOf(await decodeProgress(seal(body, version), IDS)), `${version} ${body}`).to.equal(
          'too-new',
        );
      }
    }
  });

  it('reads a later version whose checksum fails as garbled', async () => {
    const code = seal('AAAA', '2');
    expect(reasonOf(await decodeProgress(`${code.slice(0, 3)}AAAAAA${code.slice(9)}`, IDS))).to.equal(
      'garbled',
    );
  });

  it('reads a sound version 1 with its own format', async () => {
    expect(reasonOf(await decodeProgress(seal(await bodyOf('{"k":"k"}')), IDS))).to.equal('ok');
  });
});

describe('link code: truncated', function () {
  // Thousands of codes; slower under the mutation run's instrumentation.
  this.timeout(20000);
  const snapshots: ProgressSnapshot[] = [
    { key: 'k', checked: [] },
    { key: 'number-porting', checked: ['s.a', 'x'], answers: { a: 'b' }, notes: { 's.a': 'Ring Åsa 📞' } },
  ];
  for (const snapshot of snapshots) {
    it(`reads every prefix of a code as truncated (${JSON.stringify(snapshot).slice(0, 40)}…)`, async () => {
      const code = await encodeProgress(snapshot, IDS);
      for (let length = 0; length < code.length; length++) {
        expect(reasonOf(await decodeProgress(code.slice(0, length), IDS)), String(length)).to.equal(
          'truncated',
        );
      }
    });
  }

  it('reads a code longer than its length says as garbled', async () => {
    const code = await encodeProgress({ key: 'k', checked: [] }, IDS);
    expect(reasonOf(await decodeProgress(`${code}A`, IDS))).to.equal('garbled');
    expect(reasonOf(await decodeProgress(seal('AAAA', '1', 8), IDS))).to.equal('garbled');
    // A sound body whose length field says less than there is, its checksum right.
    const body = await bodyOf('{"k":"k"}');
    expect(reasonOf(await decodeProgress(seal(body), IDS))).to.equal('ok');
    expect(reasonOf(await decodeProgress(seal(body, '1', 9 + body.length - 1), IDS))).to.equal('garbled');
  });
});

describe('link code: garbled', function () {
  // Thousands of codes; slower under the mutation run's instrumentation.
  this.timeout(20000);
  it('refuses every one-character change of a code', async () => {
    const code = await encodeProgress(
      { key: 'k', checked: ['s.a', 's.d'], region: 'se', plan: { date: '2026-05-04', confirmed: true } },
      IDS,
    );
    for (let at = 0; at < code.length; at++) {
      for (const char of DIGITS) {
        if (char === code[at]) continue;
        const reason = reasonOf(await decodeProgress(code.slice(0, at) + char + code.slice(at + 1), IDS));
        // The version (a digit other than 1 is another version, and the checksum then fails), the length
        // (more than there is reads as cut), and every other character.
        const expected = at === 0 ? (/[1-9]/.test(char) ? 'garbled' : 'foreign') : 'garbled';
        if (at === 1 || at === 2) expect(reason, `${at} ${char}`).to.be.oneOf(['garbled', 'truncated']);
        else expect(reason, `${at} ${char}`).to.equal(expected);
      }
    }
  });

  it('refuses random changes anywhere (fast-check)', async () => {
    const code = await encodeProgress(
      { key: 'number-porting', checked: IDS, answers: { a: ['b', 'c'] } },
      IDS,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(code.length - 1), fc.constantFrom(...DIGITS)), {
          minLength: 1,
          maxLength: 8,
        }),
        async (flips) => {
          const chars = [...code];
          for (const [at, char] of flips) chars[at] = char;
          fc.pre(chars.join('') !== code);
          expect(reasonOf(await decodeProgress(chars.join(''), IDS))).to.be.oneOf([
            'garbled',
            'truncated',
            'foreign',
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });

  const sound: [name: string, body: () => Promise<string>][] = [
    ['not base64 (a length of 4n + 1)', async () => 'AAAAA'],
    ['not deflate', async () => toBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff]))],
    [
      'deflate cut short',
      async () => (await bodyOf(JSON.stringify({ k: 'k', n: { a: 'x'.repeat(300) } }))).slice(0, 12),
    ],
    [
      'not UTF-8',
      async () =>
        toBase64Url(await through(new Uint8Array([0x7b, 0xff, 0x7d]), new CompressionStream('deflate-raw'))),
    ],
    [
      'not UTF-8 inside a text',
      async () =>
        toBase64Url(
          await through(
            new Uint8Array([...new TextEncoder().encode('{"k":"'), 0xff, 0x22, 0x7d]),
            new CompressionStream('deflate-raw'),
          ),
        ),
    ],
    ['not JSON', () => bodyOf('{"k":')],
    ['JSON but no object', () => bodyOf('["k"]')],
    ['null', () => bodyOf('null')],
    ['an object without a key', () => bodyOf('{"c":"B"}')],
    ['a key that is no string', () => bodyOf('{"k":1}')],
  ];
  for (const [name, body] of sound) {
    it(`refuses a code with a sound envelope around a body that is ${name}`, async () => {
      expect(reasonOf(await decodeProgress(seal(await body()), IDS))).to.equal('garbled');
    });
  }

  it('drops the malformed fields of a sound code and keeps the rest', async () => {
    const f = base64Digits(fnv(JSON.stringify(IDS)), 6);
    const cases: [payload: Record<string, unknown>, read: ProgressSnapshot, unmatched?: number][] = [
      [
        { k: 'k', f, c: 'B!', x: ['y', 3] },
        { key: 'k', checked: ['y'] },
      ],
      [
        { k: 'k', f, c: 7 },
        { key: 'k', checked: [] },
      ],
      [{ k: 'k', c: 'D' }, { key: 'k', checked: [] }, 2],
      [{ k: 'k', f: 'AAAAAA', c: 'D' }, { key: 'k', checked: [] }, 2],
      [{ k: 'k', f, c: 'BAB' }, { key: 'k', checked: ['s.a'] }, 1],
      [
        { k: 'k', x: 'y', a: 'b', r: 5, p: '2026-05-04', n: ['a'] },
        { key: 'k', checked: [] },
      ],
      [
        { k: 'k', r: null, p: ['2026-05-04', 2] },
        { key: 'k', checked: [], region: null },
      ],
      [
        { k: 'k', p: ['2026-05-04', true] },
        { key: 'k', checked: [] },
      ],
      [
        { k: 'k', p: ['2026-13-01', 1] },
        { key: 'k', checked: [] },
      ],
      [
        { k: 'k', p: [] },
        { key: 'k', checked: [] },
      ],
      [
        { k: 'k', p: { 0: '2026-05-04', 1: 1, length: 2 } },
        { key: 'k', checked: [] },
      ],
      [
        { k: 'k', a: null, n: null, r: 'se' },
        { key: 'k', checked: [], region: 'se' },
      ],
      [
        { k: 'k', p: ['2026-05-04', 1, 'later'], z: 'unknown' },
        { key: 'k', checked: [], plan: { date: '2026-05-04', confirmed: true } },
      ],
      [
        { k: 'k', a: { a: 'x', b: [], c: [1] }, n: { a: '', b: 'y'.repeat(NOTE_MAX_LENGTH + 1) } },
        { key: 'k', checked: [], answers: { a: 'x' }, notes: { b: 'y'.repeat(NOTE_MAX_LENGTH) } },
      ],
    ];
    for (const [payload, read, unmatched = 0] of cases) {
      const result = await decodeProgress(seal(await bodyOf(JSON.stringify(payload))), IDS);
      expect(result, JSON.stringify(payload)).to.deep.equal({ ok: true, snapshot: read, unmatched });
    }
  });
});

describe('link code: foreign', function () {
  // Thousands of codes; slower under the mutation run's instrumentation.
  this.timeout(20000);
  const cases: unknown[] = [
    'hello world',
    'a=b',
    'abc.def',
    '1AB+/=',
    '%31',
    '0ABCDEFGHIJ',
    'A1234567890',
    '-1234567890',
    '_',
    'ü',
    42,
    null,
    undefined,
    { code: '1' },
  ];
  for (const code of cases) {
    it(`refuses ${JSON.stringify(code)} as foreign`, async () => {
      expect(await decodeProgress(code as string, IDS)).to.deep.equal({ ok: false, reason: 'foreign' });
    });
  }

  it('refuses random strings, and never throws (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          fc.base64String(),
        ),
        async (text) => {
          expect(reasonOf(await decodeProgress(text, IDS))).to.not.equal('ok');
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('link code: oversize', function () {
  // Thousands of codes; slower under the mutation run's instrumentation.
  this.timeout(20000);
  it('refuses a code over MAX_CODE_LENGTH before reading it, and not one of that length', async () => {
    expect(reasonOf(await decodeProgress('1'.repeat(MAX_CODE_LENGTH + 1), IDS))).to.equal('oversize');
    expect(reasonOf(await decodeProgress('!'.repeat(MAX_CODE_LENGTH + 1), IDS))).to.equal('oversize');
    expect(reasonOf(await decodeProgress('1'.repeat(MAX_CODE_LENGTH), IDS))).to.equal('truncated');
  });

  it('refuses a sound code that inflates past MAX_PAYLOAD_BYTES, and reads one just within', async () => {
    const fill = (bytes: number) => JSON.stringify({ k: 'k', z: 'a'.repeat(bytes - 16) });
    expect(new TextEncoder().encode(fill(MAX_PAYLOAD_BYTES)).length).to.equal(MAX_PAYLOAD_BYTES);
    expect(reasonOf(await decodeProgress(seal(await bodyOf(fill(MAX_PAYLOAD_BYTES))), IDS))).to.equal('ok');
    expect(reasonOf(await decodeProgress(seal(await bodyOf(fill(MAX_PAYLOAD_BYTES + 1))), IDS))).to.equal(
      'oversize',
    );
  });

  it('rejects a snapshot whose code would be too long, and makes one of MAX_CODE_LENGTH', async () => {
    // Notes that deflate cannot shrink: random letters, 6 bits a character in the code.
    let seed = 1;
    const random = (length: number) =>
      Array.from({ length }, () => DIGITS[(seed = (seed * 48271) % 2147483647) % 64]).join('');
    const notes = (length: number) => {
      seed = 1;
      return Object.fromEntries(
        ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => [
          id,
          random(Math.min(Math.max(length - i * 500, 0), 500)),
        ]),
      );
    };
    let error: unknown;
    await encodeProgress({ key: 'k', checked: [], notes: notes(3000) }, IDS).catch(
      (e: unknown) => (error = e),
    );
    expect(error).to.be.instanceOf(RangeError);
    expect((error as Error).message).to.match(/^progress link: \d{4} characters$/);
    // The longest note text that fits, found by halving: its code is exactly at the limit or one step under.
    let low = 0;
    let high = 3000;
    while (high - low > 1) {
      const mid = (low + high) >> 1;
      try {
        await encodeProgress({ key: 'k', checked: [], notes: notes(mid) }, IDS);
        low = mid;
      } catch {
        high = mid;
      }
    }
    // Compressed sizes grow by a byte or none a character: one of the texts just under it makes a code of the
    // limit itself, which is still written.
    const lengths = new Map<number, string>();
    for (let length = low; length > low - 40; length--) {
      const code = await encodeProgress({ key: 'k', checked: [], notes: notes(length) }, IDS);
      lengths.set(code.length, code);
    }
    expect([...lengths.keys()].every((length) => length <= MAX_CODE_LENGTH)).to.be.true;
    const code = lengths.get(MAX_CODE_LENGTH)!;
    expect(code).to.be.a('string');
    expect(reasonOf(await decodeProgress(code, IDS))).to.equal('ok');
  });

  it('rejects a snapshot of more than MAX_PAYLOAD_BYTES of data, however well it compresses', async () => {
    // {"k":"…"} is 8 bytes around the key.
    const code = await encodeProgress({ key: 'a'.repeat(MAX_PAYLOAD_BYTES - 8), checked: [] }, IDS);
    expect(code.length).to.be.below(MAX_CODE_LENGTH);
    expect(ok(await decodeProgress(code, IDS)).snapshot.key).to.have.length(MAX_PAYLOAD_BYTES - 8);
    let error: unknown;
    await encodeProgress({ key: 'a'.repeat(MAX_PAYLOAD_BYTES - 7), checked: [] }, IDS).catch(
      (e: unknown) => (error = e),
    );
    expect(error).to.be.instanceOf(RangeError);
    expect((error as Error).message).to.equal(`progress link: ${MAX_PAYLOAD_BYTES + 1} bytes of data`);
  });
});

describe('link code: a browser without deflate-raw', () => {
  const saved = globalThis.DecompressionStream;
  afterEach(() => {
    globalThis.DecompressionStream = saved;
  });

  it('reads a sound code as unsupported where DecompressionStream is missing or lacks deflate-raw', async () => {
    const code = await encodeProgress({ key: 'k', checked: ['s.a'] }, IDS);
    (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
    expect(await decodeProgress(code, IDS)).to.deep.equal({ ok: false, reason: 'unsupported' });
    globalThis.DecompressionStream = class extends saved {
      constructor(format: CompressionFormat) {
        if (format === 'deflate-raw') throw new TypeError('Unsupported compression format');
        super(format);
      }
    };
    expect(await decodeProgress(code, IDS)).to.deep.equal({ ok: false, reason: 'unsupported' });
    // The envelope is read first: a cut code is still said to be cut.
    expect(reasonOf(await decodeProgress(code.slice(0, 5), IDS))).to.equal('truncated');
  });
});

describe('link code: URLs', () => {
  const from: [href: string, code: string | undefined][] = [
    ['https://example.com/porting#pc=1AbC', '1AbC'],
    ['https://example.com/porting?x=1#a=1&pc=1AbC&b=2', '1AbC'],
    ['https://example.com/#pc=', ''],
    ['https://example.com/#pc=1A&pc=1B', '1A'],
    ['https://example.com/#pc=a%26b', 'a&b'],
    ['https://example.com/#pc=%E0%A4%A', '%E0%A4%A'],
    ['https://example.com/?pc=1AbC', undefined],
    ['https://example.com/?pc=1AbC#section-2', undefined],
    ['https://example.com/', undefined],
    ['https://example.com/#', undefined],
    ['https://example.com/#section-2', undefined],
    ['https://example.com/#/inbox?pc=1AbC', undefined],
    ['https://example.com/#access_token=abc&state=xyz', undefined],
    ['https://example.com/#xpc=1AbC', undefined],
    ['https://example.com/#PC=1AbC', undefined],
    ['https://example.com/#pc', undefined],
    ['#pc=1AbC', '1AbC'],
  ];
  for (const [href, code] of from) {
    it(`codeFromUrl(${JSON.stringify(href)}) is ${JSON.stringify(code)}`, () => {
      expect(codeFromUrl(href)).to.equal(code);
    });
  }

  const withCode: [href: string, url: string][] = [
    ['https://example.com/porting', 'https://example.com/porting#pc=1AbC'],
    ['https://example.com/porting?utm=x&pc=q', 'https://example.com/porting?utm=x&pc=q#pc=1AbC'],
    ['https://example.com/porting#', 'https://example.com/porting#pc=1AbC'],
    ['https://example.com/porting#section-2', 'https://example.com/porting#section-2&pc=1AbC'],
    ['https://example.com/porting#a=1&pc=old&b=2', 'https://example.com/porting#a=1&b=2&pc=1AbC'],
    ['https://example.com/porting#pc=old&pc=older', 'https://example.com/porting#pc=1AbC'],
  ];
  for (const [href, url] of withCode) {
    it(`urlWithCode(${JSON.stringify(href)}) is ${JSON.stringify(url)}`, () => {
      expect(urlWithCode(href, '1AbC')).to.equal(url);
      expect(codeFromUrl(url)).to.equal('1AbC');
    });
  }

  it('urlWithCode percent-encodes a code that is not URL-safe, which codeFromUrl gives back', () => {
    const url = urlWithCode('https://example.com/', 'a&b c#');
    expect(url).to.equal('https://example.com/#pc=a%26b%20c%23');
    expect(codeFromUrl(url)).to.equal('a&b c#');
  });

  const without: [href: string, url: string][] = [
    ['https://example.com/porting#pc=1AbC', 'https://example.com/porting'],
    ['https://example.com/porting?q=1#pc=1AbC', 'https://example.com/porting?q=1'],
    ['https://example.com/porting#a=1&pc=1AbC&b=2', 'https://example.com/porting#a=1&b=2'],
    ['https://example.com/porting#section-2&pc=1AbC', 'https://example.com/porting#section-2'],
    ['https://example.com/porting#pc=1&pc=2', 'https://example.com/porting'],
    ['https://example.com/porting#section-2', 'https://example.com/porting#section-2'],
    ['https://example.com/porting#', 'https://example.com/porting#'],
    ['https://example.com/porting?pc=1AbC', 'https://example.com/porting?pc=1AbC'],
    ['https://example.com/porting', 'https://example.com/porting'],
  ];
  for (const [href, url] of without) {
    it(`urlWithoutCode(${JSON.stringify(href)}) is ${JSON.stringify(url)}`, () => {
      expect(urlWithoutCode(href)).to.equal(url);
    });
  }

  it('carries a code through a URL and back, in the real URL parser too', async () => {
    const code = await encodeProgress({ key: 'k', checked: ['s.a'] }, IDS);
    const url = new URL(urlWithCode('https://example.com/a/b?c=d#top', code));
    expect(url.search).to.equal('?c=d');
    expect(url.hash).to.equal(`#top&pc=${code}`);
    expect(codeFromUrl(url.href)).to.equal(code);
    expect(urlWithoutCode(url.href)).to.equal('https://example.com/a/b?c=d#top');
  });
});
