import { expect } from '@open-wc/testing';
import {
  AGREEMENT,
  FEED,
  ORGANIZATION,
  PROGRAM,
  RANGES,
  REFERENCES,
  RULES,
  STAT,
  TOPIC,
  type Infer,
  type SpecNode,
} from '../../src/feed/spec.js';
import type { Agreement, Organization, Program, Qualifier, Stat, Topic } from '../../src/feed/types.js';

// The interfaces in types.ts and the spec the validator reads must describe
// the same shape. These lines stop `tsc --noEmit` (npm run typecheck) when they drift.
type Deep<T> = T extends object ? { [K in keyof T]: Deep<T[K]> } : T;
type Same<A, B> = (<X>() => X extends Deep<A> ? 1 : 2) extends <X>() => X extends Deep<B> ? 1 : 2 ? true : false;
const same = <A, B>(check: Same<A, B>) => check;

/** Every object node of the spec, and the list it is in (for the top-level ones). */
function* objects(node: SpecNode): Generator<Record<string, SpecNode>> {
  if (typeof node === 'string') return;
  if (Array.isArray(node)) return yield* objects(node[0]);
  yield node as Record<string, SpecNode>;
  for (const child of Object.values(node)) yield* objects(child);
}

describe('feed types and spec', () => {
  it('describe the same records', () => {
    expect([
      same<Program, Infer<typeof PROGRAM>>(true),
      same<Agreement, Infer<typeof AGREEMENT>>(true),
      same<Organization, Infer<typeof ORGANIZATION>>(true),
      same<Topic, Infer<typeof TOPIC>>(true),
      same<Stat, Infer<typeof STAT>>(true),
      same<Qualifier, (typeof RULES.qualifier.enum)[number]>(true),
    ]).to.deep.equal([true, true, true, true, true, true]);
  });

  it('has the records a range starts in, each with its start and an optional end, both dates', () => {
    for (const { record, start } of RANGES) {
      expect(Object.entries(record), start).to.deep.include.members([
        [start, 'date'],
        ['end?', 'date'],
      ]);
    }
    // And every record with an end is one of them.
    const ends = [...objects(FEED)].filter((o) => 'end?' in o);
    expect(ends).to.have.members(RANGES.map((r) => r.record));
  });

  it('lists the lists that are referred to before the records that refer to them', () => {
    const lists = Object.keys(FEED).map((key) => key.replace('?', ''));
    for (const [kind, { list }] of Object.entries(REFERENCES)) {
      expect(lists, kind).to.include(list);
      Object.entries(FEED).forEach(([key, node], i) => {
        if (JSON.stringify(node).includes(`"${kind}"`))
          expect(lists.indexOf(list), `${key} uses ${kind}`).to.be.lessThan(i);
      });
    }
  });
});
