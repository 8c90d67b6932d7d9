/** How a speaker is introduced wherever speakers appear (session, speaker card). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Speaker } from '../../feed/schema.js';
import { primaryLanguage } from '../../feed/text.js';
import type { RenderContext } from './base.js';

/**
 * A speaker's title and organization as a reader of their language writes them:
 * 「成蹊大学 法学部 教授」 (organization first), "Professor, Faculty of Law, Seikei University".
 */
export function renderAffiliation(ctx: RenderContext, speaker: Speaker): TemplateResult | typeof nothing {
  const { title, organization } = speaker;
  const japanese = title && primaryLanguage(ctx.langOf(title)) === 'ja';
  const parts = (japanese ? [organization, title] : [title, organization]).filter((text) => text !== undefined);
  if (parts.length === 0) return nothing;
  const separator = japanese ? ' ' : ', ';
  return html`<p class="affiliation">${parts.map((text, i) => html`${i ? separator : ''}<span lang=${ctx.langOf(text)}>${ctx.t(text)}</span>`)}</p>`;
}
