/// <reference types="node" />
// `ipw ics`: the programs of a feed as an iCalendar file (RFC 5545), for a webmaster to host next to the feed.
// Written here rather than with a generator library: what a feed's programs need (all-day events, text escaped and
// folded) is short, and a library would add a dependency for it.
import process from 'node:process';
import { countryName, formatList } from '../i18n/format.js';
import { pick } from '../i18n/lang.js';
import { loadMessages, messagesFor } from '../i18n/messages.js';
import type { Feed, Program, Text } from '../feed/types.js';
import { safeUrl } from '../feed/validate.js';
import { CliError, parse, readSource, say, seconds, writeAtomically } from './common.js';
import { check } from './validate.js';

export const ICS_HELP = `Usage: ipw ics <feed.json|url> [options]

Writes the programs of a feed as calendar entries (iCalendar, RFC 5545): one
all-day event per program whose start is a full date, with its title, summary,
location, organizers, topics and link, in the language you choose.

Options:
  -o, --out <file>       Write there (default: standard output)
  --lang <tag>           The language of the entries: en, fr, ar, es, ru, zh…
                         (default: the feed's language)
  --base <url>           Where the feed is published, to make its relative links
                         absolute (default: the feed's URL, when it is one)
  --uid-domain <host>    Ends each entry's UID, which never changes for a program:
                         <program id>@<host> (default: the host of --base, else
                         ip-program-widgets); use your site's
  --name <text>          The calendar's name (default: the feed's organizers)
  --timeout <seconds>    How long a URL may take to answer in full (default 10)
  -h, --help             This help

A program known only to the month or the year (start "2024-10" or "2024") has
no day to put in a calendar: it is left out, and named on standard error.
DTSTAMP is the time of the run, or SOURCE_DATE_EPOCH when it is set.

Exit codes: 0 written; 2 nothing written (the feed is unusable or unreadable,
or the command is wrong).

Example:
  ipw ics feeds/wipo-cipo-2024.json --lang fr -o programs.fr.ics
`;

export interface IcsOptions {
  lang: string;
  /** Where the feed is published: relative links are resolved against it (and left out without it). */
  base?: string;
  /** The right-hand side of each UID. */
  domain: string;
  /** The calendar's name. */
  name?: string;
  /** DTSTAMP. */
  stamp: Date;
  /** The producer, for PRODID. */
  version: string;
}

/** A day as iCalendar writes it: 20241007; a year from 0000 to 9999, the feed's and DATE's four digits. */
const day = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, '');

/** The last day a DATE value can write, 9999-12-31. */
const LAST_DAY = Date.UTC(9999, 11, 31);
const DAY = 86_400_000;

/**
 * The end of an all-day event: DTEND, the day after its last; or, when that day is past 9999-12-31 (an event on the
 * last day of the format), DURATION in days, which RFC 5545 gives a VEVENT in its place and which loses nothing.
 */
const ending = (first: Date, next: Date) =>
  next.getTime() > LAST_DAY
    ? `DURATION:P${Math.round((next.getTime() - first.getTime()) / DAY)}D`
    : `DTEND;VALUE=DATE:${day(next)}`;

/**
 * The first day of a date at its precision, and the day after its last day (DTEND of an all-day event is exclusive):
 * `2024-10` runs from 20241001 to 20241101.
 */
function days(iso: string): [Date, Date] {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  const parts = iso.split('-').length;
  // Set field by field: Date.UTC reads the years 0 to 99 as 1900 to 1999, and 1900 has no 29 February where 0 has.
  const first = new Date(0);
  first.setUTCFullYear(y, m - 1, d);
  const next = new Date(first);
  if (parts === 3) next.setUTCDate(d + 1);
  else if (parts === 2) next.setUTCMonth(m);
  else next.setUTCFullYear(y + 1);
  return [first, next];
}

/** TEXT as RFC 5545 escapes it: `\\`, `;`, `,` and line breaks; other control characters are left out. */
const escape = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');

/** A content line folded at 75 octets of UTF-8 (never inside a character), continuation lines starting with a space. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const octets = Buffer.byteLength(char);
    // The first line holds 75 octets; each continuation, 74 after its leading space.
    if (size + octets > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += octets;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The calendar: VCALENDAR with one VEVENT per program that has a full start date; and the programs left out. */
export function feedToIcs(feed: Feed, o: IcsOptions): { ics: string; events: number; skipped: Program[] } {
  const text = (t: Text) => pick(t, o.lang, feed.language);
  /** A property with its LANGUAGE parameter when the text is in another language than the calendar's. */
  const textProperty = (name: string, t: Text) => {
    const { value, lang } = text(t);
    return `${name}${lang.toLowerCase() === o.lang.toLowerCase() ? '' : `;LANGUAGE=${lang}`}:${escape(value)}`;
  };
  const m = messagesFor(o.lang);
  const colon = /^fr\b/i.test(o.lang) ? ' : ' : /^zh\b/i.test(o.lang) ? '：' : ': ';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//ip-program-widgets//ipw ics ${escape(o.version)}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  const orgName = (id: string) => {
    const org = feed.byId.organizations.get(id)!;
    return text(org.short ?? org.name).value;
  };
  const name = o.name ?? [...new Set(feed.programs.flatMap((p) => p.organizers))].map(orgName).join(' · ');
  if (name) lines.push(`NAME:${escape(name)}`, `X-WR-CALNAME:${escape(name)}`);
  const stamp = o.stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const skipped: Program[] = [];
  let events = 0;
  for (const p of feed.programs) {
    if (p.start.length !== 10) {
      skipped.push(p);
      continue;
    }
    events++;
    const [start] = days(p.start);
    const [, end] = days(p.end ?? p.start);
    const url = p.url && (/^https?:/i.test(p.url) ? p.url : o.base ? safeUrl(p.url, o.base) : undefined);
    const where = p.location && [
      p.location.venue && text(p.location.venue).value,
      p.location.city && text(p.location.city).value,
      p.location.country && countryName(p.location.country, o.lang),
    ];
    const description = [
      p.summary && text(p.summary).value,
      p.organizers.length ? `${m.organizers}${colon}${formatList(p.organizers.map(orgName), o.lang)}` : '',
      url,
    ].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escape(`${p.id}@${o.domain}`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day(start)}`,
      ending(start, end),
      textProperty('SUMMARY', p.title),
    );
    if (description.length) lines.push(`DESCRIPTION:${escape(description.join('\n\n'))}`);
    if (where?.some(Boolean)) lines.push(`LOCATION:${escape(where.filter(Boolean).join(', '))}`);
    if (p.topics?.length)
      lines.push(`CATEGORIES:${p.topics.map((id) => escape(text(feed.byId.topics.get(id)!.label).value)).join(',')}`);
    if (url) lines.push(`URL:${url}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return { ics: lines.map(fold).join('\r\n') + '\r\n', events, skipped };
}

export async function ics(args: string[], version: string): Promise<number> {
  const { values, positionals } = parse(
    'ics',
    args,
    {
      out: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      base: { type: 'string' },
      'uid-domain': { type: 'string' },
      name: { type: 'string' },
      timeout: { type: 'string' },
    },
    ICS_HELP,
  );
  if (values.help) return say(ICS_HELP, 0);
  if (positionals.length !== 1) throw new CliError(`ipw ics: give one feed file or URL\n\n${ICS_HELP}`);
  const source = await readSource(positionals[0], seconds('ics', values.timeout, 10)).catch((e: unknown) => {
    throw e instanceof CliError ? new CliError(`ipw ics: ${e.message}`) : e;
  });
  const { feed, error } = check(source.name, source.text);
  if (!feed) throw new CliError(`ipw ics: ${source.name}: ${error?.message}`);
  let base = values.base ?? source.url?.href;
  if (base !== undefined && !/^https?:\/\//i.test(base))
    throw new CliError(`ipw ics: --base expects an https: or http: address, got "${base}"`);
  if (base) base = new URL(base).href;
  const domain = values['uid-domain'] ?? (base ? new URL(base).hostname : 'ip-program-widgets');
  if (!/^[\w.-]+$/.test(domain)) throw new CliError(`ipw ics: --uid-domain expects a host name, got "${domain}"`);
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const stamp = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  const lang = values.lang ?? feed.language;
  try {
    Intl.getCanonicalLocales(lang);
  } catch {
    throw new CliError(`ipw ics: --lang expects a language tag like en or fr-CA, got "${lang}"`);
  }
  // The interface text of a language beyond English and French is a file of its own: at hand before writing.
  await loadMessages(lang);
  const out = feedToIcs(feed, { lang, base, domain, name: values.name, stamp, version });
  if (values.out) await writeAtomically([{ path: values.out, data: out.ics }]);
  else process.stdout.write(out.ics);
  const left = out.skipped.map((p) => `${p.id} (${p.start})`).join(', ');
  process.stderr.write(
    `ipw ics: ${out.events} event${out.events === 1 ? '' : 's'}${values.out ? ` written to ${values.out}` : ''}` +
      (left ? `; left out, without a day to start on: ${left}` : '') +
      '\n',
  );
  return 0;
}
