import { structuredDataJson } from '../../feed/structured-data.js';
import { closestLang } from '../../i18n/lang.js';
import type { IpwElement } from '../base.js';
import type { IpwFeed } from './ipw-feed.js';

/**
 * Writes the JSON-LD of the programs `feed`'s widgets show, once they have drawn them, into one
 * `<script type="application/ld+json" data-ipw>` of its own (the one a server render wrote, if any); removes it
 * when no program is shown. `<ipw-feed structured-data>` loads this module when it first needs it.
 */
export async function describe(feed: IpwFeed) {
  const widgets = [...feed.querySelectorAll('*')] as Partial<IpwElement<unknown>>[];
  await Promise.all(widgets.map((w) => w.updateComplete));
  const data = feed.data;
  const shown = new Set(widgets.flatMap((w) => w.programsShown ?? []));
  const programs = data?.programs.filter((p) => shown.has(p)) ?? [];
  let script = feed.querySelector(':scope > script[data-ipw]');
  if (!programs.length) return script?.remove();
  if (!script) {
    feed.append((script = document.createElement('script')));
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute('data-ipw', '');
  }
  const json = structuredDataJson(data!, closestLang(feed, data!.language), programs);
  // As a text node: a data block's text is no Trusted Types sink, where `textContent` on a script would be.
  if (script.textContent !== json) script.replaceChildren(json);
}
