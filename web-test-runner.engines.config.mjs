// The whole suite in Chromium, Firefox and WebKit, in one run (`npm run test:engines`).
// Firefox: stock Firefox ESR over WebDriver BiDi, through puppeteer-core.
// WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver; it has no headless
// mode, so it draws on a private Xvfb display started (and stopped) here.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteerCore from 'puppeteer-core';
import base from './web-test-runner.config.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
for (const [what, path, pkg] of [
  ['Firefox', FIREFOX, 'firefox-esr'],
  ['WebKit', MINIBROWSER, 'webkit2gtk-driver'],
  ['Xvfb', '/usr/bin/Xvfb', 'xvfb'],
]) {
  if (!existsSync(path)) {
    console.error(`${what} not found at ${path}. On Debian: apt-get install -y ${pkg}`);
    process.exit(1);
  }
}

const children = [];
const stop = () => children.forEach((child) => child.kill());
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts Xvfb on the first free display; resolves with ":N". */
const startXvfb = () =>
  new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    children.push(xvfb);
    xvfb.on('error', reject);
    xvfb.stdio[3].once('data', (data) => resolve(`:${String(data).trim()}`));
  });

const display = await startXvfb();
const webdriverPort = await freePort();
const driver = spawn('WebKitWebDriver', [`--port=${webdriverPort}`], {
  stdio: 'ignore',
  env: { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8' },
});
children.push(driver);
await new Promise((resolve) => setTimeout(resolve, 500));

export default {
  ...base,
  concurrency: 1,
  // One engine at a time: three at once on a two-core machine starve the heaviest tests.
  concurrentBrowsers: 1,
  browsers: [
    ...base.browsers,
    chromeLauncher({
      puppeteer: puppeteerCore,
      concurrency: 1,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: webdriverPort,
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
  ],
};
