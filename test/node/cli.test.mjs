// The `ipw` command for the people who write the feed, run as a process as they run it: `ipw validate` (each
// problem at its line and column, exit codes, formats, colours, size cap and timeout), `ipw import` and `ipw export`
// (the spreadsheet round trip, every problem with its file, row and column, nothing written on error) and `ipw ics`
// (read back by an iCalendar parser).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { templates } from '../../scripts/templates.mjs';
import { root } from './util.mjs';

const CLI = join(root, 'dist/server/cli.js');
const FEED = join(root, 'feeds/wipo-cipo-2024.json');
const feedText = readFileSync(FEED, 'utf8');
const withoutSchema = (feed) => Object.fromEntries(Object.entries(feed).filter(([key]) => key !== '$schema'));
/** The environment without what forces or forbids colours: no colour switches, and no CI (where Node counts 2). */
const environment = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !['FORCE_COLOR', 'NO_COLOR', 'CI'].includes(key)),
);
const ESC = '\u001b[';
const theFeed = withoutSchema(JSON.parse(feedText));

/** Runs `ipw args`; resolves with its exit code and what it printed, whatever the code. */
function ipw(args, { cwd = dir, env = {}, input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...environment, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'ipw-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Line and column (from 1, UTF-16 units, no byte-order mark) of the `n`th occurrence of `needle`, counted apart. */
function positionOf(text, needle, n = 1) {
  const body = text.replace(/^\ufeff/, '');
  let at = -1;
  for (let i = 0; i < n; i++) at = body.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} is in the text`);
  const lines = body.slice(0, at).split(/\r\n|\n|\r/);
  return `${lines.length}:${lines.at(-1).length + 1}`;
}

describe('ipw validate', () => {
  test('the default feed is valid: exit code 0, and no colour when the output is not a terminal', async () => {
    const { code, stdout, stderr } = await ipw(['validate', FEED]);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, `${FEED}: valid (3 organizations, 11 topics, 2 programs, 1 agreement, 2 stats)\n`);
  });

  // A feed with a byte-order mark, tabs, an emoji before a fault, and each kind of line end.
  const lines = [
    '{',
    '\t"version": 1,',
    '\t"organizations": [{ "id": "wipo", "name": "WIPO" }],',
    '\t"programs": [',
    '\t\t{ "id": "p1", "title": "😀 Programme 😀", "organizers": ["wipo"], "start": "2024-02-30" },',
    '\t\t{ "id": "p2", "title": { "en": "T", "e n": "x" }, "organizers": ["wipo", "cpio"], "start": "2024",',
    '\t\t  "summray": "typo", "two\\u0020words": 1, "two words": 2 }',
    '\t]',
    '}',
  ];
  const expected = (text) => [
    `${positionOf(text, '"2024-02-30"')}  warning  programs[0].start: expected a date like 2024-10-07, 2024-10 or 2024, got "2024-02-30"; programs[0] left out`,
    `${positionOf(text, '"e n"')}  warning  programs[1].title["e n"]: expected a language tag like en or fr-CA as key, got "e n"; ignored`,
    `${positionOf(text, '"cpio"')}  warning  programs[1].organizers[1]: unknown organization "cpio"; known ids: wipo; left out`,
    `${positionOf(text, '"summray"')}  warning  programs[1].summray: unknown key, ignored; did you mean "summary"?`,
    // The same key twice: the last counts, as in JSON.parse.
    `${positionOf(text, '"two words"')}  warning  programs[1]["two words"]: unknown key, ignored`,
  ];
  for (const [name, end] of [
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])
    test(`each warning at the line and column of its value (a key's, for a key), with a BOM, tabs and ${name}`, async () => {
      const text = '\ufeff' + lines.join(end) + end;
      writeFileSync(join(dir, 'located.json'), text);
      const { code, stdout } = await ipw(['validate', 'located.json']);
      assert.equal(code, 0);
      assert.deepEqual(stdout.trim().split('\n'), [
        ...expected(text).map((line) => `located.json:${line}`),
        'located.json: 5 warnings (1 organization, 0 topics, 1 program, 0 agreements, 0 stats kept)',
      ]);
      // Independently of the helper: line 5, after two tabs and a two-unit emoji.
      assert.match(stdout, /^located\.json:5:\d+ {2}warning {2}programs\[0\]\.start/);
    });

  test('--strict exits with 1 on warnings; --format github annotates each line; --format json has it all', async () => {
    const text = lines.join('\n');
    writeFileSync(join(dir, 'warned.json'), text);
    const strict = await ipw(['validate', 'warned.json', '--strict', '--format', 'github']);
    assert.equal(strict.code, 1);
    const [line, col] = positionOf(text, '"2024-02-30"').split(':');
    assert.equal(
      strict.stdout.split('\n')[0],
      `::error file=warned.json,line=${line},col=${col},title=programs[0].start::programs[0].start: expected a date like 2024-10-07, 2024-10 or 2024, got "2024-02-30"; programs[0] left out`,
    );
    assert.equal(strict.stdout.match(/^::error /gm).length, 5);
    const lenient = await ipw(['validate', 'warned.json', '--format', 'github']);
    assert.equal(lenient.code, 0);
    assert.equal(lenient.stdout.match(/^::warning file=warned\.json,line=\d+,col=\d+,/gm).length, 5);

    const json = await ipw(['validate', 'warned.json', FEED, '--format', 'json']);
    assert.equal(json.code, 0);
    const { files } = JSON.parse(json.stdout);
    assert.deepEqual(
      files.map((f) => [f.file, f.usable, f.warnings.length, f.records.programs]),
      [
        ['warned.json', true, 5, 1],
        [FEED, true, 0, 2],
      ],
    );
    assert.deepEqual(files[0].warnings[0], {
      line: Number(line),
      column: Number(col),
      path: 'programs[0].start',
      message: 'expected a date like 2024-10-07, 2024-10 or 2024, got "2024-02-30"; programs[0] left out',
    });
  });

  test('exit code 2 for a feed that is unusable or unreadable, with where and why', async () => {
    writeFileSync(join(dir, 'comma.json'), '{\n  "version": 1,\n  "topics": [1,]\n}\n');
    writeFileSync(join(dir, 'list.json'), '[]');
    writeFileSync(join(dir, 'v2.json'), '{\r\n\t"version": 2\r\n}');
    writeFileSync(join(dir, 'page.json'), '<!doctype html><title>Not found</title>');
    mkdirSync(join(dir, 'folder.json'), { recursive: true });
    const { code, stdout } = await ipw(
      ['validate', 'comma.json', 'list.json', 'v2.json', 'page.json', 'missing.json', 'folder.json', FEED],
      {},
    );
    assert.equal(code, 2);
    const out = stdout.split('\n');
    assert.match(out[0], /^comma\.json:3:16 {2}error {2}the feed is not valid JSON: /);
    assert.ok(out.includes('list.json  error  expected the feed to be an object like {"version": 1, …}, got a list'));
    assert.ok(
      out.includes('v2.json:2:13  error  version: expected 1, got 2; this library reads feed format version 1'),
    );
    assert.ok(
      out.includes('page.json:1:1  error  the feed is HTML, not JSON: check its address (is it an error page?)'),
      stdout,
    );
    assert.ok(out.includes('missing.json  error  cannot read missing.json: no such file'));
    assert.ok(out.includes('missing.json: not read'));
    assert.ok(out.includes('folder.json  error  cannot read folder.json: it is a folder'));
    assert.ok(out.includes(`${FEED}: valid (3 organizations, 11 topics, 2 programs, 1 agreement, 2 stats)`));
  });

  test('nesting of any depth is read as the browser reads it: no stack overflow, each warning at its place', async () => {
    // 10,000 lists inside an unknown key; 100,000 where a program should be (programs[0], the second bracket).
    const deepKey = `{"version":1,"organizations":[],"topics":[{"id":"t","label":"T","x":${'['.repeat(1e4)}${']'.repeat(1e4)}}]}`;
    const deepList = `{"version":1,"programs":${'['.repeat(1e5)}${']'.repeat(1e5)}}`;
    writeFileSync(join(dir, 'deep-key.json'), deepKey);
    writeFileSync(join(dir, 'deep-list.json'), deepList);
    const { code, stdout, stderr } = await ipw(['validate', 'deep-key.json', 'deep-list.json']);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.deepEqual(stdout.trim().split('\n'), [
      `deep-key.json:${positionOf(deepKey, '"x"')}  warning  topics[0].x: unknown key, ignored`,
      'deep-key.json: 1 warning (0 organizations, 1 topic, 0 programs, 0 agreements, 0 stats kept)',
      `deep-list.json:${positionOf(deepList, '[', 2)}  warning  programs[0]: expected an object, got a list; left out`,
      'deep-list.json: 1 warning (0 organizations, 0 topics, 0 programs, 0 agreements, 0 stats kept)',
    ]);
    const json = await ipw(['validate', 'deep-key.json', 'deep-list.json', '--format', 'json']);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(
      JSON.parse(json.stdout).files.map((f) => [f.usable, f.warnings.map((w) => `${w.line}:${w.column} ${w.path}`)]),
      [
        [true, [`${positionOf(deepKey, '"x"')} topics[0].x`]],
        [true, [`${positionOf(deepList, '[', 2)} programs[0]`]],
      ],
    );
  });

  test('a syntax error deep in nesting, or nesting never closed: exit code 2, at its line and column', async () => {
    // The error is the brace that closes the object before the last list is closed, on line 2.
    const misclosed = `{"version": 1, "x": ${'['.repeat(5e4)}\n${'['.repeat(5e4)}${']'.repeat(1e5 - 1)}}`;
    const unclosed = `{"version": 1, "x": ${'[{"a":'.repeat(5e4)}`;
    writeFileSync(join(dir, 'misclosed.json'), misclosed);
    writeFileSync(join(dir, 'unclosed.json'), unclosed);
    // Line 2: 50,000 lists opened, 99,999 closed, then the brace.
    const expected = [
      ['misclosed.json', `2:${5e4 + 1e5 - 1 + 1}`],
      ['unclosed.json', `1:${unclosed.length + 1}`],
    ];
    const text = await ipw(['validate', 'misclosed.json', 'unclosed.json']);
    assert.equal(text.code, 2, text.stderr);
    assert.equal(text.stderr, '');
    for (const [file, at] of expected)
      assert.match(text.stdout, new RegExp(`^${file}:${at} {2}error {2}the feed is not valid JSON: `, 'm'));
    const json = await ipw(['validate', 'misclosed.json', 'unclosed.json', '--format', 'json']);
    assert.equal(json.code, 2, json.stderr);
    assert.deepEqual(
      JSON.parse(json.stdout).files.map((f) => [f.file, `${f.error.line}:${f.error.column}`]),
      expected,
    );
  });

  test('a 50 MB file ends with the size cap, not a hang', async () => {
    const big = join(dir, 'big.json');
    const text = `{"version": 1, "$pad": "${' '.repeat(50 * 1024 * 1024)}"}`;
    writeFileSync(big, text);
    const { code, stdout } = await ipw(['validate', 'big.json']);
    assert.equal(code, 2);
    const size = text.length.toLocaleString('en');
    assert.equal(
      stdout,
      `big.json  error  big.json is ${size} bytes, more than a feed may be (20,971,520 bytes)\nbig.json: not read\n`,
    );
    rmSync(big);
  });

  test('standard input, and a feed over HTTP: served, missing, and never answered (--timeout)', async () => {
    const stdin = await ipw(['validate', '-'], { input: feedText });
    assert.equal(stdin.code, 0);
    assert.match(stdin.stdout, /^standard input: valid/);

    const sockets = new Set();
    const server = createServer((req, res) => {
      if (req.url === '/feed.json') res.end(feedText);
      else if (req.url === '/missing.json') res.writeHead(404).end('not found');
      // /silent.json: never answered.
    });
    server.on('connection', (s) => sockets.add(s));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const at = `http://127.0.0.1:${server.address().port}`;
    try {
      const served = await ipw(['validate', `${at}/feed.json`]);
      assert.equal(served.code, 0, served.stdout);
      assert.equal(
        served.stdout,
        `${at}/feed.json: valid (3 organizations, 11 topics, 2 programs, 1 agreement, 2 stats)\n`,
      );
      const missing = await ipw(['validate', `${at}/missing.json`]);
      assert.equal(missing.code, 2);
      assert.match(missing.stdout, /cannot read http:\/\/127\.0\.0\.1:\d+\/missing\.json: the server answered 404/);
      const silent = await ipw(['validate', `${at}/silent.json`, '--timeout', '0.5']);
      assert.equal(silent.code, 2);
      assert.match(silent.stdout, /no answer from http:\/\/127\.0\.0\.1:\d+\/silent\.json within 0\.5 s/);
    } finally {
      for (const s of sockets) s.destroy();
      server.close();
    }
  });

  const script = spawnSync('script', ['--version']).status === 0;
  test('colours on a terminal, and never with NO_COLOR', { skip: !script && 'no script(1) to run a terminal' }, () => {
    writeFileSync(join(dir, 'tty.json'), '{"version": 1, "language": "en_US"}');
    // script(1) runs the command on a pseudo-terminal, as a person at a terminal would.
    const onTerminal = (env) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" validate tty.json`, '/dev/null'], {
        cwd: dir,
        env: { ...environment, TERM: 'xterm-256color', ...env },
        encoding: 'utf8',
      }).stdout;
    const coloured = onTerminal({});
    assert.ok(coloured.includes(`${ESC}33mwarning${ESC}0m`), coloured);
    assert.match(coloured, /language: expected a language tag like en or fr-CA, got "en_US"/);
    const plain = onTerminal({ NO_COLOR: '1' });
    assert.match(plain, /language: expected a language tag/);
    assert.ok(!plain.includes(ESC), plain);
  });

  test('--help for each verb, --version, and exit code 2 with the help for a wrong command', async () => {
    for (const [verb, words] of [
      ['validate', /--format <format>/],
      ['import', /programs\.csv:7:start/],
      ['export', /--delimiter <char>/],
      ['ics', /--uid-domain <host>/],
      ['render', /--feed <path\|url>/],
    ]) {
      const help = await ipw([verb, '--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, new RegExp(`^Usage: ipw ${verb} `));
      assert.match(help.stdout, words);
      assert.match(help.stdout, /Exit codes:/);
    }
    assert.match((await ipw(['--help'])).stdout, /validate <file\|url>…/);
    for (const [args, message] of [
      [['validate'], /^ipw validate: give a feed file or URL\n\nUsage: ipw validate/],
      [['validate', 'x.json', '--colour'], /^ipw validate: Unknown option '--colour'/],
      [['validate', 'x.json', '--format', 'xml'], /^ipw validate: --format expects text, json or github, got "xml"/],
      [['validate', 'x.json', '--timeout', 'soon'], /^ipw validate: --timeout expects a number of seconds/],
      [['export', FEED], /^ipw export: give the folder to write to with -o/],
      [['export', FEED, '-o', 'x', '--delimiter', 'tab'], /^ipw export: --delimiter expects , or ;, got "tab"/],
      [['import'], /^ipw import: give a folder or CSV files/],
      [['import', 'nowhere'], /^ipw import: cannot read nowhere: no such file/],
      [['ics'], /^ipw ics: give one feed file or URL/],
      [['ics', FEED, '--base', 'file:///x/'], /^ipw ics: --base expects an https: or http: address/],
    ]) {
      const { code, stderr } = await ipw(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
    }
  });
});

describe('ipw export and ipw import', () => {
  test('export, then import: the same feed, which ipw validate finds clean', async () => {
    const exported = await ipw(['export', FEED, '-o', 'sheets']);
    assert.equal(exported.code, 0, exported.stderr);
    assert.equal(
      exported.stderr,
      'ipw export: 7 files written to sheets (3 organizations, 11 topics, 2 programs, 1 agreement, 2 stats)\n',
    );
    assert.deepEqual(readdirSync(join(dir, 'sheets')).sort(), [
      'agreements.csv',
      'events.csv',
      'feed.csv',
      'organizations.csv',
      'programs.csv',
      'stats.csv',
      'topics.csv',
    ]);
    const programs = readFileSync(join(dir, 'sheets/programs.csv'), 'utf8');
    assert.ok(programs.startsWith('\ufeffid,title.en,title.fr,'), programs.slice(0, 60));
    assert.ok(programs.includes('\r\nwipo-cipo-executive-2024,WIPO–CIPO Executive Training Program,'));
    const events = readFileSync(join(dir, 'sheets/events.csv'), 'utf8');
    assert.ok(events.includes(',Hasan Kleib|Konstantinos Georgaras,'), events);

    const imported = await ipw(['import', 'sheets', '-o', 'feed.json']);
    assert.equal(imported.code, 0, imported.stderr);
    assert.equal(
      imported.stderr,
      'ipw import: feed.json: 3 organizations, 11 topics, 2 programs, 1 agreement, 2 stats\n',
    );
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    assert.equal(feed.$schema, 'https://unpkg.com/ip-program-widgets/schema/feed.schema.json');
    assert.deepStrictEqual(withoutSchema(feed), theFeed);
    const validated = await ipw(['validate', 'feed.json', '--strict']);
    assert.equal(validated.code, 0, validated.stdout);

    // With semicolons, as Excel saves in French, and the files named one by one.
    assert.equal((await ipw(['export', FEED, '-o', 'point-virgule', '--delimiter', ';'])).code, 0);
    assert.match(readFileSync(join(dir, 'point-virgule/programs.csv'), 'utf8'), /^\ufeffid;title\.en;title\.fr;/);
    const names = readdirSync(join(dir, 'point-virgule')).map((f) => join('point-virgule', f));
    const fromFiles = await ipw(['import', ...names]);
    assert.equal(fromFiles.code, 0, fromFiles.stderr);
    assert.deepStrictEqual(withoutSchema(JSON.parse(fromFiles.stdout)), theFeed);
  });

  test('templates/ holds the blank layout and the default feed, as export writes it', async () => {
    for (const [path, text] of Object.entries(await templates()))
      assert.equal(readFileSync(join(root, 'templates', path), 'utf8'), text, `templates/${path}: npm run templates`);
    const blank = await ipw(['import', join(root, 'templates/blank')]);
    assert.equal(blank.code, 0, blank.stderr);
    assert.equal(blank.stderr, 'ipw import: 0 organizations, 0 topics, 0 programs, 0 agreements, 0 stats\n');
    const example = await ipw(['import', join(root, 'templates/example')]);
    assert.deepStrictEqual(withoutSchema(JSON.parse(example.stdout)), theFeed);
  });

  test('a sheet as Excel writes it in French: semicolons, BOM, CRLF, a line break and quotes in cells', async () => {
    const folder = join(dir, 'excel');
    mkdirSync(folder, { recursive: true });
    const csv = (rows) => '\ufeff' + rows.join('\r\n') + '\r\n';
    writeFileSync(join(folder, 'organizations.csv'), csv(['id;name.fr;name.en', 'opic;OPIC;CIPO']));
    writeFileSync(
      join(folder, 'programs.csv'),
      csv([
        'id;title.fr;summary.fr;organizers;start;end;location.city;participants.value;participants.regions.fr',
        'p1;"Formation ; cadres";"Première ligne\r\n« deuxième » ""ligne""";opic;2024-10-07;2024-10-11;Gatineau;9;Afrique|Asie',
        ';;;;;;;;',
      ]),
    );
    const { code, stdout, stderr } = await ipw(['import', 'excel']);
    assert.equal(code, 0, stderr);
    const feed = JSON.parse(stdout);
    assert.deepEqual(feed.programs, [
      {
        id: 'p1',
        title: { fr: 'Formation ; cadres' },
        summary: { fr: 'Première ligne\r\n« deuxième » "ligne"' },
        organizers: ['opic'],
        start: '2024-10-07',
        end: '2024-10-11',
        location: { city: 'Gatineau' },
        participants: { value: 9, regions: [{ fr: 'Afrique' }, { fr: 'Asie' }] },
      },
    ]);
    assert.deepEqual(feed.organizations, [{ id: 'opic', name: { fr: 'OPIC', en: 'CIPO' } }]);
  });

  test('every problem with its file, row and column, exit code 2, and the feed that was there left as it was', async () => {
    const folder = join(dir, 'broken');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'organizations.csv'), 'id,name.en\nwipo,WIPO\n');
    writeFileSync(
      join(folder, 'programs.csv'),
      [
        'id,titel.en,title.en,organizers,start,participants.value',
        'p1,,First,wipo,2024-10-07,9',
        '',
        'p2,,Second,wipo|cpio,2024-10-07,nine',
        'p3,,Third,wipo,2024-10-07,',
        'p4,,,wipo,2024-10-07,',
        'p5,,Fifth,wipo,30/02/2024,',
      ].join('\n'),
    );
    writeFileSync(join(folder, 'events.csv'), 'agreement,date,label\nnone,2024,Signed\n');
    const good = '{"version": 1}\n';
    writeFileSync(join(dir, 'kept.json'), good);
    const { code, stderr } = await ipw(['import', 'broken', '-o', 'kept.json']);
    assert.equal(code, 2);
    assert.deepEqual(stderr.trim().split('\n'), [
      'broken/programs.csv:1:titel.en: unknown column; did you mean "title.en"? (see the layout in the templates/ folder)',
      'broken/events.csv:2:agreement: no agreement "none" in agreements.csv',
      'broken/programs.csv:4:organizers: unknown organization "cpio"; known ids: wipo',
      'broken/programs.csv:4:participants.value: expected a whole number, 0 or more, got "nine"',
      'broken/programs.csv:6:title.en: missing: expected text: a string or a map like {"en": "…", "fr": "…"}',
      'broken/programs.csv:7:start: expected a date like 2024-10-07, 2024-10 or 2024, got "30/02/2024"',
      'ipw import: 6 problems; nothing written',
    ]);
    assert.equal(readFileSync(join(dir, 'kept.json'), 'utf8'), good);
    // No temporary file left behind.
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );

    writeFileSync(join(folder, 'topics.csv'), 'id,label.en\nt1,"never closed\n');
    const unclosed = await ipw(['import', join(folder, 'topics.csv')]);
    assert.equal(unclosed.code, 2);
    assert.match(unclosed.stderr, /topics\.csv: line 2: Quote Not Closed/);
    const unknown = await ipw(['import', join(dir, 'kept.json')]);
    assert.match(unknown.stderr, /which list is this\? Name it after one: feed\.csv, organizations\.csv/);
  });

  test('a feed with warnings is exported without what they leave out, and says so (exit code 1)', async () => {
    const half = '{"version": 1, "topics": [{"id": "t1", "label": "One"}, {"id": "t2"}]}';
    writeFileSync(join(dir, 'half.json'), half);
    const { code, stderr } = await ipw(['export', 'half.json', '-o', 'half']);
    assert.equal(code, 1);
    // A missing field is placed at the record that lacks it.
    const at = positionOf(half, '{"id": "t2"}');
    assert.ok(stderr.startsWith(`half.json:${at}  warning  topics[1].label: missing: expected text`), stderr);
    assert.match(
      stderr,
      /7 files written to half \(0 organizations, 1 topic, .*\); 1 warning: what they name is not in/,
    );
    assert.equal(readFileSync(join(dir, 'half/topics.csv'), 'utf8'), '\ufeffid,label\r\nt1,One\r\n');
  });
});

describe('ipw ics', () => {
  const parse = (ics) => new ICAL.Component(ICAL.parse(ics));

  test('the programs as all-day events, in French, read back by an iCalendar parser', async () => {
    const { code, stdout, stderr } = await ipw(['ics', FEED, '--lang', 'fr', '--base', 'https://example.org/feeds/'], {
      env: { SOURCE_DATE_EPOCH: '1728259200' },
    });
    assert.equal(code, 0, stderr);
    assert.equal(stderr, 'ipw ics: 1 event; left out, without a day to start on: wipo-academy-executive (2024)\n');
    // CRLF line ends, and no line over 75 octets.
    assert.ok(stdout.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(stdout, /[^\r]\n/);
    for (const line of stdout.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);

    const calendar = parse(stdout);
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    const [event] = calendar.getAllSubcomponents('vevent');
    assert.equal(calendar.getAllSubcomponents('vevent').length, 1);
    const e = new ICAL.Event(event);
    assert.equal(e.uid, 'wipo-cipo-executive-2024@example.org');
    assert.equal(e.summary, 'Programme OMPI–OPIC de formation des cadres');
    assert.equal(e.startDate.isDate, true);
    assert.equal(e.startDate.toString(), '2024-10-07');
    // The day after the last, as all-day events end.
    assert.equal(e.endDate.toString(), '2024-10-12');
    assert.equal(e.location, 'siège de l’OPIC, Gatineau, Canada');
    assert.match(e.description, /^Ce programme s’adresse aux hauts fonctionnaires/);
    assert.match(e.description, /\n\nOrganisé par : OMPI et OPIC\n\nhttps:\/\/www\.wipo\.int\/academy\/en\/$/);
    assert.equal(event.getFirstPropertyValue('url'), 'https://www.wipo.int/academy/en/');
    assert.deepEqual(event.getFirstProperty('categories').getValues().slice(0, 2), [
      'Les offices de PI, catalyseurs de l’innovation',
      'Planification stratégique et mesure du rendement',
    ]);
    assert.equal(event.getFirstPropertyValue('dtstamp').toString(), '2024-10-07T00:00:00Z');

    // The same UID on every run, whatever the language.
    const english = parse((await ipw(['ics', FEED, '--base', 'https://example.org/feeds/'])).stdout);
    assert.equal(new ICAL.Event(english.getFirstSubcomponent('vevent')).uid, e.uid);
  });

  test('text with commas, semicolons, backslashes and line breaks, and long lines, read back as written', async () => {
    const title = 'Cours, ateliers; et \\ barres\nsur deux lignes — ' + 'é'.repeat(60) + ' 😀'.repeat(30);
    const feed = {
      version: 1,
      language: 'fr',
      organizations: [{ id: 'o', name: 'Office, Inc.' }],
      programs: [
        { id: 'p,1', title, organizers: ['o'], start: '2024-02-28', end: '2024-03', url: 'programs/p1' },
        { id: 'p2', title: 'Mois', organizers: [], start: '2024-10' },
      ],
    };
    writeFileSync(join(dir, 'awkward.json'), JSON.stringify(feed));
    const { code, stdout, stderr } = await ipw([
      'ics',
      'awkward.json',
      '-o',
      'awkward.ics',
      '--uid-domain',
      'ipw.test',
    ]);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      /^ipw ics: 1 event written to awkward\.ics; left out, without a day to start on: p2 \(2024-10\)/,
    );
    const ics = readFileSync(join(dir, 'awkward.ics'), 'utf8');
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    const e = new ICAL.Event(parse(ics).getFirstSubcomponent('vevent'));
    assert.equal(e.summary, title);
    assert.equal(e.uid, 'p,1@ipw.test');
    // An end known to the month runs to the month's last day.
    assert.equal(e.endDate.toString(), '2024-04-01');
    assert.equal(e.description, 'Organisé par : Office, Inc.');
    // A relative link without --base is left out: a calendar needs an absolute one.
    assert.equal(parse(ics).getFirstSubcomponent('vevent').getFirstPropertyValue('url'), null);
    assert.ok(statSync(join(dir, 'awkward.ics')).size > 0);
  });
  test('the edges of the format, 0000-01-01 to 9999-12-31: 8-digit dates, and a duration where the end cannot be written', async () => {
    const program = (id, start, end) => ({ id, title: id, organizers: [], start, ...(end && { end }) });
    const feed = {
      version: 1,
      programs: [
        program('first', '0000-01-01', '0000'),
        // Year 0 is a leap year, in the proleptic Gregorian calendar as in the feed format.
        program('leap', '0000-02-29'),
        program('eve', '9999-12-30'),
        // The day after the last is in year 10000, which DATE (four digits) cannot write.
        program('last', '9999-12-31'),
        program('two-last', '9999-12-30', '9999'),
      ],
    };
    writeFileSync(join(dir, 'edges.json'), JSON.stringify(feed));
    const { code, stdout, stderr } = await ipw(['ics', 'edges.json']);
    assert.equal(code, 0, stderr);
    const events = stdout.split('BEGIN:VEVENT\r\n').slice(1);
    assert.deepEqual(
      events.map((e) => e.split('\r\n').filter((line) => /^(DTSTART|DTEND|DURATION)[;:]/.test(line))),
      [
        ['DTSTART;VALUE=DATE:00000101', 'DTEND;VALUE=DATE:00010101'],
        ['DTSTART;VALUE=DATE:00000229', 'DTEND;VALUE=DATE:00000301'],
        ['DTSTART;VALUE=DATE:99991230', 'DTEND;VALUE=DATE:99991231'],
        ['DTSTART;VALUE=DATE:99991231', 'DURATION:P1D'],
        ['DTSTART;VALUE=DATE:99991230', 'DURATION:P2D'],
      ],
    );
    // Read back: the same days, however the end is written (as fields: ical.js prints year 0 as "0", and its
    // duration arithmetic takes 0000 for a common year).
    const ymd = (t) => `${t.year}-${t.month}-${t.day}`;
    const read = parse(stdout)
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .map((e) => [e.uid.split('@')[0], e.startDate.isDate, ymd(e.startDate), ymd(e.endDate)]);
    assert.deepEqual(read, [
      ['first', true, '0-1-1', '1-1-1'],
      ['leap', true, '0-2-29', '0-3-1'],
      ['eve', true, '9999-12-30', '9999-12-31'],
      ['last', true, '9999-12-31', '10000-1-1'],
      ['two-last', true, '9999-12-30', '10000-1-1'],
    ]);
  });
});
