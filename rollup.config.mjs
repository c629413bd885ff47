import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { stripMsgDesc } from './scripts/rollup-strip-msg-desc.mjs';

// The script-tag bundle: one minified ES module that registers <port-checklist> and carries Lit in
// production mode (Lit's default export condition; the "development" condition is never selected here).
// It bundles the unbundled ESM build that `tsc -p tsconfig.build.json` writes to dist/esm.
export default {
  input: 'dist/esm/bundle.js',
  // Lets the entry also export what the on-demand chunks import from it, instead of a shared third file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    entryFileNames: 'port-checklist.js',
    // Chunks load relative to the bundle's own URL, so the widget works when served from a CDN.
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // Collapses the whitespace of html`` templates and minifies css`` in our own modules.
    minifyHTML(),
    stripMsgDesc(),
    nodeResolve({ browser: true }),
    terser({
      // One name cache for every chunk, so a mangled member has the same name in all of them.
      nameCache: {},
      ecma: 2021,
      module: true,
      compress: { passes: 2 },
      // Our private members (`_name`) get short names; Lit's own internals (`_$…`) are already minified.
      mangle: { properties: { regex: /^_[a-zA-Z]/ } },
      format: { comments: false },
    }),
  ],
};
