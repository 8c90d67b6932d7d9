/** The form's sections: the series, one session, one speaker, the editors' notes. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDuration, parseDuration, type Fields } from './fields.js';
import { instantFrom, wallParts, type Json, type JsonObject, type Path } from './draft.js';

const LEVELS = ['basic', 'advanced', 'practical'] as const;
const ROLES = ['lecturer', 'case-presenter', 'moderator'] as const;
const FIELDS = ['nameReading', 'department', 'jobTitle', 'phone', 'industry', 'prefecture', 'questions'] as const;

const url = { type: 'url', optional: true } as const;

export function seriesSection(f: Fields): TemplateResult {
  const m = f.m.series;
  const s: Path = ['series'];
  const attendance = (['online', 'in-person'] as const).map((a) => [a, f.m.attendance[a]] as const);
  return html`
    <h2 class="heading-l">${m.heading}</h2>
    ${f.text([...s, 'title'], m.title, { rows: 2 })}
    ${f.text([...s, 'organizer', 'name'], m.organizer)}
    ${f.input([...s, 'organizer', 'url'], m.organizerUrl, url)}
    ${f.text([...s, 'summary'], m.summary, { long: true, optional: true })}
    ${f.textList([...s, 'goals'], m.goals, m.goal, m.addGoal, { long: true })}
    ${f.text([...s, 'audience'], m.audience, { long: true, optional: true })}
    <fieldset class="field fieldset group" id="series.fee" tabindex="-1">
      <legend class="label">${m.fee} <span class="optional">${f.m.common.optional}</span></legend>
      <div class="row">
        ${f.input([...s, 'fee', 'amount'], m.feeAmount, { type: 'number', hint: m.feeAmountHint, width: 'short' })}
        ${f.input([...s, 'fee', 'currency'], m.feeCurrency, { hint: m.feeCurrencyHint, width: 'short' })}
      </div>
      ${f.text([...s, 'fee', 'label'], m.feeLabel, { optional: true })}
    </fieldset>
    ${f.checkboxes([...s, 'attendance'], m.attendance, attendance, { optional: true })}
    ${f.text([...s, 'registrationNote'], m.registrationNote, { long: true, optional: true })}
    ${f.textList([...s, 'notes'], m.notes, m.note, m.addNote, { long: true })}
    <h2 class="heading-l">${m.contactHeading}</h2>
    ${f.text([...s, 'contact', 'name'], m.contactName)}
    <div class="row">
      ${f.input([...s, 'contact', 'email'], m.contactEmail, { type: 'email', optional: true })}
      ${f.input([...s, 'contact', 'phone'], m.contactPhone, { type: 'tel', optional: true, width: 'medium' })}
    </div>
    ${f.input([...s, 'contact', 'url'], m.contactUrl, url)}
    ${f.text([...s, 'contact', 'note'], m.contactNote, { long: true, optional: true })}
    ${f.text([...s, 'privacyNotice'], m.privacyNotice, { long: true, optional: true, hint: m.privacyNoticeHint })}
    ${f.input([...s, 'privacyPolicyUrl'], m.privacyPolicyUrl, url)}
    <div class="row">
      ${f.input([...s, 'timeZone'], m.timeZone, { optional: true, hint: m.timeZoneHint, width: 'medium' })}
      ${f.select([...s, 'defaultLanguage'], m.defaultLanguage, [['en', f.m.languages.en], ['ja', f.m.languages.ja]], { optional: true })}
    </div>
    ${f.input([...s, 'id'], m.id, { hint: m.idHint, width: 'medium' })}
  `;
}

/** A date and a time in the series zone, kept as one instant (or, for application windows, a day). */
function when(f: Fields, path: Path, label: string, zone: string, o: { dayAllowed?: boolean; hint?: string; optional?: boolean } = {}): TemplateResult {
  const value = f.get(path) as string | undefined;
  const { date, time } = wallParts(value, zone);
  const set = (d: string, t: string) => f.change(path, o.dayAllowed && t === '' && d !== '' ? d : instantFrom(d, t, zone));
  const problems = f.problemsAt(path);
  const id = path.map(String).join('.');
  return html`<fieldset class="field fieldset ${problems.length ? 'field-error' : ''}" id=${formatId(path)} tabindex="-1">
    <legend class="label">${label}${o.optional ? html` <span class="optional">${f.m.common.optional}</span>` : nothing}</legend>
    ${o.hint ? html`<p class="hint">${o.hint}</p>` : nothing}
    ${problems.length
      ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${f.m.summary.error}</span> ${problems.map((p) => f.m.problem(p.message))}</p>`
      : nothing}
    <div class="row">
      <div class="field-inline">
        <label class="label-small" for="${id}-date">${f.m.sessions.date}</label>
        <input class="input" type="date" id="${id}-date" .value=${date} aria-invalid=${problems.length ? 'true' : 'false'}
          aria-describedby=${problems.length ? `${id}-error` : nothing} @change=${(e: Event) => set((e.target as HTMLInputElement).value, time)} />
      </div>
      <div class="field-inline">
        <label class="label-small" for="${id}-time">${f.m.sessions.time}</label>
        <input class="input" type="time" id="${id}-time" .value=${time} aria-invalid=${problems.length ? 'true' : 'false'}
          aria-describedby=${problems.length ? `${id}-error` : nothing} @change=${(e: Event) => set(date, (e.target as HTMLInputElement).value)} />
      </div>
    </div>
  </fieldset>`;
}

const formatId = (path: Path) => path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');

export interface SessionContext {
  zone: string;
  zoneName: string;
  speakers: Array<readonly [string, string]>;
}

export function sessionFields(f: Fields, i: number, c: SessionContext): TemplateResult {
  const m = f.m.sessions;
  const at: Path = ['sessions', i];
  const s = (f.get(at) ?? {}) as JsonObject;
  const startsAt = s.startsAt as string | undefined;
  const endsAt = s.endsAt as string | undefined;
  const start = wallParts(startsAt, c.zone);
  const end = wallParts(endsAt, c.zone);
  const setWhen = (date: string, startTime: string, endTime: string) => {
    f.change([...at, 'startsAt'], instantFrom(date, startTime, c.zone));
    f.change([...at, 'endsAt'], instantFrom(date, endTime, c.zone));
  };
  const whenProblems = [...f.problemsAt([...at, 'startsAt']), ...f.problemsAt([...at, 'endsAt'])];
  const timeInput = (key: 'startsAt' | 'endsAt', label: string, value: string, onSet: (v: string) => void) => {
    const id = formatId([...at, key]);
    const problems = f.problemsAt([...at, key]);
    return html`<div class="field-inline ${problems.length ? 'field-error' : ''}">
      <label class="label-small" for=${id}>${label}</label>
      ${problems.length
        ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${f.m.summary.error}</span> ${problems.map((p) => f.m.problem(p.message))}</p>`
        : nothing}
      <input class="input" type="time" id=${id} .value=${value} aria-invalid=${problems.length ? 'true' : 'false'}
        aria-describedby="${formatId(at)}-zone${problems.length ? ` ${id}-error` : ''}"
        @change=${(e: Event) => onSet((e.target as HTMLInputElement).value)} />
    </div>`;
  };
  const app = s.application as JsonObject | undefined;
  const archive = s.archive as JsonObject | undefined;
  const appAt: Path = [...at, 'application'];
  const arAt: Path = [...at, 'archive'];
  return html`
    <div class="row">
      ${f.input([...at, 'number'], m.number, { type: 'number', width: 'short' })}
      ${f.select([...at, 'level'], m.level, LEVELS.map((l) => [l, m.levels[l]] as const))}
    </div>
    ${f.text([...at, 'title'], m.title, { rows: 2 })}
    ${f.text([...at, 'label'], m.label, { optional: true, hint: m.labelHint })}
    <fieldset class="field fieldset ${whenProblems.length ? 'field-error' : ''}" id="${formatId(at)}.when" tabindex="-1">
      <legend class="label">${m.when}</legend>
      <p class="hint" id="${formatId(at)}-zone">${m.zone(c.zoneName, c.zone)}</p>
      <div class="row">
        <div class="field-inline">
          <label class="label-small" for="${formatId(at)}.date">${m.date}</label>
          <input class="input" type="date" id="${formatId(at)}.date" .value=${start.date || end.date}
            aria-describedby="${formatId(at)}-zone" @change=${(e: Event) => setWhen((e.target as HTMLInputElement).value, start.time, end.time)} />
        </div>
        ${timeInput('startsAt', m.starts, start.time, (v) => setWhen(start.date || end.date, v, end.time))}
        ${timeInput('endsAt', m.ends, end.time, (v) => setWhen(start.date || end.date, start.time, v))}
      </div>
    </fieldset>
    ${f.text([...at, 'overview'], m.overview, { long: true, optional: true })}
    ${f.textList([...at, 'topics'], m.topics, m.topic, m.addTopic)}
    <fieldset class="field fieldset group" id="${formatId(at)}.format" tabindex="-1">
      <legend class="label">${m.format}</legend>
      ${f.checkboxes([...at, 'format', 'attendance'], m.attendance, (['online', 'in-person'] as const).map((a) => [a, f.m.attendance[a]] as const))}
      ${f.checkbox([...at, 'format', 'live'], m.live)} ${f.checkbox([...at, 'format', 'archive'], m.archive)}
      ${f.text([...at, 'format', 'note'], m.formatNote, { optional: true })}
    </fieldset>
    ${f.list([...at, 'speakers'], m.speakers, (n) => `${m.speaker} ${n}`, m.addSpeaker, () => ({ speakerId: '', role: 'lecturer' }), (p) => html`
      <div class="row">
        ${f.select([...p, 'speakerId'], m.speaker, c.speakers)}
        ${f.select([...p, 'role'], m.role, ROLES.map((r) => [r, m.roles[r]] as const))}
      </div>
      ${f.text([...p, 'note'], m.speakerNote, { optional: true })}`, { optional: true })}
    ${f.list([...at, 'caseStudies'], m.caseStudies, m.caseStudy, m.addCaseStudy, () => ({ title: {} }), (p) => html`
      ${f.text([...p, 'title'], m.caseTitle, { rows: 2 })} ${f.text([...p, 'organization'], m.caseOrganization, { optional: true })}
      ${f.checkboxes([...p, 'speakerIds'], m.caseSpeakers, c.speakers, { optional: true })}`, { optional: true })}
    <fieldset class="field fieldset group" id=${formatId(appAt)} tabindex="-1">
      <legend class="label">${m.application}</legend>
      ${f.problemsAt(appAt).length
        ? html`<p class="error-message">${f.problemsAt(appAt).map((p) => html`<span>${f.m.problem(p.message)}</span> `)}</p>`
        : nothing}
      <div class="checkbox">
        <input type="checkbox" id="${formatId(appAt)}-on" .checked=${app !== undefined}
          @change=${(e: Event) =>
            f.change(appAt, (e.target as HTMLInputElement).checked ? { opensAt: '', closesAt: '', mode: 'form', endpoint: '/api/applications' } : undefined)} />
        <label for="${formatId(appAt)}-on">${m.takesApplications}</label>
      </div>
      ${app
        ? html`
          ${when(f, [...appAt, 'opensAt'], m.opens, c.zone, { dayAllowed: true, hint: m.opensTimeHint })}
          ${when(f, [...appAt, 'closesAt'], m.closes, c.zone, { dayAllowed: true, hint: m.closesTimeHint })}
          ${f.radios([...appAt, 'mode'], m.mode, (['form', 'external'] as const).map((v) => [v, m.modes[v]] as const))}
          ${app.mode === 'external'
            ? f.input([...appAt, 'url'], m.externalUrl, { type: 'url' })
            : f.input([...appAt, 'endpoint'], m.endpoint, { type: 'url', hint: m.endpointHint })}
          ${f.input([...appAt, 'capacity'], m.capacity, { type: 'number', optional: true, hint: m.capacityHint, width: 'short' })}
          ${app.mode === 'external'
            ? nothing
            : html`${f.checkboxes([...appAt, 'fields'], m.fields, FIELDS.map((k) => [k, m.fieldNames[k]] as const), { optional: true })}
              ${(app.fields as string[] | undefined)?.includes('industry') ? f.textList([...appAt, 'industries'], m.industries, m.industry, m.addIndustry) : nothing}`}
        `
        : nothing}
    </fieldset>
    ${f.input([...at, 'stream', 'url'], m.stream, { ...url, hint: m.streamHint })}
    ${f.list([...at, 'materials'], m.materials, m.material, m.addMaterial, () => ({ id: '', title: {}, url: '' }), (p) => html`
      ${f.text([...p, 'title'], m.materialTitle, { rows: 2 })}
      ${f.input([...p, 'url'], m.materialUrl, { type: 'url' })}
      <div class="row">
        ${f.input([...p, 'id'], m.materialId, { width: 'medium' })}
        ${f.input([...p, 'mediaType'], m.mediaType, { optional: true, hint: m.mediaTypeHint, width: 'medium' })}
        ${f.input([...p, 'sizeBytes'], m.sizeBytes, { type: 'number', optional: true, width: 'medium' })}
      </div>
      ${f.text([...p, 'description'], m.materialDescription, { optional: true, long: true })}
      ${f.textList([...p, 'notice'], m.notice, m.noticeItem, m.addNotice)}`, { optional: true })}
    <fieldset class="field fieldset group" id=${formatId(arAt)} tabindex="-1">
      <legend class="label">${m.recording}</legend>
      <div class="checkbox">
        <input type="checkbox" id="${formatId(arAt)}-on" .checked=${archive !== undefined}
          @change=${(e: Event) => f.change(arAt, (e.target as HTMLInputElement).checked ? { provider: 'youtube', videoId: '' } : undefined)} />
        <label for="${formatId(arAt)}-on">${m.hasRecording}</label>
      </div>
      ${archive
        ? html`
          ${f.select([...arAt, 'provider'], m.provider, (['youtube', 'vimeo', 'video'] as const).map((v) => [v, m.providers[v]] as const))}
          ${archive.provider === 'video'
            ? f.input([...arAt, 'src'], m.videoSrc, { type: 'url' })
            : f.input([...arAt, 'videoId'], m.videoId, { hint: m.videoIdHint, width: 'medium' })}
          ${f.input([...arAt, 'poster'], m.poster, url)}
          ${f.input([...arAt, 'durationSeconds'], m.duration, { optional: true, parse: parseDuration, format: formatDuration, width: 'short' })}
          ${f.list([...arAt, 'chapters'], m.chapters, m.chapter, m.addChapter, () => ({ startSeconds: 0, title: {} }), (p) => html`
            ${f.input([...p, 'startSeconds'], f.m.common.seconds, { parse: parseDuration, format: formatDuration, width: 'short' })}
            ${f.text([...p, 'title'], m.chapterTitle)}`, { optional: true })}
          ${f.list([...arAt, 'captions'], m.captions, m.caption, m.addCaption, () => ({ lang: 'ja', label: {}, src: '' }), (p) => html`
            <div class="row">${f.input([...p, 'lang'], m.captionLang, { width: 'short' })}</div>
            ${f.text([...p, 'label'], m.captionLabel)} ${f.input([...p, 'src'], m.captionSrc, { type: 'url' })}`, { optional: true })}
          ${when(f, [...arAt, 'publishedAt'], m.publishedAt, c.zone, { optional: true })}
          ${when(f, [...arAt, 'availableUntil'], m.availableUntil, c.zone, { optional: true })}
        `
        : nothing}
    </fieldset>
    ${f.text([...at, 'note'], m.note, { long: true, optional: true })}
    ${f.input([...at, 'id'], m.id, { hint: m.idHint, width: 'medium' })}
    ${f.input([...at, '$comment'], m.comment, { long: true, optional: true })}
  `;
}

export function speakerFields(f: Fields, i: number, sessions: Array<readonly [number, string]>): TemplateResult {
  const m = f.m.speakers;
  const at: Path = ['speakers', i];
  const id = f.get([...at, 'id']) as string | undefined;
  const all = (f.get(['sessions']) ?? []) as JsonObject[];
  const speaksAt = (k: number) => ((all[k]?.speakers ?? []) as JsonObject[]).some((r) => r.speakerId === id);
  const toggle = (k: number, on: boolean) => {
    const refs = ((all[k]?.speakers ?? []) as JsonObject[]).filter((r) => r.speakerId !== id);
    const next: Json[] = on ? [...refs, { speakerId: id ?? '', role: 'lecturer' }] : refs;
    f.change(['sessions', k, 'speakers'], next.length ? next : undefined);
  };
  const linkId = `${formatId(at)}.sessions`;
  return html`
    ${f.text([...at, 'name'], m.name)}
    ${f.text([...at, 'nameReading'], m.nameReading, { optional: true })}
    ${f.text([...at, 'title'], m.title, { optional: true })}
    ${f.text([...at, 'organization'], m.organization, { optional: true })}
    ${f.text([...at, 'bio'], m.bio, { long: true, optional: true })}
    <fieldset class="field fieldset group" id="${formatId(at)}.photo" tabindex="-1">
      <legend class="label">${m.photo} <span class="optional">${f.m.common.optional}</span></legend>
      ${f.input([...at, 'photo', 'src'], m.photoSrc, { type: 'url' })}
      ${f.text([...at, 'photo', 'alt'], m.photoAlt, { hint: m.photoAltHint })}
    </fieldset>
    ${f.list([...at, 'links'], m.links, m.link, m.addLink, () => ({ label: {}, url: '' }), (p) => html`
      ${f.text([...p, 'label'], m.linkLabel)} ${f.input([...p, 'url'], m.linkUrl, { type: 'url' })}`, { optional: true })}
    <fieldset class="field fieldset" id=${linkId} tabindex="-1">
      <legend class="label">${m.sessions}</legend>
      <p class="hint">${m.sessionsHint}</p>
      <div class="checkboxes">
        ${sessions.map(
          ([k, name]) => html`<div class="checkbox">
            <input type="checkbox" id="${linkId}-${k}" .checked=${speaksAt(k)} ?disabled=${!id}
              @change=${(e: Event) => toggle(k, (e.target as HTMLInputElement).checked)} />
            <label for="${linkId}-${k}">${name}</label>
          </div>`,
        )}
      </div>
    </fieldset>
    ${f.input([...at, 'id'], m.id, { hint: m.idHint, width: 'medium' })}
    ${f.input([...at, '$comment'], f.m.sessions.comment, { long: true, optional: true })}
  `;
}

export function commentsSection(f: Fields): TemplateResult {
  const m = f.m.comments;
  return html`<h2 class="heading-l">${m.heading}</h2>
    <p class="body">${m.intro}</p>
    ${f.input(['$comment'], m.feed, { long: true, optional: true })}
    ${f.input(['series', '$comment'], m.series, { long: true, optional: true })}`;
}
