import { css } from 'lit';

export const speakerCardStyles = css`
  article {
    display: grid;
    grid-template-columns: 4rem 1fr;
    gap: 0.75rem var(--_s4);
    align-items: start;
    height: 100%;
  }
  .avatar {
    width: 4rem;
    height: 4rem;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface);
  }
  .initials {
    display: grid;
    place-items: center;
    border: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 1.25rem;
    font-weight: 600;
  }
  .who {
    display: grid;
    gap: 0.1rem;
  }
  h4 {
    font-size: 1.1em;
  }
  .reading {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .more {
    grid-column: 1 / -1;
    display: grid;
    gap: 0.5rem;
  }
  .bio p + p {
    margin-top: 0.5em;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
    width: fit-content;
  }
  details[open] summary {
    margin-bottom: 0.5em;
  }
  .excerpt {
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  details[open] + .excerpt,
  details[open] ~ .excerpt {
    display: none;
  }
  h5 {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  ul {
    margin: 0;
    padding-inline-start: 1.2em;
    font-size: 0.95em;
  }
  @media print {
    details > :not(summary) {
      display: block !important;
    }
    details summary,
    .excerpt {
      display: none;
    }
    article {
      break-inside: avoid;
    }
  }
`;
