/**
 * The feed format, version 1: the public contract between an IP office's
 * content people and every page that embeds a widget.
 *
 * These interfaces describe a feed *after* validation (see `parseFeed`):
 * every reference points at a record that exists, every URL is safe to
 * link to and every date is a real calendar date.
 * The same shape is published as JSON Schema in `schema/feed.schema.json`.
 */

/** A language tag as used by `lang` and `Intl`, e.g. `en`, `fr-CA`, `ar`. */
export type LanguageTag = string;

/**
 * Human-readable text: one plain string, or a map of language tag to string
 * (`{"en": "Topics", "fr": "Thèmes"}`).
 */
export type Text = string | Readonly<Record<LanguageTag, string>>;

/** An ISO 8601 calendar date, maybe partial: `1997`, `2024-10` or `2024-10-07`. */
export type IsoDate = string;

/** How a count is to be read: "over 200", "nearly 90", "about 40". */
export type Qualifier = 'over' | 'nearly' | 'about';

/** A count of people, countries…, with an optional qualifier. */
export interface Count {
  value: number;
  qualifier?: Qualifier;
}

export interface Organization {
  id: string;
  /** Full name, e.g. "World Intellectual Property Organization". */
  name: Text;
  /** Short name or acronym, e.g. "WIPO". */
  short?: Text;
  /** Home page; `https:`, `http:` or relative only. */
  url?: string;
}

export interface Topic {
  id: string;
  label: Text;
}

export interface Location {
  venue?: Text;
  city?: Text;
  /** ISO 3166-1 alpha-2 code (`CA`), named in the reader's language by `Intl.DisplayNames`. */
  country?: string;
}

export interface Participants extends Count {
  /** Where participants came from, as localized names ("Africa", "Asie"…). */
  regions?: Text[];
  /** How many countries they came from. */
  countries?: Count;
}

export interface Image {
  /** `https:`, `http:` or relative URL. */
  src: string;
  /** Text alternative; an empty string marks the image as decorative. */
  alt: Text;
  credit?: Text;
}

export interface Program {
  id: string;
  title: Text;
  summary?: Text;
  /** Organization ids. */
  organizers: string[];
  start: IsoDate;
  /** Last day, inclusive; on or after `start`. */
  end?: IsoDate;
  location?: Location;
  participants?: Participants;
  /** Topic ids. */
  topics?: string[];
  url?: string;
  image?: Image;
}

export interface Signatory {
  /** The person's name: one string, or a map where other scripts write it otherwise ("Хасан Клейб"). */
  name: Text;
  role?: Text;
  /** Organization id. */
  organization?: string;
}

export interface AgreementEvent {
  date: IsoDate;
  /** Last day of an event that lasts several days. */
  end?: IsoDate;
  label: Text;
  description?: Text;
  signatories?: Signatory[];
}

export interface Agreement {
  id: string;
  title: Text;
  /** Organization ids. */
  parties: string[];
  summary?: Text;
  events: AgreementEvent[];
}

export interface Stat extends Count {
  id: string;
  /** What is counted, e.g. "participants". */
  label: Text;
  /** A second figure, e.g. nearly 90 countries. */
  secondary?: Count & { label: Text };
  /** Start of the period counted, e.g. `1997`. */
  since?: IsoDate;
}

export interface Feed {
  version: 1;
  /** The language of plain strings and the fallback for maps. Default `en`. */
  language: LanguageTag;
  organizations: Organization[];
  topics: Topic[];
  programs: Program[];
  agreements: Agreement[];
  stats: Stat[];
  /**
   * Each list's records by id, made by the validator as it checks them: `feed.byId.programs.get('p1')`.
   * Not enumerable, so not part of the feed's JSON: copies, comparisons and `JSON.stringify` leave it out.
   */
  readonly byId: FeedIndex;
}

/** Each top-level list's records by id, in the list's order (every reference in a valid feed is found here). */
export interface FeedIndex {
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly topics: ReadonlyMap<string, Topic>;
  readonly programs: ReadonlyMap<string, Program>;
  readonly agreements: ReadonlyMap<string, Agreement>;
  readonly stats: ReadonlyMap<string, Stat>;
}

/** A problem found in a feed that did not stop it from being used. */
export interface FeedWarning {
  /** JSON path, e.g. `programs[3].start`. */
  path: string;
  message: string;
}
