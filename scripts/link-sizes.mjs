// Sizes of progress links (src/link/code.ts) for the bundled checklist, against the plain alternative, with the
// QR code each link needs: `npm run link-sizes` (TypeScript through tsx). The figures behind README "Links".
//
//   explicit ids: the same JSON fields with `c` as the list of checked ids (no bit set, no fingerprint)
//   code.ts:      what encodeProgress writes (the bit set over the 46 ids and their fingerprint)
//
// Both with the 9-character envelope, deflate-raw and base64url; "raw JSON" is the first without compression, and
// "deflate (zlib)" with the 2-byte header and 4-byte Adler-32 that deflate-raw leaves out (the envelope has a checksum).
// The link is ADDRESS + "#pc=" + code; a QR version is the smallest whose byte mode holds the whole link.
import { defaultConfig } from '../src/content/default-config.ts';
import { itemIds } from '../src/state/progress.ts';
import { encodeProgress } from '../src/link/code.ts';

const ADDRESS = 'https://calltracker.dev/number-porting-checklist';

// Byte-mode capacity of QR versions 1 to 40 (ISO/IEC 18004, table 7), by error-correction level.
const CAPACITY = {
  L: [
    17, 32, 53, 78, 106, 134, 154, 192, 230, 271, 321, 367, 425, 458, 520, 586, 644, 718, 792, 858, 929, 1003,
    1091, 1171, 1273, 1367, 1465, 1528, 1628, 1732, 1840, 1952, 2068, 2188, 2303, 2431, 2563, 2699, 2809,
    2953,
  ],
  M: [
    14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666, 711, 779,
    857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331,
  ],
};
const qrVersion = (bytes, level) => {
  const version = CAPACITY[level].findIndex((capacity) => capacity >= bytes) + 1;
  return version > 0 ? version : '>40';
};

async function compress(text, format = 'deflate-raw') {
  const stream = new Blob([new TextEncoder().encode(text)])
    .stream()
    .pipeThrough(new CompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const base64Url = (bytes) => Buffer.from(bytes).toString('base64url');

const ids = itemIds(defaultConfig());
const answers = {
  country: 'se',
  types: ['landline', 'mobile', 'voip'],
  count: '2-20',
  scope: 'full',
  texting: 'yes',
  sites: 'several',
};
const plan = { date: '2026-05-04', confirmed: true };
const notes = {
  'loa.verify-signer':
    'Anna Berg signs for the company; her name must match the CSR exactly. Ask the old carrier for the account PIN first, it is not on the bill. Scan the signed LOA and keep the original in the blue folder',
  'timing.port-date':
    'Tuesday morning suits us best: the phones are quiet before 10. The new provider wants ten working days; the old contract ends in June, so no early termination fee if we port after the 1st of July 2026',
  'tech.e911':
    'Registered addresses: head office Storgatan 12, 3rd floor; warehouse Industrivägen 4. Check that the reception phone shows the right floor. Test call to the non-emergency line after the port, not 112.',
};
for (const text of Object.values(notes)) if (text.length !== 200) throw new Error(`a note of ${text.length}`);

const cases = {
  'all 46 checked + answers + date': ids,
  'first 23 checked + answers + date': ids.slice(0, 23),
  'every other checked + answers + date': ids.filter((_, i) => i % 2 === 0),
};
const rows = [];
for (const withNotes of [false, true]) {
  for (const [name, checked] of Object.entries(cases)) {
    const snapshot = {
      key: 'number-porting',
      checked,
      answers,
      region: 'se',
      plan,
      ...(withNotes ? { notes } : {}),
    };
    const explicit = JSON.stringify({
      k: snapshot.key,
      c: checked,
      a: answers,
      r: 'se',
      p: [plan.date, 1],
      ...(withNotes ? { n: notes } : {}),
    });
    const codes = {
      'raw JSON, explicit ids': 9 + base64Url(new TextEncoder().encode(explicit)).length,
      'deflate (zlib), explicit ids': 9 + base64Url(await compress(explicit, 'deflate')).length,
      'deflate-raw, explicit ids': 9 + base64Url(await compress(explicit)).length,
      'code.ts (bit set)': (await encodeProgress(snapshot, ids)).length,
    };
    for (const [encoding, length] of Object.entries(codes)) {
      const link = ADDRESS.length + 4 + length;
      rows.push({
        case: name + (withNotes ? ' + 3 notes of 200' : ''),
        encoding,
        code: length,
        link,
        'QR L': qrVersion(link, 'L'),
        'QR M': qrVersion(link, 'M'),
        'QR L (code only)': qrVersion(length, 'L'),
      });
    }
  }
}
console.log(
  `${ids.length} item ids; link = ${ADDRESS}#pc=<code> (${ADDRESS.length + 4} characters before the code)`,
);
console.table(rows);
