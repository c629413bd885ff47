// Checks the translations in xliff/: every unit has a target, and each target keeps exactly the
// placeholders (<x id="…"/>) of its source. Prints targets that are identical to the English source as a
// hint (some are legitimate, such as a product name). With --extract it also fails when
// `lit-localize extract` would change a file, i.e. when a message in src/ is missing from the XLIFF.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const dir = new URL('../xliff/', import.meta.url);
const problems = [];
const same = [];

if (process.argv.includes('--extract')) {
  execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });
  try {
    execFileSync('git', ['diff', '--exit-code', '--stat', '--', 'xliff/'], { stdio: 'inherit' });
  } catch {
    problems.push(
      'xliff/: `lit-localize extract` changed the files above; run `npm run localize:extract` and commit',
    );
  }
}

const placeholders = (xml) =>
  [...xml.matchAll(/<x id="(\d+)"/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
const plain = (xml) => xml.replace(/<x [^>]*\/>/g, '').trim();

for (const file of readdirSync(dir)
  .filter((name) => name.endsWith('.xlf'))
  .sort()) {
  const xml = readFileSync(new URL(file, dir), 'utf8');
  let units = 0;
  for (const [, id, body] of xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    units++;
    const source = body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '';
    const target = body.match(/<target>([\s\S]*?)<\/target>/)?.[1];
    if (target === undefined || (plain(target) === '' && plain(source) !== '')) {
      problems.push(`${file} ${id}: no target`);
    } else if (placeholders(target) !== placeholders(source)) {
      problems.push(`${file} ${id}: placeholders differ from the source`);
    } else if (plain(target) === plain(source) && /[A-Za-z]{3}/.test(plain(source))) {
      same.push(`${file} ${id}: "${plain(source)}"`);
    }
  }
  console.log(`xliff: ${file} ${units} units`);
}
if (same.length)
  console.log(`xliff: ${same.length} targets equal their English source:\n  ${same.join('\n  ')}`);
if (problems.length) {
  console.error(`xliff: ${problems.length} problems:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('xliff: every unit translated');
