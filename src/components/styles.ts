import { css, isServer } from 'lit';

/**
 * The `theme` attribute of every element, `<ipw-feed>` included: a color scheme that its content inherits. Important,
 * so that a page's reset (`* { all: unset }`) does not undo it: the attribute is the webmaster's own choice.
 */
export const themed = css`
  :host([theme='light']) {
    color-scheme: light !important;
  }
  :host([theme='dark']) {
    color-scheme: dark !important;
  }
  :host([theme='auto']) {
    color-scheme: light dark !important;
  }
`;

let registered = isServer;

/**
 * Gives the private copies of the `--ipw-*` tokens a type, once per page, so that a value of the wrong type (a
 * colour that is not a colour, a length that is a word) is thrown away and the default, set on `:host`, is
 * inherited instead of the property's initial value. They are registered from script because `@property` is
 * ignored inside a shadow root; their names are the library's own, since a registration holds for the whole page.
 * Without script (server HTML before the bundle runs) the same CSS works, only without this check.
 */
export function registerTokens() {
  if (registered) return;
  registered = true;
  'accent text muted surface border chip radius gap list-min'.split(' ').forEach((name, i) => {
    try {
      CSS.registerProperty({
        name: `--_ipw-${name}`,
        syntax: i < 6 ? '<color>' : '<length-percentage>',
        inherits: true,
        initialValue: i < 6 ? '#0000' : '0px',
      });
    } catch {
      // Registered already, by another copy of the library on the page.
    }
  });
}

/**
 * What every element shares: the design tokens, light and dark, and the loading, empty and error states. Colors
 * meet WCAG AA contrast in both schemes.
 *
 * A page reaches into a shadow root in two ways: its rules on the host element, which beat `:host` rules, and what
 * the host inherits. So `:host` holds only the box and the tokens' defaults, and `[part=base]`, the root of every
 * state, which no page selector matches, takes back what would only break the widget: spacing, case, wrapping and
 * fill of the page's text, a zero or tiny font size (a floor, never a cap), disabled pointer events. The font family
 * and size, the color scheme and `visibility` flow in on purpose (README, "Theming").
 */
export const base = css`
  :host {
    display: block;
    --_ipw-accent: light-dark(#0a4f8f, #9ccaff);
    --_ipw-text: light-dark(#1b1f24, #eceff3);
    --_ipw-muted: light-dark(#4d5560, #b9c0c9);
    --_ipw-surface: light-dark(#ffffff, #1b1e23);
    --_ipw-border: light-dark(#c9d1da, #454d57);
    --_ipw-chip: light-dark(#e6eef7, #2a3542);
    --_ipw-radius: 0.5rem;
    --_ipw-gap: 1rem;
  }
  /* hidden always hides, whatever display a page's rule gives every element; a page's own display: none on the
     tag hides it too, since a page's rules on the host beat :host. */
  :host([hidden]) {
    display: none !important;
  }
  /* Each public --ipw-* token is read here; one of the wrong type is dropped (registerTokens), and the default set on
     :host is inherited instead. A negative length gives the default too: max() keeps a length of 0 or more, and
     min() picks the default when -1000 times the length is above it. */
  [part='base'] {
    --_ipw-accent: var(--ipw-accent, inherit);
    --_ipw-text: var(--ipw-text, inherit);
    --_ipw-muted: var(--ipw-muted, inherit);
    --_ipw-surface: var(--ipw-surface, inherit);
    --_ipw-border: var(--ipw-border, inherit);
    --_ipw-chip: var(--ipw-chip, inherit);
    --_ipw-radius: var(--ipw-radius, inherit);
    --_ipw-gap: var(--ipw-gap, inherit);
    --_radius: max(var(--_ipw-radius), min(0.5rem, var(--_ipw-radius) * -1e3));
    --_gap: max(var(--_ipw-gap), min(1rem, var(--_ipw-gap) * -1e3));
    background: var(--ipw-backdrop, transparent);
    color: var(--_ipw-text);
    -webkit-text-fill-color: currentcolor;
    /* Style, variant, weight and line height our own; the page's size, but never below 12px or 0.75rem; the page's
       family (the shorthand's x is a placeholder). */
    font: 400 max(1em, 0.75rem, 12px) / 1.5 x;
    font-family: var(--ipw-font, inherit);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    pointer-events: auto;
  }
  /* A theme set on the element (or its <ipw-feed>) may differ from the page's: then paint our own backdrop. */
  :host([theme]) [part='base'] {
    background: var(--_ipw-surface);
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
    color: var(--_ipw-accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_ipw-accent);
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
    background: var(--_ipw-surface);
    border: 1px solid var(--_ipw-border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  .muted {
    color: var(--_ipw-muted);
  }
  /* A still placeholder of about the final size: nothing moves, nothing jumps. */
  .skeleton {
    min-block-size: var(--_skeleton, 8rem);
    background: var(--_ipw-chip);
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
    background: var(--_ipw-chip);
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
      color-scheme: light !important;
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
