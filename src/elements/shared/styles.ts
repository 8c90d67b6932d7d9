import { css } from 'lit';

/**
 * What every element shares: the `--seminar-*` custom properties with their
 * defaults, light and dark; one spacing scale and one type scale; a reset that
 * keeps host-page CSS out; the status badge, the primary button, messages, and
 * print rules.
 *
 * Design tokens (private, derived from the public `--seminar-*` properties):
 * - space: `--_s1` … `--_s7` = 4, 8, 12, 16, 24, 32, 48 px at the default 16 px base
 *   (`--seminar-space`, default 1rem, is `--_s4`);
 * - type: `--_t-small` (14 px), body 1em, `--_t-h4` (1.125), `--_t-h3` (1.25),
 *   `--_t-h2` (1.563): a 1.25 ratio;
 * - colour: `--_fg`, `--_bg`, `--_surface`, `--_muted`, `--_border`, `--_accent`,
 *   `--_accent-fg`, `--_open`, `--_on-open`, `--_live`, `--_on-live`, `--_error`.
 */
export const baseStyles = css`
  :host {
    /* Light or dark from the visitor's preference; a page can force one with --seminar-color-scheme (light or dark) or color-scheme on the element. */
    color-scheme: var(--seminar-color-scheme, light dark);
    --_fg: var(--seminar-color-text, light-dark(#1f2328, #e6edf3));
    --_bg: var(--seminar-color-background, light-dark(#ffffff, #0f1419));
    --_surface: var(--seminar-color-surface, light-dark(#f4f6f8, #1a2129));
    --_muted: var(--seminar-color-muted, light-dark(#565f69, #a4afba));
    --_border: var(--seminar-color-border, light-dark(#c9d1d9, #3a4450));
    --_accent: var(--seminar-color-accent, light-dark(#0b5cad, #7cb7ff));
    --_accent-fg: var(--seminar-color-accent-text, light-dark(#ffffff, #0f1419));
    --_open: var(--seminar-color-open, light-dark(#17692e, #56d364));
    --_on-open: light-dark(#ffffff, #0f1419);
    --_live: var(--seminar-color-live, light-dark(#b3261e, #ff7b72));
    --_on-live: light-dark(#ffffff, #0f1419);
    --_error: var(--seminar-color-error, light-dark(#b3261e, #ff938a));
    --_radius: var(--seminar-radius, 8px);
    --_s4: var(--seminar-space, 1rem);
    --_s1: calc(var(--_s4) * 0.25);
    --_s2: calc(var(--_s4) * 0.5);
    --_s3: calc(var(--_s4) * 0.75);
    --_s5: calc(var(--_s4) * 1.5);
    --_s6: calc(var(--_s4) * 2);
    --_s7: calc(var(--_s4) * 3);
    --_t-small: 0.875rem;
    --_t-h4: 1.125rem;
    --_t-h3: 1.25rem;
    --_t-h2: 1.563rem;
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    /* Space around a pasted element; a page sets --seminar-space-outer to change it. */
    margin-block: var(--seminar-space-outer, 1.5rem);
  }
  /* Typography is set on the shadow content itself: a host page's rules on the
     element (say * { letter-spacing: 5px }) then cannot reach inside. */
  :host > * {
    color: var(--_fg);
    /* The host page's font, unless the page names one for the widgets. */
    font-family: var(--seminar-font-family, inherit);
    font-size: var(--seminar-font-size, 1rem);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  :lang(ja) {
    line-height: 1.7;
    line-break: strict;
    word-break: auto-phrase;
    overflow-wrap: anywhere;
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  h2,
  h3,
  h4 {
    line-height: 1.35;
    font-weight: 700;
    text-wrap: balance;
  }
  h2 {
    font-size: var(--_t-h2);
  }
  h3 {
    font-size: var(--_t-h3);
  }
  h4 {
    font-size: var(--_t-h4);
  }
  /* A date, a time range or a zone name moves to the next line whole (breaks fall between
     them); only one wider than the whole line breaks inside rather than overflow. */
  .nowrap {
    display: inline-block;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .card {
    padding: var(--_s4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  /* The line above a title: label at the start, status badge at the end, at every width;
     a long badge ("Full — join the waiting list") goes below a label it would squeeze. */
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_s2);
  }
  .label {
    color: var(--_muted);
    font-size: var(--_t-small);
    font-weight: 700;
  }
  /* Status: always words; the look adds to them (filled for open and live). */
  .badge {
    flex: none;
    margin-inline-start: auto;
    display: inline-block;
    padding: 0.125rem var(--_s2);
    border: 2px solid transparent;
    border-radius: 4px;
    font-size: var(--_t-small);
    font-weight: 700;
    line-height: 1.4;
    white-space: nowrap;
  }
  .badge[data-status='open'] {
    background: var(--_open);
    color: var(--_on-open);
  }
  .badge[data-status='live'] {
    background: var(--_live);
    color: var(--_on-live);
  }
  .badge[data-status='upcoming'] {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .badge[data-status='closed'] {
    border-color: var(--_muted);
    color: var(--_muted);
  }
  .badge[data-status='archived'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    color: var(--_fg);
  }
  .badge[data-status='ended'] {
    padding-inline: 0;
    color: var(--_muted);
    font-weight: 600;
  }
  /* The one primary action: Apply. At least 44 px tall for fingers. */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    padding: var(--_s2) var(--_s4);
    border: 0;
    border-radius: 4px;
    background: var(--_accent);
    color: var(--_accent-fg);
    font: inherit;
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }
  .button:hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_fg));
  }
  .message {
    padding: var(--_s3) var(--_s4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .message[data-kind='error'] {
    border-inline-start: 4px solid var(--_error);
  }
  .editor {
    margin-top: var(--_s2);
    font-size: var(--_t-small);
  }
  .editor summary {
    cursor: pointer;
    color: var(--_muted);
  }
  .message p + p {
    margin-top: 0.5em;
  }
  p.text {
    white-space: pre-line;
  }
  .stale {
    margin-bottom: var(--_s2);
    font-size: var(--_t-small);
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    :host {
      color-scheme: light;
      color: #000;
      --_fg: #000;
      --_muted: #333;
      --_accent: #000;
      --_surface: transparent;
    }
    button,
    .button {
      display: none !important;
    }
    a[href^='http']::after {
      content: ' <' attr(href) '>';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
