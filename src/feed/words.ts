/**
 * The feed format's words for people, beside its rules (spec.ts): what each kind of value is, as a warning says it
 * ("expected a date like 2024-10-07…", explain.ts) and as the published JSON Schema describes it
 * (scripts/json-schema.js). Kept apart from the rules so that a page whose feed is valid never downloads them.
 */
import type { RULES } from './spec.js';

/**
 * Text a reader cannot see is no text: a string (alone, or in a language map) must have a character outside
 * the `str` rule's pattern (spec.ts). A required text without one leaves its record out, as a missing one does;
 * an optional one, or a language map's entry, is dropped. What the warning's "expected …" says.
 */
export const VISIBLE = 'visible text';

/** Each rule in words: what a warning says was expected ("expected a date like …"), and the schema's descriptions. */
export const DESCRIPTIONS: Record<keyof typeof RULES, string> = {
  id: 'an id (a non-empty string of at most 200 characters)',
  str: 'a string',
  date: 'a date like 2024-10-07, 2024-10 or 2024',
  url: 'an https: or http: URL',
  country: 'a two-letter country code like CA',
  lang: 'a language tag like en or fr-CA',
  count: 'a whole number, 0 or more',
  qualifier: '"over", "nearly" or "about"',
};

/** What text is, in a warning and in the schema. */
export const TEXT = 'text: a string or a map like {"en": "…", "fr": "…"}';
