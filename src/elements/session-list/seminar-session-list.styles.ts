import { css } from 'lit';

export const sessionListStyles = css`
  ol {
    display: grid;
    gap: var(--_s3);
    list-style: none;
    padding: 0;
  }
  .entry {
    display: grid;
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
  h3 a {
    text-decoration-thickness: 1px;
  }
  h3 a:hover {
    text-decoration-thickness: 3px;
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
  @container (min-width: 36rem) {
    dl {
      display: grid;
      grid-template-columns: 10rem 1fr;
      gap: var(--_s1) var(--_s4);
    }
  }
  @media print {
    .entry {
      break-inside: avoid;
      content-visibility: visible;
    }
  }
`;
