import { css } from 'lit';

export const sessionStyles = css`
  article {
    display: grid;
    gap: var(--_s4);
  }
  header {
    display: grid;
    gap: 0.4rem;
  }
  h3 {
    font-size: 1.3em;
  }
  h3:focus {
    outline: none;
  }
  h4 {
    font-size: 1em;
    margin-bottom: 0.35rem;
  }
  dl.facts {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.15rem 1rem;
  }
  dl.facts dt {
    color: var(--_muted);
    font-size: 0.9em;
  }
  dl.facts dd + dt {
    margin-top: 0.4rem;
  }
  section p + p {
    margin-top: 0.6em;
  }
  ul {
    padding-inline-start: 1.3em;
  }
  li + li {
    margin-top: 0.2em;
  }
  .speakers {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.6rem;
  }
  .speaker-name {
    font-weight: 600;
  }
  .role {
    display: inline-block;
    margin-inline-end: 0.5em;
    padding: 0 0.5em;
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_muted);
    font-size: 0.85em;
  }
  .stream {
    display: inline-block;
    padding: 0.6em 1.1em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-fg);
    font-weight: 600;
    text-decoration: none;
  }
  .contact {
    padding: var(--_s3);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .contact p + p {
    margin-top: 0.4em;
  }
  @container (min-width: 36rem) {
    dl.facts {
      grid-template-columns: max-content 1fr;
    }
    dl.facts dd + dt {
      margin-top: 0;
    }
  }
  @media print {
    article {
      break-inside: avoid-page;
      border-color: #999;
    }
  }
`;
