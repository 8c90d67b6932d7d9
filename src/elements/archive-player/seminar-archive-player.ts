import { css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { formatDate } from '../../feed/dates.js';
import { parseInstant } from '../../feed/instant.js';
import { clockTime, embedUrl, posterUrl, VIDEO_HOSTS, watchUrl } from '../../feed/media.js';
import type { Archive, Session } from '../../feed/schema.js';
import type { RenderContext } from '../shared/base.js';
import { SessionElement } from '../shared/session-element.js';
import { defineElement } from '../shared/define.js';
import { fire } from '../../controllers/events.js';
import { baseStyles } from '../shared/styles.js';


type Ctx = RenderContext<'list' | 'details' | 'media'>;

export interface ArchivePlayDetail {
  sessionId: string;
}

const warmed = new Set<string>();

/** Opens the connection to a player host ahead of the click (no request is made). */
function warm(host: string): void {
  if (warmed.has(host)) return;
  warmed.add(host);
  const link = document.createElement('link');
  link.rel = 'preconnect';
  link.href = host;
  document.head.append(link);
}

/**
 * The recording of a session: a light poster with a real play button first; the
 * YouTube (youtube-nocookie.com) or Vimeo (dnt=1) player is requested only when the
 * visitor asks for it, and focus moves into it. Feed videos play in a native
 * `<video>` with their WebVTT captions. Chapters start or seek playback. Shown when
 * the session's status is `archived`; after the session otherwise it says whether a
 * recording is promised.
 *
 * @element seminar-archive-player
 * @attr session-id - The `id` of the session in the feed (required).
 * @attr src - URL of the feed; without it the closest `<seminar-feed>` provides it.
 * @attr lang - UI language, `en` or `ja`; otherwise inherited from the page.
 * @attr now - An instant used instead of the clock (previews, tests).
 * @attr time-zone - An IANA zone or `local`; default: the series time zone.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 * @attr status - Reflected: the session's status.
 * @fires {CustomEvent<ArchivePlayDetail>} seminar-archive-play - `{ sessionId }`: the visitor started the recording.
 * @csspart player - The poster, then the player.
 * @csspart play-button - The poster's play button.
 * @csspart chapters - The list of chapters.
 * @csspart watch-link - The plain link to the recording.
 * @csspart message - Messages instead of the player.
 * @cssprop --seminar-color-accent - The play button and focus ring.
 * @cssprop --seminar-color-accent-text - The play symbol.
 * @cssprop --seminar-radius - Corner radius.
 * @cssprop --seminar-color-scheme - `light dark` follows the visitor's preference; `light` or `dark` forces one.
 */
export class SeminarArchivePlayer extends SessionElement<'details' | 'media'> {
  static override styles = [
    baseStyles,
    css`
      figure {
        display: grid;
        gap: 0.5rem;
      }
      .frame {
        position: relative;
        aspect-ratio: 16 / 9;
        overflow: hidden;
        border-radius: var(--_radius);
        background: #000;
      }
      .frame iframe,
      .frame video,
      .facade img {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        border: 0;
        object-fit: cover;
      }
      .facade {
        all: unset;
        position: absolute;
        inset: 0;
        cursor: pointer;
        display: grid;
        place-items: center;
      }
      .facade:focus-visible {
        outline: 4px solid var(--_accent);
        outline-offset: -4px;
      }
      .play {
        position: relative;
        width: 4.5rem;
        height: 3.2rem;
        border-radius: 0.9rem;
        background: var(--_accent);
        box-shadow: 0 2px 12px #0008;
      }
      .play::after {
        content: '';
        position: absolute;
        inset: 0;
        margin: auto;
        width: 0;
        height: 0;
        border-style: solid;
        border-width: 0.7rem 0 0.7rem 1.2rem;
        border-color: transparent transparent transparent var(--_accent-fg);
        transform: translateX(0.15rem);
      }
      .facade:hover .play {
        filter: brightness(1.15);
      }
      figcaption {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        color: var(--_muted);
        font-size: 0.9em;
      }
      ol {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 0.25rem;
      }
      /* The focus ring is the shared one (button:focus-visible outranks this rule). */
      ol button {
        all: unset;
        cursor: pointer;
        color: var(--_accent);
      }
      ol button span {
        text-decoration: underline;
        text-underline-offset: 0.15em;
      }
      time {
        display: inline-block;
        min-width: 4.5ch;
        font-variant-numeric: tabular-nums;
      }
      h4 {
        margin: 0.5rem 0 0.25rem;
        font-size: 1em;
      }
      @media print {
        .frame {
          display: none;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    playing: { state: true },
    startAt: { state: true },
  };

  constructor() {
    super(['details', 'media']);
  }

  private playing = false;
  private startAt = 0;

  private play(session: Session, start = 0): void {
    this.startAt = start;
    const first = !this.playing;
    this.playing = true;
    if (first) fire<ArchivePlayDetail>(this, 'seminar-archive-play', { sessionId: session.id });
    void this.updateComplete.then(() => {
      const video = this.renderRoot.querySelector('video');
      if (video) {
        // Before its metadata is in, a video cannot seek: seek as soon as it can.
        const seek = () => (video.currentTime = start);
        if (video.readyState >= HTMLMediaElement.HAVE_METADATA) seek();
        else video.addEventListener('loadedmetadata', seek, { once: true });
        void video.play().catch(() => {});
        video.focus();
      } else this.renderRoot.querySelector('iframe')?.focus();
    });
  }

  private renderPlayer(ctx: Ctx, session: Session, archive: Archive): TemplateResult {
    const title = ctx.t(session.title);
    if (archive.provider === 'video') {
      return html`<video
        controls
        preload="none"
        playsinline
        src=${archive.src!}
        poster=${archive.poster ?? nothing}
        aria-label=${ctx.m.media.playerTitle(title)}
        @play=${() => {
          if (!this.playing) this.play(session, 0);
        }}
      >
        ${(archive.captions ?? []).map(
          (c, i) => html`<track kind="captions" srclang=${c.lang} label=${ctx.t(c.label)} src=${c.src} ?default=${i === 0} />`,
        )}
      </video>`;
    }
    if (this.playing) {
      return html`<iframe
        src=${embedUrl(archive, this.startAt)!}
        title=${ctx.m.media.playerTitle(title)}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        allowfullscreen
        referrerpolicy="strict-origin-when-cross-origin"
      ></iframe>`;
    }
    const poster = posterUrl(archive);
    const host = VIDEO_HOSTS[archive.provider];
    return html`<button
      class="facade"
      part="play-button"
      type="button"
      aria-label=${ctx.m.media.play(title)}
      @pointerenter=${() => warm(host)}
      @focus=${() => warm(host)}
      @click=${() => this.play(session, 0)}
    >
      ${poster
        ? html`<img src=${poster} alt="" loading="lazy" decoding="async" @error=${(e: Event) => ((e.target as HTMLElement).hidden = true)} />`
        : nothing}
      <span class="play" aria-hidden="true"></span>
    </button>`;
  }

  protected override renderReady(ctx: Ctx) {
    const session = this.sessionIn(ctx.feed)!;
    const archive = session.archive;
    if (this.status !== 'archived' || !archive) {
      // A recording that is promised and not out yet; or none (never made, or no longer available).
      const promised = !archive && session.format.archive;
      return html`<p class="message" part="message" lang=${ctx.lang}>${promised ? ctx.m.details.archivePromised : ctx.m.media.noRecording}</p>`;
    }
    const duration = archive.durationSeconds === undefined ? undefined : clockTime(archive.durationSeconds);
    const until = archive.availableUntil ? formatDate(parseInstant(archive.availableUntil), ctx.lang, ctx.timeZone) : undefined;
    const link = watchUrl(archive);
    return html`<figure part="player" lang=${ctx.lang}>
        <div class="frame">${this.renderPlayer(ctx, session, archive)}</div>
        <figcaption>
          <span lang=${ctx.langOf(session.title)}>${ctx.t(session.title)}</span>
          ${duration ? html`<span>${ctx.m.media.length(duration)}</span>` : nothing}
          ${until ? html`<span>${ctx.m.media.availableUntil(until)}</span>` : nothing}
          ${link ? html`<a part="watch-link" href=${link} rel="noopener">${ctx.m.media.watchOn[archive.provider]}</a>` : nothing}
        </figcaption>
      </figure>
      ${archive.chapters?.length
        ? html`<h4 lang=${ctx.lang}>${ctx.m.media.chapters}</h4>
            <ol part="chapters" lang=${ctx.lang}>
              ${archive.chapters.map(
                (c) => html`<li>
                  <button type="button" aria-label=${ctx.m.media.playFrom(clockTime(c.startSeconds), ctx.t(c.title))} @click=${() => this.play(session, c.startSeconds)}>
                    <time>${clockTime(c.startSeconds)}</time> <span lang=${ctx.langOf(c.title)}>${ctx.t(c.title)}</span>
                  </button>
                </li>`,
              )}
            </ol>`
        : nothing}`;
  }
}

defineElement('seminar-archive-player', SeminarArchivePlayer);

declare global {
  interface HTMLElementTagNameMap {
    'seminar-archive-player': SeminarArchivePlayer;
  }
  interface HTMLElementEventMap {
    'seminar-archive-play': CustomEvent<ArchivePlayDetail>;
  }
}
