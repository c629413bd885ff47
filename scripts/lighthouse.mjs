// Runs Lighthouse on the production demo (demo/index.html, which loads the built dist/port-checklist.js)
// in the system Chromium and prints the Performance, Accessibility and Best Practices scores, the Web Vitals and
// every audit that did not pass, with the offending nodes. The targets: each score 100 and CLS 0; the exit code
// is 1 when a median misses one. `npm run build` runs first when the bundle is missing (or with --build).
//
// The page is served from the repository root by a small static server that compresses text (brotli or gzip)
// and sends cache headers, as a production host or CDN would; @web/dev-server compresses nothing, which would
// put the "text compression" audit on the server instead of on the widget.
//
// Lighthouse's default config (mobile, simulated throttling) and its desktop config each run --runs times
// (3 by default; Lighthouse recommends several runs and their median); --form mobile or --form desktop runs
// one only. --save DIR keeps every report (HTML and JSON). Chrome is killed and the server closed after every
// run, on Ctrl+C and after --timeout seconds (default: 5 minutes, more for more runs).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, findChromium } from './find-chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
const BUNDLE = join(ROOT, 'dist', 'port-checklist.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = [
  ['cumulative-layout-shift', 'CLS', (v) => (v === 0 ? '0' : v < 0.001 ? v.toExponential(1) : v.toFixed(3))],
  ['largest-contentful-paint', 'LCP ms', (v) => String(Math.round(v))],
  ['first-contentful-paint', 'FCP ms', (v) => String(Math.round(v))],
  ['total-blocking-time', 'TBT ms', (v) => String(Math.round(v))],
];
const NOT_SCORED = new Set(['informative', 'notApplicable', 'manual']);

const args = process.argv.slice(2);
function option(name) {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index === -1) return undefined;
  return args[index].includes('=') ? args[index].slice(name.length + 1) : args[index + 1];
}
const runs = Number(option('--runs') ?? 3);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('lighthouse: --runs takes a whole number ≥ 1');
  process.exit(2);
}
const formOption = option('--form') ?? 'both';
if (!['mobile', 'desktop', 'both'].includes(formOption)) {
  console.error('lighthouse: --form takes mobile, desktop or both');
  process.exit(2);
}
const forms = formOption === 'both' ? ['mobile', 'desktop'] : [formOption];
const saveDir = option('--save');
const timeoutSeconds = Number(option('--timeout') ?? Math.max(300, 120 + 60 * runs * forms.length));

// Everything that must not outlive the script, released by cleanup() whatever happens.
let chrome;
let server;
let build;
function killChrome() {
  if (!chrome) return;
  const launched = chrome;
  chrome = undefined;
  try {
    // chrome-launcher kills Chrome's process group and removes its temporary profile.
    launched.kill();
  } catch {
    // Already gone.
  }
  try {
    process.kill(-launched.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
function cleanup() {
  killChrome();
  // Also a Chrome still starting up, which `chrome` does not hold yet.
  chromeLauncher.killAll();
  if (build) {
    try {
      process.kill(-build.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    build = undefined;
  }
  if (server) {
    server.closeAllConnections();
    server.close();
    server = undefined;
  }
}
function abort(message, code) {
  console.error(`\nlighthouse: ${message}`);
  cleanup();
  process.exit(code);
}
const timer = setTimeout(
  () => abort(`timed out after ${timeoutSeconds} s; Chrome killed (raise it with --timeout SECONDS)`, 124),
  timeoutSeconds * 1000,
);
process.once('SIGINT', () => abort('interrupted', 130));
process.once('SIGTERM', () => abort('terminated', 143));

function runBuild() {
  return new Promise((resolve, reject) => {
    build = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', detached: true });
    build.on('error', reject);
    build.on('exit', (code, signal) => {
      build = undefined;
      if (code === 0) resolve();
      else
        reject(new Error(`\`npm run build\` failed (${signal ?? `exit code ${code}`}); fix the build first`));
    });
  });
}

// A static server for the repository root: correct content types, brotli/gzip for text, cache headers.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;
const compressed = new Map();

function handle(request, response) {
  const reply = (status, text, headers = {}) => {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    response.end(text);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'Method not allowed');
  const url = new URL(request.url, 'http://localhost');
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return reply(400, 'Bad request');
  }
  let file = join(ROOT, path);
  if (file !== ROOT && !file.startsWith(ROOT + sep)) return reply(403, 'Forbidden');
  let stat = statSync(file, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    if (!url.pathname.endsWith('/')) return reply(301, '', { Location: `${url.pathname}/${url.search}` });
    file = join(file, 'index.html');
    stat = statSync(file, { throwIfNoEntry: false });
  }
  if (!stat?.isFile()) return reply(404, 'Not found');
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const headers = {
    'Content-Type': type,
    // Pages revalidate; assets are cached as a CDN serves a versioned bundle URL.
    'Cache-Control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=31536000',
    Vary: 'Accept-Encoding',
  };
  let body = readFileSync(file);
  const accept = request.headers['accept-encoding'] ?? '';
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
  if (encoding && COMPRESSIBLE.test(type)) {
    const key = `${file}\0${stat.mtimeMs}\0${encoding}`;
    if (!compressed.has(key))
      compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body));
    body = compressed.get(key);
    headers['Content-Encoding'] = encoding;
  }
  headers['Content-Length'] = body.length;
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

function startServer() {
  return new Promise((resolve, reject) => {
    server = createServer(handle);
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

async function audit(url, form, run) {
  chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: chromiumArgs(),
    handleSIGINT: false,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: ['json', 'html'], logLevel: 'error', onlyCategories: CATEGORIES },
      form === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    if (saveDir) {
      mkdirSync(saveDir, { recursive: true });
      const [json, html] = result.report;
      writeFileSync(join(saveDir, `${form}-${run}.report.json`), json);
      writeFileSync(join(saveDir, `${form}-${run}.report.html`), html);
    }
    return result.lhr;
  } finally {
    killChrome();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const score = (lhr, id) => {
  const value = lhr.categories[id]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : undefined;
};
const metric = (lhr, id) => lhr.audits[id]?.numericValue;
const pad = (text, width) => String(text).padStart(width);

function table(lhrs) {
  const width = Math.max(6, ...lhrs.map((_, i) => `run ${i + 1}`.length));
  const head = ['', ...lhrs.map((_, i) => `run ${i + 1}`), 'median', 'target'];
  const rows = [];
  const missed = [];
  for (const id of CATEGORIES) {
    const values = lhrs.map((lhr) => score(lhr, id));
    const middle = median(values);
    const ok = middle !== undefined && Math.round(middle) >= 100;
    if (!ok) missed.push(`${lhrs[0].categories[id]?.title ?? id} ${middle ?? 'n/a'}`);
    rows.push([
      lhrs[0].categories[id]?.title ?? id,
      ...values.map((v) => v ?? 'n/a'),
      middle === undefined ? 'n/a' : Math.round(middle),
      '100',
      ok ? 'ok' : 'MISSED',
    ]);
  }
  for (const [id, label, format] of METRICS) {
    const values = lhrs.map((lhr) => metric(lhr, id));
    const middle = median(values);
    const row = [label, ...values.map((v) => (v === undefined ? 'n/a' : format(v)))];
    row.push(middle === undefined ? 'n/a' : format(middle));
    if (id === 'cumulative-layout-shift') {
      const ok = middle === 0;
      if (!ok) missed.push(`CLS ${middle === undefined ? 'n/a' : format(middle)}`);
      row.push('0', ok ? 'ok' : 'MISSED');
    }
    rows.push(row);
  }
  const labelWidth = Math.max(...rows.map((r) => r[0].length));
  for (const row of [head, ...rows]) {
    const [label, ...cells] = row;
    const status = row === head || cells.length < head.length ? '' : `  ${cells.pop()}`;
    console.log(`  ${label.padEnd(labelWidth)}  ${cells.map((c) => pad(c, width)).join('  ')}${status}`);
  }
  return missed;
}

// One line per offending node, resource or chain of an audit's details, for the report below.
function describe(details) {
  const lines = [];
  const chain = (nodes) => {
    const longest = Object.values(nodes ?? {}).find((node) => node.isLongest);
    return longest
      ? [`${longest.url} (${Math.round(longest.navStartToEndTime)} ms)`, ...chain(longest.children)]
      : [];
  };
  for (const item of details?.items ?? []) {
    if (['table', 'list', 'opportunity'].includes(item.type)) {
      lines.push(...describe(item));
      continue;
    }
    if (item.type === 'list-section') {
      const { value } = item;
      if (value?.type === 'network-tree') lines.push(`longest chain: ${chain(value.chains).join(' → ')}`);
      else if (value?.items) lines.push(...describe(value));
      continue;
    }
    const values = Object.values(item);
    const node = item.node ?? values.find((v) => v?.type === 'node');
    if (node) {
      const where = [node.selector, node.snippet].filter(Boolean).join('  ') || node.nodeLabel || '(node)';
      const why = node.explanation ? `\n          ${node.explanation.replace(/\n\s*/g, '\n          ')}` : '';
      lines.push(`${where}${why}`);
      continue;
    }
    const source = values.find((v) => v?.type === 'source-location');
    const url = item.url ?? (source ? `${source.url}:${source.line + 1}:${source.column + 1}` : undefined);
    const text = item.description ?? item.label ?? item.reason ?? item.failureReason ?? '';
    const waste = [
      item.wastedBytes ? `${Math.round(item.wastedBytes / 1024)} KiB` : '',
      item.wastedMs ? `${Math.round(item.wastedMs)} ms` : '',
      item.reflowTime ? `${Math.round(item.reflowTime)} ms reflow` : '',
    ].filter(Boolean);
    lines.push(
      [url, text, waste.join(', ')].filter(Boolean).join('  ') || JSON.stringify(item).slice(0, 160),
    );
  }
  return lines;
}

// Audits with a score below 1 (or that errored), across all runs: first those that weigh in a category score,
// then the diagnostics and insights, which weigh nothing but say what to improve.
function failures(lhrs) {
  const failed = new Map();
  for (const lhr of lhrs) {
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      for (const ref of category?.auditRefs ?? []) {
        const result = lhr.audits[ref.id];
        if (!result || NOT_SCORED.has(result.scoreDisplayMode)) continue;
        const error = result.scoreDisplayMode === 'error';
        if (!error && (result.score === null || result.score >= 1)) continue;
        const key = `${id}\0${ref.id}`;
        if (!failed.has(key)) failed.set(key, { category: category.title, ref, result, runs: 0, error });
        failed.get(key).runs++;
      }
    }
  }
  const sorted = [...failed.values()].sort((a, b) => b.ref.weight - a.ref.weight || b.runs - a.runs);
  for (const [title, list, limit] of [
    ['Scored audits that did not pass', sorted.filter((f) => f.ref.weight > 0), 8],
    [
      'Diagnostics that did not pass (weight 0: no effect on the score)',
      sorted.filter((f) => !f.ref.weight),
      3,
    ],
  ]) {
    console.log(`  ${title}:${list.length ? '' : ' none'}`);
    for (const { category, ref, result, runs: count, error } of list) {
      const value = error ? `error: ${result.errorMessage}` : `score ${result.score}`;
      const display = result.displayValue ? `, ${result.displayValue}` : '';
      const weight = ref.weight ? `; weight ${ref.weight}` : '';
      console.log(
        `    [${category}] ${ref.id}: ${result.title} (${value}${display}${weight}; ` +
          `in ${count}/${lhrs.length} runs)`,
      );
      const lines = describe(result.details);
      for (const line of lines.slice(0, limit)) console.log(`      - ${line}`);
      if (lines.length > limit) console.log(`      … and ${lines.length - limit} more`);
    }
  }
}

const started = Date.now();
let exitCode = 0;
try {
  if (args.includes('--build') || !existsSync(BUNDLE)) {
    if (!args.includes('--build')) console.log('lighthouse: dist/port-checklist.js is missing, building…');
    await runBuild();
  }
  const port = await startServer();
  const url = `http://localhost:${port}/demo/`;
  const version = JSON.parse(
    readFileSync(fileURLToPath(import.meta.resolve('lighthouse/package.json')), 'utf8'),
  ).version;
  const missed = [];
  for (const form of forms) {
    const lhrs = [];
    for (let run = 1; run <= runs; run++) {
      const begin = Date.now();
      const lhr = await audit(url, form, run);
      lhrs.push(lhr);
      if (lhr.runtimeError)
        console.log(`  runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = CATEGORIES.map((id) => `${lhr.categories[id]?.title ?? id} ${score(lhr, id) ?? 'n/a'}`);
      const metrics = METRICS.map(([id, label, format]) => {
        const value = metric(lhr, id);
        return `${label} ${value === undefined ? 'n/a' : format(value)}`;
      });
      console.log(
        `${form} run ${run}/${runs}: ${[...scores, ...metrics].join(', ')} ` +
          `(${((Date.now() - begin) / 1000).toFixed(1)} s)`,
      );
    }
    const { environment, configSettings } = lhrs[0];
    console.log(
      `\nLighthouse ${version}, ${form} (throttling: ${configSettings.throttlingMethod}), ${environment.hostUserAgent
        .match(/(?:Headless)?Chrome\/[\d.]+/)
        ?.at(0)}, benchmark index ${median(lhrs.map((lhr) => lhr.environment.benchmarkIndex))}, ${url}`,
    );
    const warnings = [...new Set(lhrs.flatMap((lhr) => lhr.runWarnings ?? []))];
    for (const warning of warnings) console.log(`  warning: ${warning}`);
    for (const entry of table(lhrs)) missed.push(`${form} ${entry}`);
    console.log(`\nAudits that did not pass (${form}):`);
    failures(lhrs);
    if (saveDir) console.log(`  Full reports: ${join(saveDir, `${form}-N.report.html`)} (and .json)`);
    console.log('');
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (missed.length) {
    console.log(`lighthouse: targets missed (medians): ${missed.join('; ')}  [${seconds} s]`);
    exitCode = 1;
  } else {
    console.log(`lighthouse: all targets met (scores 100, CLS 0)  [${seconds} s]`);
  }
} catch (error) {
  console.error(`lighthouse: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  clearTimeout(timer);
  cleanup();
}
process.exit(exitCode);
