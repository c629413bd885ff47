// Mutation testing of the pure modules (README "Testing"): `npm run test:mutation`. The pure tests run in Node
// under mocha, TypeScript through tsx, with the same test files that the browsers run.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // The modules that hold logic and need no DOM; not the element, its templates, styles or loaders, nor the
  // bundled content's data (default-config.ts, questions.ts, content/due.ts's table: a module's constants are
  // built once as it loads, and Stryker cannot reload ES modules, so their mutants can only survive; the tables
  // are pinned by their tests instead).
  mutate: [
    'src/config/validate.ts',
    'src/config/url.ts',
    'src/config/localize-config.ts',
    'src/state/progress.ts',
    'src/state/state.ts',
    'src/state/restore.ts',
    'src/state/storage.ts',
    'src/i18n/locale.ts',
    'src/i18n/numbers.ts',
    'src/i18n/plural-id.ts',
    'src/view/export.ts',
    'src/content/region.ts',
    'src/config/conditions.ts',
    'src/content/estimate.ts',
    'src/plan/ics.ts',
    'src/plan/format.ts',
    'src/plan/schedule.ts',
    'src/plan/day.ts',
    'src/plan/days.ts',
    'src/link/code.ts',
    'src/link/qr.ts',
    'src/state/adapter.ts',
    'src/link/merge.ts',
  ],
  testRunner: 'mocha',
  testRunnerNodeArgs: ['--import', 'tsx'],
  // Every test file of .mocharc.json but the timing budgets (`…, quickly`, `… in linear time`, `… at once, not
  // after …`): instrumented code runs several times slower, so their wall-clock limits say nothing here. They
  // run in the browsers and in `npm run test:node`.
  mochaOptions: {
    config: '.mocharc.json',
    grep: '^(?!.*(, quickly$| in linear time$| at once, not after )).*$',
  },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  // Not the list of all ~500 tests; survivors are shown with their diff, and scripts/mutation.mjs lists them too.
  clearTextReporter: { reportTests: false },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  incrementalFile: 'stryker-incremental.json',
  // The overall score; scripts/mutation-score.mjs holds every module to the same 85.
  thresholds: { high: 95, low: 85, break: 85 },
  tempDirName: 'reports/stryker-tmp',
  cleanTempDir: 'always',
};
