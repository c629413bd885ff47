// Builds the WordPress plugin (integrations/wordpress/) into an installable zip,
// dist/port-checklist-wordpress.zip, carrying the built bundle (dist/port-checklist.js and its chunks)
// so a site needs no CDN. The block's and shortcode's options are generated from the Custom Elements
// Manifest (dist/custom-elements.json) into includes/options.php: a new attribute needs no change in PHP.
// Run by `npm run build:wordpress` after `npm run build`; the WordPress test runs it when the zip is missing.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'integrations/wordpress');
const stage = join(root, 'dist/wordpress/port-checklist');
export const ZIP = join(root, 'dist/port-checklist-wordpress.zip');

/** Labels for attributes whose name does not read well as one; any other name is turned into words. */
const LABELS = { 'config-src': 'Config URL', 'config-timeout': 'Config timeout (ms)', locale: 'Language' };
/** Attributes the plugin handles itself (the config, as the block's JSON or the shortcode's content). */
const SKIP = new Set(['config']);

/** The element's attributes from the manifest, as options: name, kind, values, label, help. */
export function optionsFromManifest(manifest) {
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'port-checklist');
  if (!element) throw new Error('no <port-checklist> in the Custom Elements Manifest');
  return element.attributes
    .filter((attribute) => !SKIP.has(attribute.name))
    .map((attribute) => {
      if (!/^[a-z][a-z0-9-]*$/.test(attribute.name)) throw new Error(`odd attribute name ${attribute.name}`);
      const types = (attribute.type?.text ?? 'string')
        .split('|')
        .map((t) => t.trim())
        .filter((t) => t !== 'undefined' && t !== 'null')
        // A named object type (`StorageAdapter`) can only be set as a property, never as an attribute.
        .filter((t) => !/^[A-Z]\w*$/.test(t));
      const literals = types.filter((t) => /^'[^']*'$/.test(t)).map((t) => t.slice(1, -1));
      let kind = 'string';
      if (literals.length > 0 && literals.length === types.length) kind = 'enum';
      else if (types.length === 1 && types[0] === 'boolean') kind = 'boolean';
      else if (types.length === 1 && types[0] === 'number') kind = 'number';
      else if (/-src$|^href$/.test(attribute.name)) kind = 'url';
      const words = attribute.name.replace(/-/g, ' ');
      return {
        name: attribute.name,
        kind,
        values: kind === 'enum' ? literals : [],
        label: LABELS[attribute.name] ?? words[0].toUpperCase() + words.slice(1),
        help: (attribute.description ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim(),
      };
    });
}

const php = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** includes/options.php: the options, their labels and help texts through __() for translators. */
export function optionsPhp(options) {
  const entry = (o) => {
    const values = o.values.length ? `array( ${o.values.map(php).join(', ')} )` : 'array()';
    return [
      '\tarray(',
      `\t\t'name'   => ${php(o.name)},`,
      `\t\t'kind'   => ${php(o.kind)},`,
      `\t\t'values' => ${values},`,
      `\t\t'label'  => __( ${php(o.label)}, 'port-checklist' ),`,
      `\t\t'help'   => __( ${php(o.help)}, 'port-checklist' ),`,
      '\t),',
    ].join('\n');
  };
  return `<?php
/**
 * The element's options, generated from its Custom Elements Manifest by scripts/build-wordpress.mjs.
 * Do not edit: a new attribute of the element appears here when the plugin is built.
 *
 * @package port-checklist
 */

defined( 'ABSPATH' ) || exit;

return array(
${options.map(entry).join('\n')}
);
`;
}

function setVersion(file, version) {
  const text = readFileSync(file, 'utf8')
    .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
    .replace(/'PORT_CHECKLIST_VERSION', '[^']*'/, `'PORT_CHECKLIST_VERSION', '${version}'`)
    .replace(/^(Stable tag:\s+).*$/m, `$1${version}`)
    .replace(/^= 0\.0\.0 =$/m, `= ${version} =`)
    .replace(/'version'(\s+)=> '[^']*'/, `'version'$1=> '${version}'`);
  writeFileSync(file, text);
}

export function buildWordPress() {
  const bundle = join(root, 'dist/port-checklist.js');
  if (!existsSync(bundle)) throw new Error('dist/ is not built: run `npm run build` first');
  if (!existsSync(join(root, 'dist/custom-elements.json'))) {
    const run = spawnSync('npx', ['custom-elements-manifest', 'analyze'], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) throw new Error('custom-elements-manifest analyze failed');
  }
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
  const options = optionsFromManifest(manifest);

  rmSync(join(root, 'dist/wordpress'), { recursive: true, force: true });
  rmSync(ZIP, { force: true });
  mkdirSync(stage, { recursive: true });
  // The plugin's files, without what only its development needs.
  cpSync(source, stage, { recursive: true, filter: (path) => !/phpcs\.xml/.test(path) });
  mkdirSync(join(stage, 'includes'), { recursive: true });
  writeFileSync(join(stage, 'includes/options.php'), optionsPhp(options));
  for (const file of ['port-checklist.php', 'readme.txt', 'block/editor.asset.php'])
    setVersion(join(stage, file), version);
  // The bundle with every chunk it may load (locales, validator, tools) and their source maps.
  mkdirSync(join(stage, 'assets/chunks'), { recursive: true });
  for (const file of ['port-checklist.js', 'port-checklist.js.map'])
    cpSync(join(root, 'dist', file), join(stage, 'assets', file));
  for (const file of readdirSync(join(root, 'dist/chunks')))
    cpSync(join(root, 'dist/chunks', file), join(stage, 'assets/chunks', file));
  writeFileSync(
    join(stage, 'assets/index.php'),
    '<?php\n/**\n * Silence is golden.\n *\n * @package port-checklist\n */\n',
  );

  const zip = spawnSync('zip', ['-q', '-r', '-X', ZIP, 'port-checklist'], {
    cwd: dirname(stage),
    stdio: 'inherit',
  });
  if (zip.error || zip.status !== 0) throw new Error('zip failed (Debian package "zip")');
  return { zip: ZIP, bytes: statSync(ZIP).size, options };
}

/** The newest modification time under the given paths (files or folders), in ms. */
export function newest(paths) {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory())
      latest = Math.max(latest, newest(readdirSync(path).map((name) => join(path, name))));
    else latest = Math.max(latest, stat.mtimeMs);
  }
  return latest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // --build: `npm run build` first, unless dist/ is newer than everything it is built from (as in CI, right
  // after `npm test` built it).
  if (process.argv.includes('--build')) {
    const bundle = join(root, 'dist/port-checklist.js');
    const inputs = [
      'src',
      'xliff',
      'package.json',
      'package-lock.json',
      'rollup.config.mjs',
      'lit-localize.json',
    ];
    const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
    if (built < newest(inputs.map((path) => join(root, path)))) {
      if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
    } else {
      console.log('dist/ is up to date with src/: not rebuilt');
    }
  }
  const { zip, bytes, options } = buildWordPress();
  console.log(
    `${zip.slice(root.length + 1)}: ${(bytes / 1024).toFixed(1)} KB, options ${options.map((o) => o.name).join(', ')}`,
  );
}
