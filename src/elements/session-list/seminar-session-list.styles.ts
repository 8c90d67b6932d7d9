import { css } from 'lit';

export const sessionListStyles = css`
  ol {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .entry {
    position: relative;
    display: grid;
    gap: 0.35rem;
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
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.1rem 1rem;
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
      grid-template-columns: max-content 1fr;
    }
    dd + dt {
      margin-top: 0;
    }
  }
  @media print {
    .entry {
      break-inside: avoid;
    }
    h3 button {
      display: inline !important;
      color: inherit;
      text-decoration: none;
    }
  }
`;
