// The browser engines the tests run in, all from Debian packages: Chromium (chromium), Firefox ESR
// (firefox-esr) and WebKitGTK (webkit2gtk-driver, under xvfb-run). Every installed engine runs; a missing one
// is named with its package. With REQUIRE_ENGINES=all (as .ci/run sets), a missing engine is an error.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, findChromium } from './find-chromium.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
].find((path) => existsSync(path));
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not open port ${port}`);
}

/** Starts WebKitWebDriver in a virtual display; it is stopped when the test run exits. */
async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-driver.pid);
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(1)));
  await waitForPort(port);
  return port;
}

/**
 * Every installed engine, or with ENGINES=chromium (or firefox, webkit, comma-separated) only those, for a
 * quicker run while developing. CI runs all three.
 */
export async function engines() {
  const only = process.env.ENGINES?.split(',');
  const wanted = (name) => !only || only.includes(name);
  const browsers = [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs() },
    }),
  ];
  const missing = [];
  if (!wanted('firefox')) {
    // left out by ENGINES
  } else if (existsSync(FIREFOX)) {
    browsers.push(
      puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true } }),
    );
  } else {
    missing.push('Firefox (Debian package firefox-esr)');
  }
  if (!wanted('webkit')) {
    // left out by ENGINES
  } else if (MINIBROWSER && has('WebKitWebDriver') && has('xvfb-run')) {
    const port = await startWebKitDriver();
    browsers.push(
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        capabilities: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
      }),
    );
  } else {
    missing.push('WebKit (Debian packages webkit2gtk-driver and xvfb)');
  }
  if (missing.length > 0) {
    const message = `engines not installed, skipped: ${missing.join('; ')}`;
    if (process.env.REQUIRE_ENGINES === 'all') throw new Error(message);
    console.warn(message);
  }
  return browsers;
}
