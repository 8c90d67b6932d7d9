/**
 * `<seminar-editor-app>`: the whole editor page. It renders into the page itself (no
 * shadow root), so that the problem summary's links reach their fields, and it
 * provides the draft to the real widgets of the preview beside the form.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { FeedProvider } from '../controllers/feed-provider.js';
import type { FeedView } from '../controllers/feed-context.js';
import type { FeedState } from '../feed/feed-state.js';
import { seriesTimeZone } from '../feed/instant.js';
import { resolveText } from '../feed/text.js';
import type { Issue, ValidationResult } from '../feed/validate.js';
import {
  forget,
  getAt,
  instantFrom,
  issuesByPath,
  loadStored,
  setAt,
  store,
  validateFeed,
  wallParts,
  type Json,
  type JsonObject,
  type Path,
} from './draft.js';
import { Fields } from './fields.js';
import { en, type EditorMessages } from './messages/en.js';
import { ja } from './messages/ja.js';
import { COLUMNS, planPaste, type Change, type Kind } from './paste.js';
import { commentsSection, seriesSection, sessionFields, speakerFields } from './sections.js';
import { editorStyles } from './styles.js';

type Tab = 'series' | 'sessions' | 'speakers' | 'comments';
type View = 'series' | 'list' | 'session' | 'form';

/** Problems that do not stop a save: the missing privacy notice of a form session. */
const isWarning = (issue: Issue) => issue.message.startsWith('mode "form" needs series.privacyNotice');

export class SeminarEditorApp extends LitElement {
  static override properties: PropertyDeclarations = {
    file: {},
    path: {},
  };

  file = '';
  path = '';

  private m: EditorMessages = document.documentElement.lang === 'ja' ? ja : en;
  private token = document.querySelector<HTMLMetaElement>('meta[name="seminar-editor-token"]')?.content ?? '';
  private loadError?: string;
  private draft?: JsonObject;
  private version = '';
  private dirty = false;
  private restored?: { at: number; old: boolean };
  private result?: ValidationResult;
  private issues = new Map<string, Issue[]>();
  private errors: Issue[] = [];
  private warnings: Issue[] = [];
  private tab: Tab = 'sessions';
  private open = new Set<string>();
  private view: View = 'series';
  private previewSession = '';
  private previewLang: 'ja' | 'en' = 'ja';
  private previewNow?: string;
  private width: 'phone' | 'desktop' = 'phone';
  private paneWidth = 560;
  private saving = false;
  private saveWithWarnings = false;
  private notice?: { kind: 'saved' | 'error' | 'conflict' | 'cannot'; text: string };
  private paste?: { kind: Kind; text: string; plan?: Change[]; applied?: number };
  private previewState: FeedState = { state: 'loading' };
  /** How long the preview takes to draw (a moving average): above 150 ms it waits for a pause in typing. */
  private previewCost = 0;
  private previewTimer?: ReturnType<typeof setTimeout>;
  private persistTimer?: ReturnType<typeof setTimeout>;
  private resize = new ResizeObserver((entries) => {
    const width = Math.round(entries[0].contentRect.width);
    if (Math.abs(width - this.paneWidth) > 4) {
      this.paneWidth = width;
      this.requestUpdate();
    }
  });

  constructor() {
    super();
    new FeedProvider(this, (): FeedView => ({ feed: this.previewState, now: this.previewNow }));
    const saved = localStorage.getItem('seminar-editor:ui-lang');
    if (saved === 'ja' || saved === 'en') this.m = saved === 'ja' ? ja : en;
    this.previewLang = this.m.lang;
    document.documentElement.lang = this.m.lang;
  }

  protected override createRenderRoot(): HTMLElement {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, editorStyles.styleSheet!];
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.flush);
    document.addEventListener('visibilitychange', this.flush);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.flush);
    document.removeEventListener('visibilitychange', this.flush);
    this.resize.disconnect();
  }

  private api(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(path, { ...init, headers: { ...(init.headers ?? {}), 'X-Editor-Token': this.token }, cache: 'no-store' });
  }

  /** Loads the file; unsaved work kept in this browser wins, and says so. */
  private async load(useStored = true): Promise<void> {
    try {
      const response = await this.api('/api/draft');
      if (!response.ok) throw new Error(`${response.status} ${((await response.json()) as { message?: string }).message ?? ''}`);
      const answer = (await response.json()) as { file: string; path: string; text: string; version: string };
      const onDisk = JSON.parse(answer.text) as JsonObject;
      this.path = answer.path;
      this.file = answer.file;
      const kept = useStored ? loadStored(answer.path) : undefined;
      this.restored = undefined;
      if (kept && JSON.stringify(kept.feed) !== JSON.stringify(onDisk)) {
        this.draft = kept.feed;
        this.version = kept.version;
        this.dirty = true;
        this.restored = { at: kept.at, old: kept.version !== answer.version };
      } else {
        forget(answer.path);
        this.draft = onDisk;
        this.version = answer.version;
        this.dirty = false;
      }
      const sessions = (this.draft.sessions as JsonObject[] | undefined) ?? [];
      this.previewSession = String(sessions[0]?.id ?? '');
      this.revalidate();
    } catch (error) {
      this.loadError = (error as Error).message;
    }
    this.requestUpdate();
  }

  private revalidate(): void {
    const result = validateFeed(this.draft);
    this.result = result;
    this.issues = issuesByPath(result.issues);
    this.errors = result.issues.filter((i) => !isWarning(i));
    this.warnings = result.issues.filter(isWarning);
    const state: FeedState = result.ok
      ? { state: 'ready', feed: result.feed, issues: result.issues }
      : { state: 'error', reason: 'invalid', issues: result.issues, contact: result.contact };
    clearTimeout(this.previewTimer);
    // A large feed (hundreds of sessions) takes the widgets long to draw: the form stays
    // quick to type in, and the preview follows when typing pauses.
    if (this.previewCost <= 150) void this.showPreview(state);
    else this.previewTimer = setTimeout(() => void this.showPreview(state), 300);
  }

  private async showPreview(state: FeedState): Promise<void> {
    const start = performance.now();
    this.previewState = state;
    this.requestUpdate();
    await this.updateComplete;
    const widget = this.querySelector<LitElement>('.frame-page > *');
    await widget?.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    this.previewCost = this.previewCost * 0.7 + (performance.now() - start) * 0.3;
  }

  /** Every change of the form comes here: the draft, the problems and the preview follow at once. */
  private change = (path: Path, value: Json | undefined): void => {
    const draft = this.draft!;
    if (path.length === 3 && path[0] === 'speakers' && path[2] === 'id') this.renameSpeaker(getAt(draft, path) as string, (value as string) ?? '');
    setAt(draft, path, value);
    this.changed();
  };

  private changed(): void {
    this.dirty = true;
    this.notice = this.notice?.kind === 'conflict' ? this.notice : undefined;
    this.revalidate();
    this.requestUpdate();
    clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(this.flush, 250);
  }

  private flush = (): void => {
    clearTimeout(this.persistTimer);
    if (!this.dirty || !this.draft || !this.path) return;
    if (!store(this.path, { version: this.version, feed: this.draft, at: Date.now() }) && this.notice?.kind !== 'error') {
      this.notice = { kind: 'error', text: this.m.app.storageFull };
      this.requestUpdate();
    }
  };

  /** A speaker's new id goes to every session that names them. */
  private renameSpeaker(from: string, to: string): void {
    if (!from) return;
    for (const session of (this.draft!.sessions as JsonObject[] | undefined) ?? []) {
      for (const ref of (session.speakers as JsonObject[] | undefined) ?? []) if (ref.speakerId === from) ref.speakerId = to;
      for (const study of (session.caseStudies as JsonObject[] | undefined) ?? []) {
        if (Array.isArray(study.speakerIds)) study.speakerIds = study.speakerIds.map((id) => (id === from ? to : id));
      }
    }
  }

  private async save(): Promise<void> {
    if (this.errors.length > 0) {
      this.notice = { kind: 'cannot', text: this.m.app.cannotSave };
      this.requestUpdate();
      await this.updateComplete;
      this.querySelector<HTMLElement>('#problem-summary')?.focus();
      return;
    }
    if (this.warnings.length > 0 && !this.saveWithWarnings) {
      this.notice = { kind: 'cannot', text: this.m.app.warningsOnly };
      this.requestUpdate();
      await this.updateComplete;
      this.querySelector<HTMLElement>('#problem-summary')?.focus();
      return;
    }
    this.saving = true;
    this.requestUpdate();
    try {
      const response = await this.api('/api/save', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ feed: this.draft, version: this.version, saveWithWarnings: this.saveWithWarnings }),
      });
      const answer = (await response.json()) as { version?: string; backup?: string; error?: string; message?: string; issues?: Issue[] };
      if (response.ok && answer.version) {
        this.version = answer.version;
        this.dirty = false;
        this.restored = undefined;
        forget(this.path);
        const time = new Intl.DateTimeFormat(this.m.lang, { timeStyle: 'short' }).format(new Date());
        this.notice = { kind: 'saved', text: this.m.app.saved(time, answer.backup ?? '') };
      } else if (response.status === 409) {
        this.notice = { kind: 'conflict', text: this.m.app.conflict };
      } else {
        const why = answer.issues?.map((i) => `${i.path}: ${this.m.problem(i.message)}`).join('; ') ?? answer.message ?? answer.error ?? String(response.status);
        this.notice = { kind: 'error', text: this.m.app.saveFailed(why) };
      }
    } catch (error) {
      this.notice = { kind: 'error', text: this.m.app.saveFailed((error as Error).message) };
    }
    this.saving = false;
    this.requestUpdate();
    await this.updateComplete;
    this.querySelector<HTMLElement>('#notice')?.focus();
  }

  private async discard(): Promise<void> {
    if (!confirm(this.m.app.discardConfirm)) return;
    forget(this.path);
    this.notice = undefined;
    await this.load(false);
  }

  private setLanguage(lang: 'ja' | 'en'): void {
    this.m = lang === 'ja' ? ja : en;
    document.documentElement.lang = lang;
    document.title = `${this.m.app.title}: ${this.file}`;
    localStorage.setItem('seminar-editor:ui-lang', lang);
    this.requestUpdate();
  }

  private get zone(): string {
    const series = (this.draft?.series ?? {}) as { timeZone?: string };
    try {
      const zone = seriesTimeZone(series);
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone;
    } catch {
      return seriesTimeZone({});
    }
  }

  private zoneName(): string {
    const parts = new Intl.DateTimeFormat(this.m.lang, { timeZone: this.zone, timeZoneName: 'long' }).formatToParts(new Date());
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? this.zone;
  }

  /** A feed Text in the editor's language, for headings of items. */
  private t(text: unknown): string {
    return text === undefined || text === null ? '' : resolveText(text as string, this.m.lang, this.m.lang === 'ja' ? 'en' : 'ja');
  }

  private sessionName(s: JsonObject | undefined, i: number): string {
    return this.m.sessions.item(String(s?.number ?? i + 1), this.t(s?.title) || this.m.sessions.untitled);
  }

  /** Where a problem is, in the editor's words: "Session 3 › end". */
  private where(path: string): string {
    const parts = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((x) => (x[2] !== undefined ? Number(x[2]) : x[1]));
    const out: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const next = parts[i + 1];
      if (p === 'sessions' && typeof next === 'number') {
        const s = (this.draft?.sessions as JsonObject[] | undefined)?.[next];
        out.push(this.m.sessions.item(String(s?.number ?? next + 1), this.t(s?.title) || this.m.sessions.untitled));
        i++;
      } else if (p === 'speakers' && typeof next === 'number' && i === 0) {
        const s = (this.draft?.speakers as JsonObject[] | undefined)?.[next];
        out.push(`${this.m.keys.speakers}: ${this.t(s?.name) || this.m.speakers.unnamed}`);
        i++;
      } else if (typeof p === 'number') out.push(this.m.common.item(p + 1));
      else if (p === 'ja' || p === 'en') out.push(this.m.common[p]);
      else out.push(this.m.keys[p] ?? p);
    }
    return out.join(' › ');
  }

  /** The summary's links: show the field's part of the form, open its item, and focus it. */
  private async goTo(event: Event, path: string): Promise<void> {
    event.preventDefault();
    const item = /^(sessions|speakers)\[(\d+)\]/.exec(path);
    this.tab = item ? (item[1] as Tab) : path === '$comment' || path === 'series.$comment' ? 'comments' : 'series';
    if (item) this.open.add(`${item[1]}:${item[2]}`);
    this.requestUpdate();
    await this.updateComplete;
    let id = path;
    let target: HTMLElement | null = null;
    while (id && !(target = document.getElementById(id))) id = id.replace(/(\.[^.[\]]+|\[\d+\])$/, '') === id ? '' : id.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (!target) return;
    const control = target.matches('fieldset') ? target.querySelector<HTMLElement>('input, select, textarea') ?? target : target;
    control.scrollIntoView({ block: 'center' });
    control.focus();
  }

  protected override updated(): void {
    // Through the CSSOM: the page's CSP refuses style attributes.
    const page = this.querySelector<HTMLElement>('.frame-page');
    if (page) page.style.zoom = page.dataset.zoom ?? '1';
    const pane = this.querySelector('.preview-column');
    if (pane && !(pane as HTMLElement & { observed?: boolean }).observed) {
      (pane as HTMLElement & { observed?: boolean }).observed = true;
      this.resize.observe(pane);
    }
  }

  protected override render(): TemplateResult {
    const m = this.m;
    if (this.loadError) return html`<main class="form-column"><div class="banner error" role="alert"><p>${m.app.loadFailed(this.loadError)}</p></div></main>`;
    if (!this.draft) return html`<main class="form-column"><p role="status">${m.app.loading}</p></main>`;
    return html`
      <header class="topbar">
        <a class="skip" href="#form">${m.app.skip}</a>
        <h1>${m.app.title}</h1>
        <span class="file">${m.app.file(this.file)}</span>
        <span class="status ${this.dirty ? 'dirty' : ''}" role="status">${this.dirty ? m.app.unsaved : m.app.allSaved}</span>
        <div class="lang-switch" role="group" aria-label=${m.app.uiLanguage}>
          <button type="button" lang="ja" aria-pressed=${m.lang === 'ja' ? 'true' : 'false'} @click=${() => this.setLanguage('ja')}>日本語</button>
          <button type="button" lang="en" aria-pressed=${m.lang === 'en' ? 'true' : 'false'} @click=${() => this.setLanguage('en')}>English</button>
        </div>
        <button type="button" class="button" id="save" ?disabled=${this.saving} @click=${() => void this.save()}>${this.saving ? m.app.saving : m.app.save}</button>
      </header>
      <div class="layout">
        <main class="form-column" id="form" tabindex="-1">
          ${this.renderNotices()} ${this.renderSummary()}
          <nav aria-label=${m.tabs.label}>
            <ul class="tabs">
              ${(['series', 'sessions', 'speakers', 'comments'] as const).map((tab) => {
                const count = this.result!.issues.filter((i) => this.tabOf(i.path) === tab).length;
                return html`<li><button type="button" aria-pressed=${this.tab === tab ? 'true' : 'false'} @click=${() => {
                  this.tab = tab;
                  this.requestUpdate();
                }}>${m.tabs[tab]}${count ? html`<span class="count"><span class="visually-hidden">(</span>${count}<span class="visually-hidden">)</span></span>` : nothing}</button></li>`;
              })}
            </ul>
          </nav>
          ${this.renderTab()}
        </main>
        ${this.renderPreview()}
      </div>
    `;
  }

  private tabOf(path: string): Tab {
    if (path.startsWith('sessions')) return 'sessions';
    if (path.startsWith('speakers')) return 'speakers';
    if (path === '$comment' || path === 'series.$comment') return 'comments';
    return 'series';
  }

  private renderNotices(): TemplateResult {
    const m = this.m.app;
    const n = this.notice;
    return html`
      ${this.restored
        ? html`<div class="banner" role="status">
            <p>${m.restored(new Intl.DateTimeFormat(this.m.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(this.restored.at))}</p>
            ${this.restored.old ? html`<p><strong>${m.restoredOld}</strong></p>` : nothing}
            <button type="button" class="button-secondary" @click=${() => void this.discard()}>${m.discard}</button>
          </div>`
        : nothing}
      ${n?.kind === 'conflict'
        ? html`<div class="banner error" id="notice" tabindex="-1" role="alert">
            <h2>${m.conflictTitle}</h2>
            <p>${n.text}</p>
            <button type="button" class="button-warning" @click=${() => void this.discard()}>${m.reloadFromDisk}</button>
          </div>`
        : n
          ? html`<div class="${n.kind === 'saved' ? 'ok' : 'banner error'}" id="notice" tabindex="-1" role=${n.kind === 'saved' ? 'status' : 'alert'}>
              <p>${n.text}</p>
            </div>`
          : nothing}
    `;
  }

  private renderSummary(): TemplateResult {
    const m = this.m.summary;
    const item = (issue: Issue) =>
      html`<li><a href="#${issue.path}" @click=${(e: Event) => void this.goTo(e, issue.path)}>${m.problemAt(this.where(issue.path), this.m.problem(issue.message))}</a><code>${issue.path}</code></li>`;
    if (this.errors.length > 0) {
      return html`<div class="summary" id="problem-summary" tabindex="-1" aria-labelledby="problem-summary-title">
        <h2 id="problem-summary-title">${m.errors(this.errors.length)}</h2>
        <p class="body">${m.errorsIntro}</p>
        <ul>${this.errors.map(item)}</ul>
        ${this.warnings.length ? html`<ul>${this.warnings.map(item)}</ul>` : nothing}
      </div>`;
    }
    if (this.warnings.length > 0) {
      return html`<div class="summary warnings" id="problem-summary" tabindex="-1" aria-labelledby="problem-summary-title">
        <h2 id="problem-summary-title">${m.warnings(this.warnings.length)}</h2>
        <p class="body">${m.warningsIntro}</p>
        <ul>${this.warnings.map(item)}</ul>
        <div class="checkbox">
          <input type="checkbox" id="save-with-warnings" .checked=${this.saveWithWarnings} @change=${(e: Event) => {
            this.saveWithWarnings = (e.target as HTMLInputElement).checked;
            this.requestUpdate();
          }} />
          <label for="save-with-warnings">${this.m.app.saveWithWarnings}</label>
        </div>
      </div>`;
    }
    return html`<p class="ok" id="problem-summary" tabindex="-1">${m.allGood}</p>`;
  }

  private fields(): Fields {
    return new Fields(this.m, this.draft, this.issues, new Set(this.warnings.map((w) => w.path)), this.change);
  }

  private renderTab(): TemplateResult {
    const f = this.fields();
    switch (this.tab) {
      case 'series':
        return seriesSection(f);
      case 'comments':
        return commentsSection(f);
      case 'sessions':
        return this.renderSessions(f);
      case 'speakers':
        return this.renderSpeakers(f);
    }
  }

  private list(kind: Kind): JsonObject[] {
    return ((this.draft![kind] as JsonObject[] | undefined) ??= []);
  }

  private move(kind: Kind, i: number, by: number): void {
    const list = this.list(kind);
    const j = i + by;
    if (j < 0 || j >= list.length) return;
    [list[i], list[j]] = [list[j], list[i]];
    const a = this.open.has(`${kind}:${i}`);
    const b = this.open.has(`${kind}:${j}`);
    this.open.delete(`${kind}:${i}`);
    this.open.delete(`${kind}:${j}`);
    if (a) this.open.add(`${kind}:${j}`);
    if (b) this.open.add(`${kind}:${i}`);
    this.changed();
  }

  private unique(kind: Kind, base: string): string {
    const ids = new Set(this.list(kind).map((x) => x.id));
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  private addSession(copyOf?: number): void {
    const list = this.list('sessions');
    const number = Math.max(0, ...list.map((s) => (typeof s.number === 'number' ? s.number : 0))) + 1;
    const fresh: JsonObject =
      copyOf === undefined
        ? { id: this.unique('sessions', `session-${number}`), number, level: 'basic', title: {}, format: { attendance: ['online'] } }
        : { ...structuredClone(list[copyOf]), id: this.unique('sessions', `${String(list[copyOf].id)}-copy`), number };
    const at = copyOf === undefined ? list.length : copyOf + 1;
    list.splice(at, 0, fresh);
    this.open = new Set([...this.open].filter((k) => !k.startsWith('sessions:')));
    this.open.add(`sessions:${at}`);
    this.changed();
    void this.focusItem(`sessions:${at}`);
  }

  /** Takes the office to a new item: its heading, then the form below it. */
  private async focusItem(key: string): Promise<void> {
    await this.updateComplete;
    const summary = document.getElementById(`item-${key}`)?.querySelector('summary');
    summary?.scrollIntoView({ block: 'start' });
    summary?.focus();
  }

  private removeItem(kind: Kind, i: number, name: string): void {
    if (!confirm(this.m.common.removeConfirm(name))) return;
    const list = this.list(kind);
    const [gone] = list.splice(i, 1);
    if (kind === 'speakers') {
      for (const s of this.list('sessions')) {
        if (Array.isArray(s.speakers)) {
          s.speakers = (s.speakers as JsonObject[]).filter((r) => r.speakerId !== gone.id);
          if ((s.speakers as Json[]).length === 0) delete s.speakers;
        }
      }
    }
    this.open = new Set([...this.open].filter((k) => !k.startsWith(`${kind}:`)));
    this.changed();
  }

  private toggle(key: string, open: boolean): void {
    if (open === this.open.has(key)) return;
    if (open) this.open.add(key);
    else this.open.delete(key);
    // The preview of one session (or its form) follows the session being edited.
    const session = /^sessions:(\d+)$/.exec(key);
    if (open && session) this.previewSession = String(this.list('sessions')[Number(session[1])]?.id ?? this.previewSession);
    this.requestUpdate();
  }

  private renderSessions(f: Fields): TemplateResult {
    const m = this.m.sessions;
    const speakers = this.list('speakers').map((s) => [String(s.id ?? ''), this.t(s.name) || String(s.id ?? '')] as const);
    const context = { zone: this.zone, zoneName: this.zoneName(), speakers };
    const dateFormat = new Intl.DateTimeFormat(this.m.lang, { dateStyle: 'medium', timeZone: this.zone });
    return html`
      <h2 class="heading-l">${m.heading}</h2>
      <p class="body">${m.intro}</p>
      <div class="toolbar">
        <button type="button" class="button-secondary" @click=${() => this.addSession()}>${m.add}</button>
        <button type="button" class="button-secondary" aria-expanded=${this.paste?.kind === 'sessions' ? 'true' : 'false'} @click=${() => this.openPaste('sessions')}>${m.paste}</button>
      </div>
      ${this.paste?.kind === 'sessions' ? this.renderPaste() : nothing}
      <div class="items">
        ${this.list('sessions').map((s, i) => {
          const key = `sessions:${i}`;
          const open = this.open.has(key);
          const problems = f.problemsAt(['sessions', i], true).length;
          const when = typeof s.startsAt === 'string' && !Number.isNaN(Date.parse(s.startsAt)) ? dateFormat.format(Date.parse(s.startsAt)) : m.noDate;
          return html`<details class="item" id="item-${key}" ?open=${open} @toggle=${(e: Event) => this.toggle(key, (e.target as HTMLDetailsElement).open)}>
            <summary><span class="item-title">${this.sessionName(s, i)}</span><span class="item-when">${when}</span>
              ${problems ? html`<span class="badge">${this.m.common.problems(problems)}</span>` : nothing}</summary>
            ${open
              ? html`<div class="item-body">
                  <div class="item-actions">
                    <button type="button" class="button-secondary button-small" ?disabled=${i === 0} @click=${() => this.move('sessions', i, -1)}>${this.m.common.moveUp}</button>
                    <button type="button" class="button-secondary button-small" ?disabled=${i === this.list('sessions').length - 1} @click=${() => this.move('sessions', i, 1)}>${this.m.common.moveDown}</button>
                    <button type="button" class="button-secondary button-small" @click=${() => this.addSession(i)}>${this.m.common.duplicate}</button>
                    <button type="button" class="button-warning button-small" @click=${() => this.removeItem('sessions', i, m.removeWhat(String(s.number ?? i + 1)))}>${this.m.common.remove}</button>
                  </div>
                  ${sessionFields(f, i, context)}
                </div>`
              : nothing}
          </details>`;
        })}
      </div>
    `;
  }

  private renderSpeakers(f: Fields): TemplateResult {
    const m = this.m.speakers;
    const sessions = this.list('sessions').map((s, k) => [k, this.sessionName(s, k)] as const);
    return html`
      <h2 class="heading-l">${m.heading}</h2>
      <p class="body">${m.intro}</p>
      <div class="toolbar">
        <button type="button" class="button-secondary" @click=${() => {
          const list = this.list('speakers');
          list.push({ id: this.unique('speakers', `speaker-${list.length + 1}`), name: {} });
          this.open.add(`speakers:${list.length - 1}`);
          this.changed();
          void this.focusItem(`speakers:${list.length - 1}`);
        }}>${m.add}</button>
        <button type="button" class="button-secondary" aria-expanded=${this.paste?.kind === 'speakers' ? 'true' : 'false'} @click=${() => this.openPaste('speakers')}>${m.paste}</button>
      </div>
      ${this.paste?.kind === 'speakers' ? this.renderPaste() : nothing}
      <div class="items">
        ${this.list('speakers').map((s, i) => {
          const key = `speakers:${i}`;
          const open = this.open.has(key);
          const problems = f.problemsAt(['speakers', i], true).length;
          const name = this.t(s.name) || m.unnamed;
          return html`<details class="item" id="item-${key}" ?open=${open} @toggle=${(e: Event) => this.toggle(key, (e.target as HTMLDetailsElement).open)}>
            <summary><span class="item-title">${name}</span><span class="item-when">${this.t(s.organization)}</span>
              ${problems ? html`<span class="badge">${this.m.common.problems(problems)}</span>` : nothing}</summary>
            ${open
              ? html`<div class="item-body">
                  <div class="item-actions">
                    <button type="button" class="button-secondary button-small" ?disabled=${i === 0} @click=${() => this.move('speakers', i, -1)}>${this.m.common.moveUp}</button>
                    <button type="button" class="button-secondary button-small" ?disabled=${i === this.list('speakers').length - 1} @click=${() => this.move('speakers', i, 1)}>${this.m.common.moveDown}</button>
                    <button type="button" class="button-warning button-small" @click=${() => this.removeItem('speakers', i, m.removeWhat(name))}>${this.m.common.remove}</button>
                  </div>
                  ${speakerFields(f, i, sessions)}
                </div>`
              : nothing}
          </details>`;
        })}
      </div>
    `;
  }

  private openPaste(kind: Kind): void {
    this.paste = this.paste?.kind === kind ? undefined : { kind, text: '' };
    this.requestUpdate();
  }

  private renderPaste(): TemplateResult {
    const m = this.m.paste;
    const paste = this.paste!;
    const columnNames = COLUMNS[paste.kind].map((c) => c.names[this.m.lang === 'ja' ? c.names.length - 1 : 0]);
    const itemName = (n: string) => (paste.kind === 'sessions' ? this.m.sessions.removeWhat(n) : n);
    const describe = (c: Change) =>
      c.kind === 'add' ? m.adds(c.what) : c.kind === 'change' ? m.changes(c.what, '') : c.kind === 'same' ? m.same(c.what) : m.skipped(c.row, m[c.reason as 'noNumber' | 'noName']);
    const applicable = paste.plan?.filter((c) => c.apply) ?? [];
    return html`<section class="paste" aria-labelledby="paste-heading">
      <h3 class="heading-m" id="paste-heading">${m.heading(paste.kind === 'sessions' ? m.sessions : m.speakers)}</h3>
      <p class="body">${m.intro}</p>
      <p class="columns">${columnNames.join(' ⇥ ')}</p>
      <div class="field">
        <label class="label" for="paste-text">${m.text}</label>
        <textarea id="paste-text" class="textarea" rows="6" spellcheck="false" .value=${paste.text} @input=${(e: Event) => {
          paste.text = (e.target as HTMLTextAreaElement).value;
          paste.plan = undefined;
          paste.applied = undefined;
          this.requestUpdate();
        }}></textarea>
      </div>
      <div class="toolbar">
        <button type="button" class="button-secondary" id="paste-check" @click=${() => {
          paste.plan = planPaste(paste.text, paste.kind, this.draft!, this.zone, itemName);
          this.requestUpdate();
        }}>${m.check}</button>
        <button type="button" class="button-secondary" @click=${() => this.openPaste(paste.kind)}>${m.cancel}</button>
      </div>
      ${paste.applied !== undefined ? html`<p class="ok" role="status">${m.applied(paste.applied)}</p>` : nothing}
      ${paste.plan
        ? html`<div role="status">
            ${paste.plan.length === 0 ? html`<p>${m.nothing}</p>` : html`<p><strong>${m.summary(applicable.length)}</strong></p>`}
            <ul class="plan">
              ${paste.plan.map((c) => html`<li>${describe(c)}${c.fields.length ? html`<span class="fields">${c.fields.join(' / ')}</span>` : nothing}</li>`)}
            </ul>
          </div>
          ${applicable.length
            ? html`<button type="button" class="button" id="paste-apply" @click=${() => {
                for (const c of applicable) c.apply!(this.draft!);
                paste.applied = applicable.length;
                paste.plan = undefined;
                paste.text = '';
                this.changed();
              }}>${m.apply}</button>`
            : nothing}`
        : nothing}
    </section>`;
  }

  private renderPreview(): TemplateResult {
    const m = this.m.preview;
    const sessions = this.list('sessions');
    const zone = this.zone;
    const now = wallParts(this.previewNow, zone);
    const setNow = (value: string) => {
      this.previewNow = value ? instantFrom(value.slice(0, 10), value.slice(11, 16), zone) : undefined;
      this.requestUpdate();
    };
    const lang = this.previewLang;
    const id = this.previewSession || String(sessions[0]?.id ?? '');
    let widget: TemplateResult;
    switch (this.view) {
      case 'series':
        widget = html`<seminar-series lang=${lang}></seminar-series>`;
        break;
      case 'list':
        widget = html`<seminar-session-list lang=${lang}></seminar-session-list>`;
        break;
      case 'session':
        widget = html`<seminar-session lang=${lang} session-id=${id}></seminar-session>`;
        break;
      case 'form':
        widget = html`<seminar-application-form lang=${lang} session-id=${id}></seminar-application-form>`;
        break;
    }
    const zoom = this.width === 'desktop' ? Math.min(1, (this.paneWidth - 42) / 960) : 1;
    const segmented = <T extends string>(label: string, value: T, options: ReadonlyArray<readonly [T, string]>, set: (v: T) => void) =>
      html`<div class="field" role="group" aria-label=${label}>
        <span class="label-small" aria-hidden="true">${label}</span>
        <div class="segmented">
          ${options.map(([v, text]) => html`<button type="button" aria-pressed=${v === value ? 'true' : 'false'} @click=${() => {
            set(v);
            this.requestUpdate();
          }}>${text}</button>`)}
        </div>
      </div>`;
    return html`<aside class="preview-column" aria-labelledby="preview-heading">
      <h2 class="heading-m" id="preview-heading">${m.heading}</h2>
      <p class="hint">${m.intro}</p>
      <div class="preview-controls">
        <div class="field">
          <label class="label-small" for="preview-view">${m.view}</label>
          <select id="preview-view" class="select" @change=${(e: Event) => {
            this.view = (e.target as HTMLSelectElement).value as View;
            this.requestUpdate();
          }}>
            ${(['series', 'list', 'session', 'form'] as const).map((v) => html`<option value=${v} ?selected=${v === this.view}>${m.views[v]}</option>`)}
          </select>
        </div>
        ${this.view === 'session' || this.view === 'form'
          ? html`<div class="field">
              <label class="label-small" for="preview-session">${m.session}</label>
              <select id="preview-session" class="select" @change=${(e: Event) => {
                this.previewSession = (e.target as HTMLSelectElement).value;
                this.requestUpdate();
              }}>
                ${sessions.map((s, i) => html`<option value=${String(s.id)} ?selected=${String(s.id) === id}>${this.sessionName(s, i)}</option>`)}
              </select>
            </div>`
          : nothing}
        ${segmented(m.language, lang, [['ja', '日本語'], ['en', 'English']], (v) => (this.previewLang = v))}
        ${segmented(m.width, this.width, [['phone', m.widths.phone], ['desktop', m.widths.desktop]], (v) => (this.width = v))}
        <div class="field wide">
          <label class="label-small" for="preview-now">${m.asOf}</label>
          <input id="preview-now" class="input" type="datetime-local" aria-describedby="preview-now-hint"
            .value=${now.date ? `${now.date}T${now.time}` : ''} @change=${(e: Event) => setNow((e.target as HTMLInputElement).value)} />
          <p class="hint" id="preview-now-hint">${m.asOfHint(this.zoneName())}
            ${this.previewNow ? html`<button type="button" class="button-link" @click=${() => setNow('')}>${m.clock}</button>` : nothing}</p>
        </div>
      </div>
      <div class="frame ${this.width}" role="region" aria-label=${m.label}>
        <div class="frame-page" lang=${lang} data-zoom=${zoom}>${widget}</div>
      </div>
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seminar-editor-app': SeminarEditorApp;
  }
}


