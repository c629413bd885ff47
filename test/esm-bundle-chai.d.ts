// Types for the file that test/chai.ts imports: the package's own types (chai 4's).
declare module '@esm-bundle/chai/esm/chai.js' {
  import chai from 'chai';
  export const expect: typeof chai.expect;
}
