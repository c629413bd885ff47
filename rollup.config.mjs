import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { stripMsgDesc } from './scripts/rollup-strip-msg-desc.mjs';

// The script-tag bundle: one minified ES module that registers <port-checklist> and carries Lit in
// production mode (Lit's default export condition; the "development" condition is never selected here).
// It bundles the unbundled ESM build that `tsc -p tsconfig.build.json` writes to dist/esm.
export default {
  input: 'dist/esm/index.js',
  output: {
    file: 'dist/port-checklist.js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    // Collapses the whitespace of html`` templates and minifies css`` in our own modules.
    minifyHTML(),
    stripMsgDesc(),
    nodeResolve({ browser: true }),
    terser({
      ecma: 2021,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
