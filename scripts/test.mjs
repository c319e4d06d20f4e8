// npm test: the Node tests (test/node/: server rendering, the ipw command, the demo server, the Eleventy
// example), then the browser suite (web-test-runner; its arguments pass through). The last line counts both:
// "N passed, N failed".
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';

/** Runs a command, its output shown as it comes; resolves with its exit code and its output. */
const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });

const files = readdirSync('test/node')
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => `test/node/${f}`);
const node = await run(process.execPath, ['--test', '--test-reporter=spec', ...files]);
const count = (word) => Number(node.out.match(new RegExp(`^ℹ ${word} (\\d+)$`, 'm'))?.[1] ?? 0);
const totals = { passed: count('pass'), failed: count('fail') || (node.code ? 1 : 0), skipped: count('skipped') };

const browser = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)]);
const line = [...browser.out.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)].at(-1);
if (line) {
  totals.passed += +line[1];
  totals.failed += +line[2];
  totals.skipped += +(line[3] ?? 0);
} else if (browser.code) totals.failed++;

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\nnode: ${count('pass')} passed; browsers: ${line ? `${line[1]} passed` : 'no count'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = node.code || browser.code ? 1 : 0;
