import { expect } from '@open-wc/testing';
import { AGREEMENT, ORGANIZATION, PROGRAM, STAT, TOPIC, type Infer } from '../../src/feed/spec.js';
import type { Agreement, Organization, Program, Stat, Topic } from '../../src/feed/types.js';

// The interfaces in types.ts and the spec the validator reads must describe
// the same shape. These lines stop `tsc --noEmit` (npm run typecheck) when they drift.
type Deep<T> = T extends object ? { [K in keyof T]: Deep<T[K]> } : T;
type Same<A, B> = (<X>() => X extends Deep<A> ? 1 : 2) extends <X>() => X extends Deep<B> ? 1 : 2 ? true : false;
const same = <A, B>(check: Same<A, B>) => check;

describe('feed types and spec', () => {
  it('describe the same records', () => {
    expect([
      same<Program, Infer<typeof PROGRAM>>(true),
      same<Agreement, Infer<typeof AGREEMENT>>(true),
      same<Organization, Infer<typeof ORGANIZATION>>(true),
      same<Topic, Infer<typeof TOPIC>>(true),
      same<Stat, Infer<typeof STAT>>(true),
    ]).to.deep.equal([true, true, true, true, true]);
  });
});
