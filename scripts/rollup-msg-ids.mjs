// Rollup plugin for the shipped bundles: shortens @lit/localize message ids and drops translator notes.
// Source and XLIFF keep readable ids (`progress.counter.one`) with descriptions; the bundle and the locale
// chunks carry short ids (`4f`) instead, mapped the same way on both sides from the extracted XLIFF.
// A msg() call whose id is not in the XLIFF fails the build: run `npm run localize:extract`.
import { readFileSync, readdirSync } from 'node:fs';
import MagicString from 'magic-string';

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit);
    else if (child && typeof child.type === 'string') walk(child, visit);
  }
}

const PLURAL = /^(.+)\.(zero|one|two|few|many|other)$/;

/**
 * Readable id → short id, from the trans-units of the XLIFF files. Plural forms (`progress.counter.few`),
 * whose ids messages.ts builds at run time from a base, keep their category: `<short base>.few`; `bases`
 * maps each base to its short form.
 */
export function messageIds(xliffDir = 'xliff') {
  const all = new Set();
  for (const file of readdirSync(xliffDir).filter((name) => name.endsWith('.xlf'))) {
    for (const [, id] of readFileSync(`${xliffDir}/${file}`, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)) {
      all.add(id);
    }
  }
  const names = [...new Set([...all].map((id) => id.match(PLURAL)?.[1] ?? id))].sort();
  const short = new Map(names.map((name, i) => [name, i.toString(36)]));
  const ids = new Map();
  const bases = new Map();
  for (const id of all) {
    const plural = id.match(PLURAL);
    if (plural) {
      bases.set(plural[1], short.get(plural[1]));
      ids.set(id, `${short.get(plural[1])}.${plural[2]}`);
    } else {
      ids.set(id, short.get(id));
    }
  }
  return { ids, bases };
}

const keyName = (prop) => (prop.key.type === 'Identifier' ? prop.key.name : prop.key.value);

const NO_HASH_IDS = '\0no-hash-ids';

export function msgIds({ xliffDir = 'xliff' } = {}) {
  let ids;
  let bases;
  return {
    name: 'msg-ids',
    buildStart() {
      ({ ids, bases } = messageIds(xliffDir));
    },
    // Every msg() call here has an id, so @lit/localize's hashing of templates into ids is never used.
    resolveId(source, importer) {
      if (source === './id-generation.js' && importer?.includes('@lit/localize')) return NO_HASH_IDS;
      return null;
    },
    load(id) {
      if (id !== NO_HASH_IDS) return null;
      return "export const generateMsgId = () => { throw new Error('port-checklist: msg() needs an id'); };";
    },
    transform(code, moduleId) {
      if (moduleId.includes('node_modules') || moduleId.startsWith('\0') || !/\bmsg\b|templates/.test(code)) return null;
      const s = new MagicString(code);
      const isLocaleModule = /[\\/]generated[\\/]locales[\\/]/.test(moduleId);
      const shorten = (literal) => {
        const short = ids.get(literal.value);
        if (short === undefined) {
          this.error(`message id "${literal.value}" is not in ${xliffDir}/: run npm run localize:extract`);
        }
        s.overwrite(literal.start, literal.end, JSON.stringify(short));
      };
      walk(this.parse(code), (node) => {
        // The base of a plural phrase, passed to messages.ts's counted().
        if (!isLocaleModule && node.type === 'Literal' && typeof node.value === 'string' && bases.has(node.value)) {
          s.overwrite(node.start, node.end, JSON.stringify(bases.get(node.value)));
          return;
        }
        if (isLocaleModule && node.type === 'VariableDeclarator' && node.id.name === 'templates') {
          for (const prop of node.init.properties) {
            if (prop.computed) continue;
            s.overwrite(prop.key.start, prop.key.end, JSON.stringify(ids.get(keyName(prop)) ?? keyName(prop)));
          }
          return;
        }
        if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
        const options = node.arguments[1];
        if (!options || options.type !== 'ObjectExpression') return;
        const props = options.properties;
        props.forEach((prop, i) => {
          if (prop.type !== 'Property' || prop.computed) return;
          if (keyName(prop) === 'id' && prop.value.type === 'Literal') shorten(prop.value);
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
