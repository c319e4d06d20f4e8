// How long `ipw validate` takes on a feed of 2,000 programs (the mark: under a second), clean and with a
// warning in every program (each then placed at its line and column), and what `ipw export` and `ipw import` take on
// it. Prints figures; fails on nothing. `npm run bench:cli` (after a build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'dist/server/cli.js');
const feed = JSON.parse(readFileSync(join(root, 'feeds/wipo-cipo-2024.json'), 'utf8'));
const programs = feed.programs;
const dir = mkdtempSync(join(tmpdir(), 'ipw-bench-'));

const make = (n, broken) => ({
  ...feed,
  programs: Array.from({ length: n }, (_, i) => ({
    ...programs[i % programs.length],
    id: `program-${i}`,
    ...(broken ? { start: '2024-02-30' } : {}),
  })),
});

/** The median wall time of `runs` runs of ipw with `args`, in ms, as a person at a terminal waits for it. */
function time(args, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const { status, stderr } = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
    times.push(performance.now() - start);
    if (status === 2) throw new Error(stderr);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

try {
  const rows = [];
  for (const [name, broken] of [
    ['clean', false],
    ['a warning in every program', true],
  ]) {
    const file = `${broken ? 'broken' : 'clean'}.json`;
    const text = JSON.stringify(make(2000, broken), null, 2);
    writeFileSync(join(dir, file), text);
    rows.push([`validate, 2,000 programs, ${name} (${(text.length / 1e6).toFixed(1)} MB)`, time(['validate', file])]);
  }
  rows.push([
    'validate --format json, a warning in every program',
    time(['validate', 'broken.json', '--format', 'json']),
  ]);
  rows.push(['export, 2,000 programs', time(['export', 'clean.json', '-o', 'sheets'])]);
  rows.push(['import, 2,000 programs', time(['import', 'sheets', '-o', 'back.json'])]);
  rows.push(['ics, 2,000 programs', time(['ics', 'clean.json', '-o', 'programs.ics'])]);
  rows.push(['ipw --version (the start of Node and the command)', time(['--version'])]);
  const width = Math.max(...rows.map(([n]) => n.length));
  for (const [name, ms] of rows) console.log(`${name.padEnd(width)}  ${ms.toFixed(0).padStart(5)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
