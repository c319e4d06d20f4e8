import type { Course, EducationEvent, Graph, Organization } from 'schema-dts';
import { pick } from '../i18n/lang.js';
import type { Feed, Program, Text } from './types.js';

// Schema.org structured data (JSON-LD) for search engines. No DOM here: it runs in Node during a server render
// as well as in the browser.
//
// A program held at a place is an `EducationEvent`: Google's Event rich result asks for name, startDate and a
// Place with an address, the facts such a program has. A program without a place (an ongoing offer such as the
// WIPO Academy's, dated only by a year) is not an event by those rules: it is a `Course`, its organizers the
// providers and its dates a `CourseInstance`. Google's Course rich results want offers, a course mode and a
// workload the feed does not have; plain schema.org is all this claims for it. (@adobe/structured-data-validator
// 1.7.1 has rules for neither type: test/node/structured-data.test.mjs adds Google's Event rules.)
//
// Left out because the feed does not say it: `eventStatus` (Google only recommends it; without it an event is
// taken as scheduled), `offers`, `performer`, the language the training was given in (`inLanguage`: the page's
// language is not it), and the participant count (schema.org has no property for how many attended:
// `maximumAttendeeCapacity` is a capacity, `attendee` lists people).

/**
 * A JSON-LD document describing `programs` (default: every program of the feed), its text in language `lang`.
 * A property the feed lacks is `undefined`, which JSON leaves out.
 */
export function structuredData(feed: Feed, lang: string, programs: readonly Program[] = feed.programs): object {
  const text = (t?: Text) => t && pick(t, lang, feed.language).value;
  const describe = (p: Program): EducationEvent | Course => {
    const l = p.location;
    const organizers = p.organizers.map((id): Organization => {
      const o = feed.byId.organizations.get(id)!;
      return { '@type': 'Organization', name: text(o.name), url: o.url };
    });
    const about = { name: text(p.title), description: text(p.summary), image: p.image?.src, url: p.url };
    return l
      ? {
          '@type': 'EducationEvent',
          ...about,
          startDate: p.start,
          endDate: p.end,
          location: {
            '@type': 'Place',
            name: text(l.venue),
            address: (l.city || l.country) && {
              '@type': 'PostalAddress',
              addressLocality: text(l.city),
              addressCountry: l.country,
            },
          },
          eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
          organizer: organizers,
        }
      : {
          '@type': 'Course',
          ...about,
          provider: organizers,
          hasCourseInstance: { '@type': 'CourseInstance', startDate: p.start, endDate: p.end },
        };
  };
  return { '@context': 'https://schema.org', '@graph': programs.map(describe) } satisfies Graph;
}

/**
 * The same as the text of a `<script type="application/ld+json">` element: JSON with `<` written as `\u003c`
 * so that feed text can never close the script.
 */
export function structuredDataJson(feed: Feed, lang: string, programs?: readonly Program[]): string {
  return JSON.stringify(structuredData(feed, lang, programs)).replace(/</g, '\\u003c');
}
