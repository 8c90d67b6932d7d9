import { css } from 'lit';

export const seriesStyles = css`
  .series {
    display: grid;
    gap: var(--_s6);
  }
  /* The elements the series shows sit in its flow, without the outer space of a pasted element. */
  seminar-session-list,
  seminar-session,
  seminar-speaker-list {
    --seminar-space-outer: 0;
  }
  header {
    display: grid;
    gap: var(--_s4);
  }
  .organizer,
  .notes {
    color: var(--_muted);
  }
  .summary p + p {
    margin-top: var(--_s2);
  }
  /* Key facts in a row of labelled items; labels above values, muted, same size. */
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s3) var(--_s6);
    padding: var(--_s4);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    font-weight: 700;
  }
  .facts .wide {
    flex-basis: 100%;
  }
  .facts .wide dd {
    font-weight: normal;
  }
  .goals h3 {
    margin-bottom: var(--_s2);
    font-size: var(--_t-h4);
  }
  ul {
    padding-inline-start: 1.3em;
  }
  .notes {
    font-size: var(--_t-small);
  }
  h3 {
    margin-bottom: var(--_s3);
  }
  /* What a visitor can do now: the one highlighted card. */
  .now {
    display: grid;
    gap: var(--_s2);
    border-width: 2px;
    border-color: var(--_accent);
    border-inline-start-width: 8px;
  }
  .now h3 {
    margin: 0;
    font-size: var(--_t-small);
    color: var(--_muted);
    text-transform: none;
  }
  .now-title {
    font-size: var(--_t-h3);
    font-weight: 700;
    line-height: 1.35;
  }
  .apply {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_s2) var(--_s3);
    margin-top: var(--_s2);
  }
  .deadline {
    font-weight: 700;
  }
  .details {
    display: grid;
    gap: var(--_s5);
    list-style: none;
    padding: 0;
  }
  .contact-once .contact {
    padding: var(--_s4);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .contact p + p {
    margin-top: var(--_s2);
  }
`;
