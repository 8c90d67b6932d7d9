import { css } from 'lit';

/**
 * What every element shares: the `--seminar-*` custom properties with their
 * defaults, light and dark, a reset that keeps host-page CSS out, the status
 * badge, messages, and print rules.
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
    --_open: var(--seminar-color-open, light-dark(#1a7f37, #56d364));
    --_live: var(--seminar-color-live, light-dark(#c4162a, #ff7b72));
    --_error: var(--seminar-color-error, light-dark(#b3261e, #ff938a));
    --_radius: var(--seminar-radius, 8px);
    --_space: var(--seminar-space, 1rem);
    --_font: var(
      --seminar-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      'Hiragino Sans',
      'Noto Sans JP',
      'Yu Gothic UI',
      Meiryo,
      sans-serif
    );
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
  }
  /* Typography is set on the shadow content itself: a host page's rules on the
     element (say * { letter-spacing: 5px }) then cannot reach inside. */
  :host > * {
    color: var(--_fg);
    font-family: var(--_font);
    font-size: var(--seminar-font-size, 1rem);
    font-style: normal;
    font-weight: normal;
    line-height: 1.6;
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
    line-break: strict;
    word-break: auto-phrase;
    overflow-wrap: anywhere;
  }
  /* A date, a time range, a zone: each never broken inside (see whenLine). */
  .when > span {
    white-space: nowrap;
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
    text-wrap: balance;
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
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .label {
    color: var(--_muted);
    font-weight: 600;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_fg);
    font-size: 0.85em;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge::before {
    content: '';
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_muted);
  }
  .badge[data-status='open']::before {
    background: var(--_open);
  }
  .badge[data-status='live']::before {
    background: var(--_live);
  }
  .badge[data-status='archived']::before,
  .badge[data-status='upcoming']::before {
    background: var(--_accent);
  }
  .message {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .message[data-kind='error'] {
    border-inline-start: 4px solid var(--_error);
  }
  .message p + p {
    margin-top: 0.5em;
  }
  p.text {
    white-space: pre-line;
  }
  .stale {
    margin-bottom: 0.5rem;
    font-size: 0.85em;
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
    button {
      display: none !important;
    }
    a[href^='http']::after {
      content: ' <' attr(href) '>';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
