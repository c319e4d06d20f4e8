import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countReporter } from './scripts/count-reporter.mjs';
import { CHROME_ARGS, findChrome } from './scripts/find-chrome.mjs';
import { chromiumPlugin } from './test/plugins/chromium.mjs';
import { testServer } from './test/server.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page in the background gets no animation frames, and fixtures wait for them.
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), chromiumPlugin()],
  middleware: [testServer],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        // test/robustness/lifecycle.test.ts measures the heap: without these, performance.memory is rounded and
        // only refreshed every few minutes, and there is no gc() to call before measuring.
        args: [...CHROME_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
