import { css } from 'lit';

export const sessionStyles = css`
  article {
    display: grid;
    gap: var(--_s4);
  }
  header {
    display: grid;
    gap: var(--_s2);
  }
  h3:focus {
    outline: none;
  }
  /* The elements a session shows sit in its flow, without the outer space of a pasted element. */
  seminar-application-form,
  seminar-archive-player,
  seminar-materials,
  seminar-add-to-calendar {
    --seminar-space-outer: 0;
  }
  dl.facts {
    display: grid;
    grid-template-columns: 6rem 1fr;
    gap: var(--_s1) var(--_s3);
  }
  dl.facts dt {
    color: var(--_muted);
    overflow-wrap: normal;
  }
  dd p + p {
    margin-top: var(--_s2);
  }
  .disclosures {
    border-top: 1px solid var(--_border);
  }
  details {
    border-bottom: 1px solid var(--_border);
  }
  summary {
    display: flex;
    align-items: center;
    gap: var(--_s2);
    min-height: 44px;
    padding: var(--_s2) 0;
    color: var(--_accent);
    font-weight: 700;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  /* A chevron that turns when open: the disclosure's state, not colour alone. */
  summary::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  .more {
    display: grid;
    gap: var(--_s2);
    padding: 0 0 var(--_s4);
  }
  .more h4 {
    margin-top: var(--_s2);
  }
  ul,
  ol {
    padding-inline-start: 1.3em;
  }
  li + li {
    margin-top: var(--_s1);
  }
  .speakers {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_s3);
  }
  .affiliation {
    color: var(--_muted);
  }
  .speaker-name {
    font-weight: 700;
  }
  .role {
    display: inline-block;
    margin-inline-end: var(--_s2);
    padding: 0 var(--_s2);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_muted);
    font-size: var(--_t-small);
  }
  @container (min-width: 36rem) {
    dl.facts {
      grid-template-columns: 10rem 1fr;
      column-gap: var(--_s4);
    }
  }
  @media print {
    article {
      break-inside: avoid-page;
      border-color: #999;
    }
    /* Printed, every disclosure shows its content. */
    details::details-content {
      content-visibility: visible;
    }
  }
`;

/**
 * The office's panel (`renderContact`) as a session and the series show it (the form lays it
 * out its own way). In an element's `styles` after `baseStyles`, before its own.
 */
export const contactPanelStyles = css`
  .contact {
    padding: var(--_s4);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .contact p + p {
    margin-top: var(--_s2);
  }
`;
