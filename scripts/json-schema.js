// Writes the feed format's JSON Schema from the spec the runtime validator reads (src/feed/spec.ts): its records,
// and the rules of its primitives, which the schema carries keyword for keyword, as the validator tests them. What
// JSON Schema cannot state (BEYOND_JSON_SCHEMA) is said in descriptions instead.
// Pure: the caller passes the spec module; scripts/schema.mjs writes the file.

const NOTE = 'The validator also checks, as JSON Schema cannot:';
const capital = (s) => s[0].toUpperCase() + s.slice(1);

/**
 * @param {object} format the spec (src/feed/spec.ts: FEED, RULES, REFERENCES, RANGES, BEYOND_JSON_SCHEMA) and its words
 *   (src/feed/words.ts: DESCRIPTIONS, VISIBLE)
 * @param {Record<string, object>} named record specs to put under $defs, by name
 */
export function toJsonSchema(format, named) {
  const { FEED, RULES, DESCRIPTIONS, REFERENCES, RANGES, BEYOND_JSON_SCHEMA: BEYOND, VISIBLE } = format;
  const names = new Map(Object.entries(named).map(([name, node]) => [node, name]));
  const rule = (kind, description) => ({ ...RULES[kind], description });

  const PRIMITIVES = {
    id: rule('id', `${capital(DESCRIPTIONS.id)}. ${NOTE} ${BEYOND.unique}.`),
    str: rule(
      'str',
      `${capital(DESCRIPTIONS.str)} of ${VISIBLE}: a character that is not white space, zero-width or a control character.`,
    ),
    text: { $ref: '#/$defs/text' },
    alt: { anyOf: [{ const: '' }, { $ref: '#/$defs/text' }], description: 'Text, or "" for a decorative image.' },
    date: rule('date', `${capital(DESCRIPTIONS.date)}, that exists: 2024-02-29, not 2023-02-29.`),
    url: rule('url', `${capital(DESCRIPTIONS.url)}, or one relative to the feed. ${NOTE} ${BEYOND.addresses}.`),
    country: rule('country', `${capital(DESCRIPTIONS.country)} (ISO 3166-1 alpha-2), in any case.`),
    lang: rule('lang', `${capital(DESCRIPTIONS.lang)} (well-formed BCP 47).`),
    count: rule('count', `${capital(DESCRIPTIONS.count)}.`),
    qualifier: rule('qualifier', `${capital(DESCRIPTIONS.qualifier)}.`),
    version: { const: 1 },
  };
  for (const [kind, { list, noun }] of Object.entries(REFERENCES))
    PRIMITIVES[kind] = rule(
      'id',
      `The id of ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} in ${list}. ${NOTE} ${BEYOND.references}.`,
    );

  // On an optional field, null means "none", as in many CMS exports: the validator reads it as an absent field.
  const orNull = (schema) =>
    typeof schema.type === 'string'
      ? { ...schema, type: [schema.type, 'null'] }
      : schema.enum
        ? { ...schema, enum: [...schema.enum, null] }
        : { anyOf: [schema, { type: 'null' }] };

  const node = (n, top = false) => {
    if (typeof n === 'string') return PRIMITIVES[n];
    if (!top && names.has(n)) return { $ref: `#/$defs/${names.get(n)}` };
    if (Array.isArray(n)) return { type: 'array', items: node(n[0]) };
    const start = RANGES.find((r) => r.record === n)?.start;
    const properties = {};
    const required = [];
    for (const [key, child] of Object.entries(n)) {
      const name = key.replace(/\?$/, '');
      let schema = node(child);
      if (name === 'end' && start)
        schema = { ...schema, description: `The last day, inclusive. ${NOTE} ${BEYOND.ranges}.` };
      if (name === key) required.push(name);
      properties[name] = name === key || name === 'version' ? schema : orNull(schema);
    }
    return {
      type: 'object',
      properties,
      ...(required.length ? { required } : {}),
      patternProperties: { '^\\$': {} },
      additionalProperties: false,
    };
  };

  const plain = { type: RULES.str.type, maxLength: RULES.str.maxLength, pattern: RULES.str.pattern };
  const defs = {
    text: {
      description: `A plain string, or a map of language tag to string with at least one entry; each string of ${VISIBLE}, not only white space, zero-width or control characters. Keys starting with $ are notes.`,
      anyOf: [
        plain,
        {
          type: 'object',
          propertyNames: { anyOf: [{ pattern: RULES.lang.pattern }, { pattern: '^\\$' }] },
          patternProperties: { '^\\$': {} },
          additionalProperties: plain,
          // Some key is not a note: a language tag.
          not: { propertyNames: { pattern: '^\\$' } },
        },
      ],
    },
  };
  for (const [name, record] of Object.entries(named)) defs[name] = node(record, true);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'ip-program-widgets feed, version 1',
    description:
      'Training programs, topics, agreements and headline figures of IP offices. See docs/feed-format.md. ' +
      `${NOTE} ${Object.values(BEYOND).join('; ')}.`,
    ...node(FEED, true),
    $defs: defs,
  };
}
