import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import { loadMessages } from '../../src/i18n/messages.js';
import { rendered, TAGS } from '../robustness/util.js';

/** The widgets of the news page, one of each, on the default feed, in `lang`. */
export async function newsWidgets(lang = 'en', extra = '') {
  await loadMessages(lang);
  const page = await fixture<HTMLDivElement>(html`
    <div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style=${extra}>
      <ipw-feed src="/feeds/wipo-cipo-2024.json">
        <ipw-program-card program="wipo-cipo-executive-2024"></ipw-program-card>
        <ipw-program-list organizer="wipo-academy"></ipw-program-list>
        <ipw-topic-list program="wipo-cipo-executive-2024"></ipw-topic-list>
        <ipw-agreement-timeline agreement="wipo-cipo-cooperation"></ipw-agreement-timeline>
        <ipw-participant-badge stat="alumni"></ipw-participant-badge>
        <ipw-participant-badge stat="alumni" size="stat"></ipw-participant-badge>
      </ipw-feed>
    </div>
  `);
  const widgets = [...page.querySelectorAll<HTMLElement>(TAGS.join(','))];
  await Promise.all(widgets.map((el) => rendered(el, 15_000)));
  // Images are part of the layout: wait for them too.
  await waitUntil(
    () => widgets.every((el) => [...el.shadowRoot!.querySelectorAll('img')].every((i) => i.complete)),
    '',
    {
      timeout: 15_000,
    },
  );
  return { page, widgets };
}

/** Asks Chromium (through test/plugins/chromium.mjs) to emulate media features; false in another browser. */
export const emulate = async (features: { name: string; value: string }[]) =>
  (await executeServerCommand<boolean | null, unknown>('ipw-emulate', { features })) === true;

/** [r, g, b, a] of a computed CSS color (`rgb()`/`rgba()`, or `color(srgb …)`). */
export function rgba(color: string): [number, number, number, number] {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(color);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] === undefined ? 1 : +srgb[4]];
  const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/.exec(color);
  if (!m) throw new Error(`not a color this test reads: ${color}`);
  return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
}

const luminance = ([r, g, b]: number[]) => {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
};

/** WCAG contrast ratio of two opaque colors. */
export function contrast(a: string, b: string) {
  const [la, lb] = [luminance(rgba(a)), luminance(rgba(b))].sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

/** The color a system color keyword resolves to here (`Canvas`, `CanvasText`…), as a computed color. */
export function systemColor(keyword: string) {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}
