import { expect, waitUntil } from '@open-wc/testing';

// The main job, as a reader sees it: the news page and the playground, on the
// built bundle (dist/ipw.js) and the default feed.
const open = async (src: string, width = 1200) => {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
};
/** Whether an element is drawn (it and its ancestors not hidden). */
const isShown = (el: Element) => (el as HTMLElement).checkVisibility();
/** The visible text of a widget, once it has left its loading state. */
const textOf = async (el: Element) => {
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part=base]:not([aria-busy])'),
    `${el.localName} did not render`,
    {
      timeout: 5000,
    },
  );
  return (el.shadowRoot!.querySelector('[part=base]') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
};

describe('the news page', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  beforeEach(async () => {
    frame = await open('/demo/index.html');
    doc = frame.contentDocument!;
  });
  afterEach(() => frame.remove());

  it('shows the program’s title, dates and place, in the page’s Canadian English', async () => {
    expect(doc.documentElement.lang).to.equal('en-CA');
    const text = await textOf(doc.querySelector('ipw-program-card[program="wipo-cipo-executive-2024"]')!);
    expect(text).to.contain('WIPO–CIPO Executive Training Program');
    // en-CA, like the article beside it ("On October 7, 2024"): no spaces around the range's dash, no serial comma.
    expect(text).to.contain('October 7–11, 2024');
    expect((doc.querySelector('.lead') as HTMLElement).innerText).to.contain('On October 7, 2024,');
    expect(text).to.contain('CIPO headquarters, Gatineau, Canada');
    expect(text).to.contain('9 participants from Africa, Asia and Latin America');
  });

  it('shows nine participants, and over 200 since 1997, as sentences for screen readers', async () => {
    const badges = [...doc.querySelectorAll('ipw-participant-badge')];
    await Promise.all(badges.map(textOf));
    const said = badges.map((b) => b.shadowRoot!.querySelector('.vh')!.textContent);
    expect(said).to.deep.equal([
      'Over 200 participants from nearly 90 countries since 1997',
      '9 participants from Africa, Asia and Latin America',
    ]);
  });

  it('lists the agreement’s events in order, oldest first', async () => {
    const timeline = doc.querySelector('ipw-agreement-timeline')!;
    await textOf(timeline);
    const dates = [...timeline.shadowRoot!.querySelectorAll('li[part=event] time')].map((t) =>
      t.getAttribute('datetime'),
    );
    expect(dates).to.deep.equal(['1997', '2024', '2024-10-07', '2024-10-07', '2024-10-11']);
    const labels = [...timeline.shadowRoot!.querySelectorAll('[part=label]')].map((h) => h.textContent!.trim());
    expect(labels[0]).to.equal('CIPO–WIPO Executive Program begins');
    expect(labels[2]).to.equal('Memorandum of understanding signed');
  });

  it('switches to French: the article, the title and every widget', async () => {
    const card = doc.querySelector('ipw-program-card[program="wipo-cipo-executive-2024"]')!;
    await textOf(card);
    (doc.querySelector('a[data-lang="fr"]') as HTMLElement).click();
    expect(doc.documentElement.lang).to.equal('fr-CA');
    expect(doc.title).to.equal('Une nouvelle ère pour la formation des cadres entre l’OMPI et le Canada');
    expect((doc.querySelector('h1') as HTMLElement).innerText.trim()).to.equal(
      'Une nouvelle ère pour la formation des cadres entre l’OMPI et le Canada',
    );
    await waitUntil(async () => (await textOf(card)).includes('7–11 octobre 2024'), 'the card stayed in English');
    expect(await textOf(card)).to.contain('Programme OMPI–OPIC de formation des cadres');
    const badge = doc.querySelector('ipw-participant-badge')!;
    expect(badge.shadowRoot!.querySelector('.vh')!.textContent).to.equal(
      'Plus de 200 participants de près de 90 pays depuis 1997',
    );
  });

  it('works right to left in Arabic', async () => {
    (doc.querySelector('a[data-lang="ar"]') as HTMLElement).click();
    const timeline = doc.querySelector('ipw-agreement-timeline')!;
    await waitUntil(async () => (await textOf(timeline)).includes('أكتوبر'), 'the timeline stayed in English');
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(getComputedStyle(timeline.shadowRoot!.querySelector('[part=base]')!).direction).to.equal('rtl');
  });

  it('has no horizontal scrolling at 320 px', async () => {
    frame.remove();
    frame = await open('/demo/index.html', 320);
    doc = frame.contentDocument!;
    await textOf(doc.querySelector('ipw-agreement-timeline')!);
    await textOf(doc.querySelector('ipw-program-card')!);
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
  });
});

describe('the playground', () => {
  it('shows every widget from the default feed and a ready embed snippet', async () => {
    const frame = await open('/demo/playground.html');
    const doc = frame.contentDocument!;
    await waitUntil(
      () => doc.getElementById('status')!.textContent === 'The feed is valid: no warnings.',
      'no status',
      {
        timeout: 5000,
      },
    );
    const tags = [...doc.querySelectorAll('#preview ipw-feed > *')].map((e) => e.localName).filter((t) => t !== 'h3');
    expect(tags).to.deep.equal([
      'ipw-program-card',
      'ipw-program-list',
      'ipw-topic-list',
      'ipw-agreement-timeline',
      'ipw-participant-badge',
    ]);
    // The embed code names where the webmaster's files will be, a placeholder to replace, never this server.
    const snippet = doc.getElementById('snippet')!.textContent!;
    expect(snippet).to.equal(
      [
        '<script type="module" src="https://your-site.example/ip-program-widgets/ipw.js"></script>',
        '<ipw-feed src="https://your-site.example/ip-program-widgets/wipo-cipo-2024.json">',
        '  <ipw-program-card program="wipo-cipo-executive-2024"></ipw-program-card>',
        '</ipw-feed>',
      ].join('\n'),
    );
    expect(isShown(doc.getElementById('copy')!)).to.equal(true);
    expect(doc.getElementById('snippet-note')!.textContent).to.contain('Replace https://your-site.example/');
    frame.remove();
  });

  it('lists the validation messages of a broken feed, with their paths', async () => {
    const frame = await open('/demo/playground.html');
    const doc = frame.contentDocument!;
    (doc.querySelector('input[value="json"]') as HTMLInputElement).click();
    const json = doc.getElementById('json') as HTMLTextAreaElement;
    await waitUntil(
      () => json.value.includes('wipo-cipo-executive-2024'),
      'the default feed was not copied in to edit',
    );
    json.value = JSON.stringify({
      version: 1,
      programs: [{ id: 'x', titel: 'Typo', organizers: [], start: '2024-02-30' }],
    });
    (doc.querySelector('button[type=submit]') as HTMLElement).click();
    await waitUntil(() => doc.querySelectorAll('#warnings li').length >= 2, 'no warnings listed', { timeout: 5000 });
    const items = [...doc.querySelectorAll('#warnings li')].map((li) => li.textContent);
    expect(items).to.include('programs[0].titel unknown key, ignored; did you mean "title"?');
    expect(items).to.include(
      'programs[0].title missing: expected text: a string or a map like {"en": "…", "fr": "…"}; programs[0] left out',
    );
    expect(doc.getElementById('status')!.textContent).to.match(/usable, with \d+ warnings?/);
    (json as HTMLTextAreaElement).value = '{"version": 1,';
    (doc.querySelector('button[type=submit]') as HTMLElement).click();
    await waitUntil(() => doc.getElementById('status')!.textContent === 'The feed cannot be used:', 'no error shown');
    expect(doc.querySelector('#warnings li')!.textContent).to.match(/^invalid-json the feed is not valid JSON/);
    // No embed code to copy for a feed that cannot be used.
    expect(isShown(doc.getElementById('snippet')!), 'the snippet').to.equal(false);
    expect(isShown(doc.getElementById('copy')!), 'the copy button').to.equal(false);
    expect(doc.getElementById('snippet')!.textContent).to.equal('');
    expect((doc.getElementById('snippet-none') as HTMLElement).innerText).to.equal(
      'The embed code appears here once the feed can be used.',
    );
    frame.remove();
  });

  it('fits a 320 px phone with a pasted feed, whose image shows', async () => {
    const frame = await open('/demo/playground.html', 320);
    const doc = frame.contentDocument!;
    (doc.querySelector('input[value="json"]') as HTMLInputElement).click();
    await waitUntil(
      () => doc.querySelector('#preview ipw-feed > script') && doc.querySelector('#preview ipw-program-card'),
      'the pasted feed was not shown',
      { timeout: 5000 },
    );
    const card = doc.querySelector('#preview ipw-program-card')!;
    await Promise.all([...doc.querySelectorAll('#preview ipw-feed > :not(h3, script)')].map(textOf));
    const image = card.shadowRoot!.querySelector('img[part=image]') as HTMLImageElement;
    image.scrollIntoView(); // as a reader scrolls to it: the image loads lazily
    await waitUntil(() => image.complete, 'the image never finished loading', { timeout: 5000 });
    expect(image.naturalWidth, `${image.src} loads`).to.be.greaterThan(0);
    expect(doc.getElementById('snippet')!.textContent).to.contain('"id": "wipo-cipo-executive-2024"');
    // No sideways scrolling: the pasted JSON and the embed code wrap or scroll inside their own boxes.
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    for (const id of ['json', 'snippet-box', 'preview']) {
      const box = doc.getElementById(id)!.getBoundingClientRect();
      expect(box.right, `#${id}'s right edge`).to.be.at.most(320);
      expect(box.left, `#${id}'s left edge`).to.be.at.least(0);
    }
    frame.remove();
  });
});
