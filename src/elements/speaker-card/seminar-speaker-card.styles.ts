import { css } from 'lit';

export const speakerCardStyles = css`
  /* The card fills what it is given: in a grid row, every card is as tall as the tallest. */
  article {
    display: flex;
    flex-direction: column;
    gap: var(--_s4);
    height: 100%;
    padding: var(--_s5);
  }
  .head {
    display: flex;
    align-items: center;
    gap: var(--_s4);
  }
  .avatar {
    flex: none;
    width: 4rem;
    height: 4rem;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface);
  }
  .initial {
    display: grid;
    place-items: center;
    border: 1px solid var(--_border);
    color: var(--_muted);
    fill: currentColor;
    font-size: 1.75rem;
    font-weight: 700;
    overflow: hidden;
  }
  .initial svg {
    width: 100%;
    opacity: 0.6;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  /* Reading and affiliation: small and muted. The reading sits above the name, as furigana would, and follows it in the text. */
  .reading,
  .affiliation {
    color: var(--_muted);
    font-size: var(--_t-small);
  }
  .reading {
    order: -1;
  }
  .bio[data-clamped] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  /* Folded, the paragraphs run on: a gap between them would show as part of a fourth line (WebKit). */
  .bio:not([data-clamped]) p + p {
    margin-top: var(--_s2);
  }
  /* "Full profile" follows the excerpt: a quiet text button, at least 24 px tall. */
  .toggle {
    align-self: flex-start;
    min-height: 24px;
    margin-top: calc(-1 * var(--_s2));
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .toggle::after {
    content: '';
    display: inline-block;
    width: 0.4em;
    height: 0.4em;
    margin: 0 0.3em 0.2em 0.5em;
    border: solid;
    border-width: 0 2px 2px 0;
    rotate: 45deg;
  }
  .toggle[aria-expanded='true']::after {
    rotate: 225deg;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s1) var(--_s4);
  }
  /* "Speaks at" and the sessions on one line where they fit. */
  .sessions {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_s1) var(--_s3);
    padding-top: var(--_s3);
    border-top: 1px solid var(--_border);
  }
  h5 {
    margin: 0;
    color: var(--_muted);
    font-size: 1em;
  }
  .sessions ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s1) var(--_s4);
  }
  @media print {
    .bio[data-clamped] {
      display: block;
      -webkit-line-clamp: none;
      line-clamp: none;
      overflow: visible;
    }
    article {
      break-inside: avoid;
    }
  }
`;
