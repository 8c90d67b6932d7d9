import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { SeminarElement, type RenderContext } from '../shared/base.js';
import { defineElement } from '../shared/define.js';
import { baseStyles } from '../shared/styles.js';
import '../speaker-card/seminar-speaker-card.js';
import { FeedProvider } from '../../controllers/feed-provider.js';


type Ctx = RenderContext<'list' | 'details'>;

/**
 * Every speaker of the feed as cards, or only those of one session, in a grid whose
 * cards share the height of their row.
 *
 * @element seminar-speaker-list
 * @attr session-id - Only the speakers of this session, in its order.
 * @attr session-url - Where a session's page is, with `{id}` for the session's id (`/seminars/{id}`); passed to every card, whose sessions link there. Inside `<seminar-series>` they link to `#<session-id>` instead; with neither they are plain text.
 * @attr src - URL of the feed; without it the closest `<seminar-feed>` provides it.
 * @attr lang - UI language, `en` or `ja`; otherwise inherited from the page.
 * @attr now - An instant used instead of the clock (previews, tests).
 * @attr time-zone - An IANA zone or `local`; default: the series time zone.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 * @fires {CustomEvent<FeedLoadDetail>} seminar-feed-load - `{ feed }`: this element's own `src` was loaded.
 * @fires {CustomEvent<FeedErrorDetail>} seminar-feed-error - `{ message, issues }`: this element's own `src` could not be used, or items were left out.
 * @csspart list - The list of cards.
 * @csspart card - Each `<seminar-speaker-card>`.
 * @csspart photo - Each card's photo, initial or silhouette.
 * @csspart name - Each card's speaker name.
 * @csspart bio - Each card's biography.
 * @csspart toggle - Each card's "Full profile" button.
 * @csspart sessions - Each card's list of the sessions the speaker speaks at.
 * @csspart message - Loading, empty and error messages.
 * @cssprop --seminar-speaker-card-min - The narrowest a card gets before the grid wraps.
 * @cssprop --seminar-space - Base spacing.
 * @cssprop --seminar-space-outer - Space above and below the element.
 */
export class SeminarSpeakerList extends SeminarElement<'details'> {
  static override styles = [
    baseStyles,
    css`
      ul {
        list-style: none;
        padding: 0;
        display: grid;
        gap: var(--_s5);
        /* Items stretch (the default): every card of a row as tall as the tallest. */
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--seminar-speaker-card-min, 18rem)), 1fr));
      }
      li {
        display: grid;
        min-width: 0;
      }
      /* A card in the grid has no outer margin of its own: the grid's gap spaces them. */
      seminar-speaker-card {
        height: 100%;
        margin: 0;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    sessionId: { attribute: 'session-id', reflect: true },
    sessionUrl: { attribute: 'session-url', reflect: true },
  };

  constructor() {
    super(['details']);
    // The elements this one renders share its feed, `now` and `time-zone`.
    new FeedProvider(this, () => this.feed.view);
  }

  /** Only the speakers of this session. */
  sessionId?: string;

  /** Where a session's page is: a URL with `{id}` for the session's id, for the cards' links. */
  sessionUrl?: string;

  protected override problem(ctx: Ctx): string | undefined {
    if (this.sessionId && !ctx.feed.sessions.some((s) => s.id === this.sessionId)) {
      return ctx.m.details.unknownSession(this.sessionId);
    }
    return undefined;
  }

  protected override renderReady(ctx: Ctx) {
    const session = ctx.feed.sessions.find((s) => s.id === this.sessionId);
    const ids = session ? (session.speakers ?? []).map((ref) => ref.speakerId) : ctx.feed.speakers.map((s) => s.id);
    const unique = [...new Set(ids)];
    if (unique.length === 0) return html`<p class="message" part="message" lang=${ctx.lang}>${ctx.m.details.noSpeakers}</p>`;
    return html`<ul part="list" lang=${ctx.lang}>
      ${unique.map(
        (id) => html`<li>
          <seminar-speaker-card
            part="card"
            exportparts="photo, name, bio, toggle, sessions"
            speaker-id=${id}
            session-url=${this.sessionUrl ?? nothing}
            now=${this.now ?? nothing}
            time-zone=${this.timeZone ?? nothing}
          ></seminar-speaker-card>
        </li>`,
      )}
    </ul>`;
  }
}

defineElement('seminar-speaker-list', SeminarSpeakerList);

declare global {
  interface HTMLElementTagNameMap {
    'seminar-speaker-list': SeminarSpeakerList;
  }
}
