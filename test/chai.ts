// The chai of the pure tests, which run in the browsers and in Node (`npm run test:node`, and the mutation run):
// the very module that @open-wc/testing re-exports (@esm-bundle/chai, chai 4 as an ES module), imported by its
// file so that Node resolves it too (its package names no entry that Node reads). In the browser both imports
// resolve to the same URL, so it is the same chai instance.
export { expect } from '@esm-bundle/chai/esm/chai.js';
