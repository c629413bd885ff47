import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { msgIds } from './scripts/rollup-msg-ids.mjs';
import { regionTextChunks } from './scripts/rollup-region-texts.mjs';

// The script-tag bundles, built from the unbundled ESM that `tsc -p tsconfig.build.json` writes to dist/esm.
// Each is a minified ES module that registers <port-checklist> and carries Lit in production mode (Lit's
// default export condition; the "development" condition is never selected here). On-demand chunks (the
// config validator, the tools, the translations) load relative to the bundle's own URL, so a CDN works.
//
// - port-checklist.js      Every language: English inline; the translation runtime and each other locale are
//                          chunks loaded when needed, and so is each country preset's texts in each locale
//                          (scripts/rollup-region-texts.mjs). The default: it speaks the page's language.
// - port-checklist.en.js   English only: no translation runtime (localization-en.ts, messages-en.ts).
// - port-checklist.all.js  Every language and chunk inline, for CMSs that take a single upload.

/** Swaps i18n modules for their English-only twins (`i18n/localization.js` → `i18n/localization-en.js`). */
function englishOnly() {
  const twin = /[\\/]i18n[\\/](localization|messages)\.js$/;
  return {
    name: 'english-only',
    async resolveId(source, importer, options) {
      if (!source.startsWith('.') || !importer || /-en\.js$/.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !twin.test(resolved.id)) return null;
      return this.resolve(resolved.id.replace(/\.js$/, '-en.js'), importer, options);
    },
  };
}

/**
 * Keeps the translation runtime of @lit/localize out of the entry chunk. Our modules import msg, str and
 * updateWhenLocaleChanges from "@lit/localize", whose index also re-exports configureLocalization, and rollup
 * places a module in the chunk of every module that imports it, used or not. So "@lit/localize" resolves to
 * an index without the runtime, and src/i18n/i18n-runtime.ts (a chunk loaded for languages other than English)
 * imports the runtime by its own path.
 */
function localizeWithoutRuntime() {
  const id = '\0lit-localize-without-runtime';
  return {
    name: 'lit-localize-without-runtime',
    resolveId: (source) => (source === '@lit/localize' ? id : null),
    load(loaded) {
      if (loaded !== id) return null;
      return [
        "export * from '@lit/localize/internal/locale-status-event.js';",
        "export * from '@lit/localize/internal/str-tag.js';",
        "export { msg } from '@lit/localize/init/install.js';",
        "export * from '@lit/localize/internal/localized-controller.js';",
      ].join('\n');
    },
  };
}

/**
 * Renames the Trusted Types policy of the bundled Lit from "lit-html" to "port-checklist", so that a page
 * enforcing Trusted Types allows it by name, and a page that runs its own Lit keeps "lit-html" for itself.
 */
function trustedTypesPolicy() {
  return {
    name: 'trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      const renamed = code.replace('createPolicy("lit-html"', 'createPolicy("port-checklist"');
      if (renamed === code)
        this.error('lit-html no longer creates its policy as expected: update trustedTypesPolicy()');
      return { code: renamed, map: null };
    },
  };
}

const plugins = () => [
  localizeWithoutRuntime(),
  trustedTypesPolicy(),
  // Collapses the whitespace of html`` templates and minifies css`` in our own modules.
  minifyHTML(),
  msgIds(),
  nodeResolve({ browser: true }),
  terser({
    // One name cache for every chunk of a build, so a mangled member has the same name in all of them.
    nameCache: {},
    ecma: 2021,
    module: true,
    compress: { passes: 2 },
    // Our internal members (`_name`) get short names, alike in every chunk; Lit's own internals (`_$…`) are
    // already minified. What the tools chunk may use of the element is declared in src/view/tools-host.ts.
    mangle: { properties: { regex: /^_[a-zA-Z]/ } },
    format: { comments: false },
  }),
];

const bundle = (entryFileNames, extra = {}, before = []) => ({
  input: 'dist/esm/bundle.js',
  // Lets the entry also export what the on-demand chunks import from it, instead of a shared third file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    entryFileNames,
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
    ...extra,
  },
  plugins: [...before, ...plugins()],
});

export default [
  bundle('port-checklist.js', {}, [regionTextChunks()]),
  bundle('port-checklist.en.js', {}, [englishOnly()]),
  bundle('port-checklist.all.js', { inlineDynamicImports: true }),
];
