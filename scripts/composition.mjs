// Prints what each source module contributes to a bundle: minified bytes, attributed through the bundle's
// source map, and an estimate of its share of the gzipped size. `npm run build` runs it.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map';

const file = process.argv[2] ?? 'dist/port-checklist.js';
if (!existsSync(`${file}.map`)) {
  console.error(`composition: no source map for ${file}`);
  process.exit(1);
}
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);

const bytes = new Map();
await SourceMapConsumer.with(map, null, (consumer) => {
  let previous = null;
  consumer.eachMapping((m) => {
    const offset = lineStarts[m.generatedLine - 1] + m.generatedColumn;
    if (previous) bytes.set(previous.source, (bytes.get(previous.source) ?? 0) + offset - previous.offset);
    previous = { source: m.source ?? '(no source)', offset };
  });
  if (previous) bytes.set(previous.source, (bytes.get(previous.source) ?? 0) + code.length - previous.offset);
});

const total = code.length;
const gzip = gzipSync(code, { level: 9 }).length;
const name = (source) =>
  source
    .replace(/^.*node_modules\//, '')
    .replace(/^(\.\.\/)+/, '')
    .replace(/^dist\/esm\//, 'src/');
const rows = [...bytes].map(([source, size]) => [name(source), size]).sort((a, b) => b[1] - a[1]);
console.log(
  `composition of ${file} (${total} bytes minified, ${gzip} gzipped; gzip share estimated by size):`,
);
for (const [source, size] of rows) {
  const share = size / total;
  console.log(
    `  ${String(size).padStart(7)} B  ${String(Math.round(share * gzip)).padStart(6)} B gz  ${source}`,
  );
}
