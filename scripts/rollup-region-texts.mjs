// Rollup plugin for dist/port-checklist.js: emits each country preset's texts in each locale
// (dist/esm/i18n/generated/regions/<region>.<locale>.js, from scripts/split-region-texts.mjs) as a chunk of its
// own, chunks/region-<region>.<locale>-<hash>.js, and replaces the module that imports them
// (generated/region-texts.js) by one that computes a part's address from the region and the locale. So the
// entry, which must be able to start a part beside the preset's chunk and the locale's, carries one line, not
// a list of 52 hashed file names. The hash is one for all parts, of their sources and of the message numbering
// (rollup-msg-ids.mjs), so a change of any translation gives every part a new name.
// The .all.js bundle does without: there the static imports of region-texts.js inline every part.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, posix, relative, sep } from 'node:path';
import MagicString from 'magic-string';
import { messageIds } from './rollup-msg-ids.mjs';

const LOADER = /[\\/]i18n[\\/]generated[\\/]region-texts\.js$/;
const PLACEHOLDER = '__REGION_TEXTS_DIR__';

/** The file name of a part, shared with scripts/size.mjs. */
export const partPattern = /^chunks\/region-([a-z]{2})\.([a-z]{2,3})-[\w-]+\.js$/;

export function regionTextChunks({
  dir = 'dist/esm/i18n/generated/regions',
  chunks = 'chunks',
  entry = 'dist/esm/bundle.js',
} = {}) {
  let hash;
  return {
    name: 'region-texts',
    buildStart() {
      const files = readdirSync(dir)
        .filter((name) => /^[a-z]+\.[a-z]{2,3}\.js$/.test(name))
        .sort();
      if (files.length === 0) this.error(`no preset texts in ${dir}: run npm run build:esm`);
      const digest = createHash('sha256');
      for (const name of files) digest.update(name).update(readFileSync(`${dir}/${name}`));
      digest.update(JSON.stringify([...messageIds().ids]));
      hash = digest.digest('base64url').slice(0, 8);
      for (const name of files) {
        const pair = name.slice(0, -'.js'.length);
        this.emitFile({
          type: 'chunk',
          id: `${dir}/${name}`,
          fileName: `${chunks}/region-${pair}-${hash}.js`,
          // Loaded only after the entry has run: what a part shares with it (the `str` tag of texts with
          // placeholders) then stays in the entry, instead of a chunk of its own that the entry would have to
          // fetch before its first render.
          implicitlyLoadedAfterOneOf: [entry],
        });
      }
    },
    load(id) {
      if (!LOADER.test(id)) return null;
      return `export const importRegionTexts = (region, locale) =>
  import(\`${PLACEHOLDER}/region-\${region}.\${locale}-${hash}.js\`);`;
    },
    renderChunk(code, chunk) {
      if (!code.includes(PLACEHOLDER)) return null;
      // The parts' folder as seen from the chunk that holds the loader (the entry, in practice).
      const path = relative(dirname(chunk.fileName), chunks).split(sep).join(posix.sep) || '.';
      const s = new MagicString(code);
      s.replaceAll(PLACEHOLDER, path.startsWith('.') ? path : `./${path}`);
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
