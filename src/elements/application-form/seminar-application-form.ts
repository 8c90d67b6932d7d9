import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { askedFields, checkApplication, problemText, submissionKey, type ApplicationBody } from '../../feed/application.js';
import { formatWindowEdge } from '../../feed/dates.js';
import type { FormMessages } from '../../feed/messages/catalogue.js';
import { PREFECTURES } from '../../feed/prefectures.js';
import type { Session } from '../../feed/schema.js';
import { sessionStatus, type Status } from '../../feed/status.js';
import { sendApplication } from '../../feed/submit.js';
import { SeminarElement, type RenderContext } from '../shared/base.js';
import { renderContact, renderParagraphs } from '../shared/contact.js';
import { defineElement } from '../shared/define.js';
import { fire } from '../../controllers/events.js';
import { renderWhen, sessionLabel } from '../shared/session-parts.js';
import { baseStyles } from '../shared/styles.js';
import { applicationFormStyles } from './seminar-application-form.styles.js';


type Ctx = RenderContext<'list' | 'details' | 'form'>;

type Field = keyof FormMessages['label'];
type Phase = 'idle' | 'sending' | 'success' | 'duplicate' | 'full' | 'not-accepting' | 'failed' | 'timed-out' | 'rate-limited';

/** Outcomes shown as a panel in place of the form. */
const PANELS: ReadonlySet<Phase> = new Set(['success', 'duplicate', 'full', 'not-accepting']);

export interface ApplicationSubmitDetail {
  sessionId: string;
  application: ApplicationBody;
}
export interface ApplicationSuccessDetail {
  sessionId: string;
  reference: string;
}
export interface ApplicationErrorDetail {
  sessionId: string;
  message: string;
}

const INPUTS: Record<Field, { type?: string; autocomplete?: string; inputmode?: string; multiline?: boolean }> = {
  name: { autocomplete: 'name' },
  nameReading: {},
  organization: { autocomplete: 'organization' },
  department: {},
  jobTitle: { autocomplete: 'organization-title' },
  email: { type: 'email', autocomplete: 'email', inputmode: 'email' },
  phone: { type: 'tel', autocomplete: 'tel', inputmode: 'tel' },
  industry: {},
  prefecture: {},
  questions: { multiline: true },
};

/** A random UUID, also where `crypto.randomUUID` is missing (pages not served over https). */
function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The application form for one session, or, without `session-id`, for a session
 * the visitor chooses among those open now. It validates with the same schema as
 * the receiver, sends by the protocol of docs/elements.md (JSON, no cookies, one
 * `Idempotency-Key` per submission reused by its retries, 15 s at most), and never
 * loses what was typed: a draft stays in `sessionStorage` until the office has it.
 *
 * @element seminar-application-form
 * @attr session-id - The session to apply for; without it, a choice among the sessions open now.
 * @attr action - An endpoint URL that overrides the feed's `application.endpoint`.
 * @attr src - URL of the feed; without it the closest `<seminar-feed>` provides it.
 * @attr lang - UI language, `en` or `ja`; otherwise inherited from the page.
 * @attr now - An instant used instead of the clock (previews, tests).
 * @attr time-zone - An IANA zone or `local`; default: the series time zone.
 * @attr state - Reflected: `loading`, `ready` or `error`.
 * @attr status - Reflected, with `session-id`: the session's status.
 * @fires {CustomEvent<ApplicationSubmitDetail>} seminar-application-submit - `{ sessionId, application }`, cancelable: call `preventDefault()` to send it yourself.
 * @fires {CustomEvent<ApplicationSuccessDetail>} seminar-application-success - `{ sessionId, reference }`: the endpoint accepted it.
 * @fires {CustomEvent<ApplicationErrorDetail>} seminar-application-error - `{ sessionId, message }`: it could not be sent, the session is full, or the endpoint takes no applications; nothing typed is lost.
 * @csspart form - The `<form>`.
 * @csspart summary - The error summary that takes focus after a failed check.
 * @csspart submit - The submit button.
 * @csspart status - The live region that announces sending, success and failure.
 * @csspart success - The confirmation panel: heading, reference, what was sent, what happens next.
 * @csspart outcome - The panel in place of the form when the person is already registered, the session is full, or the endpoint takes no applications.
 * @csspart privacy - The privacy notice above the consent box.
 * @csspart message - Loading, closed and error messages.
 * @cssprop --seminar-color-accent - Button and focus colour.
 * @cssprop --seminar-color-accent-text - Text on the button.
 * @cssprop --seminar-color-error - Error messages and the required marker.
 * @cssprop --seminar-color-text - Text colour.
 * @cssprop --seminar-color-background - Form and field background.
 * @cssprop --seminar-color-border - Borders.
 * @cssprop --seminar-color-muted - Hints and field borders.
 * @cssprop --seminar-color-scheme - `light dark` follows the visitor's preference; `light` or `dark` forces one.
 * @cssprop --seminar-font-family - Font stack.
 * @cssprop --seminar-radius - Corner radius.
 * @cssprop --seminar-space - Base spacing.
 */
export class SeminarApplicationForm extends SeminarElement<'details' | 'form'> {
  static override styles = [baseStyles, applicationFormStyles];

  static override properties: PropertyDeclarations = {
    sessionId: { attribute: 'session-id', reflect: true },
    action: {},
    status: { reflect: true },
    phase: { state: true },
    problems: { state: true },
    chosenId: { state: true },
    reference: { state: true },
    sent: { state: true },
    retryMinutes: { state: true },
    placement: { state: true },
  };

  constructor() {
    super(['details', 'form']);
  }

  /** The session to apply for. */
  sessionId?: string;

  /** Overrides the feed's endpoint. */
  action?: string;

  /** The status of the session named by `session-id`. */
  status?: Status;

  private phase: Phase = 'idle';
  private problems: Array<{ field: string; message: string }> = [];
  private chosenId?: string;
  private reference?: string;
  private sent?: ApplicationBody;
  private retryMinutes?: number;
  private placement: 'confirmed' | 'waitlisted' = 'confirmed';

  /** What the visitor typed, kept outside Lit's updates so typing never re-renders. */
  private values: Record<string, string> = {};
  private consent = false;
  private draftKey?: string;
  private idempotencyKey?: string;
  private fingerprint?: string;
  private sending = false;

  /** Sessions that take applications with this form at `now`. */
  private openSessions(ctx: Ctx): Session[] {
    return ctx.feed.sessions
      .filter((s) => s.application?.mode === 'form' && sessionStatus(s, ctx.now, ctx.timeZone) === 'open')
      .sort((a, b) => a.number - b.number);
  }

  private target(ctx: Ctx): Session | undefined {
    if (this.sessionId) return ctx.feed.sessions.find((s) => s.id === this.sessionId);
    const open = this.openSessions(ctx);
    return open.find((s) => s.id === this.chosenId) ?? open[0];
  }

  protected override problem(ctx: Ctx): string | undefined {
    if (this.sessionId && !ctx.feed.sessions.some((s) => s.id === this.sessionId)) return ctx.m.details.unknownSession(this.sessionId);
    return undefined;
  }

  protected override prepare(ctx: Ctx | undefined): void {
    const session = ctx && this.target(ctx);
    this.status = ctx && this.sessionId && session ? sessionStatus(session, ctx.now, ctx.timeZone) : undefined;
    if (ctx && session) this.restoreDraft(`seminar-widgets:draft:${ctx.feed.series.id}:${session.id}`);
  }

  private restoreDraft(key: string): void {
    if (key === this.draftKey) return;
    this.draftKey = key;
    try {
      this.values = JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, string>;
    } catch {
      this.values = {};
    }
  }

  private saveDraft(): void {
    if (!this.draftKey) return;
    try {
      sessionStorage.setItem(this.draftKey, JSON.stringify(this.values));
    } catch {
      // Storage may be full or forbidden (sandboxed frames); the form still works.
    }
  }

  private forgetDraft(): void {
    try {
      if (this.draftKey) sessionStorage.removeItem(this.draftKey);
    } catch {
      // Nothing to remove where storage is forbidden.
    }
  }

  private onInput(event: Event): void {
    const field = event.target as HTMLInputElement;
    // Late change events (a field losing focus as the form goes away) must not bring a sent draft back.
    if (field.name === 'website' || PANELS.has(this.phase)) return;
    if (field.name === 'consent') this.consent = field.checked;
    else if (field.name === 'session') {
      this.chosenId = field.value;
      return;
    } else this.values[field.name] = field.value;
    this.saveDraft();
  }

  private async showProblems(problems: Array<{ field: string; message: string }>): Promise<void> {
    this.problems = problems;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
  }

  private focusField(event: Event, field: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
  }

  private async onSubmit(event: SubmitEvent, ctx: Ctx, fm: FormMessages, session: Session): Promise<void> {
    event.preventDefault();
    if (this.sending) return; // a double click sends once
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    if (String(data.get('website') ?? '') !== '') {
      // Only robots fill the hidden field: pretend all went well and send nothing.
      this.phase = 'success';
      this.reference = undefined;
      return;
    }
    const applicant: Record<string, string> = {};
    for (const field of ['name', 'organization', 'email', ...askedFields(session)]) {
      applicant[field] = String(data.get(field) ?? '');
    }
    const body = {
      version: 1,
      seriesId: ctx.feed.series.id,
      sessionId: session.id,
      locale: ctx.lang,
      applicant,
      consent: data.get('consent') === 'on',
      submittedAt: new Date().toISOString(),
    };
    const checked = checkApplication(body, ctx.feed, ctx.now);
    if (!checked.ok) {
      await this.showProblems(checked.problems.map((p) => ({ field: p.field, message: problemText(fm, p) })));
      return;
    }
    this.problems = [];
    const fingerprint = submissionKey(body);
    if (fingerprint !== this.fingerprint) {
      this.fingerprint = fingerprint;
      this.idempotencyKey = uuid();
    }
    const application = checked.body;
    if (!fire<ApplicationSubmitDetail>(this, 'seminar-application-submit', { sessionId: session.id, application }, true)) return;

    const endpoint = this.action ? new URL(this.action, document.baseURI).href : session.application?.endpoint;
    if (!endpoint) return;
    this.sending = true;
    this.phase = 'sending';
    const result = await sendApplication({ endpoint, body: application, idempotencyKey: this.idempotencyKey! });
    this.sending = false;
    switch (result.kind) {
      case 'success':
        this.phase = 'success';
        this.reference = result.reference;
        this.placement = result.status;
        this.sent = application;
        this.forgetDraft();
        this.values = {};
        this.fingerprint = undefined;
        fire<ApplicationSuccessDetail>(this, 'seminar-application-success', { sessionId: session.id, reference: result.reference });
        await this.focusPanel();
        return;
      case 'duplicate':
        // The office has this person already: what was typed is no longer needed.
        this.phase = 'duplicate';
        this.sent = application;
        this.forgetDraft();
        this.values = {};
        await this.focusPanel();
        return;
      case 'full':
      case 'not-accepting':
        // Nothing was registered: the draft stays for another visit.
        this.phase = result.kind;
        fire<ApplicationErrorDetail>(this, 'seminar-application-error', { sessionId: session.id, message: this.statusText(fm) });
        await this.focusPanel();
        return;
      case 'invalid':
        this.phase = 'idle';
        await this.showProblems(result.errors);
        return;
      case 'rate-limited':
        this.phase = 'rate-limited';
        this.retryMinutes = result.retryAfterSeconds === undefined ? undefined : Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
        break;
      default:
        this.phase = result.reason === 'timeout' ? 'timed-out' : 'failed';
    }
    fire<ApplicationErrorDetail>(this, 'seminar-application-error', { sessionId: session.id, message: this.statusText(fm) });
  }

  /** Moves focus to the heading of the panel that replaced the form, so it is read out. */
  private async focusPanel(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.panel h3')?.focus();
  }

  private statusText(fm: FormMessages): string {
    switch (this.phase) {
      case 'sending':
        return fm.sending;
      case 'success':
        return fm.successTitle;
      case 'duplicate':
        return fm.duplicate;
      case 'full':
        return `${fm.fullTitle}. ${fm.full}`;
      case 'not-accepting':
        return `${fm.notAcceptingTitle}. ${fm.notAccepting}`;
      case 'failed':
        return fm.failed;
      case 'timed-out':
        return fm.timedOut;
      case 'rate-limited':
        return this.retryMinutes ? fm.rateLimited(this.retryMinutes) : fm.rateLimitedLater;
      default:
        return '';
    }
  }

  private renderField(ctx: Ctx, fm: FormMessages, session: Session, field: Field, required: boolean): TemplateResult {
    const id = `f-${field}`;
    const error = this.problems.find((p) => p.field === field);
    const hint = fm.hint[field as keyof FormMessages['hint']];
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    const spec = INPUTS[field];
    const value = this.values[field] ?? '';
    let control: TemplateResult;
    if (field === 'industry' || field === 'prefecture') {
      const options =
        field === 'industry'
          ? (session.application?.industries ?? []).map((t) => ({ value: typeof t === 'string' ? t : ctx.t(t), label: ctx.t(t) }))
          : PREFECTURES.map((p) => ({ value: p.ja, label: ctx.lang === 'ja' ? p.ja : p.en }));
      control = html`<select id=${id} name=${field} ?required=${required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy}>
        <option value="">${fm.choose}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
      </select>`;
    } else if (spec.multiline) {
      control = html`<textarea id=${id} name=${field} rows="4" ?required=${required} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy} .value=${value}></textarea>`;
    } else {
      control = html`<input
        id=${id}
        name=${field}
        type=${spec.type ?? 'text'}
        autocomplete=${spec.autocomplete ?? 'off'}
        inputmode=${spec.inputmode ?? nothing}
        ?required=${required}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        .value=${value}
      />`;
    }
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${id}
        >${fm.label[field]}<span class="marker ${required ? 'required' : 'optional'}">${required ? fm.required : fm.optional}</span></label
      >
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${error ? html`<p class="error" id="${id}-error">${error.message}</p>` : nothing}
      ${control}
    </div>`;
  }

  /** The session applied for: label, title and date line with its time zone. */
  private renderSessionRows(ctx: Ctx, fm: FormMessages, session: Session): TemplateResult {
    return html`<dt>${fm.sessionLabel}</dt>
      <dd>${sessionLabel(ctx, session)} <span lang=${ctx.langOf(session.title)}>${ctx.t(session.title)}</span></dd>
      <dt>${ctx.m.list.date}</dt>
      <dd>${renderWhen(ctx, session)}</dd>`;
  }

  /** The confirmation panel (GOV.UK's pattern): heading and reference in a box, then what was sent and what happens next. */
  private renderSuccess(ctx: Ctx, fm: FormMessages, session: Session): TemplateResult {
    const label = `${sessionLabel(ctx, session)} ${ctx.t(session.title)}`;
    const applicant = (this.sent?.applicant ?? {}) as Record<string, string>;
    const waitlisted = this.placement === 'waitlisted';
    return html`<section class="panel" part="success" lang=${ctx.lang} aria-labelledby="panel-title">
      <div class="confirmation">
        <h3 id="panel-title" tabindex="-1" aria-describedby=${this.reference ? 'panel-reference' : nothing}>${fm.successTitle}</h3>
        ${this.reference
          ? html`<p id="panel-reference">${fm.reference}<br /><strong class="reference">${this.reference}</strong></p>`
          : nothing}
      </div>
      ${this.reference
        ? html`<p class=${waitlisted ? 'inset' : ''}>${waitlisted ? fm.waitlisted : fm.confirmed}</p>
            <h4>${fm.whatWasSent}</h4>
            <dl>
              ${this.renderSessionRows(ctx, fm, session)}
              ${Object.entries(applicant).map(
                ([field, value]) => html`<dt>${fm.label[field as Field] ?? field}</dt>
                  <dd>${field === 'prefecture' && ctx.lang !== 'ja' ? (PREFECTURES.find((p) => p.ja === value)?.en ?? value) : value}</dd>`,
              )}
            </dl>
            <h4>${fm.nextHeading}</h4>
            <p>${fm.nextSteps}</p>
            ${renderContact(ctx, ctx.feed.series.contact, fm.mailSubject(label, this.reference))}`
        : nothing}
    </section>`;
  }

  /** A panel in place of the form: already registered, full, or not accepting applications. */
  private renderOutcome(ctx: Ctx, fm: FormMessages, session: Session): TemplateResult {
    const label = `${sessionLabel(ctx, session)} ${ctx.t(session.title)}`;
    const kind = this.phase as 'duplicate' | 'full' | 'not-accepting';
    const [title, body] =
      kind === 'duplicate' ? [fm.duplicateTitle, fm.duplicate] : kind === 'full' ? [fm.fullTitle, fm.full] : [fm.notAcceptingTitle, fm.notAccepting];
    const email = kind === 'duplicate' ? (this.sent?.applicant.email ?? '') : '';
    return html`<section class="panel outcome" part="outcome" data-kind=${kind} lang=${ctx.lang} aria-labelledby="panel-title">
      <h3 id="panel-title" tabindex="-1" aria-describedby="panel-body">${title}</h3>
      <p id="panel-body">${body}</p>
      <dl>
        ${this.renderSessionRows(ctx, fm, session)}
        ${email ? html`<dt>${fm.label.email}</dt><dd>${email}</dd>` : nothing}
      </dl>
      ${kind === 'duplicate'
        ? renderContact(ctx, ctx.feed.series.contact, label)
        : renderContact(ctx, ctx.feed.series.contact, label, kind === 'full' ? fm.questionsContact : fm.applyContact)}
    </section>`;
  }

  /** The privacy notice over the consent box: the feed's text, and/or a link to the full policy. */
  private renderPrivacy(ctx: Ctx, fm: FormMessages): TemplateResult | typeof nothing {
    const { privacyNotice, privacyPolicyUrl } = ctx.feed.series;
    if (!privacyNotice && !privacyPolicyUrl) return nothing;
    return html`<div class="privacy" id="f-privacy" part="privacy">
      <h4>${fm.privacyHeading}</h4>
      ${privacyNotice ? renderParagraphs(ctx, privacyNotice) : nothing}
      ${privacyPolicyUrl
        ? html`<p><a href=${privacyPolicyUrl} rel="noopener" target="_blank">${fm.privacyPolicy} ${fm.newTab}</a></p>`
        : nothing}
    </div>`;
  }

  protected override renderReady(ctx: Ctx) {
    const fm = ctx.m.form;
    const session = this.target(ctx);
    if (!session) return html`<p class="message" part="message" lang=${ctx.lang}>${fm.noneOpen}</p>`;
    if (this.phase === 'success') return this.renderSuccess(ctx, fm, session);
    if (PANELS.has(this.phase)) return this.renderOutcome(ctx, fm, session);
    const app = session.application;
    const status = sessionStatus(session, ctx.now, ctx.timeZone);
    if (!app) return html`<p class="message" part="message" lang=${ctx.lang}>${ctx.m.details.noApplication}</p>`;
    if (status === 'upcoming') {
      return html`<p class="message" part="message" lang=${ctx.lang}>${ctx.m.details.opensOn(formatWindowEdge(app.opensAt, ctx.lang, ctx.timeZone))}</p>`;
    }
    if (status !== 'open') {
      return html`<div class="message" part="message" lang=${ctx.lang}>
        <p>${fm.closed}</p>
        ${renderContact(ctx, ctx.feed.series.contact, `${sessionLabel(ctx, session)} ${ctx.t(session.title)}`)}
      </div>`;
    }
    if (app.mode === 'external') {
      return html`<div class="message" part="message" lang=${ctx.lang}>
        <p>${fm.externalIntro}</p>
        <p><a href=${app.url!} rel="noopener">${ctx.m.details.applyExternalLink}</a></p>
      </div>`;
    }
    const open = this.sessionId ? [] : this.openSessions(ctx);
    const privacy = ctx.feed.series.privacyNotice !== undefined || ctx.feed.series.privacyPolicyUrl !== undefined;
    const consentError = this.problems.find((p) => p.field === 'consent');
    const otherErrors = this.problems;
    return html`<form class="card" part="form" novalidate lang=${ctx.lang} @input=${this.onInput} @change=${this.onInput}
      @submit=${(e: SubmitEvent) => this.onSubmit(e, ctx, fm, session)}>
      <h3>${fm.formHeading}</h3>
      ${otherErrors.length
        ? html`<div class="summary" part="summary" tabindex="-1" role="group" aria-labelledby="summary-title">
            <h4 id="summary-title">${fm.summaryTitle}</h4>
            <ul>
              ${otherErrors.map((p) => html`<li><a href="#f-${p.field}" @click=${(e: Event) => this.focusField(e, p.field)}>${p.message}</a></li>`)}
            </ul>
          </div>`
        : nothing}
      ${open.length > 1
        ? html`<div class="field">
            <label for="f-session">${fm.chooseSession}</label>
            <select id="f-session" name="session">
              ${open.map((s) => html`<option value=${s.id} ?selected=${s.id === session.id}>${sessionLabel(ctx, s)} ${ctx.t(s.title)}</option>`)}
            </select>
          </div>`
        : html`<p class="hint">${sessionLabel(ctx, session)} <span lang=${ctx.langOf(session.title)}>${ctx.t(session.title)}</span></p>`}
      ${this.renderField(ctx, fm, session, 'name', true)}
      ${askedFields(session).includes('nameReading') ? this.renderField(ctx, fm, session, 'nameReading', false) : nothing}
      ${this.renderField(ctx, fm, session, 'organization', true)}
      ${askedFields(session)
        .filter((f) => f !== 'nameReading')
        .map((f) => (f === 'questions' ? nothing : this.renderField(ctx, fm, session, f, false)))}
      ${this.renderField(ctx, fm, session, 'email', true)}
      ${askedFields(session).includes('questions') ? this.renderField(ctx, fm, session, 'questions', false) : nothing}
      <div class="hp" aria-hidden="true">
        <label for="f-website">${fm.honeypot}</label>
        <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" />
      </div>
      ${this.renderPrivacy(ctx, fm)}
      <div class="field consent ${consentError ? 'invalid' : ''}">
        <input
          id="f-consent"
          name="consent"
          type="checkbox"
          required
          aria-invalid=${consentError ? 'true' : 'false'}
          aria-describedby=${[privacy ? 'f-privacy' : '', consentError ? 'f-consent-error' : ''].filter(Boolean).join(' ') || nothing}
          .checked=${this.consent}
        />
        <label for="f-consent">${fm.consent}<span class="marker required">${fm.required}</span></label>
        ${consentError ? html`<p class="error" id="f-consent-error">${consentError.message}</p>` : nothing}
      </div>
      <button class="button" type="submit" part="submit" ?disabled=${this.phase === 'sending'}>
        ${this.phase === 'failed' || this.phase === 'timed-out' ? fm.sendAgain : fm.submit}
      </button>
      <p class="status" part="status" role="status" data-kind=${this.phase}>${this.statusText(fm)}</p>
    </form>`;
  }
}

defineElement('seminar-application-form', SeminarApplicationForm);

declare global {
  interface HTMLElementTagNameMap {
    'seminar-application-form': SeminarApplicationForm;
  }
  interface HTMLElementEventMap {
    'seminar-application-submit': CustomEvent<ApplicationSubmitDetail>;
    'seminar-application-success': CustomEvent<ApplicationSuccessDetail>;
    'seminar-application-error': CustomEvent<ApplicationErrorDetail>;
  }
}
