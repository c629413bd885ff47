// Prints the gzip and brotli size of every dist file against its target, and fails when a file is over its
// gate. Targets are the product's budgets (issues 12 and 13): the default bundle 17 KB, the English-only one
// 15 KB, each locale chunk 4.5 KB, each country chunk 2 KB. The bundled checklist's content outgrew the first
// three (see README "Performance"); until that is settled, the gates stop regressions at the measured size
// plus a little room, and the report says by how much each target is missed.
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
export const BUDGET = { 'port-checklist.js': 17 * KB, 'port-checklist.en.js': 15 * KB };
const GATE = { 'port-checklist.js': 19.5 * KB, 'port-checklist.en.js': 18 * KB };
const CHUNKS = [
  { kind: 'locale', pattern: /^chunks\/([a-z]{2})-[\w-]+\.js$/, budget: 4.5 * KB, gate: 7 * KB },
  { kind: 'country', pattern: /^chunks\/region-[a-z]{2}-[\w-]+\.js$/, budget: 2 * KB, gate: 2 * KB },
];

const dist = new URL('../dist/', import.meta.url);
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
let failed = false;
const files = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.js') && !name.startsWith('esm'));
if (files.length === 0) {
  console.error('size: no bundle in dist/ — run `npm run build` first');
  process.exit(1);
}
const missed = [];
for (const name of files) {
  const source = readFileSync(new URL(name, dist));
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const chunk = CHUNKS.find(({ pattern }) => pattern.test(name));
  const budget = BUDGET[name] ?? chunk?.budget;
  const gate = GATE[name] ?? chunk?.gate;
  let verdict = '';
  if (budget !== undefined) {
    verdict =
      gzip <= budget
        ? `  (target ${kb(budget)}: met)`
        : `  (target ${kb(budget)}: missed by ${kb(gzip - budget)})`;
    if (gzip > budget) missed.push(name);
  }
  if (gate !== undefined && gzip > gate) {
    failed = true;
    verdict += `  OVER THE GATE of ${kb(gate)} by ${kb(gzip - gate)}`;
  }
  console.log(
    `size: dist/${name}  ${kb(source.length)} min  ${kb(gzip)} gzip  ${kb(brotli)} brotli${verdict}`,
  );
}
console.log(
  `size: ${missed.length} file(s) miss their target; ${failed ? 'a gate is exceeded' : 'every gate holds'}`,
);
if (failed) process.exit(1);
