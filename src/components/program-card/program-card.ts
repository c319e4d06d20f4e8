import type { PropertyDeclarations } from 'lit';
import { IpwError } from '../../feed/errors.js';
import type { Feed, Program } from '../../feed/types.js';
import { ProgramElement } from './program-element.js';

/**
 * One training program: title, dates in the reader's language, place,
 * participants, organizers, topics, image and a "learn more" link.
 * Stacked when narrow, image beside text when its container is wide.
 *
 * @tag ipw-program-card
 * @summary A training program as a card.
 * @fires ipw-error - The element cannot show its program (`detail: { error }`, codes `not-found`, `invalid-attribute`, `no-feed`).
 * @fires ipw-feed-load - Its own `src` feed is ready.
 * @fires ipw-feed-error - Its own `src` feed could not be used.
 * @csspart base - The wrapper of every state.
 * @csspart card - The `<article>`.
 * @csspart media - The image's `<figure>`.
 * @csspart image - The `<img>`.
 * @csspart credit - The image credit.
 * @csspart title - The heading.
 * @csspart summary - The summary paragraph.
 * @csspart facts - The list of dates, location, participants and organizers.
 * @csspart topics - The list of topics.
 * @csspart topic - One topic.
 * @csspart link - The "learn more" link.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error message.
 */
export class IpwProgramCard extends ProgramElement<{ program: Program; feed: Feed }> {
  static override properties: PropertyDeclarations = { program: { reflect: true } };

  /** Id of the program to show. */
  program?: string;

  protected select(feed: Feed): { program: Program; feed: Feed } | IpwError {
    const program = this.find(feed.byId.programs, this.program, 'program');
    return program instanceof IpwError ? program : { program, feed };
  }

  protected override programsIn({ program }: { program: Program }) {
    return [program];
  }

  protected renderView({ program, feed }: { program: Program; feed: Feed }) {
    return this.renderProgram(program, feed);
  }
}
