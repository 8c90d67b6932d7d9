import { css } from 'lit';

export const speakerCardStyles = css`
  /* The card fills what it is given: in a grid row, every card is as tall as the tallest. */
  :host {
    --_avatar: 4rem;
  }
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
    width: var(--_avatar);
    height: var(--_avatar);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface);
  }
  .initial {
    display: grid;
    place-items: center;
    border: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 1.75rem;
    font-weight: 700;
    line-height: 1;
    overflow: hidden;
  }
  .silhouette {
    width: 100%;
    height: 100%;
    translate: 0 4px;
    opacity: 0.55;
  }
  .who {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  /* The reading sits above the name, as furigana would; it follows it in the text. */
  .reading {
    order: -1;
    color: var(--_muted);
    font-size: var(--_t-small);
    line-height: 1.4;
  }
  .affiliation {
    margin-top: var(--_s1);
    color: var(--_muted);
    font-size: var(--_t-small);
    line-height: 1.5;
  }
  .bio[data-clamped] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .bio p + p {
    margin-top: var(--_s2);
  }
  /* "Full profile" follows the excerpt: a quiet text button, 24 px or taller for fingers. */
  .toggle {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: var(--_s1);
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
  .toggle:hover {
    text-decoration-thickness: 2px;
  }
  .chevron {
    flex: none;
    transition: rotate 0.15s;
  }
  .toggle[aria-expanded='true'] .chevron {
    rotate: 180deg;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_s1) var(--_s4);
  }
  /* The sessions follow the bio; a shorter card of a row keeps its spare height at the bottom. */
  .sessions {
    padding-top: var(--_s4);
    border-top: 1px solid var(--_border);
  }
  h5 {
    margin: 0 0 var(--_s2);
    color: var(--_muted);
    font-size: var(--_t-small);
    font-weight: 700;
    line-height: 1.4;
  }
  .sessions ul {
    display: grid;
    gap: var(--_s3);
  }
  .sessions li {
    display: flex;
    flex-direction: column;
  }
  .session-label {
    color: var(--_muted);
    font-size: var(--_t-small);
    line-height: 1.4;
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
