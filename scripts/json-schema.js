// Writes the feed format's JSON Schema from the same spec the runtime
// validator reads (src/feed/spec.ts), so the two cannot drift.
// Pure: the caller passes the spec; scripts/schema.mjs writes the file.

const LANG = '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$';
const MAX_STRING = 10000;

const PRIMITIVES = {
  id: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' },
  str: { type: 'string', maxLength: MAX_STRING },
  text: { $ref: '#/$defs/text' },
  date: {
    type: 'string',
    pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
    description: 'ISO 8601 date, maybe partial: 1997, 2024-10 or 2024-10-07; a real calendar date.',
  },
  url: {
    type: 'string',
    maxLength: 2048,
    format: 'uri-reference',
    description: 'https:, http: or relative to the feed; anything else is dropped.',
  },
  country: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 code, e.g. CA.' },
  lang: { type: 'string', pattern: LANG, description: 'A BCP 47 language tag, e.g. en or fr-CA.' },
  count: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
  qualifier: { enum: ['over', 'nearly', 'about'] },
  version: { const: 1 },
  'ref:organizations': { type: 'string', minLength: 1, description: 'The id of an organization in this feed.' },
  'ref:topics': { type: 'string', minLength: 1, description: 'The id of a topic in this feed.' },
};

/**
 * @param {object} spec the FEED spec
 * @param {Record<string, object>} named record specs to put under $defs, by name
 */
export function toJsonSchema(spec, named) {
  const names = new Map(Object.entries(named).map(([name, node]) => [node, name]));
  const node = (n, top = false) => {
    if (typeof n === 'string') return PRIMITIVES[n];
    if (!top && names.has(n)) return { $ref: `#/$defs/${names.get(n)}` };
    if (Array.isArray(n)) return { type: 'array', items: node(n[0]) };
    const properties = {};
    const required = [];
    for (const [key, child] of Object.entries(n)) {
      const name = key.replace(/\?$/, '');
      if (name === key) required.push(name);
      properties[name] = node(child);
    }
    return {
      type: 'object',
      properties,
      ...(required.length ? { required } : {}),
      patternProperties: { '^\\$': {} },
      additionalProperties: false,
    };
  };
  const defs = {
    text: {
      description: 'A plain string, or a map of language tag to string.',
      anyOf: [
        { type: 'string', maxLength: MAX_STRING },
        {
          type: 'object',
          minProperties: 1,
          propertyNames: { pattern: LANG },
          additionalProperties: { type: 'string', maxLength: MAX_STRING },
        },
      ],
    },
  };
  for (const [name, record] of Object.entries(named)) defs[name] = node(record, true);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'ip-program-widgets feed, version 1',
    description: 'Training programs, topics, agreements and headline figures of IP offices. See docs/feed-format.md.',
    ...node(spec, true),
    $defs: defs,
  };
}
