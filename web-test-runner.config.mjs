import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { engines } from './scripts/engines.mjs';

/** Counts every test of the run and prints `tests: N passed, N failed` last (CI reads that line). */
function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as a failure of its own.
        if (
          session.errors?.length ||
          (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)
        )
          failed++;
      }
      const line = `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      writeFileSync('.wtr-summary.json', JSON.stringify({ passed, failed, skipped, line }));
      setTimeout(() => console.log(`\n${line}`), 0);
    },
  };
}

/**
 * Serves dist/ under more paths for the bundle tests: /cdn/… with CORS headers, loaded from the other
 * host name (localhost vs 127.0.0.1, so another origin), and /broken/…, where the Swedish translation
 * chunk fails with 503, as a CDN hiccup would; /broken-runtime/…, where the translation runtime chunk does;
 * /broken-region/…, where every country preset chunk does (their texts' chunks too); /broken-region-texts/…,
 * where every preset's Swedish texts do; /broken-link/…, where the progress link's chunk does, and
 * /broken-link-texts/…, where its texts in every language do; /slow/…, where the Swedish chunk, the Swedish preset's chunk, every
 * preset's French texts and the UK preset's texts in every language answer 400 ms late.
 */
async function distAliases(ctx, next) {
  const match = ctx.url.match(
    /^\/(cdn|broken|broken-runtime|broken-region|broken-region-texts|broken-link|broken-link-texts|slow)\/(?:~\w+\/)?(.*)$/,
  );
  if (!match) return next();
  const failing = {
    broken: /^chunks\/sv-/,
    'broken-runtime': /^chunks\/i18n-runtime-/,
    'broken-region': /^chunks\/region-/,
    'broken-region-texts': /^chunks\/region-[a-z]{2}\.sv-/,
    'broken-link': /^chunks\/link-/,
    'broken-link-texts': /^chunks\/region-link\./,
  }[match[1]];
  if (failing?.test(match[2])) {
    ctx.status = 503;
    ctx.body = 'unavailable';
    return undefined;
  }
  if (match[1] === 'slow' && /^chunks\/(sv-|region-se-|region-[a-z]{2}\.fr-|region-gb\.)/.test(match[2]))
    await new Promise((resolve) => setTimeout(resolve, 400));
  ctx.url = `/dist/${match[2]}`;
  ctx.set('Access-Control-Allow-Origin', '*');
  return next();
}

/** Answers for the config-src tests: a good config, a server error, a slow answer, and a body that is not JSON. */
async function configFixtures(ctx, next) {
  if (!ctx.url.startsWith('/fixtures/')) return next();
  const good = {
    id: 'remote',
    title: 'Remote checklist',
    sections: [{ id: 's', title: 'S', items: [{ id: 's.a', title: 'A' }] }],
  };
  if (ctx.path === '/fixtures/config.json') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(good);
  } else if (ctx.path === '/fixtures/error') {
    ctx.status = 500;
    ctx.body = 'oops';
  } else if (ctx.path === '/fixtures/slow') {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(good);
  } else if (ctx.path === '/fixtures/csp.html') {
    // A strict page: no inline scripts or styles; with tt=1, Trusted Types enforced as well.
    const tt = ctx.query.tt
      ? "; require-trusted-types-for 'script'; trusted-types port-checklist lit-html"
      : '';
    ctx.set('Content-Security-Policy', `default-src 'self'; script-src 'self'; style-src 'self'${tt}`);
    ctx.type = 'text/html';
    const ownLit = ctx.query.lit ? '<script type="module" src="/fixtures/own-lit.js"></script>' : '';
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <script type="module" src="/fixtures/violations.js"></script>${ownLit}
      <script type="module" src="/dist/${ctx.query.bundle ?? 'port-checklist.js'}"></script></head>
      <body><port-checklist storage="none"></port-checklist><div id="own"></div></body></html>`;
  } else if (ctx.path === '/fixtures/fallback.html') {
    // A marketing page with the README's rule, a no-JavaScript fallback inside the element, and content after
    // it; the test adds the script tag when it is ready to watch the upgrade.
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <link rel="stylesheet" href="/fixtures/fallback.css"></head><body>
      <h1>Porting your numbers</h1>
      <port-checklist storage="none"><p id="fallback">Our number-porting checklist needs JavaScript.
        <a href="https://calltracker.dev/">CallTracker</a></p></port-checklist>
      <p id="after">Content after the widget.</p></body></html>`;
  } else if (ctx.path === '/fixtures/fallback.css') {
    ctx.type = 'text/css';
    ctx.body =
      'body { margin: 0; font: 16px/1.5 sans-serif; } port-checklist:not(:defined) { display: block; min-height: 100vh; }';
  } else if (ctx.path.startsWith('/fixtures/cms/')) {
    // What each CMS outputs for the README's recipe (see README "CMS recipes").
    const json = JSON.stringify({
      title: 'CMS checklist',
      sections: [{ id: 's', title: 'S', items: [{ id: 's.a', title: 'A' }] }],
    });
    const pages = {
      // Real WordPress's output for the pasted recipe (classic editor, Administrator), wpautop's </p>\n<p> inside
      // the JSON: captured by `npm run test:wordpress -- --update-fixture`.
      wordpress: readFileSync(new URL('./test/fixtures/wordpress-pasted.html', import.meta.url), 'utf8'),
      // Embed element: pasted as is, attributes re-quoted with single quotes.
      webflow: `<div class="w-embed"><port-checklist storage='none'><script type='application/json'>${json}</script></port-checklist></div>`,
      // Custom module: HubL output with the attribute name upper-cased and entity-encoded JSON.
      hubspot: `<div class="hs_cos_wrapper"><port-checklist STORAGE="none"><script TYPE="APPLICATION/JSON">${json.replace(/"/g, '&quot;')}</script></port-checklist></div>`,
      // Code block: typographic quotes from the rich-text editor.
      squarespace: `<div class="sqs-block-code"><port-checklist storage="none"><script type="application/json">${json.replace(/"([^"]*)"/g, '\u201c$1\u201d')}</script></port-checklist></div>`,
    };
    const name = ctx.path.slice('/fixtures/cms/'.length, -'.html'.length);
    if (!(name in pages)) return next();
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <script type="module" src="/dist/port-checklist.js"></script></head><body>${pages[name]}</body></html>`;
  } else if (ctx.path === '/fixtures/violations.js') {
    ctx.type = 'application/javascript';
    ctx.body = `window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;
  } else if (ctx.path === '/fixtures/own-lit.js') {
    // The host page's own Lit, under its usual "lit-html" policy.
    ctx.type = 'application/javascript';
    ctx.body = `import { html, render } from '/node_modules/lit-html/lit-html.js';
      render(html\`<p id="own-lit">host Lit</p>\`, document.getElementById('own'));`;
  } else if (ctx.path === '/fixtures/html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><p>Not found</p>';
  } else {
    return next();
  }
  return undefined;
}

/**
 * `/fixtures/readme.html?lang=sv`: a page in that language holding exactly the README's snippet (the first
 * HTML block under "Use it on a page"), its CDN address pointed at dist/.
 */
function readmeFixture(ctx, next) {
  if (ctx.path !== '/fixtures/readme.html') return next();
  const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Use it on a page'));
  const snippet = section.match(/```html\n([\s\S]*?)```/)[1].replace('https://your-cdn.example/', '/dist/');
  const lang = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(ctx.query.lang ?? '') ? ctx.query.lang : 'en';
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>README snippet</title></head><body>\n${snippet}</body></html>`;
  return undefined;
}

/**
 * A host's own progress store over HTTP, for test/storage-adapter.test.ts, and the README's adapter for it.
 * `/progress-store/<ns>/<key>`: GET answers 200 with the JSON record and its ETag, or 404; PUT (a JSON body)
 * keeps it and answers 204, or 412 when its If-Match (or If-None-Match: *) no longer holds. Each namespace (a test's own random one) has its own records. `POST …/<ns>/_control` with
 * `{ failSaves, failLoads, delayMs, status, garbage }` injects failures at this boundary: the next `failSaves`
 * PUTs and `failLoads` GETs answer `status` (500 unless given), every request waits `delayMs` (until set again),
 * and with `garbage` the next GET answers JSON that is not a record. `GET …/<ns>/_control` gives the counts of
 * GETs and PUTs of records; `GET …/<ns>/<key>?peek` reads a record uncounted, never failed. `/progress-store/readme-adapter.js`: the README's adapter snippet as a module
 * (`fetchStorage`, and `use`, the text of the line that sets it on the page's element).
 */
const progressStores = new Map();
async function progressStore(ctx, next) {
  if (!ctx.path.startsWith('/progress-store/')) return next();
  if (ctx.path === '/progress-store/readme-adapter.js') {
    const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf("### The host's own storage"));
    // The function as the README gives it; the line after it, which hands it to the page's element, left out.
    const [snippet, use] = section.match(/```js\n([\s\S]*?)```/)[1].split(/\n\n(?=document\.)/);
    ctx.type = 'application/javascript';
    ctx.body = `${snippet}\nexport { fetchStorage };\nexport const use = ${JSON.stringify(use)};\n`;
    return undefined;
  }
  if (ctx.path === '/progress-store/device.html') {
    // A host page on one "device": the script-tag bundle and one checklist whose storage is the README's adapter
    // over the namespace `ns` (the element starts in memory, then gets the adapter, as a host's script sets it).
    ctx.type = 'text/html';
    const config = JSON.stringify({
      id: 'small',
      title: 'Small checklist',
      sections: [
        {
          id: 'a',
          title: 'Section A',
          items: [
            { id: 'a.one', title: 'One' },
            { id: 'a.two', title: 'Two' },
          ],
        },
        { id: 'b', title: 'Section B', items: [{ id: 'b.three', title: 'Three' }] },
      ],
    });
    const ns = String(ctx.query.ns ?? '').replace(/[^\w-]/g, '');
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <script type="module" src="/dist/port-checklist.js"></script>
      <script type="module">
        import { fetchStorage } from '/progress-store/readme-adapter.js';
        await customElements.whenDefined('port-checklist');
        const el = document.querySelector('port-checklist');
        // window.loaded: the checklist is ready with what the endpoint holds.
        el.addEventListener('port-checklist-ready', () => (window.loaded = typeof el.storage === 'object'));
        el.storage = fetchStorage('/progress-store/${ns}');
      </script></head>
      <body><port-checklist storage="none"><script type="application/json">${config}</script></port-checklist></body></html>`;
    return undefined;
  }
  const match = ctx.path.match(/^\/progress-store\/([\w-]+)\/([^/]+)$/);
  if (!match) return next();
  const [, ns, key] = match.map(decodeURIComponent);
  if (!progressStores.has(ns))
    progressStores.set(ns, {
      records: new Map(),
      versions: new Map(),
      control: { failSaves: 0, failLoads: 0, delayMs: 0, status: 500, garbage: false },
      counts: { get: 0, put: 0, conflicts: 0 },
    });
  const store = progressStores.get(ns);
  const body = () =>
    new Promise((resolve, reject) => {
      let text = '';
      ctx.req.setEncoding('utf8');
      ctx.req.on('data', (chunk) => (text += chunk));
      ctx.req.on('end', () => resolve(text));
      ctx.req.on('error', reject);
    });
  if (key === '_control') {
    if (ctx.method === 'POST') {
      Object.assign(store.control, JSON.parse(await body()));
      ctx.status = 204;
    } else {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(store.counts);
    }
    return undefined;
  }
  const { control } = store;
  if (ctx.method === 'GET' && 'peek' in ctx.query) {
    // The test reading what is held: not counted, never failed or delayed.
    ctx.set('Cache-Control', 'no-store');
    if (store.records.has(key)) {
      ctx.type = 'application/json';
      ctx.body = store.records.get(key);
    } else ctx.status = 404;
    return undefined;
  }
  if (ctx.method === 'GET') store.counts.get++;
  else if (ctx.method === 'PUT') store.counts.put++;
  else {
    ctx.status = 405;
    return undefined;
  }
  if (control.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, control.delayMs));
  ctx.set('Cache-Control', 'no-store');
  if (ctx.method === 'GET') {
    if (control.failLoads > 0) {
      control.failLoads--;
      ctx.status = control.status;
      ctx.body = 'load failed';
    } else if (control.garbage) {
      control.garbage = false;
      ctx.type = 'application/json';
      // Checks without a version: not a record, so none of it may show.
      ctx.body = JSON.stringify({ checked: ['a.two'], note: 'not a record' });
    } else if (store.records.has(key)) {
      ctx.type = 'application/json';
      ctx.set('ETag', `"${store.versions.get(key)}"`);
      ctx.body = store.records.get(key);
    } else {
      ctx.status = 404;
      ctx.body = 'none';
    }
    return undefined;
  }
  // Conditional writes, as an HTTP API does them: If-Match with the ETag the last GET gave, or If-None-Match: *
  // when it found nothing; a record changed (or created) since then answers 412 Precondition Failed.
  const ifMatch = ctx.get('If-Match');
  const current = store.records.has(key) ? `"${store.versions.get(key)}"` : null;
  if ((ifMatch && ifMatch !== current) || (ctx.get('If-None-Match') === '*' && current !== null)) {
    store.counts.conflicts++;
    ctx.status = 412;
    ctx.body = 'changed since';
    return undefined;
  }
  const text = await body();
  if (control.failSaves > 0) {
    control.failSaves--;
    ctx.status = control.status;
    ctx.body = 'save failed';
    return undefined;
  }
  try {
    JSON.parse(text);
  } catch {
    ctx.status = 400;
    ctx.body = 'not JSON';
    return undefined;
  }
  store.records.set(key, text);
  store.versions.set(key, (store.versions.get(key) ?? 0) + 1);
  ctx.set('ETag', `"${store.versions.get(key)}"`);
  ctx.status = 204;
  return undefined;
}

/**
 * The `npm-pack` command of test/package.test.ts: what `npm pack` would publish (scripts off, so the run does
 * not rebuild dist/ under the other tests), with package.json. Packed once per run.
 */
let packed;
function npmPack() {
  return {
    name: 'npm-pack',
    executeCommand({ command }) {
      if (command !== 'npm-pack') return undefined;
      packed ??= new Promise((resolve, reject) => {
        execFile('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], (error, stdout) => {
          if (error) return reject(error);
          const files = JSON.parse(stdout)[0].files.map((file) => file.path);
          const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
          resolve({ files, pkg });
        });
      });
      return packed;
    },
  };
}

/**
 * The `emulate-timezone` command: sets the page's time zone (an IANA name; none restores the machine's) where
 * the engine can do it, Chromium through the DevTools protocol; returns false where it cannot (WebDriver has no
 * such command), so a test can say what it did not run.
 */
function timezoneCommand() {
  return {
    name: 'emulate-timezone',
    async executeCommand({ command, session, payload }) {
      if (command !== 'emulate-timezone') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      await session.browser.getPage(session.id).emulateTimezone(payload?.timezone);
      return true;
    },
  };
}

// React ships CommonJS only: bundle it once into an ES module for the React test.
await build({
  entryPoints: ['test/support/react-entry.js'],
  bundle: true,
  format: 'esm',
  outfile: 'node_modules/.cache/port-checklist-tests/react.js',
  define: { 'process.env.NODE_ENV': '"development"' },
  logLevel: 'error',
});

/**
 * A package that the browsers cannot import as it ships, bundled once into an ES module of its default export
 * and served for its bare name (Node's tests import the package itself).
 */
async function defaultExportBundle(name) {
  const outfile = `node_modules/.cache/port-checklist-tests/${name}.js`;
  await build({
    stdin: { contents: `export { default } from '${name}';`, resolveDir: '.' },
    bundle: true,
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  return {
    name: `${name}-bundle`,
    resolveImport: ({ source }) => (source === name ? `/${outfile}` : undefined),
  };
}

// date-holidays, the independent oracle of test/holidays.test.ts, is ESM on top of CommonJS (moment-timezone).
const dateHolidaysBundle = await defaultExportBundle('date-holidays');
// jsQR, the QR reader of test/qr.test.ts, ships a UMD build only.
const jsqrBundle = await defaultExportBundle('jsqr');

export default {
  files: ['test/**/*.test.ts'],
  // Tests load pages from 127.0.0.1; `localhost` on the same port is then another origin.
  hostname: '127.0.0.1',
  middleware: [distAliases, configFixtures, readmeFixture, progressStore],
  nodeResolve: true,
  // One page at a time: keyboard and focus tests need the page to have focus.
  concurrency: 1,
  plugins: [
    npmPack(),
    timezoneCommand(),
    dateHolidaysBundle,
    jsqrBundle,
    esbuildPlugin({
      ts: true,
      tsx: true,
      jsx: 'automatic',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  // Chromium, Firefox and WebKit: every engine installed (scripts/engines.mjs).
  browsers: await engines(),
  testFramework: { config: { timeout: 10000 } },
  // Tests import Lit's development build on purpose (extra checks); its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
