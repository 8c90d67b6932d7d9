import { css } from 'lit';

export const applicationFormStyles = css`
  form,
  .panel {
    display: grid;
    gap: var(--_s4);
  }
  .field {
    display: grid;
    gap: 0.3rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  .marker {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.45em;
    border-radius: 4px;
    font-size: 0.75em;
    font-weight: 600;
    vertical-align: 0.1em;
  }
  .marker.required {
    background: var(--_error);
    color: var(--_bg);
  }
  .marker.optional {
    border: 1px solid var(--_border);
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .error {
    color: var(--_error);
    font-weight: 600;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.65rem;
    border: 2px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
  }
  [aria-invalid='true'] {
    border-color: var(--_error) !important;
  }
  .field.invalid {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_error);
  }
  .consent {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.5rem;
    align-items: start;
  }
  .consent input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_accent);
  }
  .consent .error {
    grid-column: 2;
  }
  /* The privacy notice, directly over the consent box it informs. */
  .privacy {
    display: grid;
    gap: var(--_s2);
    font-size: var(--_t-small);
  }
  .privacy,
  .inset {
    padding: var(--_s3) var(--_s4);
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
  }
  .summary {
    padding: var(--_s4);
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
  }
  .summary:focus {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .summary ul {
    padding-inline-start: 1.2em;
  }
  .summary a {
    color: var(--_error);
    font-weight: 600;
  }
  button {
    justify-self: start;
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .status[data-kind='failed'],
  .status[data-kind='rate-limited'] {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_error);
    background: var(--_surface);
  }
  .hp {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  dl {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_s1) var(--_s4);
    align-items: baseline;
  }
  dt {
    color: var(--_muted);
    font-size: var(--_t-small);
    font-weight: 700;
  }
  dd + dt {
    margin-top: var(--_s2);
  }
  /* Panels in place of the form. Their heading takes focus, so it is read out first. */
  /* A heading is not a control: it takes focus only to be read out, without a ring (as GOV.UK does). */
  .panel h3:focus {
    outline: none;
  }
  /* GOV.UK's confirmation panel: heading and reference in a filled box. */
  .confirmation {
    display: grid;
    gap: var(--_s3);
    padding: var(--_s5) var(--_s4);
    border-radius: var(--_radius);
    background: var(--_open);
    color: var(--_on-open);
    text-align: center;
  }
  .confirmation h3 {
    font-size: var(--_t-h2);
  }
  .confirmation p {
    font-size: var(--_t-h4);
  }
  .reference {
    font-size: var(--_t-h2);
  }
  .inset {
    border-color: var(--_accent);
    font-weight: 700;
  }
  .outcome {
    padding: var(--_s5) var(--_s4);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .contact {
    display: grid;
    gap: var(--_s2);
  }
  .outcome[data-kind='duplicate'] {
    border-inline-start-color: var(--_accent);
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
    form {
      display: none;
    }
  }
`;
