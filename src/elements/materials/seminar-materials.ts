import { css, html, nothing } from 'lit';
import { fileSize, typeName } from '../../feed/media.js';
import type { RenderContext } from '../shared/base.js';
import { SessionElement } from '../shared/session-element.js';
import { renderParagraphs } from '../shared/contact.js';
import { defineElement } from '../shared/define.js';
import { baseStyles } from '../shared/styles.js';


type Ctx = RenderContext<'list' | 'details' | 'media'>;

/**
 * A session's downloadable materials: title, type and size in human units
 * (`PDF, 471 KB`), description, and the notices (copyright, reuse terms) beside
 * the download, never behind it. Only URLs the feed schema allows reach an `href`.
 *
 * @element seminar-materials
 * @attr session-id - The `id` of the session in the feed (required).
 * @attr src - URL of the feed; without it the closest `<seminar-feed>` provides it.
 * @attr lang - UI language, `en` or `ja`; otherwise inherited from the page.
 * @attr now - An instant used instead of the clock (previews, tests).
 * @attr time-zone - An IANA zone or `local`; default: the series time zone.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 * @attr status - Reflected: the session's status.
 * @csspart list - The list of materials.
 * @csspart material - One material.
 * @csspart notice - The notices of a material.
 * @csspart message - Loading, empty and error messages.
 * @cssprop --seminar-color-accent - Links and focus rings.
 * @cssprop --seminar-color-surface - Notice background.
 * @cssprop --seminar-color-scheme - `light dark` follows the visitor's preference; `light` or `dark` forces one.
 */
export class SeminarMaterials extends SessionElement<'details' | 'media'> {
  static override styles = [
    baseStyles,
    css`
      [part='list'] {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
      [part='material'] {
        display: grid;
        gap: 0.35rem;
      }
      .download {
        font-weight: 600;
      }
      .meta {
        color: var(--_muted);
        font-size: 0.9em;
      }
      .notice {
        list-style: disc;
        padding: 0.5rem 0.75rem 0.5rem 1.75rem;
        border-radius: calc(var(--_radius) / 2);
        background: var(--_surface);
        font-size: 0.9em;
      }
    `,
  ];

  constructor() {
    super(['details', 'media']);
  }

  protected override renderReady(ctx: Ctx) {
    const materials = this.sessionIn(ctx.feed)!.materials ?? [];
    if (materials.length === 0) return html`<p class="message" part="message" lang=${ctx.lang}>${ctx.m.media.noMaterials}</p>`;
    return html`<ul part="list" lang=${ctx.lang}>
      ${materials.map((m) => {
        const kind = typeName(m.mediaType, m.url);
        const meta = [kind, m.sizeBytes === undefined ? undefined : fileSize(m.sizeBytes, ctx.lang)].filter(Boolean).join(', ');
        return html`<li part="material">
          <a class="download" href=${m.url} rel="noopener" download
            ><span lang=${ctx.langOf(m.title)}>${ctx.t(m.title)}</span>${meta ? html` <span class="meta">(${meta})</span>` : nothing}</a
          >
          ${m.description ? renderParagraphs(ctx, m.description) : nothing}
          ${m.notice?.length
            ? html`<ul class="notice" part="notice">
                ${m.notice.map((n) => html`<li lang=${ctx.langOf(n)}>${ctx.t(n)}</li>`)}
              </ul>`
            : nothing}
        </li>`;
      })}
    </ul>`;
  }
}

defineElement('seminar-materials', SeminarMaterials);

declare global {
  interface HTMLElementTagNameMap {
    'seminar-materials': SeminarMaterials;
  }
}
