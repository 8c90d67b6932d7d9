/**
 * The form's building blocks, in the GOV.UK pattern: a label, a hint, the problem in
 * words at the field, then the input, all tied together with `aria-describedby`. Each
 * field is named by its path in the feed (`sessions[0].title`), which is also its id,
 * so that the problem summary can link to it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Issue } from '../feed/validate.js';
import type { EditorMessages } from './messages/en.js';
import { getAt, idOf, type Json, type Path } from './draft.js';

export interface FieldOptions {
  hint?: string;
  optional?: boolean;
  long?: boolean;
  type?: 'text' | 'url' | 'email' | 'tel' | 'number' | 'date' | 'time';
  width?: 'short' | 'medium';
  /** Turns the typed text into the value kept (numbers, durations). */
  parse?: (text: string) => Json | undefined;
  /** Shows a kept value as text. */
  format?: (value: unknown) => string;
  lang?: string;
  /** Rows of a text box that may wrap (titles); `long` gives 5. */
  rows?: number;
  /** The legend only for screen readers, where a list item already names the field. */
  quietLegend?: boolean;
}

export class Fields {
  constructor(
    readonly m: EditorMessages,
    readonly draft: unknown,
    private readonly issues: Map<string, Issue[]>,
    private readonly warningPaths: Set<string>,
    readonly change: (path: Path, value: Json | undefined) => void,
  ) {}

  get(path: Path): unknown {
    return getAt(this.draft, path);
  }

  /** The problems of exactly this path, or (deep) of it and everything under it. */
  problemsAt(path: Path, deep = false): Issue[] {
    const id = idOf(path);
    if (!deep) return this.issues.get(id) ?? [];
    const out: Issue[] = [];
    for (const [key, list] of this.issues) if (key === id || key.startsWith(`${id}.`) || key.startsWith(`${id}[`)) out.push(...list);
    return out;
  }

  private messages(id: string, problems: Issue[]): TemplateResult | typeof nothing {
    if (problems.length === 0) return nothing;
    return html`<p class="error-message" id="${id}-error">
      ${problems.map((p) => {
        const warning = this.warningPaths.has(p.path) && p.message.startsWith('mode "form"');
        return html`<span class="${warning ? 'warning' : ''}"><span class="visually-hidden">${warning ? this.m.summary.warning : this.m.summary.error}</span>
          ${this.m.problem(p.message)}</span>`;
      })}
    </p>`;
  }

  private labelText(label: string, optional?: boolean) {
    return html`${label}${optional ? html` <span class="optional">${this.m.common.optional}</span>` : nothing}`;
  }

  private describedBy(id: string, hint?: string, problems: Issue[] = []): string | typeof nothing {
    const ids = [hint ? `${id}-hint` : '', problems.length ? `${id}-error` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  /** One value: text, a URL, a number, a date or a time. */
  input(path: Path, label: string, o: FieldOptions = {}): TemplateResult {
    const id = idOf(path);
    const problems = this.problemsAt(path);
    const value = this.get(path);
    const text = o.format ? o.format(value) : value === undefined ? '' : String(value);
    const set = (raw: string) => {
      const parsed = raw === '' ? undefined : o.parse ? o.parse(raw) : o.type === 'number' ? numberOrText(raw) : raw;
      this.change(path, parsed);
    };
    const common = {
      id,
      describedBy: this.describedBy(id, o.hint, problems),
      invalid: problems.length > 0 ? 'true' : 'false',
    };
    const control = o.long
      ? html`<textarea id=${common.id} class="textarea" rows="4" lang=${o.lang ?? nothing}
          aria-describedby=${common.describedBy} aria-invalid=${common.invalid}
          .value=${text} @input=${(e: Event) => set((e.target as HTMLTextAreaElement).value)}></textarea>`
      : html`<input id=${common.id} class="input ${o.width ?? ''}" type=${o.type === 'number' ? 'text' : (o.type ?? 'text')}
          inputmode=${o.type === 'number' ? 'numeric' : nothing} lang=${o.lang ?? nothing} spellcheck=${o.type && o.type !== 'text' ? 'false' : nothing}
          aria-describedby=${common.describedBy} aria-invalid=${common.invalid}
          .value=${text} @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />`;
    return html`<div class="field ${problems.length ? 'field-error' : ''}">
      <label class="label" for=${id}>${this.labelText(label, o.optional)}</label>
      ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
      ${this.messages(id, problems)} ${control}
    </div>`;
  }

  /** A feed Text: Japanese and English side by side (a plain string, the same in every language, stays one box). */
  text(path: Path, label: string, o: FieldOptions = {}): TemplateResult {
    const id = idOf(path);
    const value = this.get(path);
    const problems = this.problemsAt(path, true);
    const m = this.m.common;
    const box = (at: Path, name: string, lang: string | undefined) => {
      const boxId = idOf(at);
      const text = (this.get(at) as string | undefined) ?? '';
      const onInput = (e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        this.change(at, raw === '' ? undefined : raw);
      };
      return html`<div class="pair-item">
        <label class="label-small" for=${boxId}><span class="visually-hidden">${label}: </span>${name}</label>
        ${o.long || o.rows
          ? html`<textarea id=${boxId} class="textarea ${o.rows ? 'textarea-short' : ''}" rows=${o.rows ?? 5} lang=${lang ?? nothing} aria-describedby=${this.describedBy(id, o.hint, problems)}
              aria-invalid=${problems.length ? 'true' : 'false'} .value=${text} @input=${onInput}></textarea>`
          : html`<input id=${boxId} class="input" lang=${lang ?? nothing} aria-describedby=${this.describedBy(id, o.hint, problems)}
              aria-invalid=${problems.length ? 'true' : 'false'} .value=${text} @input=${onInput} />`}
      </div>`;
    };
    let boxes: TemplateResult;
    if (typeof value === 'string') {
      boxes = html`<div class="pair pair-one">${box(path, m.allLanguages, undefined)}
        <button type="button" class="button-link" @click=${() => this.change(path, { ja: value, en: value })}>${m.split}</button></div>`;
    } else {
      const object = (value && typeof value === 'object' ? value : {}) as Record<string, string>;
      const tags = ['ja', 'en', ...Object.keys(object).filter((t) => t !== 'ja' && t !== 'en')];
      boxes = html`<div class="pair">${tags.map((tag) => box([...path, tag], tag === 'ja' ? m.ja : tag === 'en' ? m.en : tag, tag))}</div>`;
    }
    return html`<fieldset class="field fieldset ${problems.length ? 'field-error' : ''}" id=${id} tabindex="-1">
      <legend class=${o.quietLegend ? 'visually-hidden' : 'label'}>${this.labelText(label, o.optional)}</legend>
      ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
      ${this.messages(id, problems)} ${boxes}
    </fieldset>`;
  }

  select(path: Path, label: string, options: ReadonlyArray<readonly [string, string]>, o: FieldOptions = {}): TemplateResult {
    const id = idOf(path);
    const problems = this.problemsAt(path);
    const value = (this.get(path) as string | undefined) ?? '';
    return html`<div class="field ${problems.length ? 'field-error' : ''}">
      <label class="label" for=${id}>${this.labelText(label, o.optional)}</label>
      ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing}
      ${this.messages(id, problems)}
      <select id=${id} class="select" aria-describedby=${this.describedBy(id, o.hint, problems)} aria-invalid=${problems.length ? 'true' : 'false'}
        @change=${(e: Event) => this.change(path, (e.target as HTMLSelectElement).value || undefined)}>
        ${value === '' || !options.some(([v]) => v === value) ? html`<option value="" ?selected=${value === ''}>${this.m.common.choose}</option>` : nothing}
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  checkbox(path: Path, label: string): TemplateResult {
    const id = idOf(path);
    const problems = this.problemsAt(path);
    return html`<div class="checkbox ${problems.length ? 'field-error' : ''}">
      ${this.messages(id, problems)}
      <input type="checkbox" id=${id} .checked=${this.get(path) === true}
        @change=${(e: Event) => this.change(path, (e.target as HTMLInputElement).checked ? true : undefined)} />
      <label for=${id}>${label}</label>
    </div>`;
  }

  /** Several of a fixed set of values, kept as a list (attendance, fields asked). */
  checkboxes(path: Path, label: string, options: ReadonlyArray<readonly [string, string]>, o: FieldOptions = {}): TemplateResult {
    const id = idOf(path);
    const problems = this.problemsAt(path, true);
    const current = (Array.isArray(this.get(path)) ? this.get(path) : []) as string[];
    const toggle = (value: string, on: boolean) => {
      const next = options.map(([v]) => v).filter((v) => (v === value ? on : current.includes(v)));
      this.change(path, next.length === 0 && o.optional ? undefined : next);
    };
    return html`<fieldset class="field fieldset ${problems.length ? 'field-error' : ''}" id=${id} tabindex="-1">
      <legend class="label">${this.labelText(label, o.optional)}</legend>
      ${o.hint ? html`<p class="hint">${o.hint}</p>` : nothing} ${this.messages(id, problems)}
      <div class="checkboxes">
        ${options.map(
          ([v, text]) => html`<div class="checkbox">
            <input type="checkbox" id="${id}-${v}" .checked=${current.includes(v)} @change=${(e: Event) => toggle(v, (e.target as HTMLInputElement).checked)} />
            <label for="${id}-${v}">${text}</label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  radios(path: Path, label: string, options: ReadonlyArray<readonly [string, string]>): TemplateResult {
    const id = idOf(path);
    const problems = this.problemsAt(path);
    const value = this.get(path);
    return html`<fieldset class="field fieldset ${problems.length ? 'field-error' : ''}" id=${id} tabindex="-1">
      <legend class="label">${label}</legend>
      ${this.messages(id, problems)}
      <div class="radios">
        ${options.map(
          ([v, text]) => html`<div class="radio">
            <input type="radio" id="${id}-${v}" name=${id} .checked=${value === v} @change=${() => this.change(path, v)} />
            <label for="${id}-${v}">${text}</label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  /**
   * A list of items, each with its own fields and a remove button, and an add button.
   * `item` renders one entry's fields.
   */
  list(
    path: Path,
    label: string,
    itemLabel: (n: number) => string,
    addLabel: string,
    blank: () => Json,
    item: (at: Path, index: number) => TemplateResult,
    o: FieldOptions = {},
  ): TemplateResult {
    const id = idOf(path);
    const items = (Array.isArray(this.get(path)) ? this.get(path) : []) as Json[];
    const problems = this.problemsAt(path);
    const remove = (index: number) => {
      const next = items.filter((_, i) => i !== index);
      this.change(path, next.length === 0 ? undefined : next);
    };
    return html`<fieldset class="field fieldset list ${problems.length ? 'field-error' : ''}" id=${id} tabindex="-1">
      <legend class="label">${this.labelText(label, o.optional)}</legend>
      ${o.hint ? html`<p class="hint">${o.hint}</p>` : nothing} ${this.messages(id, problems)}
      ${items.map(
        (_, i) => html`<div class="list-item">
          <div class="list-item-head">
            <span class="list-item-title">${itemLabel(i + 1)}</span>
            <button type="button" class="button-secondary button-small" @click=${() => remove(i)}>
              ${this.m.common.remove}<span class="visually-hidden">: ${label} ${itemLabel(i + 1)}</span>
            </button>
          </div>
          ${item([...path, i], i)}
        </div>`,
      )}
      <button type="button" class="button-secondary" @click=${() => this.change(path, [...items, blank()])}>${addLabel}</button>
    </fieldset>`;
  }

  /** A list of Text (goals, topics, notes). */
  textList(path: Path, label: string, itemLabel: (n: number) => string, addLabel: string, o: FieldOptions = {}): TemplateResult {
    return this.list(path, label, itemLabel, addLabel, () => ({}), (at, i) => this.text(at, itemLabel(i + 1), { long: o.long, rows: o.long ? undefined : 2, quietLegend: true }), { optional: true, ...o });
  }
}

function numberOrText(raw: string): Json {
  const n = Number(raw.trim().replace(/[,，]/g, ''));
  return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
}

/** `1:05:30`, `5:30` or `330` as seconds; anything else kept as typed (validation names it). */
export function parseDuration(raw: string): Json {
  const parts = raw.trim().split(':');
  if (parts.length > 3 || parts.some((p) => !/^\d+$/.test(p))) return raw;
  return parts.reduce((sum, p) => sum * 60 + Number(p), 0);
}

export function formatDuration(value: unknown): string {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return value === undefined ? '' : String(value);
  const h = Math.floor(value / 3600);
  const m = Math.floor((value % 3600) / 60);
  const s = value % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
