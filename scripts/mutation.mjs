// Mutation testing of the pure modules (README "Testing"): runs StrykerJS (stryker.config.mjs), incrementally
// from the committed stryker-incremental.json, then reads its JSON report and prints one row per module of
// `mutate`: killed, survived, no coverage, timeout, score. Fails when any module scores under the break
// threshold (Stryker's own `thresholds.break` looks at the overall score only), or when Stryker failed.
//
//   node scripts/mutation.mjs            incremental: only mutants whose code or tests changed run again
//   node scripts/mutation.mjs --force    every mutant again (still writes the incremental file)
//   node scripts/mutation.mjs --report   no run: the table of the last report
//   node scripts/mutation.mjs --keep-baseline   starts from the committed file but writes its update under
//                                        reports/ (CI: the committed baseline stays as it is)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import config from '../stryker.config.mjs';

const args = process.argv.slice(2);
const started = Date.now();
let strykerFailed = false;
if (!args.includes('--report')) {
  let incrementalFile = config.incrementalFile;
  if (args.includes('--keep-baseline')) {
    mkdirSync('reports', { recursive: true });
    incrementalFile = 'reports/stryker-incremental.json';
    if (existsSync(config.incrementalFile)) copyFileSync(config.incrementalFile, incrementalFile);
  }
  const passed = args.filter((arg) => arg !== '--keep-baseline');
  const stryker = spawnSync(
    'npx',
    ['stryker', 'run', '--incremental', '--incrementalFile', incrementalFile, ...passed],
    { stdio: 'inherit' },
  );
  strykerFailed = stryker.status !== 0;
}

const reportPath = config.jsonReporter.fileName;
if (!existsSync(reportPath)) {
  console.error(`mutation: no report at ${reportPath}`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const threshold = config.thresholds.break;
const files = new Map(
  Object.entries(report.files).map(([path, file]) => [relative('.', resolve(path)), file]),
);

const rows = [];
const left = [];
for (const module of config.mutate) {
  const file = files.get(module);
  const count = { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0 };
  for (const mutant of file?.mutants ?? []) {
    if (mutant.status in count) count[mutant.status]++;
    if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
      const { line, column } = mutant.location.start;
      left.push(
        `${module}:${line}:${column} ${mutant.status} ${mutant.mutatorName}: ${mutant.replacement ?? ''}`,
      );
    }
  }
  const detected = count.Killed + count.Timeout;
  const valid = detected + count.Survived + count.NoCoverage;
  const score = valid === 0 ? NaN : (detected / valid) * 100;
  rows.push({ module, ...count, score, ok: file !== undefined && score >= threshold });
}

const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
const all = {
  Killed: sum('Killed'),
  Survived: sum('Survived'),
  NoCoverage: sum('NoCoverage'),
  Timeout: sum('Timeout'),
};
const allValid = all.Killed + all.Timeout + all.Survived + all.NoCoverage;
const overall = { module: 'all', ...all, score: ((all.Killed + all.Timeout) / allValid) * 100, ok: true };

const header = ['module', 'killed', 'survived', 'no coverage', 'timeout', 'score'];
const table = [...rows, overall].map((r) => [
  r.module,
  String(r.Killed),
  String(r.Survived),
  String(r.NoCoverage),
  String(r.Timeout),
  `${Number.isNaN(r.score) ? '-' : r.score.toFixed(2)}%${r.ok ? '' : ' < ' + threshold}`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) =>
  `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
console.log(`\nMutation score per module (threshold ${threshold}%):`);
console.log(line(header));
console.log(`| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ')} |`);
for (const row of table) console.log(line(row));
if (left.length > 0) {
  console.log(`\nMutants left (${left.length}; README "Testing" says why each that survives is equivalent):`);
  for (const entry of left) console.log(`  ${entry}`);
}
console.log(`\nmutation testing took ${((Date.now() - started) / 1000).toFixed(0)} s`);

const failing = rows.filter((r) => !r.ok);
if (failing.length > 0) {
  console.error(`mutation: under ${threshold}%: ${failing.map((r) => r.module).join(', ')}`);
  process.exit(1);
}
if (strykerFailed) {
  console.error('mutation: stryker failed');
  process.exit(1);
}
