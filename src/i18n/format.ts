import type { Count } from '../feed/types.js';
import { messagesFor, type Forms } from './messages.js';

// Intl objects are costly to make and cheap to reuse: one per language and options.
const made = new Map<string, unknown>();
const memo = <T>(key: string, make: () => T): T => {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
};

/**
 * A usable locale for `Intl`: the tag itself when valid, else `en`. Plain `ar`
 * gets Latin digits, as Chromium and Firefox already give it and WebKit does
 * not: one output in every engine. `ar-u-nu-arab` or `ar-EG` keep Arabic-Indic digits.
 */
export const intlLocale = (lang: string) =>
  memo(`l${lang}`, () => {
    try {
      const tag = Intl.getCanonicalLocales(lang)[0] ?? 'en';
      return tag === 'ar' ? 'ar-u-nu-latn' : tag;
    } catch {
      return 'en';
    }
  });

type Precision = 1 | 2 | 3;
const DATE_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  1: { year: 'numeric' },
  2: { year: 'numeric', month: 'long' },
  3: { year: 'numeric', month: 'long', day: 'numeric' },
};

const dateFormat = (lang: string, precision: Precision) =>
  memo(
    `d${lang}${precision}`,
    () => new Intl.DateTimeFormat(intlLocale(lang), { ...DATE_OPTIONS[precision], timeZone: 'UTC' }),
  );

/** `2024-10` → the parts as numbers and how precise the date is. */
const split = (iso: string) => {
  const parts = iso.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(parts[0], (parts[1] ?? 1) - 1, parts[2] ?? 1);
  return { date, precision: parts.length as Precision };
};

/** A partial ISO date shown as what it is: "1997", "October 2024", "7 October 2024". */
export function formatDate(iso: string, lang: string): string {
  const { date, precision } = split(iso);
  return dateFormat(lang, precision).format(date);
}

/** A range as parts, each marked `startRange`, `endRange` or `shared` ("7–11 October 2024"). */
export function formatRange(start: string, end: string | undefined, lang: string): Intl.DateTimeRangeFormatPart[] {
  const a = split(start);
  if (!end || end === start) return [{ type: 'literal', value: formatDate(start, lang), source: 'shared' }];
  const b = split(end);
  return dateFormat(lang, Math.min(a.precision, b.precision) as Precision).formatRangeToParts(a.date, b.date);
}

export const formatNumber = (n: number, lang: string) =>
  memo(`n${lang}`, () => new Intl.NumberFormat(intlLocale(lang))).format(n);

/** "Africa, Asia and Latin America". */
export const formatList = (items: string[], lang: string) =>
  memo(`f${lang}`, () => new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' })).format(items);

/** A country name from its ISO 3166 code, in the reader's language; a placeholder's code (`ZZ`, `XA`, `XB`) as written. */
export const countryName = (code: string, lang: string) => {
  try {
    return (
      (!/^(zz|xa|xb)$/i.test(code) &&
        memo(`r${lang}`, () => new Intl.DisplayNames(intlLocale(lang), { type: 'region' })).of(code)) ||
      code
    );
  } catch {
    return code;
  }
};

/** A collator of the reader's language, to order strings as it does ("alpha", "Beta", "Écoles" in English). */
export const collator = (lang: string) => memo(`o${lang}`, () => new Intl.Collator(intlLocale(lang)));

/** The word form for a number: `plural(9, {one: 'participant', other: 'participants'}, 'en')`. */
export const plural = (n: number, forms: Forms, lang: string) =>
  forms[memo(`p${lang}`, () => new Intl.PluralRules(intlLocale(lang))).select(n)] ?? forms.other;

/** A qualified count: "over 200"; `figure` asks for the short form of a badge ("200+"). */
export function formatCount({ value, qualifier }: Count, lang: string, figure = false): string {
  const n = formatNumber(value, lang);
  if (!qualifier) return n;
  const m = messagesFor(lang);
  return ((figure && m.figure?.[qualifier]) || m.qualify[qualifier])(n);
}

/** Upper-cases the first letter, for a phrase that starts a sentence. */
export const capitalize = (s: string, lang: string) => s.charAt(0).toLocaleUpperCase(intlLocale(lang)) + s.slice(1);
