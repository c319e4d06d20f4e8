import { expect } from '@open-wc/testing';
import { structuredData, structuredDataJson } from '../../src/feed/structured-data.js';
import type { Feed } from '../../src/feed/types.js';
import { parseFeed } from '../../src/feed/validate.js';

// What a search engine reads: the text of the JSON-LD script, parsed. The rules of schema.org and Google are
// checked in Node, by test/node/structured-data.test.mjs.

interface Organization {
  '@type': string;
  name: string;
  url?: string;
}
interface Event {
  '@type': string;
  name: string;
  startDate: string;
  endDate?: string;
  location?: { '@type': string; name?: string; address?: Record<string, string> };
  eventAttendanceMode?: string;
  organizer?: Organization[];
  description?: string;
  image?: string;
  url?: string;
  provider?: Organization[];
  hasCourseInstance?: { '@type': string; startDate: string; endDate?: string };
}
interface Document {
  '@context': string;
  '@graph': Event[];
}

const FEED = '/feeds/wipo-cipo-2024.json';
/** The default feed as `<ipw-feed src>` gives it to the widgets: validated, its image resolved against its address. */
const defaultFeed = async () => parseFeed(await (await fetch(FEED)).text(), new URL(FEED, location.href).href).feed;
const read = (json: string) => JSON.parse(json) as Document;
const eventOf = (feed: Feed, id: string, lang: string) =>
  read(structuredDataJson(feed, lang))['@graph'][feed.programs.findIndex((p) => p.id === id)];

const EXPECTED = {
  en: {
    name: 'WIPO–CIPO Executive Training Program',
    venue: 'CIPO headquarters',
    organizers: ['World Intellectual Property Organization', 'Canadian Intellectual Property Office'],
    description: /^This program is designed for senior officials/,
  },
  fr: {
    name: 'Programme OMPI–OPIC de formation des cadres',
    venue: 'siège de l’OPIC',
    organizers: [
      'Organisation Mondiale de la Propriété Intellectuelle',
      'Office de la propriété intellectuelle du Canada',
    ],
    description: /^Ce programme s’adresse aux hauts fonctionnaires/,
  },
};

describe('structured data (JSON-LD)', () => {
  for (const [lang, expected] of Object.entries(EXPECTED)) {
    it(`describes the 2024 WIPO–CIPO program as an event, in ${lang}`, async () => {
      const feed = await defaultFeed();
      const doc = read(structuredDataJson(feed, lang));
      expect(doc['@context']).to.equal('https://schema.org');
      expect(doc['@graph']).to.have.length(feed.programs.length);
      const event = eventOf(feed, 'wipo-cipo-executive-2024', lang);
      expect(event['@type']).to.equal('EducationEvent');
      expect(event.name).to.equal(expected.name);
      expect([event.startDate, event.endDate]).to.deep.equal(['2024-10-07', '2024-10-11']);
      expect(event.location).to.deep.equal({
        '@type': 'Place',
        name: expected.venue,
        address: { '@type': 'PostalAddress', addressLocality: 'Gatineau', addressCountry: 'CA' },
      });
      expect(event.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
      expect(event.organizer).to.deep.equal([
        { '@type': 'Organization', name: expected.organizers[0], url: 'https://www.wipo.int/' },
        {
          '@type': 'Organization',
          name: expected.organizers[1],
          url: 'https://ised-isde.canada.ca/site/canadian-intellectual-property-office/en',
        },
      ]);
      expect(event.description).to.match(expected.description);
      expect(event.image).to.equal(new URL('/feeds/images/wipo-cipo-2024.svg', location.href).href);
      expect(event.url).to.equal('https://www.wipo.int/academy/en/');
    });
  }

  it('describes a program without a place as a course, and leaves out what the feed does not say', async () => {
    const course = JSON.parse(JSON.stringify(eventOf(await defaultFeed(), 'wipo-academy-executive', 'fr'))) as Event;
    expect(course).to.deep.equal({
      '@type': 'Course',
      name: 'Programme de formation des cadres de l’Académie de l’OMPI',
      description:
        'Des formations courtes et intensives qui permettent aux professionnels de la propriété intellectuelle (PI) d’acquérir des compétences pratiques.',
      url: 'https://www.wipo.int/academy/en/',
      provider: [{ '@type': 'Organization', name: 'Académie de l’OMPI', url: 'https://www.wipo.int/academy/en/' }],
      hasCourseInstance: { '@type': 'CourseInstance', startDate: '2024' },
    });
  });

  it('describes only the programs it is given, and falls back to the feed’s language', async () => {
    const feed = await defaultFeed();
    const one = feed.programs.filter((p) => p.id === 'wipo-cipo-executive-2024');
    const doc = structuredData(feed, 'de', one) as Document;
    expect(doc['@graph'].map((e) => e.name)).to.deep.equal(['WIPO–CIPO Executive Training Program']);
    expect(doc['@graph'][0].location?.name).to.equal('CIPO headquarters');
  });

  it('writes feed text so that it can never close the script', async () => {
    const feed = await defaultFeed();
    const title = 'Hostile </script><script>alert(1)</script> <!-- title';
    feed.programs[0].title = { en: title };
    const json = structuredDataJson(feed, 'en');
    expect(json).not.to.contain('<');
    expect(read(json)['@graph'][0].name).to.equal(title);
    // As a page would carry it: one script, whose text is the whole JSON.
    const page = new DOMParser().parseFromString(
      `<!doctype html><head><script type="application/ld+json">${json}</script></head>`,
      'text/html',
    );
    expect(page.scripts).to.have.length(1);
    expect(read(page.scripts[0].textContent!)['@graph'][0].name).to.equal(title);
  });
});
