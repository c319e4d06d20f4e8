import { css } from 'lit';

export const programStyles = css`
  /* The card's width decides its layout: measured on [part=base], which a page's reset cannot reach (on the host, a
     reset like * { all: unset } would take it away). */
  [part='base'],
  .item {
    container-type: inline-size;
  }
  :host {
    --_skeleton: 18rem;
  }
  .card {
    display: grid;
    gap: 0;
    padding: 0;
    overflow: hidden;
  }
  .body {
    display: grid;
    gap: 0.75rem;
    align-content: start;
    padding: var(--_gap);
  }
  .title {
    font-size: 1.25em;
    line-height: 1.25;
  }
  .media {
    display: flex;
    flex-direction: column;
  }
  .media img {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_ipw-chip);
  }
  .media figcaption {
    font-size: 0.8125em;
    padding: 0.25rem var(--_gap) 0;
  }
  .body {
    container-type: inline-size;
  }
  .facts {
    display: grid;
    gap: 0.25rem 1rem;
  }
  .facts dt {
    font-weight: 600;
  }
  /* Labels in one column and values in the next, once there is room for both. */
  @container (min-width: 26rem) {
    .facts {
      grid-template-columns: max-content minmax(0, 1fr);
    }
    .facts div {
      display: contents;
    }
  }
  @container (min-width: 40rem) {
    /* Beside the text, the image keeps its shape at the top of its column: stretched to the text's height, it would
       be cut to a narrow slice of itself. */
    .card.has-media {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
`;
