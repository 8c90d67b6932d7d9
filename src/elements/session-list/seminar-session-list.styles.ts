import { css } from 'lit';

export const sessionListStyles = css`
  /* One column on phones; cards side by side where two fit. */
  ol {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 26rem), 1fr));
    gap: var(--_s3);
    list-style: none;
    padding: 0;
  }
  .entry {
    display: grid;
    align-content: start;
    gap: var(--_s2);
  }
  /* A long list lays out only the entries near the screen. The estimate keeps the page
     from growing as they come near (auto: once laid out, an entry keeps its real size);
     they stay in the text, the accessibility tree and find-in-page. A short list is laid
     out whole, so that page captures show every entry. */
  .long > .entry {
    content-visibility: auto;
    contain-intrinsic-size: auto 8rem;
  }
  h3 {
    font-size: var(--_t-h4);
  }
  dt {
    color: var(--_muted);
  }
  .speakers {
    color: var(--_muted);
  }
  .apply {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s2) var(--_s3);
  }
  .deadline {
    font-weight: 700;
  }
  /* Labels beside their values at every width: a narrow label column on phones. */
  dl {
    display: grid;
    grid-template-columns: 6rem 1fr;
    gap: var(--_s1) var(--_s3);
  }
  /* On the narrowest screens, labels above their values. */
  @container (max-width: 20rem) {
    dl {
      grid-template-columns: 1fr;
    }
  }
  /* A label breaks between its words, never inside one ("Application / period"). */
  dt {
    overflow-wrap: normal;
  }
  @container (min-width: 30rem) {
    dl {
      grid-template-columns: 8.5rem 1fr;
      column-gap: var(--_s4);
    }
  }
  @media print {
    .entry {
      break-inside: avoid;
      content-visibility: visible;
    }
  }
`;
