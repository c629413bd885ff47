// Puppeteer must never download its own browser: tests use the system Chromium
// (see web-test-runner.config.mjs). The machines here reach only the npm registry.
module.exports = { skipDownload: true };
