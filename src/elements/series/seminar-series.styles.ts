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
  header,
  .about {
    display: grid;
    gap: var(--_s4);
  }
  .organizer {
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
    color: var(--_muted);
    font-size: var(--_t-small);
  }
  h3 {
    margin-bottom: var(--_s3);
  }
  /* What a visitor can do now: the one highlighted card; its entries without their own card. */
  .now {
    border-width: 2px;
    border-color: var(--_accent);
    border-inline-start-width: 8px;
  }
  .now h3 {
    margin-bottom: var(--_s2);
    color: var(--_muted);
    font-size: var(--_t-small);
  }
  .now seminar-session-list::part(list) {
    grid-template-columns: 1fr;
  }
  .now seminar-session-list::part(entry) {
    padding: 0;
    border: 0;
  }
  /* Sessions side by side where two fit, as in the list above. */
  .details {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 26rem), 1fr));
    gap: var(--_s4);
    list-style: none;
    padding: 0;
  }
`;
