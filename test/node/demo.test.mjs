// The demo as `npm start` serves it (after its build): the address it prints, fetched as a plain HTTP client
// (a crawler, a link preview) would: the widgets' facts are in the HTML, and the page's own files load.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startDemo, textOf, tight } from './util.mjs';

let address;
let stop;

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
  const text = tight(textOf(html));
  for (const fact of [
    'October 7–11,2024',
    '9 participants from Africa,Asia,and Latin America',
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
