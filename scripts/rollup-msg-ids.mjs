// Rollup plugin for the shipped bundles: numbers @lit/localize messages and drops translator notes.
// Source and XLIFF keep readable ids (`progress.counter.one`) with descriptions. In the bundles, every id
// becomes a number, and each generated locale module's `templates` object becomes an array indexed by those
// numbers (`templates[17]` works on an array as on an object), so a locale chunk carries no keys at all; a
// preset's texts in a locale (generated/regions/) keep an object, with numbers for keys.
// A plural phrase (`progress.counter.zero` … `.other`) takes six consecutive numbers in CLDR order;
// plural-id.ts, which builds plural ids at run time, is swapped for the arithmetic version.
// A msg() call whose id is not in the XLIFF fails the build: run `npm run localize:extract`.
import { readFileSync, readdirSync } from 'node:fs';
import MagicString from 'magic-string';

export const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL = new RegExp(`^(.+)\\.(${CATEGORIES.join('|')})$`);

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit);
    else if (child && typeof child.type === 'string') walk(child, visit);
  }
}

/**
 * Readable id → number, from the trans-units of the XLIFF files, in sorted order; each plural base gets a
 * block of six numbers. `bases` maps a plural base to the first number of its block.
 */
export function messageIds(xliffDir = 'xliff') {
  const all = new Set();
  for (const file of readdirSync(xliffDir).filter((name) => name.endsWith('.xlf'))) {
    for (const [, id] of readFileSync(`${xliffDir}/${file}`, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)) {
      all.add(id);
    }
  }
  const names = [...new Set([...all].map((id) => id.match(PLURAL)?.[1] ?? id))].sort();
  const ids = new Map();
  const bases = new Map();
  let next = 0;
  for (const name of names) {
    if (all.has(name)) {
      ids.set(name, next++);
    } else {
      bases.set(name, next);
      CATEGORIES.forEach((category, i) => ids.set(`${name}.${category}`, next + i));
      next += CATEGORIES.length;
    }
  }
  return { ids, bases, count: next };
}

const keyName = (prop) => (prop.key.type === 'Identifier' ? prop.key.name : prop.key.value);

const NO_HASH_IDS = '\0no-hash-ids';
const PLURAL_ID = '\0plural-id';

export function msgIds({ xliffDir = 'xliff' } = {}) {
  let ids;
  let bases;
  let count;
  return {
    name: 'msg-ids',
    buildStart() {
      ({ ids, bases, count } = messageIds(xliffDir));
    },
    resolveId(source, importer) {
      // Every msg() call has an id, so @lit/localize's hashing of templates into ids is never used.
      if (source === './id-generation.js' && importer?.includes('@lit/localize')) return NO_HASH_IDS;
      if (source === './plural-id.js' && !importer?.includes('node_modules')) return PLURAL_ID;
      return null;
    },
    load(id) {
      if (id === NO_HASH_IDS) {
        return "export const generateMsgId = () => { throw new Error('port-checklist: msg() needs an id'); };";
      }
      if (id === PLURAL_ID) {
        return `const categories = ${JSON.stringify(CATEGORIES)};
export const pluralId = (base, category) => base + categories.indexOf(category);`;
      }
      return null;
    },
    transform(code, moduleId) {
      if (moduleId.includes('node_modules') || moduleId.startsWith('\0') || !/\bmsg\b|templates/.test(code)) {
        return null;
      }
      const s = new MagicString(code);
      const isLocaleModule = /[\\/]generated[\\/](locales|regions)[\\/]/.test(moduleId);
      const isRegionModule = /[\\/]generated[\\/]regions[\\/]/.test(moduleId);
      const number = (id, node) => {
        const n = ids.get(id);
        if (n === undefined)
          this.error(`message id "${id}" is not in ${xliffDir}/: run npm run localize:extract`);
        s.overwrite(node.start, node.end, String(n));
      };
      walk(this.parse(code), (node) => {
        if (isRegionModule && node.type === 'VariableDeclarator' && node.id.name === 'templates') {
          // A preset's texts in one locale (scripts/split-region-texts.mjs), installed into the locale's array:
          // { 'region.se.contract.detail': "…" } → { 212: "…" }.
          for (const prop of node.init.properties) number(keyName(prop), prop.key);
          return;
        }
        if (isLocaleModule && node.type === 'VariableDeclarator' && node.id.name === 'templates') {
          // { 'progress.label': "…", … } → [ "…", … ] in id order.
          const values = new Array(count).fill('""');
          for (const prop of node.init.properties) {
            const n = ids.get(keyName(prop));
            if (n !== undefined) values[n] = code.slice(prop.value.start, prop.value.end);
          }
          s.overwrite(node.init.start, node.init.end, `[${values.join(',')}]`);
          return;
        }
        // The base of a plural phrase, passed to messages.ts's counted().
        if (
          !isLocaleModule &&
          node.type === 'Literal' &&
          typeof node.value === 'string' &&
          bases.has(node.value)
        ) {
          s.overwrite(node.start, node.end, String(bases.get(node.value)));
          return;
        }
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg')
          return;
        const options = node.arguments[1];
        if (!options || options.type !== 'ObjectExpression') return;
        const props = options.properties;
        props.forEach((prop, i) => {
          if (prop.type !== 'Property' || prop.computed) return;
          if (keyName(prop) === 'id' && prop.value.type === 'Literal') number(prop.value.value, prop.value);
          if (keyName(prop) === 'desc') {
            // Translator notes are for the XLIFF only: remove the property and its separating comma.
            const start = i > 0 ? props[i - 1].end : prop.start;
            const end = i > 0 ? prop.end : (props[i + 1]?.start ?? prop.end);
            s.remove(start, end);
          }
        });
      });
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
