import { html, nothing, type TemplateResult } from 'lit';
import { paragraphs } from '../../feed/text.js';
import type { Contact } from '../../feed/schema.js';
import type { RenderContext } from './base.js';


type Ctx = RenderContext<'list' | 'details'>;

/** Paragraphs of a feed Text, split at blank lines. */
export function renderParagraphs(ctx: Pick<Ctx, 't' | 'langOf'>, text: Parameters<Ctx['t']>[0], part?: string): TemplateResult {
  return html`${paragraphs(ctx.t(text)).map((p) => html`<p class="text" part=${part ?? nothing} lang=${ctx.langOf(text)}>${p}</p>`)}`;
}

/**
 * The office to contact: by default for changes and cancellations (heading and the
 * contact's note); `about` replaces both with one sentence (a full session, a form
 * that takes no applications).
 */
export function renderContact(ctx: Ctx, contact: Contact | undefined, subject?: string, about?: string): TemplateResult | typeof nothing {
  if (!contact) return nothing;
  const mailto = contact.email
    ? `mailto:${contact.email}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`
    : undefined;
  return html`<section class="contact" part="contact">
    ${about
      ? html`<p>${about}</p>`
      : html`<h4>${ctx.m.details.changesHeading}</h4>
          ${contact.note ? renderParagraphs(ctx, contact.note) : nothing}`}
    <p>
      <span lang=${ctx.langOf(contact.name)}>${ctx.t(contact.name)}</span>
      ${mailto ? html`<br />${ctx.m.details.email}: <a href=${mailto}>${contact.email}</a>` : nothing}
      ${contact.phone
        ? html`<br />${ctx.m.details.phone}: <a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a>`
        : nothing}
      ${contact.url ? html`<br /><a href=${contact.url}>${ctx.m.details.website}</a>` : nothing}
    </p>
  </section>`;
}
