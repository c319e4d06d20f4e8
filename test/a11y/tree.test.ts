import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import { loadMessages } from '../../src/i18n/messages.js';
import { settled } from '../helpers.js';
import { rendered } from '../robustness/util.js';

// What a screen reader gets: each widget's accessibility tree as Chromium exposes it (test/plugins/chromium.mjs
// writes it as text), in its main states, in English, French and Arabic, compared with reviewed snapshots in
// test/a11y/snapshots/. After a change that alters one, run `UPDATE_SNAPSHOTS=1 npx wtr --files
// test/a11y/tree.test.ts`, read each changed file as a screen-reader user would, and commit it with the change.

const LANGS = ['en', 'fr', 'ar'];
const WIDGETS = {
  'program-card': 'ipw-program-card program="wipo-cipo-executive-2024"',
  'program-list': 'ipw-program-list organizer="wipo-academy"',
  'topic-list': 'ipw-topic-list program="wipo-cipo-executive-2024"',
  'agreement-timeline': 'ipw-agreement-timeline agreement="wipo-cipo-cooperation"',
  'participant-badge': 'ipw-participant-badge stat="alumni"',
};

let chromium = true;
let n = 0;

/** The tree under `el`, or undefined outside Chromium. */
async function tree(el: Element) {
  el.id ||= `ax-${++n}`;
  const text = await executeServerCommand<string | false, unknown>('ipw-ax-tree', { selector: `#${el.id}` });
  return text === false ? undefined : text;
}

/** Compares `el`'s tree with the snapshot `name`. */
async function matches(el: Element, name: string) {
  const text = await tree(el);
  const { expected } = await executeServerCommand<{ expected?: string }, unknown>('ipw-snapshot', { name, text });
  expect(expected, `no reviewed snapshot ${name}: see the top of test/a11y/tree.test.ts`).to.be.a('string');
  expect(text, `test/a11y/snapshots/${name}.txt`).to.equal(expected);
  return text!;
}

async function render(markup: string, lang: string, feed = 'src="/feeds/wipo-cipo-2024.json"') {
  await loadMessages(lang);
  const page = await fixture<HTMLDivElement>(
    staticHtml`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}><ipw-feed ${unsafeStatic(feed)}><${unsafeStatic(markup)}></${unsafeStatic(markup.split(' ')[0])}></ipw-feed></div>`,
  );
  const el = page.querySelector<HTMLElement>('ipw-feed > *')!;
  await settled(el);
  return el;
}

describe('what a screen reader gets (Chromium’s accessibility tree)', () => {
  before(async function () {
    const probe = await fixture(html`<p id="probe">x</p>`);
    chromium = (await tree(probe)) !== undefined;
    if (!chromium) this.skip();
  });

  for (const lang of LANGS)
    for (const [name, markup] of Object.entries(WIDGETS))
      it(`${name}, ${lang}`, async () => {
        const el = await render(markup, lang);
        await rendered(el, 15_000);
        await matches(el, `${name}-${lang}`);
      });

  for (const lang of LANGS) {
    it(`loading, ${lang}: one "Loading…", not a live region (six widgets loading would say it six times)`, async () => {
      const el = await render(WIDGETS['program-card'], lang, '');
      const text = await matches(el, `loading-${lang}`);
      expect(text.split('\n')).to.have.length(1);
    });

    it(`empty, ${lang}`, async () => {
      const el = await render('ipw-program-list year="1900"', lang);
      await rendered(el, 15_000);
      await matches(el, `empty-${lang}`);
    });

    it(`error, ${lang}: announced as an alert, the details a closed disclosure`, async () => {
      const el = await render('ipw-program-card program="nope"', lang);
      await rendered(el, 15_000);
      const text = await matches(el, `error-${lang}`);
      expect(text).to.match(/^alert/);
    });
  }

  it('gives headings the level asked for: the card’s title, the timeline’s title and its events one below', async () => {
    const card = await render('ipw-program-card program="wipo-cipo-executive-2024" heading-level="2"', 'en');
    await rendered(card, 15_000);
    expect(await tree(card)).to.match(/^ {2}heading "WIPO–CIPO Executive Training Program" \(level=2\)$/m);
    const timeline = await render('ipw-agreement-timeline agreement="wipo-cipo-cooperation" heading-level="4"', 'en');
    await rendered(timeline, 15_000);
    const lines = (await tree(timeline))!.split('\n');
    expect(lines[0]).to.equal('heading "WIPO–CIPO cooperation on executive training" (level=4)');
    expect(lines.filter((l) => /^ +heading .*\(level=5\)$/.test(l))).to.have.length(4);
  });

  it('reads a badge as one sentence', async () => {
    const badge = await render(WIDGETS['participant-badge'], 'en');
    await rendered(badge, 15_000);
    expect(await tree(badge)).to.equal('text "Over 200 participants from nearly 90 countries since 1997"');
  });

  it('gives the timeline as an ordered list whose every item starts with its date', async () => {
    const timeline = await render(WIDGETS['agreement-timeline'], 'en');
    await rendered(timeline, 15_000);
    expect(timeline.shadowRoot!.querySelector('ol[part=events]')).to.exist;
    const items = (await tree(timeline))!.split('\n  listitem').slice(1);
    expect(items).to.have.length(4);
    for (const item of items) expect(item.split('\n')[1]).to.match(/^ {4}(time|text)/);
  });
});
