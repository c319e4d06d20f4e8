// npm test: the Node tests (test/node/: server rendering, the ipw command, the demo server, the Eleventy
// example), then the browser suite (web-test-runner; its arguments pass through). The last line counts both:
// "N passed, N failed".
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';

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

const wtr = (args) => run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args]);
const browser = await wtr(process.argv.slice(2));
const line = [...browser.out.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/gm)].at(-1);
if (line) {
  totals.passed += +line[1];
  totals.failed += +line[2];
  totals.skipped += +(line[3] ?? 0);
} else if (browser.code) totals.failed++;

// A browser's driver that hangs while the runner closes a test page (WebKitWebDriver does, rarely, on a loaded
// machine) fails the file's session after its tests have run, with no test failed. Such a file is run once more, in
// a fresh runner and driver; if it passes whole there, that failure is taken back. Its tests are not counted twice,
// and a file that fails again, or a test that failed, stays failed.
// eslint-disable-next-line no-control-regex
const plain = browser.out.replace(/\u001b\[[\d;]*[A-Za-z]/g, '');
const summary = plain.includes('Errors Reported in Tests:')
  ? plain.slice(plain.lastIndexOf('Errors Reported in Tests:'))
  : '';
const hung = [
  ...summary.matchAll(
    /Timed out stopping the browser page\s+\(failed on \w+\)\n(?:\s+(?:Error:|at ).*\n)*\s+(\S+\.test\.ts)\n/g,
  ),
].map((m) => relative(process.cwd(), m[1]));
let retaken = 0;
for (const file of new Set(hung)) {
  console.log(`\n${file}: a browser's driver hung while its page was closed; running it once more`);
  const again = await wtr([...process.argv.slice(2), '--files', file]);
  const counted = [...again.out.matchAll(/^(\d+) passed, (\d+) failed/gm)].at(-1);
  if (again.code === 0 && counted && +counted[2] === 0) retaken++;
}
// Only when every failure was such a hang, and every such file passed again.
if (retaken && retaken === new Set(hung).size && line && +line[2] === hung.length) totals.failed -= hung.length;

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(
  `\nnode: ${count('pass')} passed; browsers: ${line ? `${line[1]} passed` : 'no count'}` +
    (retaken ? `; ${retaken} file${retaken > 1 ? 's' : ''} passed again after a driver hung` : ''),
);
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = node.code || (browser.code && totals.failed > 0) ? 1 : 0;
