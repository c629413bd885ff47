// Frameworks import components on the server: importing the npm entry in Node, without a DOM, must not throw
// (Lit's "node" build and our guarded registration make that so). `npm run build` must have run.
const entry = new URL('../dist/esm/index.js', import.meta.url);
const module = await import(entry.href);
if (typeof module.PortChecklist !== 'function') throw new Error('PortChecklist is not exported');
console.log(
  `node import: ok, PortChecklist ${module.PortChecklist.version}, ${Object.keys(module).length} exports`,
);
