// `npm run bench`: measures <port-checklist> against the vanilla-JavaScript floor (bench/vanilla.js) in the
// system Chromium, headless, and prints medians and ratios. Run `npm run build` first (`npm run bench` does).
//
//   node bench/run.mjs [--samples N] [--readme]
//
// --samples  page loads per measure (default 30; --readme takes at least 20)
// --readme   also writes the tables into README.md between <!-- bench:start --> and <!-- bench:end -->
//
// Every sample is a fresh browser context (empty storage and module map). Timings are taken in the page with
// performance.now(): first render from the module starting to evaluate (the bundle already fetched and
// compiled, as after a cached visit) to the config's last checkbox and call to action laid out; a toggle from
// the click to the updated counter laid out. Heap is V8's used heap after two forced collections. Figures on
// a 2-core machine are noisy: ratios to the floor, measured in the same run and interleaved, are what count.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, relative } from 'node:path';
import { cpus } from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.mjs';
import { partPattern } from '../scripts/rollup-region-texts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : argv[i + 1];
};
const SAMPLES = Number(option('--samples', 30));
const WRITE_README = argv.includes('--readme');
const TOGGLES_PER_LOAD = 25;
const FIRST_CLICKS = 5;
// 30 stands for the bundled checklist (whatever its length); the others are generated configs.
const SIZES = [30, 200, 1000];
const TIME_LIMIT_MS = 20 * 60 * 1000;
const IMPLEMENTATIONS_TAGS = { lit: 'port-checklist', vanilla: 'vanilla-checklist' };

if (!Number.isInteger(SAMPLES) || SAMPLES < 1) throw new Error('--samples takes a positive integer');
if (WRITE_README && SAMPLES < 20) throw new Error('--readme quotes medians of at least 20 samples');
if (!existsSync(join(root, 'dist/port-checklist.js')) || !existsSync(join(root, 'dist/esm/view/styles.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(1);
}

// The floor renders the same config with the same CSS: both taken from the build, in Node.
const { defaultConfig } = await import(join(root, 'dist/esm/content/default-config.js'));
const { applicable } = await import(join(root, 'dist/esm/config/conditions.js'));
// A returning visitor's stored answers: one landline, the whole account, no texting, one site.
const ANSWERS = { types: ['landline'], count: '1', scope: 'full', texting: 'no', sites: 'one' };
const { styles } = await import(join(root, 'dist/esm/view/styles.js'));
const config = defaultConfig();
const applying = applicable(config, ANSWERS).sections.reduce((n, section) => n + section.items.length, 0);
const DEFAULT_ITEMS = config.sections.reduce((n, section) => n + section.items.length, 0);
const fixture = JSON.stringify({
  css: styles.cssText,
  config,
  items: config.sections.reduce((n, section) => n + section.items.length, 0),
});

// ---- a static server for the repository (dist/, bench/, demo/) ----
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  if (path === '/bench/fixture.json') {
    response.writeHead(200, { 'content-type': TYPES['.json'] });
    return response.end(fixture);
  }
  let file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (relative(root, file).startsWith('..') || !/^(dist|bench|demo)[\\/]/.test(relative(root, file))) {
    file = '';
  }
  if (!file || !existsSync(file)) {
    response.writeHead(404);
    return response.end();
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- the browser: piped (no debugging port), always killed ----
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  pipe: true,
  args: chromiumArgs().filter((arg) => !arg.startsWith('--headless')),
  handleSIGINT: false,
  protocolTimeout: 60_000,
});
const kill = () => {
  try {
    browser.process()?.kill('SIGKILL');
  } catch {
    // already gone
  }
};
const watchdog = setTimeout(() => {
  console.error(`bench: over ${TIME_LIMIT_MS / 60000} minutes; stopping`);
  kill();
  process.exit(2);
}, TIME_LIMIT_MS);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (kill(), process.exit(130)));

/** Opens `path` in a fresh context, runs `body(page)`, and closes the context. */
async function inFreshPage(path, body, beforeLoad) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    if (beforeLoad) await beforeLoad(page);
    await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 30_000 });
    const result = await body(page);
    if (errors.length) throw errors[0];
    return result;
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const progress = (text) => process.stderr.write(`\rbench: ${text}`.padEnd(60));

let results;
try {
  const version = await browser.version();
  const render = {};
  const toggle = {};
  const firstToggle = {};
  for (const impl of ['lit', 'vanilla']) {
    for (const items of SIZES) {
      render[`${impl}:${items}`] = [];
      toggle[`${impl}:${items}`] = [];
      firstToggle[`${impl}:${items}`] = [];
    }
  }
  // (a)–(c): one page load per sample and implementation, interleaved so that drift hits both alike.
  render.swedish = [];
  render.answers = [];
  render.planned = [];
  for (let s = 0; s < SAMPLES; s++) {
    progress(`render, sample ${s + 1}/${SAMPLES}, a Swedish page`);
    const sv = await inFreshPage('/bench/page.html', (page) =>
      page.evaluate((o) => window.measureRender(o), { impl: 'lit', items: 30, toggles: 0, lang: 'sv' }),
    );
    render.swedish.push(sv.render);
    progress(`render, sample ${s + 1}/${SAMPLES}, stored answers`);
    const answered = await inFreshPage('/bench/page.html', (page) =>
      page.evaluate((o) => window.measureRender(o), {
        impl: 'lit',
        items: 30,
        toggles: 0,
        answers: ANSWERS,
        expected: applying,
      }),
    );
    render.answers.push(answered.render);
    progress(`render, sample ${s + 1}/${SAMPLES}, stored answers and port date`);
    const planned = await inFreshPage('/bench/page.html', (page) =>
      page.evaluate((o) => window.measureRender(o), {
        impl: 'lit',
        items: 30,
        toggles: 0,
        answers: ANSWERS,
        plan: '2027-01-14',
        expected: applying,
      }),
    );
    render.planned.push(planned.render);
    for (const items of SIZES) {
      progress(`render and toggle, sample ${s + 1}/${SAMPLES}, ${items} items`);
      for (const impl of s % 2 ? ['vanilla', 'lit'] : ['lit', 'vanilla']) {
        const r = await inFreshPage('/bench/page.html', (page) =>
          page.evaluate((o) => window.measureRender(o), { impl, items, toggles: TOGGLES_PER_LOAD }),
        );
        render[`${impl}:${items}`].push(r.render);
        toggle[`${impl}:${items}`].push(...r.toggle);
        firstToggle[`${impl}:${items}`].push(...r.toggle.slice(0, FIRST_CLICKS));
      }
    }
  }

  // (d): heap and DOM nodes with 0 and with 10 instances on a page; per instance = difference / 10.
  const heap = { lit: [], vanilla: [] };
  const nodes = { lit: [], vanilla: [] };
  for (let s = 0; s < SAMPLES; s++) {
    progress(`heap, sample ${s + 1}/${SAMPLES}`);
    for (const impl of s % 2 ? ['vanilla', 'lit'] : ['lit', 'vanilla']) {
      const measure = (count) =>
        inFreshPage('/bench/page.html', async (page) => {
          await page.evaluate((o) => window.mountInstances(o), { impl, count });
          const cdp = await page.createCDPSession();
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          const counters = await cdp.send('Memory.getDOMCounters');
          return { usedSize, nodes: counters.nodes };
        });
      const none = await measure(0);
      const ten = await measure(10);
      heap[impl].push((ten.usedSize - none.usedSize) / 10);
      nodes[impl].push((ten.nodes - none.nodes) / 10);
    }
  }

  // No long task over 50 ms while the demo page loads: the longest task per load, until 1 s after the
  // widgets rendered. The same for a page holding one checklist, ours or the floor, for comparison.
  const longestTask = (path, tag) =>
    inFreshPage(
      path,
      async (page) => {
        await page.evaluate(async (name) => {
          await customElements.whenDefined(name);
          await Promise.all([...document.querySelectorAll(name)].map((el) => el.updateComplete));
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }, tag);
        return page.evaluate(() => Math.max(0, ...window.__longTasks));
      },
      (page) =>
        page.evaluateOnNewDocument(() => {
          window.__longTasks = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
          }).observe({ type: 'longtask', buffered: true });
        }),
    );
  const longest = [];
  const embedLongest = { lit: [], vanilla: [] };
  for (let s = 0; s < SAMPLES; s++) {
    progress(`long tasks, sample ${s + 1}/${SAMPLES}`);
    longest.push(await longestTask('/demo/', 'port-checklist'));
    for (const impl of s % 2 ? ['vanilla', 'lit'] : ['lit', 'vanilla']) {
      embedLongest[impl].push(
        await longestTask(`/bench/embed.html?impl=${impl}`, IMPLEMENTATIONS_TAGS[impl]),
      );
    }
  }
  process.stderr.write('\n');
  results = { version, render, toggle, firstToggle, heap, nodes, longest, embedLongest };
} finally {
  clearTimeout(watchdog);
  await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 5000))]).catch(() => {});
  kill();
  server.close();
}

// ---- (e) sizes of every file a browser loads from dist/, and of the floor ----
const sizeOf = (file) => {
  const source = readFileSync(join(root, file));
  return {
    file,
    min: source.length,
    gzip: gzipSync(source, { level: 9 }).length,
    brotli: brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const allDist = readdirSync(join(root, 'dist'), { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.js') && !name.startsWith('esm'))
  .sort((a, b) => Number(a.includes('/')) - Number(b.includes('/')) || a.localeCompare(b));
// The presets' texts in each language (52 chunks, their names computed by the entry, not listed in it): one
// row with the largest.
const parts = allDist.filter((name) => partPattern.test(name)).map((name) => sizeOf(`dist/${name}`));
const distFiles = allDist.filter((name) => !partPattern.test(name)).map((name) => sizeOf(`dist/${name}`));
// Each chunk is named with the script-tag bundles that load it (each bundle has its own chunks).
const bundles = distFiles.filter((entry) => !entry.file.includes('/chunks/'));
for (const entry of distFiles) {
  const name = entry.file.split('/').pop();
  entry.use = entry.file.includes('/chunks/')
    ? `chunk of ${bundles
        .filter((bundle) => readFileSync(join(root, bundle.file), 'utf8').includes(name))
        .map((bundle) => bundle.file.replace('dist/', ''))
        .join(', ')}`
    : 'script tag';
}
if (parts.length) {
  const largest = (key) => Math.max(...parts.map((entry) => entry[key]));
  distFiles.push({
    file: `dist/chunks/region-<region>.<locale>-….js (${parts.length} files, the largest)`,
    use: 'chunk of port-checklist.js',
    min: largest('min'),
    gzip: largest('gzip'),
    brotli: largest('brotli'),
  });
}
// The npm build (dist/esm): unbundled modules an app's bundler takes what it needs from.
const esm = readdirSync(join(root, 'dist/esm'), { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.js'))
  .map((name) => sizeOf(`dist/esm/${name}`));
const sum = (key) => esm.reduce((total, entry) => total + entry[key], 0);
distFiles.push({
  file: `dist/esm/**/*.js (${esm.length} files, summed)`,
  use: 'npm build',
  min: sum('min'),
  gzip: sum('gzip'),
  brotli: sum('brotli'),
});
const floor = { ...sizeOf('bench/vanilla.js'), use: 'the floor' };
const bundle = distFiles.find((entry) => entry.file === 'dist/port-checklist.js');
const english = distFiles.find((entry) => entry.file === 'dist/port-checklist.en.js');

// ---- report ----
const { version, render, toggle, firstToggle, heap, nodes, longest, embedLongest } = results;
const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

/**
 * The ratio of two series' medians with its 95% bootstrap interval ("1.42× (1.30–1.55)"): how much of a
 * difference the noise of this machine could make. A fixed seed keeps the interval the same for the same data.
 */
function ratioInterval(ours, base, resamples = 2000) {
  let seed = 0x2545f491;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const resample = (series) => median(series.map(() => series[Math.floor(random() * series.length)]));
  const ratios = Array.from({ length: resamples }, () => resample(ours) / resample(base)).sort(
    (a, b) => a - b,
  );
  const low = ratios[Math.floor(resamples * 0.025)];
  const high = ratios[Math.ceil(resamples * 0.975) - 1];
  return `${ratio(median(ours), median(base))} (${low.toFixed(2)}–${high.toFixed(2)})`;
}

/** "met", or how far off, for a figure that must be at most `limit`. */
const verdict = (value, limit, format, strict = false) => {
  const ok = strict ? value < limit : value <= limit;
  return ok ? 'met' : `missed by ${format(value - limit)}`;
};

/** Our median and the floor's, and the table cells: both, formatted, and the ratio with its interval. */
function compare(ours, base, format) {
  const [a, b] = [median(ours), median(base)];
  return { ours: a, cells: [format(a), format(b), ratioInterval(ours, base)] };
}

const rows = [];
for (const items of SIZES) {
  const { ours, cells } = compare(render[`lit:${items}`], render[`vanilla:${items}`], ms);
  const limit = 1.5 * median(render[`vanilla:${items}`]);
  rows.push([
    `First render, ${items === 30 ? `the bundled checklist (${DEFAULT_ITEMS} items)` : `${items.toLocaleString('en')} items`}`,
    ...cells,
    items === 30 ? '≤ 1.5× floor' : '',
    items === 30 ? verdict(ours, limit, (d) => `${ms(d)} (${ratio(ours, limit)} of the target)`) : '',
  ]);
}
{
  const { ours, cells } = compare(render.swedish, render['vanilla:30'], ms);
  rows.push([
    'First render, a Swedish page (translation runtime and locale chunk fetched first)',
    ...cells,
    '',
    `${ms(ours - median(render['lit:30']))} more than English`,
  ]);
}
{
  const { ours, cells } = compare(render.answers, render['vanilla:30'], ms);
  rows.push([
    `First render, a returning visitor with stored answers (${applying} steps apply; setup chunk fetched first)`,
    ...cells,
    '',
    `${ms(ours - median(render['lit:30']))} more than without`,
  ]);
}
{
  const { ours, cells } = compare(render.planned, render['vanilla:30'], ms);
  rows.push([
    `First render, a returning visitor with stored answers and a port date (setup and planner chunks fetched first, ${applying} steps dated)`,
    ...cells,
    '',
    (() => {
      const more = ours - median(render.answers);
      return `${ms(Math.abs(more))} ${more < 0 ? 'less' : 'more'} than with answers only`;
    })(),
  ]);
}
for (const items of SIZES) {
  const { ours, cells } = compare(toggle[`lit:${items}`], toggle[`vanilla:${items}`], ms);
  const limit = items === 30 ? 2 : items === 1000 ? 8 : undefined;
  rows.push([
    `Toggle, ${items === 30 ? `the bundled checklist (${DEFAULT_ITEMS} items)` : `${items.toLocaleString('en')} items`}`,
    ...cells,
    limit ? `< ${limit} ms` : '',
    limit ? verdict(ours, limit, ms, true) : '',
  ]);
}
rows.push([
  `Toggle, the bundled checklist, first ${FIRST_CLICKS} clicks after load`,
  ...compare(firstToggle['lit:30'], firstToggle['vanilla:30'], ms).cells,
  '',
  '',
]);
{
  const { ours, cells } = compare(heap.lit, heap.vanilla, kb);
  rows.push([
    'JS heap per instance (10 on a page)',
    ...cells,
    '< 500 KB',
    verdict(ours, 500 * 1024, kb, true),
  ]);
}
rows.push([
  'DOM nodes per instance',
  String(Math.round(median(nodes.lit))),
  String(Math.round(median(nodes.vanilla))),
  ratio(median(nodes.lit), median(nodes.vanilla)),
  '',
  '',
]);
const longTasks = (series) =>
  Math.max(...series) === 0
    ? `none in ${series.length} loads`
    : `worst ${ms(Math.max(...series))}; ${series.filter((d) => d > 0).length} of ${series.length} loads had one`;
rows.push([
  'Longest task while a page with one checklist loads',
  longTasks(embedLongest.lit),
  longTasks(embedLongest.vanilla),
  '',
  '',
  '',
]);
rows.push([
  'Longest task while the demo loads',
  longTasks(longest),
  '',
  '',
  '≤ 50 ms',
  verdict(Math.max(...longest), 50, ms),
]);
for (const [label, entry, target] of [
  ['Script-tag bundle (every language), gzip', bundle, 17],
  ['English-only bundle, gzip', english, 13],
]) {
  rows.push([
    label,
    kb(entry.gzip),
    kb(floor.gzip),
    ratio(entry.gzip, floor.gzip),
    `≤ ${target} KB`,
    verdict(entry.gzip, target * 1024, kb),
  ]);
}

const table = (head, body) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const cpu = cpus();
const report = [
  `Medians of ${SAMPLES} page loads per figure (toggles: ${SAMPLES * TOGGLES_PER_LOAD} clicks), ${new Date().toISOString().slice(0, 10)},`,
  `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${version}, headless, no throttling.`,
  'Ratios are ours ÷ the floor, with a 95% bootstrap interval in brackets.',
  '',
  table(['Measure', 'port-checklist', 'vanilla floor', 'ratio', 'target', 'status'], rows),
  '',
  table(
    ['File', 'loaded as', 'minified', 'gzip', 'brotli'],
    [...distFiles, floor].map((entry) => [
      entry.file,
      entry.use,
      kb(entry.min),
      kb(entry.gzip),
      kb(entry.brotli),
    ]),
  ),
].join('\n');
console.log(report);

if (WRITE_README) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!readme.includes(start) || !readme.includes(end)) {
    console.error(`bench: README.md has no ${start} … ${end} markers`);
    process.exit(1);
  }
  const before = readme.slice(0, readme.indexOf(start) + start.length);
  const after = readme.slice(readme.indexOf(end));
  const text = `${before}\n\n${report}\n\n${after}`;
  const options = (await prettier.resolveConfig(join(root, 'README.md'))) ?? {};
  writeFileSync(join(root, 'README.md'), await prettier.format(text, { ...options, filepath: 'README.md' }));
  console.log('bench: README.md updated');
}
