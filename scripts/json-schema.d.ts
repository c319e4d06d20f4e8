/** See json-schema.js. */
export function toJsonSchema(spec: object, named: Record<string, object>): Record<string, unknown>;
