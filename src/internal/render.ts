import { html } from 'lit';
import { formatRange } from '../i18n/format.js';

// Rendering pieces that more than one element draws.

/** `items` with `sep` between them: one string when they all are strings, else a list to render. */
export const joined = (items: unknown[], sep: string) =>
  items.every((i) => typeof i == 'string') ? items.join(sep) : items.flatMap((i, n) => (n ? [sep, i] : [i]));

/** `<h2>`…`<h6>` for a `heading-level` attribute (3 when it is not a number): the page owns its outline. */
export function heading(level: number, part: string, content: unknown) {
  switch (Math.min(Math.max(Math.round(level) || 3, 2), 6)) {
    case 2:
      return html`<h2 part=${part} class=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} class=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class=${part}>${content}</h5>`;
    default:
      return html`<h6 part=${part} class=${part}>${content}</h6>`;
  }
}

/** A date range as text, with each end in its own `<time datetime>`. */
export function renderRange(start: string, end: string | undefined, lang: string) {
  const parts = formatRange(start, end, lang);
  // One pass: shared text before either end, each end's own text, shared text between them, and after.
  let before = '';
  let from = '';
  let between = '';
  let to = '';
  let after = '';
  let ends = false;
  for (const { source, value } of parts) {
    if (source !== 'shared') {
      between += after;
      after = '';
      ends = true;
    }
    if (source === 'startRange') from += value;
    else if (source === 'endRange') to += value;
    else if (ends) after += value;
    else before += value;
  }
  // Both ends alike at the shown precision (2024-10 to 2024-10-15 is "October 2024"): one date.
  if (!ends) return html`<time datetime=${start}>${before}</time>`;
  return html`${before}<time datetime=${start}>${from}</time>${between}<time datetime=${end!}>${to}</time>${after}`;
}
