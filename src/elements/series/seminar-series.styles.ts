import { css } from 'lit';

export const seriesStyles = css`
  .series {
    display: grid;
    gap: var(--_s6);
  }
  header {
    display: grid;
    gap: var(--_s4);
  }
  h2 {
    font-size: 1.75em;
  }
  h3 {
    font-size: 1.25em;
    margin-bottom: 0.6rem;
  }
  .organizer {
    color: var(--_muted);
  }
  header p.text + p.text {
    margin-top: 0.5em;
  }
  dl {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.2rem 1.25rem;
    padding: var(--_s4);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  dt {
    font-weight: 600;
  }
  dd + dt {
    margin-top: 0.5rem;
  }
  ul {
    padding-inline-start: 1.3em;
  }
  .contact {
    padding: var(--_s4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .contact h4 {
    margin-bottom: 0.35rem;
  }
  .contact p + p {
    margin-top: 0.4em;
  }
  .details {
    display: grid;
    gap: var(--_s4);
    list-style: none;
    padding: 0;
  }
  @container (min-width: 40rem) {
    dl {
      grid-template-columns: max-content 1fr;
    }
    dd + dt {
      margin-top: 0;
    }
  }
`;
