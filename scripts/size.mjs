// Prints the gzip and brotli size of every dist file and fails when the script-tag bundle is over budget.
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Gzipped budgets, the product's: the default (multilingual) bundle 16.5 KB, the English-only one 15 KB, each
// locale chunk 3.5 KB.
export const BUDGET = { 'port-checklist.js': 16.5 * 1024, 'port-checklist.en.js': 15 * 1024 };
const LOCALE_CHUNK_BUDGET = 3.5 * 1024;
const LOCALE_CHUNK = /^chunks\/([a-z]{2})-[\w-]+\.js$/;

const dist = new URL('../dist/', import.meta.url);
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
let failed = false;
const files = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.js') && !name.startsWith('esm'));
if (files.length === 0) {
  console.error('size: no bundle in dist/ — run `npm run build` first');
  process.exit(1);
}
for (const name of files) {
  const source = readFileSync(new URL(name, dist));
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const budget = BUDGET[name] ?? (LOCALE_CHUNK.test(name) ? LOCALE_CHUNK_BUDGET : undefined);
  const verdict =
    budget === undefined
      ? ''
      : gzip <= budget
        ? `  (budget ${kb(budget)}: ok)`
        : `  (budget ${kb(budget)}: OVER by ${kb(gzip - budget)})`;
  if (budget !== undefined && gzip > budget) failed = true;
  console.log(
    `size: dist/${name}  ${kb(source.length)} min  ${kb(gzip)} gzip  ${kb(brotli)} brotli${verdict}`,
  );
}
if (failed) process.exit(1);
