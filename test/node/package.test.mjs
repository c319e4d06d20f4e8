// The README's commands for the server, run as written, on the package as a user gets it: packed with
// `npm pack`, installed in an empty project, with the default feed copied out of the installed package.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, describe, test } from 'node:test';
import { installPacked, root, run, textOf, tight } from './util.mjs';

/** The README's code blocks of one language that hold `marker`. */
const blocks = (readme, language, marker) =>
  [...readme.matchAll(new RegExp(`^\`\`\`${language}\\n([^]*?)^\`\`\``, 'gm'))]
    .map((m) => m[1])
    .filter((code) => code.includes(marker));

describe('the README’s server commands, on the packed package', { timeout: 300_000 }, () => {
  let project;
  let readme;
  before(
    async () => {
      readme = await readFile(join(root, 'README.md'), 'utf8');
      project = await mkdtemp(join(tmpdir(), 'ipw-package-'));
      await writeFile(join(project, 'package.json'), '{ "private": true, "type": "module" }\n');
      await installPacked(project);
      await cp(join(project, 'node_modules/ip-program-widgets/feeds'), join(project, 'feeds'), { recursive: true });
    },
    { timeout: 300_000 },
  );
  after(() => project && rm(project, { recursive: true, force: true }));

  test('npx ipw render, with a snippet of the tags a webmaster pastes', async () => {
    const [command] = blocks(readme, 'sh', 'npx ipw render');
    assert.ok(command, 'the README has the command');
    await writeFile(
      join(project, 'snippet.html'),
      '<ipw-feed>\n  <ipw-program-card program="wipo-cipo-executive-2024"></ipw-program-card>\n</ipw-feed>\n',
    );
    await run('sh', ['-c', command], project);
    const out = await readFile(join(project, 'out.html'), 'utf8');
    assert.ok(tight(textOf(out)).includes('7–11 octobre 2024'), textOf(out).slice(0, 300));
    assert.match(out, /<ipw-feed\s+src="feeds\/wipo-cipo-2024\.json">/);
    assert.match(out, /<img part="image" src="feeds\/images\/wipo-cipo-2024\.svg"/);
    assert.match(out, /<script type="application\/ld\+json" data-ipw>/);
    const version = await run('npx', ['ipw', '--version'], project);
    assert.equal(version.trim(), JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version);
  });

  test('the README’s commands for the people who write the feed: import, validate, ics, export, and the CI step', async () => {
    const [pipeline] = blocks(readme, 'sh', 'npx ipw import');
    assert.ok(pipeline, 'the README has the commands');
    await run('sh', ['-c', pipeline], project);
    const feed = JSON.parse(await readFile(join(project, 'feeds/programs.json'), 'utf8'));
    const original = JSON.parse(await readFile(join(project, 'feeds/wipo-cipo-2024.json'), 'utf8'));
    delete feed.$schema;
    delete original.$schema;
    assert.deepStrictEqual(feed, original);
    const ics = await readFile(join(project, 'feeds/programs.fr.ics'), 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /\r\nSUMMARY:Programme OMPI–OPIC de formation des cadres\r\n/);

    const [exported] = blocks(readme, 'sh', 'npx ipw export');
    await run('sh', ['-c', exported], project);
    assert.match(await readFile(join(project, 'sheets/programs.csv'), 'utf8'), /^\ufeffid,title\.en,title\.fr,/);

    // The CI step, as the workflow runs it: on a clean feed it prints one line and exits with 0.
    const step = readme.match(/^\s+- run: (npx ipw validate .*)$/m)?.[1];
    assert.ok(step, 'the README has the CI step');
    const out = await run('sh', ['-c', step], project);
    assert.equal(out, 'feeds/programs.json: valid\n');
  });

  test('renderHtml from Node, as the README shows it', async () => {
    const [code] = blocks(readme, 'js', "from 'ip-program-widgets/server'");
    assert.ok(code, 'the README has the example');
    await writeFile(join(project, 'render.mjs'), code);
    const out = await run(process.execPath, ['render.mjs'], project);
    assert.ok(textOf(out).includes('Plus de 200 participants de près de 90 pays depuis 1997'), out.slice(0, 300));
    assert.match(out, /<template shadowroot="open" shadowrootmode="open">/);
  });
});
