import type { Count } from '../feed/types.js';
import { messagesFor, type Forms } from './messages.js';

/**
 * A usable locale for `Intl`: the tag itself when valid, else `en`. Plain `ar`
 * gets Latin digits, as Chromium and Firefox already give it and WebKit does
 * not: one output in every engine. `ar-u-nu-arab` or `ar-EG` keep Arabic-Indic digits.
 */
function intlLocale(lang: string) {
  try {
    const tag = Intl.getCanonicalLocales(lang)[0] ?? 'en';
    return tag === 'ar' ? 'ar-u-nu-latn' : tag;
  } catch {
    return 'en';
  }
}

type Precision = 1 | 2 | 3;
const DATE_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  1: { year: 'numeric' },
  2: { year: 'numeric', month: 'long' },
  3: { year: 'numeric', month: 'long', day: 'numeric' },
};

/** A language's `Intl` objects, each made on first use: they are costly to make and cheap to reuse. */
class Formats {
  readonly locale: string;
  private dates: Partial<Record<Precision, Intl.DateTimeFormat>> = {};
  private numbers?: Intl.NumberFormat;
  private lists?: Intl.ListFormat;
  private plurals?: Intl.PluralRules;
  private collator?: Intl.Collator;
  private regions?: Intl.DisplayNames | null;
  /** Country names found so far: a feed names a few countries many times. */
  private countries = new Map<string, string>();

  constructor(lang: string) {
    this.locale = intlLocale(lang);
  }

  date(precision: Precision) {
    return (this.dates[precision] ??= new Intl.DateTimeFormat(this.locale, {
      ...DATE_OPTIONS[precision],
      timeZone: 'UTC',
    }));
  }
  number(n: number) {
    return (this.numbers ??= new Intl.NumberFormat(this.locale)).format(n);
  }
  list(items: string[]) {
    return (this.lists ??= new Intl.ListFormat(this.locale, { type: 'conjunction' })).format(items);
  }
  plural(n: number) {
    return (this.plurals ??= new Intl.PluralRules(this.locale)).select(n);
  }
  /** Orders two strings as the language does. */
  compare(a: string, b: string) {
    return (this.collator ??= new Intl.Collator(this.locale)).compare(a, b);
  }
  country(code: string) {
    let name = this.countries.get(code);
    if (name === undefined) {
      if (this.regions === undefined)
        try {
          this.regions = new Intl.DisplayNames(this.locale, { type: 'region' });
        } catch {
          this.regions = null;
        }
      try {
        // "Unknown Region", "Pseudo-Accents", "Pseudo-Bidi": names of placeholders, not of countries.
        name = (!/^(zz|xa|xb)$/i.test(code) && this.regions?.of(code)) || code;
      } catch {
        name = code;
      }
      this.countries.set(code, name);
    }
    return name;
  }
}

const formats = new Map<string, Formats>();
/** The `Intl` objects of a language (a tag as written: `fr-CA`, `ar`). */
const intl = (lang: string) => {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Formats(lang)));
  return f;
};

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
  return intl(lang).date(precision).format(date);
}

/** A range as parts, each marked `startRange`, `endRange` or `shared` ("7–11 October 2024"). */
export function formatRange(start: string, end: string | undefined, lang: string): Intl.DateTimeRangeFormatPart[] {
  const a = split(start);
  if (!end || end === start) return [{ type: 'literal', value: formatDate(start, lang), source: 'shared' }];
  const b = split(end);
  return intl(lang)
    .date(Math.min(a.precision, b.precision) as Precision)
    .formatRangeToParts(a.date, b.date);
}

export const formatNumber = (n: number, lang: string) => intl(lang).number(n);

/** "Africa, Asia and Latin America". */
export const formatList = (items: string[], lang: string) => intl(lang).list(items);

/** A country name from its ISO 3166 code, in the reader's language. */
export const countryName = (code: string, lang: string) => intl(lang).country(code);

/** Orders two strings as the reader's language does ("alpha" before "Beta" before "Écoles" in English). */
export const compareText = (a: string, b: string, lang: string) => intl(lang).compare(a, b);

/** The word form for a number: `plural(9, {one: 'participant', other: 'participants'}, 'en')`. */
export const plural = (n: number, forms: Forms, lang: string) => forms[intl(lang).plural(n)] ?? forms.other;

/** A qualified count: "over 200"; `figure` asks for the short form of a badge ("200+"). */
export function formatCount({ value, qualifier }: Count, lang: string, figure = false): string {
  const n = formatNumber(value, lang);
  if (!qualifier) return n;
  const m = messagesFor(lang);
  return ((figure && m.figure?.[qualifier]) || m.qualify[qualifier])(n);
}

/** Upper-cases the first letter, for a phrase that starts a sentence. */
export const capitalize = (s: string, lang: string) => s.charAt(0).toLocaleUpperCase(intl(lang).locale) + s.slice(1);
