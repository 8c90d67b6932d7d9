/**
 * What an element shows instead of its content: the feed loading, the feed unusable
 * (with the office to contact), an editor's mistake, a stale copy.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatTime } from '../../feed/dates.js';
import type { FeedState } from '../../feed/feed-state.js';
import type { Messages, UiLanguage } from '../../feed/messages/catalogue.js';
import { resolveText } from '../../feed/text.js';
import { formatIssue } from '../../feed/validate.js';
import type { RenderContext } from './render-context.js';

/**
 * The feed loading, or unusable: the visitor message, with the office contact when
 * known, and collapsed beneath it what went wrong for the site's editors (the URL and
 * the HTTP status, or the parse or validation problems, in the console's words).
 */
export function renderFeedState(lang: UiLanguage, m: Messages<'list'>, source: FeedState): TemplateResult {
  if (source.state !== 'error') {
    return html`<p class="message" part="message" role="status" lang=${lang}>${m.list.loading}</p>`;
  }
  const contact = source.contact;
  const name = contact ? resolveText(contact.name, lang) : '';
  return html`<div class="message" data-kind="error" part="message" role="alert" lang=${lang}>
    <p>${m.list.feedError}</p>
    ${contact
      ? html`<p>
          ${m.list.feedErrorContact(name)}
          ${contact.email ? html`<a href="mailto:${contact.email}">${contact.email}</a>` : nothing}
          ${contact.phone ? html`<a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a>` : nothing}
        </p>`
      : nothing}
    ${source.issues.length
      ? html`<details class="editor" part="editor-details">
          <summary>${m.list.editorDetails}</summary>
          <ul lang="en">
            ${source.issues.map((issue) => html`<li><code>${formatIssue(issue)}</code></li>`)}
          </ul>
        </details>`
      : nothing}
  </div>`;
}

const warned = new WeakMap<Element, string>();

/** An editor's mistake, shown where the element would be and written to the console once. */
export function renderProblem(element: Element, lang: UiLanguage, text: string): TemplateResult {
  if (warned.get(element) !== text) {
    warned.set(element, text);
    console.warn(`<${element.localName}>: ${text}`);
  }
  return html`<p class="message" data-kind="error" part="message" role="alert" lang=${lang}>${text}</p>`;
}

/** The quiet notice over a copy kept from an earlier visit. */
export function renderStale(ctx: RenderContext, savedAt: number): TemplateResult {
  return html`<p class="stale muted" part="stale" role="status" lang=${ctx.lang}>
    ${ctx.m.list.lastUpdated(`${formatDate(savedAt, ctx.lang, ctx.timeZone)} ${formatTime(savedAt, ctx.lang, ctx.timeZone)}`)}
  </p>`;
}
