import { css } from 'lit';

/** The `theme` attribute of every element, `<ipw-feed>` included: a color scheme that its content inherits. */
export const themed = css`
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
`;

/**
 * What every element shares: the design tokens (public `--ipw-*` knobs read
 * once into private `--_*` values), light and dark, and the loading, empty
 * and error states. Colors meet WCAG AA contrast in both schemes.
 */
export const base = css`
  :host {
    --_accent: var(--ipw-accent, light-dark(#0a4f8f, #9ccaff));
    --_text: var(--ipw-text, light-dark(#1b1f24, #eceff3));
    --_muted: var(--ipw-muted, light-dark(#4d5560, #b9c0c9));
    --_surface: var(--ipw-surface, light-dark(#ffffff, #1b1e23));
    --_border: var(--ipw-border, light-dark(#c9d1da, #454d57));
    --_chip: var(--ipw-chip, light-dark(#e6eef7, #2a3542));
    --_radius: var(--ipw-radius, 0.5rem);
    --_gap: var(--ipw-gap, 1rem);
    --_backdrop: var(--ipw-backdrop, transparent);
    display: block;
    font-family: var(--ipw-font, inherit);
    line-height: 1.5;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* A theme set on the element (or its <ipw-feed>) may differ from the page's: then paint our own backdrop. */
  :host([theme]) {
    --_backdrop: var(--_surface);
  }
  [part='base'] {
    background: var(--_backdrop);
  }
  * {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .box {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  .muted {
    color: var(--_muted);
  }
  /* A still placeholder of about the final size: nothing moves, nothing jumps. */
  .skeleton {
    min-block-size: var(--_skeleton, 8rem);
    background: var(--_chip);
  }
  .error {
    border-inline-start: 0.25rem solid #b3261e;
  }
  .error code {
    font-weight: bold;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    padding: 0;
    list-style: none;
  }
  /* Round ends of half a line's height: a pill on one line, a rounded box still read as one chip on two. */
  .chips li {
    background: var(--_chip);
    border-radius: 0.9em;
    padding: 0.125rem 0.625rem;
    font-size: 0.875em;
  }
  /* High contrast (forced colors): backgrounds go, borders stay; a chip, a badge and the placeholder keep an edge. */
  @media (forced-colors: active) {
    .chips li,
    .inline {
      border: 1px solid;
    }
    .skeleton {
      border-style: dashed;
    }
  }
  /* On paper: light whatever the theme, no placeholder or button, each card and event whole, links spelt out. */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
    }
    .skeleton,
    button {
      display: none;
    }
    article,
    li {
      break-inside: avoid;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }
`;
