// The demo as `npm start` serves it (after its build): the address it prints, fetched as a plain HTTP client
// (a crawler, a link preview) would: the widgets' facts are in the HTML, and the page's own files load.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import process from 'node:process';
import { after, before, test } from 'node:test';
import { root, startDemo, textOf, tight } from './util.mjs';

let address;
let stop;

/**
 * Starts the demo server as `npm start` does once it has built; resolves with what it printed when it printed an
 * address or stopped, and the process.
 */
const start = (args, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', ...args], {
      cwd: root,
      env: { ...process.env, PORT: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const read = (chunk) => {
      out += chunk;
      const found = /https?:\/\/\S+/.exec(out);
      if (found) resolve({ child, out, address: found[0] });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => resolve({ child, out, code }));
  });

before(async () => {
  // What `npm start` runs once it has built: on port 0, any free one; the address is read from what it prints.
  ({ address, stop } = await startDemo());
});
after(() => stop?.());

test('the address it prints is the news page, its widgets already in the HTML', async () => {
  assert.match(address, /^http:\/\/localhost:\d+\/demo\/$/);
  const response = await fetch(address);
  assert.equal(response.status, 200);
  const html = await response.text();
  // The publisher's English, en-CA: the widgets' dates read like the article's ("October 7, 2024").
  assert.match(html, /<html lang="en-CA" dir="ltr">/);
  assert.ok(textOf(html).includes('On October 7, 2024, WIPO'));
  const text = tight(textOf(html));
  for (const fact of [
    'October 7–11,2024',
    '9 participants from Africa,Asia and Latin America',
    '200+',
    'Over 200 participants from nearly 90 countries since 1997',
    'IP offices as catalysts for innovation',
    'Strategic planning and performance measurement',
    'Client awareness and education',
    'Operational management of IP offices',
    'IT modernization',
    'Examiner training',
    'Economic research and IP analytics',
    'Hasan Kleib',
    'Konstantinos Georgaras',
  ])
    assert.ok(text.includes(fact), `"${fact}" is not in the page's HTML`);
  assert.equal(html.match(/<template shadowroot="open" shadowrootmode="open">/g).length, 8);
  const jsonLd = JSON.parse(/<script type="application\/ld\+json" data-ipw>([^]*?)<\/script>/.exec(html)[1]);
  assert.deepEqual(
    jsonLd['@graph'].map((d) => d['@type']),
    ['Course', 'EducationEvent'],
  );
});

test('in French and Arabic too, as its language switch asks', async () => {
  const fr = tight(textOf(await (await fetch(`${address}?lang=fr`)).text()));
  assert.ok(fr.includes('7–11 octobre 2024'));
  assert.ok(fr.includes('Plus de 200 participants de près de 90 pays depuis 1997'));
  const ar = await (await fetch(`${address}?lang=ar`)).text();
  assert.match(ar, /<html lang="ar" dir="rtl">/);
  assert.match(await (await fetch(`${address}?lang=fr`)).text(), /<html lang="fr-CA" dir="ltr">/);
  assert.ok(textOf(ar).includes('أكثر من 200 مشارك من قرابة 90 دولة منذ 1997'));
});

test('in Spanish, Russian and Chinese: the page’s title and description, and the widgets’ text', async () => {
  const expected = {
    es: {
      title: 'Una nueva era para la formación ejecutiva entre la OMPI y el Canadá',
      description: 'firmaron un acuerdo el 7 de octubre de 2024',
      facts: ['Más de 200 participantes de casi 90 países desde 1997', 'Programa OMPI-CIPO de formación ejecutiva'],
    },
    ru: {
      title: 'Новая эра сотрудничества ВОИС и Канады в подготовке руководящих кадров',
      description: '7 октября 2024 года ВОИС и Канадское ведомство',
      facts: ['Более 200 участников из почти 90 стран с 1997 года', 'Подписание меморандума о взаимопонимании'],
    },
    zh: {
      title: '产权组织与加拿大开启高级管理人员培训新时代',
      description: '2024年10月7日，产权组织与加拿大知识产权局签署协议',
      facts: ['自1997年以来，来自近90个国家的200多名学员', '产权组织与加拿大知识产权局高级管理人员培训项目'],
    },
  };
  for (const [lang, { title, description, facts }] of Object.entries(expected)) {
    const html = await (await fetch(`${address}?lang=${lang}`)).text();
    assert.match(html, new RegExp(`<html lang="${lang}" dir="ltr">`));
    assert.equal(/<title>([^<]*)<\/title>/.exec(html)[1], title);
    assert.ok(/<meta\s+name="description"\s+content="([^"]*)"/.exec(html)[1].includes(description), lang);
    const text = textOf(html);
    for (const fact of facts) assert.ok(text.includes(fact), `${lang}: "${fact}" is not in the page's HTML`);
  }
});

test('the page’s own files load from that address, and / leads to it', async () => {
  const html = await (await fetch(address)).text();
  const links = [...html.matchAll(/<(?:link|script)\b[^>]*(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
  for (const file of ['news.css', 'news.js', 'favicon.svg', '../dist/ipw.js', '../feeds/wipo-cipo-2024.json'])
    assert.ok(links.includes(file), `${file} is linked`);
  for (const link of links) {
    const response = await fetch(new URL(link, address));
    assert.equal(response.status, 200, link);
  }
  const image = /<img part="image" src="([^"]+)"/.exec(html)[1];
  assert.equal((await fetch(new URL(image, address))).status, 200, image);
  const home = await fetch(new URL('/', address), { redirect: 'manual' });
  assert.equal(home.status, 302);
  assert.equal(new URL(home.headers.get('location'), address).href, address);
});

test('a port already taken is told in one line, with how to choose another', async () => {
  const { port } = new URL(address);
  const second = await start([], { PORT: port });
  assert.equal(second.code, 1);
  assert.equal(
    second.out,
    `Port ${port} is in use (another \`npm start\`?): stop it, or choose another port: PORT=${Number(port) + 1} npm start\n`,
  );
});

test('without PORT, port 8000 or, when it is taken, the next free one, said so', async () => {
  // Port 8000 held here (unless another program already holds it): `npm start` must not fail for that.
  const holder = createServer();
  const held = await new Promise((resolve) => {
    holder.once('error', () => resolve(false));
    holder.listen(8000, '127.0.0.1', () => resolve(true));
  });
  const started = await start([]);
  try {
    assert.ok(started.address, started.out);
    const port = Number(new URL(started.address).port);
    if (held || port !== 8000) {
      assert.notEqual(port, 8000);
      assert.match(started.out, new RegExp(`^Port 8000 is in use; serving on ${port} instead\\.\\n`));
    }
    assert.equal((await fetch(started.address)).status, 200);
  } finally {
    started.child.kill();
    holder.close();
  }
});
