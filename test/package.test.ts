// The package ships what package.json names: `npm pack` (scripts off) after `npm test`'s build, checked against
// every path package.json points at. npm test's build leaves dist/ complete, manifest included.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Packed {
  files: string[];
  pkg: {
    main: string;
    module: string;
    types: string;
    customElements: string;
    exports: Record<string, unknown>;
    sideEffects: string[];
    files: string[];
  };
}

const strip = (path: string) => path.replace(/^\.\//, '');

/** Every string leaf of an exports map. */
function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

describe('the npm package', () => {
  let packed: Packed;
  before(async () => {
    packed = (await executeServerCommand('npm-pack')) as Packed;
  });

  it('contains every file package.json points at', () => {
    const { pkg, files } = packed;
    const named = [
      pkg.main,
      pkg.module,
      pkg.types,
      pkg.customElements,
      ...targets(pkg.exports),
      ...pkg.sideEffects,
    ].map(strip);
    const missing = named.filter((path) => !files.includes(path));
    expect(missing).to.deep.equal([]);
    expect(named).to.include('dist/custom-elements.json');
  });

  it('contains every bundle, with its chunks, and the README, CHANGELOG, schema and types', () => {
    const { files } = packed;
    for (const bundle of [
      'dist/port-checklist.js',
      'dist/port-checklist.en.js',
      'dist/port-checklist.all.js',
    ])
      expect(files, bundle).to.include(bundle);
    expect(files.some((path) => /^dist\/chunks\/sv-[\w-]+\.js$/.test(path))).to.equal(true);
    expect(files.some((path) => /^dist\/chunks\/i18n-runtime-[\w-]+\.js$/.test(path))).to.equal(true);
    // Each preset's texts in each language: 4 presets × 13 languages.
    expect(
      files.filter((path) => /^dist\/chunks\/region-[a-z]{2}\.[a-z]{2}-[\w-]+\.js$/.test(path)).length,
    ).to.equal(52);
    for (const path of [
      'README.md',
      'CHANGELOG.md',
      'schema/port-checklist.config.schema.json',
      'types/react.d.ts',
    ])
      expect(files, path).to.include(path);
  });

  it('publishes nothing from the sources, tests or tools', () => {
    const stray = packed.files.filter((path) => /^(src|test|bench|scripts|demo|xliff)\//.test(path));
    expect(stray).to.deep.equal([]);
  });
});
