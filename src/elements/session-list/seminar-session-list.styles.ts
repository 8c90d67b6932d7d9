import { css } from 'lit';

export const sessionListStyles = css`
  ol {
    list-style: none;
    padding: 0;
  }
  .entry + .entry {
    margin-top: var(--_s3);
  }
  .entry > * + * {
    margin-top: 0.35rem;
  }
  .entry {
    position: relative;
    /* A long list lays out only the entries near the screen; the rest keep their last
       size (or this estimate) until they come near. They stay in the accessibility
       tree and in find-in-page. */
    content-visibility: auto;
    contain-intrinsic-size: auto 11rem;
  }
  .entry:hover {
    border-color: var(--_accent);
  }
  .entry:focus-within {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .label {
    font-size: 0.9em;
  }
  h3 {
    font-size: 1.1em;
  }
  h3 button {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-decoration-thickness: 1px;
  }
  /* The whole card answers to a pointer; the button stays the one thing in the tab order. */
  h3 button::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  h3 button:focus-visible {
    outline: none;
  }
  dl {
    font-size: 0.95em;
  }
  dt {
    color: var(--_muted);
    font-size: 0.85em;
  }
  dd + dt {
    margin-top: 0.25rem;
  }
  .speakers {
    color: var(--_muted);
    font-size: 0.9em;
  }
  @container (min-width: 36rem) {
    dl {
      display: flow-root;
    }
    dt {
      float: inline-start;
      clear: inline-start;
      width: 8.5rem;
      padding-top: 0.1em;
    }
    dd {
      margin-inline-start: 9.25rem;
    }
  }
  @media print {
    .entry {
      break-inside: avoid;
      content-visibility: visible;
    }
    h3 button {
      display: inline !important;
      color: inherit;
      text-decoration: none;
    }
  }
`;
