// Renders every story of every stories module as Storybook would (meta.args + story.args, story.render ?? meta.render)
// and checks that it reaches the state it is about, shows something, and passes axe.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import * as agreementTimeline from '../stories/agreement-timeline.stories.js';
import * as feed from '../stories/feed.stories.js';
import * as participantBadge from '../stories/participant-badge.stories.js';
import * as programCard from '../stories/program-card.stories.js';
import * as programList from '../stories/program-list.stories.js';
import * as topicList from '../stories/topic-list.stories.js';
import { presetsLoaded } from '../stories/shared.js';
import { captureConsole, fastRetry } from './helpers.js';

interface StoryLike {
  args?: Record<string, unknown>;
  tags?: string[];
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}
type Module = { default: StoryLike & { title: string } } & Record<string, StoryLike>;

/** The state a story tagged `loading`, `error` or `empty` ends in; other stories show their content (`data`). */
const STATES = { loading: 'skeleton', error: 'error', empty: 'empty' } as const;

/** The error code each error story is about, by story name. */
const CODES: Record<string, string> = {
  NotFound: 'not-found',
  NoParticipants: 'not-found',
  MissingAttribute: 'invalid-attribute',
  InvalidAttribute: 'invalid-attribute',
  NoFeed: 'no-feed',
  HttpError: 'http',
  InvalidJson: 'invalid-json',
  InvalidFeed: 'invalid-feed',
  NetworkError: 'network',
  Timeout: 'timeout',
};

const MODULES = [programCard, programList, topicList, agreementTimeline, participantBadge, feed] as unknown as Module[];

/** What a widget shows now, by the part around it. */
const stateOf = (widget: Element) => {
  const base = widget.shadowRoot?.querySelector('[part=base]');
  if (!base) return 'none';
  return (['skeleton', 'error', 'empty'] as const).find((p) => base.querySelector(`[part=${p}]`)) ?? 'data';
};

before(() => presetsLoaded);

for (const { default: meta, ...stories } of MODULES)
  describe(`stories: ${meta.title}`, () => {
    let console_: ReturnType<typeof captureConsole>;
    beforeEach(() => (console_ = captureConsole()));
    afterEach(() => console_.restore());
    fastRetry();

    for (const [name, story] of Object.entries(stories)) {
      const tag = (Object.keys(STATES) as (keyof typeof STATES)[]).find((t) => story.tags?.includes(t));
      const expected = tag ? STATES[tag] : 'data';
      it(`${name} renders ${expected === 'data' ? 'its content' : `its ${expected} state`} and passes axe`, async () => {
        const args = { ...meta.args, ...story.args };
        const render = story.render ?? meta.render!;
        const el = await fixture(render(args, { args, name }));
        const widgets = [...el.querySelectorAll('*')].filter((e) => /^ipw-(?!feed$)/.test(e.localName));
        expect(widgets, 'widgets in the story').not.to.be.empty;
        if (expected === 'skeleton') await new Promise((r) => setTimeout(r, 100));
        else
          await waitUntil(() => widgets.every((w) => stateOf(w) !== 'skeleton'), 'still loading after 5 s', {
            timeout: 5000,
          });
        for (const w of widgets) {
          const base = w.shadowRoot!.querySelector('[part=base]')!;
          expect(stateOf(w), `<${w.localName}> state`).to.equal(expected);
          // The widget's own text color, from --ipw-text or its default, never the page's: else they did not resolve.
          expect(getComputedStyle(base).color, `<${w.localName}> color`).not.to.equal(getComputedStyle(el).color);
          expect(base.textContent!.trim(), `<${w.localName}> text`).not.to.equal('');
          const code = base.querySelector('[part=error] code')?.textContent;
          if (expected === 'error') expect(code, `<${w.localName}> error code`).to.equal(CODES[name]);
        }
        if (expected !== 'error') expect(console_.errors, 'console errors').to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });
