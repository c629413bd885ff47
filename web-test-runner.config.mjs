import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { engines } from './scripts/engines.mjs';

/** Counts every test of the run and prints `tests: N passed, N failed` last (CI reads that line). */
function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as a failure of its own.
        if (
          session.errors?.length ||
          (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)
        )
          failed++;
      }
      const line = `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      writeFileSync('.wtr-summary.json', JSON.stringify({ passed, failed, skipped, line }));
      setTimeout(() => console.log(`\n${line}`), 0);
    },
  };
}

/**
 * Serves dist/ under two more paths for the bundle tests: /cdn/… with CORS headers, loaded from the other
 * host name (localhost vs 127.0.0.1, so another origin), and /broken/…, where the Swedish translation
 * chunk fails with 503, as a CDN hiccup would.
 */
function distAliases(ctx, next) {
  const match = ctx.url.match(/^\/(cdn|broken)\/(.*)$/);
  if (!match) return next();
  if (match[1] === 'broken' && /^chunks\/sv-/.test(match[2])) {
    ctx.status = 503;
    ctx.body = 'unavailable';
    return undefined;
  }
  ctx.url = `/dist/${match[2]}`;
  ctx.set('Access-Control-Allow-Origin', '*');
  return next();
}

export default {
  files: ['test/**/*.test.ts'],
  // Tests load pages from 127.0.0.1; `localhost` on the same port is then another origin.
  hostname: '127.0.0.1',
  middleware: [distAliases],
  nodeResolve: true,
  // One page at a time: keyboard and focus tests need the page to have focus.
  concurrency: 1,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  // Chromium, Firefox and WebKit: every engine installed (scripts/engines.mjs).
  browsers: await engines(),
  testFramework: { config: { timeout: 10000 } },
  // Tests import Lit's development build on purpose (extra checks); its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
};
