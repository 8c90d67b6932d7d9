/**
 * `renderHtml()`: the HTML an element shows, as a string, for pages built ahead of time
 * (`seminar-widgets render`, static-site generators, a CMS). The element's tag with its
 * attributes holds semantic light-DOM HTML of what it shows, readable with no script,
 * and the JSON-LD the element publishes; when the script loads, the element shows its
 * own rendering in place of it (docs/prerender.md).
 *
 * The words are the elements' own: the same catalogues, the same date, status and text
 * functions of `src/feed`; the markup mirrors the elements' templates (classes and
 * `part`s), so that `dist/prerender.css` gives it their look. Every feed string is
 * escaped (`./html.ts`). No DOM, no Lit: it runs in Node and in any bundler.
 */
import { formatDate, formatDeadline, formatSessionWhen, formatWindowEdge, periodParts } from '../feed/dates.js';
import { googleCalendarUrl, outlookCalendarUrl, type CalendarEvent } from '../feed/ics.js';
import { parseInstant, seriesTimeZone } from '../feed/instant.js';
import { seriesJsonLd, serializeJsonLd, sessionJsonLd } from '../feed/jsonld.js';
import { clockTime, fileSize, posterUrl, typeName, watchUrl } from '../feed/media.js';
import { formatIssue, validateFeed, type Issue } from '../feed/validate.js';
import { initialOf } from '../feed/initial.js';
import { sessionStatus, type Status } from '../feed/status.js';
import { formatFee, listOf, paragraphs, primaryLanguage, resolveText, resolvedLanguage, type Text } from '../feed/text.js';
import type { Catalogue, UiLanguage } from '../feed/messages/catalogue.js';
import type { Contact, Feed, Level, Session, Speaker } from '../feed/schema.js';
import { messages as enList } from '../feed/messages/en/list.js';
import { messages as jaList } from '../feed/messages/ja/list.js';
import * as en from '../feed/messages/en/more.js';
import * as ja from '../feed/messages/ja/more.js';
import { attr, Html, markup, type Value } from './html.js';

export { escapeHtml } from './html.js';

const CATALOGUES: Record<UiLanguage, Catalogue> = {
  en: { list: enList, details: en.details, media: en.media, form: en.form },
  ja: { list: jaList, details: ja.details, media: ja.media, form: ja.form },
};

/** The elements `renderHtml` renders. */
export const RENDERABLE = ['series', 'session-list', 'session', 'speaker-list'] as const;
export type RenderableElement = (typeof RENDERABLE)[number];

export interface RenderOptions {
  /** Which element: `series`, `session-list`, `session` or `speaker-list`. */
  element: RenderableElement;
  /** The feed's URL on the page: the element's `src` (the script loads the current feed from it). */
  src?: string;
  /** `session` (required) and `speaker-list` (optional): the session's `id`. */
  sessionId?: string;
  /** `ja` or `en`; default: the series' `defaultLanguage`. Written as the element's `lang`. */
  lang?: UiLanguage;
  /**
   * The instant to render for (statuses, what is open); default: now. Given, it is also
   * written as the element's `now`, so that the element shows the same when it takes over.
   */
  now?: string;
  /** `session-list` and `speaker-list`: where a session's page is, with `{id}`. */
  sessionUrl?: string;
  /** The page's address, for the JSON-LD's `url` and `@id`. Default: relative (`#session-1`). */
  pageUrl?: string;
}

export interface RenderResult {
  html: string;
  /** Items of the feed that were left out (as the elements leave them out), in the console's words. */
  issues: string[];
}

/** The feed cannot be used, or the options do not fit it. */
export class RenderError extends Error {
  constructor(
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
  }
}

/** What every part needs, as the elements' render context has it. */
interface Ctx {
  feed: Feed;
  lang: UiLanguage;
  m: Catalogue;
  timeZone: string;
  now: number;
  t: (text: Text | undefined) => string;
  langOf: (text: Text | undefined) => string;
  /** Inside a series: sessions link to `#id`, and a session is compact. */
  inSeries: boolean;
  sessionUrl?: string;
}

/** A nested element's place: what the element's shadow root would hold, in a `data-sw` wrapper. */
function nested(name: string, content: Value, extra: Html = markup``): Html {
  return markup`<div data-sw="${name}"${extra}>${content}</div>`;
}

/* ---------------------------------------------------------------- shared parts */

function paras(ctx: Ctx, text: Text | undefined): Html {
  return markup`${paragraphs(ctx.t(text)).map((p) => markup`<p class="text" lang="${ctx.langOf(text)}">${p}</p>`)}`;
}

function sessionLabel(ctx: Ctx, session: Session): string {
  const label = session.label ? ctx.t(session.label) : ctx.m.list.level[session.level];
  return ctx.m.list.sessionHeading(ctx.m.list.sessionNumber(session.number), label);
}

function statusText(ctx: Ctx, session: Session, status: Status): string {
  return status === 'upcoming' && session.application && session.startsAt ? ctx.m.list.opensSoon : ctx.m.list.status[status];
}

function labelLine(ctx: Ctx, session: Session, status: Status): Html {
  return markup`<div class="top"><span class="label">${sessionLabel(ctx, session)}</span> <span class="badge" part="status" data-status="${status}">${statusText(ctx, session, status)}</span></div>`;
}

function when(ctx: Ctx, session: Session): Html {
  if (!session.startsAt || !session.endsAt) return markup`<span class="when">${ctx.m.list.dateToBeAnnounced}</span>`;
  const w = formatSessionWhen(session.startsAt, session.endsAt, ctx.lang, ctx.timeZone);
  return markup`<time class="when" datetime="${session.startsAt}"><span class="nowrap">${w.date}</span> <span class="nowrap">${w.time}</span> <span class="nowrap">(${w.zone})</span></time>`;
}

function period(ctx: Ctx, session: Session): Html | undefined {
  const app = session.application;
  if (!app) return undefined;
  const { from, to, zone } = periodParts(app.opensAt, app.closesAt, ctx.lang, ctx.timeZone);
  const range =
    ctx.lang === 'ja'
      ? markup`<span class="nowrap">${from}〜</span><wbr><span class="nowrap">${to}</span>`
      : markup`<span class="nowrap">${from} –</span> <span class="nowrap">${to}</span>`;
  return markup`${range}${zone ? markup` <span class="nowrap">(${zone})</span>` : ''}`;
}

function dateRows(ctx: Ctx, session: Session, status: Status): Html {
  const p = status === 'upcoming' || status === 'open' || status === 'closed' ? period(ctx, session) : undefined;
  return markup`<dt>${ctx.m.list.date}</dt><dd>${when(ctx, session)}</dd>${p ? markup`<dt>${ctx.m.list.applicationPeriod}</dt><dd>${p}</dd>` : ''}`;
}

function speakersOf(ctx: Ctx, session: Session): Array<{ speaker: Speaker; role: 'lecturer' | 'case-presenter' | 'moderator'; note?: string }> {
  return (session.speakers ?? []).flatMap((ref) => {
    const speaker = ctx.feed.speakers.find((s) => s.id === ref.speakerId);
    return speaker ? [{ speaker, role: ref.role, note: ref.note && ctx.t(ref.note) }] : [];
  });
}

function sessionHref(ctx: Ctx, id: string): string | undefined {
  if (ctx.inSeries) return `#${encodeURIComponent(id)}`;
  if (ctx.sessionUrl) return ctx.sessionUrl.replaceAll('{id}', encodeURIComponent(id));
  return undefined;
}

function affiliation(ctx: Ctx, speaker: Speaker): Html | '' {
  const { title, organization } = speaker;
  const japanese = title && primaryLanguage(ctx.langOf(title)) === 'ja';
  const parts = (japanese ? [organization, title] : [title, organization]).filter((text) => text !== undefined);
  if (parts.length === 0) return '';
  const separator = japanese ? ' ' : ', ';
  return markup`<p class="affiliation">${parts.map((text, i) => markup`${i ? separator : ''}<span lang="${ctx.langOf(text)}">${ctx.t(text)}</span>`)}</p>`;
}

/** The office: by email, phone and website, as the elements show it. */
function contactBlock(ctx: Ctx, contact: Contact | undefined, subject?: string): Html | '' {
  if (!contact) return '';
  const mailto = contact.email ? `mailto:${contact.email}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}` : undefined;
  return markup`<section class="contact" part="contact"><h4>${ctx.m.details.changesHeading}</h4>${contact.note ? paras(ctx, contact.note) : ''}<p><span lang="${ctx.langOf(contact.name)}">${ctx.t(contact.name)}</span>${
    mailto ? markup`<br>${ctx.m.details.email}: <a href="${mailto}">${contact.email}</a>` : ''
  }${contact.phone ? markup`<br>${ctx.m.details.phone}: <a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a>` : ''}${
    contact.url ? markup`<br><a href="${contact.url}">${ctx.m.details.website}</a>` : ''
  }</p></section>`;
}

/* ---------------------------------------------------------------- the session list */

interface ListOptions {
  filter?: readonly Status[];
  levels?: readonly Level[];
  limit?: number;
}

function sessionList(ctx: Ctx, options: ListOptions = {}): Html {
  let rows = [...ctx.feed.sessions]
    .sort((a, b) => a.number - b.number)
    .map((session) => ({ session, status: sessionStatus(session, ctx.now, ctx.timeZone) }))
    .filter(({ session, status }) => (!options.filter || options.filter.includes(status)) && (!options.levels || options.levels.includes(session.level)));
  if (options.limit !== undefined) rows = rows.slice(0, options.limit);
  if (rows.length === 0) return markup`<p class="message" part="message" lang="${ctx.lang}">${ctx.m.list.noSessions}</p>`;
  return markup`<ol part="list" class="${rows.length > 24 ? 'long' : ''}" lang="${ctx.lang}">${rows.map(({ session, status }) => {
    const names = speakersOf(ctx, session).map(({ speaker }) => ctx.t(speaker.name));
    const href = sessionHref(ctx, session.id);
    const title = ctx.t(session.title);
    const app = session.application;
    // As the element has it; inside a series the session's details carry the `…/apply` id too.
    const applyHref = app?.mode === 'external' ? app.url : href && (href.startsWith('#') ? `${href}/apply` : `${href}#apply`);
    return markup`<li class="entry card" part="entry" data-session-id="${session.id}" data-status="${status}">${labelLine(ctx, session, status)}<h3 lang="${ctx.langOf(session.title)}">${
      href ? markup`<a part="entry-link" href="${href}">${title}</a>` : title
    }</h3><dl>${dateRows(ctx, session, status)}</dl>${
      names.length ? markup`<p class="speakers"><span class="visually-hidden">${ctx.m.list.speakers}: </span>${listOf(names, ctx.lang)}</p>` : ''
    }${
      status === 'live' && session.stream
        ? markup`<p><a class="button" part="stream-link" href="${session.stream.url}" rel="noopener">${ctx.m.list.joinLiveStream}</a></p>`
        : status === 'archived' && href
          ? markup`<p><a href="${href}">${ctx.m.list.watchRecording}</a></p>`
          : status === 'open' && app && applyHref
            ? markup`<p class="apply"><a class="button" part="apply" href="${applyHref}">${ctx.m.list.apply}</a> <span class="deadline nowrap">${ctx.m.list.applyBy(
                formatDeadline(app.closesAt, ctx.lang, ctx.timeZone),
              )}</span></p>`
            : ''
    }</li>`;
  })}</ol>`;
}

/* ---------------------------------------------------------------- one session */

function howToApply(ctx: Ctx, session: Session, status: Status): Html {
  const app = session.application;
  if (!app) return markup`<p>${ctx.m.details.noApplication}</p>`;
  const what =
    status === 'upcoming'
      ? markup`<p>${ctx.m.details.opensOn(formatWindowEdge(app.opensAt, ctx.lang, ctx.timeZone))}</p>`
      : status !== 'open'
        ? markup`<p>${ctx.m.details.closedOn(formatWindowEdge(app.closesAt, ctx.lang, ctx.timeZone))}</p>`
        : app.mode === 'form'
          ? markup`<p>${ctx.m.details.applyWithForm}</p>`
          : markup`<p>${ctx.m.details.applyExternal}</p><p><a part="apply-link" href="${app.url}" rel="noopener">${ctx.m.details.applyExternalLink}</a></p>`;
  return markup`${what}${app.capacity ? markup`<p>${ctx.m.details.capacity(app.capacity)}</p>` : ''}`;
}

function format(ctx: Ctx, session: Session, status: Status): Html {
  const { format } = session;
  const ways = [...format.attendance.map((a) => ctx.m.details.attendance[a]), ...(format.live ? [ctx.m.details.liveStream] : [])];
  const promised = format.archive && status !== 'archived' && status !== 'ended';
  const later = promised ? `${ctx.lang === 'ja' ? '（' : ' ('}${ctx.m.details.archiveLater}${ctx.lang === 'ja' ? '）' : ')'}` : '';
  return markup`<p>${listOf(ways, ctx.lang)}${later}</p>${format.note ? paras(ctx, format.note) : ''}`;
}

function more(heading: string, content: Value): Html {
  return markup`<details part="more"><summary>${heading}</summary><div class="more">${content}</div></details>`;
}

/** The recording as a link to watch it (the player needs the script), with its poster. */
function recording(ctx: Ctx, session: Session): Html {
  const archive = session.archive;
  if (!archive) return nested('archive-player', markup`<p class="message" part="message" lang="${ctx.lang}">${session.format.archive ? ctx.m.details.archivePromised : ctx.m.media.noRecording}</p>`);
  const link = watchUrl(archive);
  const poster = posterUrl(archive);
  const title = ctx.t(session.title);
  const duration = archive.durationSeconds === undefined ? undefined : clockTime(archive.durationSeconds);
  const until = archive.availableUntil ? formatDate(parseInstant(archive.availableUntil), ctx.lang, ctx.timeZone) : undefined;
  const image = poster ? markup`<img src="${poster}" alt="" loading="lazy" decoding="async" width="480" height="270" style="width:100%;height:100%;object-fit:cover">` : '';
  return nested(
    'archive-player',
    markup`<figure part="player" lang="${ctx.lang}"><div class="frame">${link ? markup`<a href="${link}" rel="noopener" aria-label="${ctx.m.media.play(title)}">${image}</a>` : image}</div><figcaption><span lang="${ctx.langOf(session.title)}">${title}</span>${
      duration ? markup` <span>${ctx.m.media.length(duration)}</span>` : ''
    }${until ? markup` <span>${ctx.m.media.availableUntil(until)}</span>` : ''}${
      link ? markup` <a part="watch-link" href="${link}" rel="noopener">${ctx.m.media.watchOn[archive.provider]}</a>` : ''
    }</figcaption></figure>${
      archive.chapters?.length
        ? markup`<h4 lang="${ctx.lang}">${ctx.m.media.chapters}</h4><ol part="chapters" lang="${ctx.lang}">${archive.chapters.map(
            (c) => markup`<li><time>${clockTime(c.startSeconds)}</time> <span lang="${ctx.langOf(c.title)}">${ctx.t(c.title)}</span></li>`,
          )}</ol>`
        : ''
    }`,
    markup` part="archive-player"`,
  );
}

function materials(ctx: Ctx, session: Session): Html {
  return nested(
    'materials',
    markup`<ul part="list" lang="${ctx.lang}">${(session.materials ?? []).map((m) => {
      const meta = [typeName(m.mediaType, m.url), m.sizeBytes === undefined ? undefined : fileSize(m.sizeBytes, ctx.lang)].filter(Boolean).join(', ');
      return markup`<li part="material"><a class="download" href="${m.url}" rel="noopener" download><span lang="${ctx.langOf(m.title)}">${ctx.t(m.title)}</span>${
        meta ? markup` <span class="meta">(${meta})</span>` : ''
      }</a>${m.description ? paras(ctx, m.description) : ''}${
        m.notice?.length ? markup`<ul class="notice" part="notice">${m.notice.map((n) => markup`<li lang="${ctx.langOf(n)}">${ctx.t(n)}</li>`)}</ul>` : ''
      }</li>`;
    })}</ul>`,
    markup` part="materials"`,
  );
}

/** Google and Outlook links (the `.ics` download needs the script). */
function calendar(ctx: Ctx, session: Session, pageUrl: string): Html {
  const online = session.format.attendance.includes('online');
  const event: CalendarEvent = {
    uid: `${session.id}@${ctx.feed.series.id}.seminar-widgets`,
    title: ctx.t(session.title),
    description: [sessionLabel(ctx, session), ctx.t(ctx.feed.series.title), session.overview ? ctx.t(session.overview) : ''].filter(Boolean).join('\n\n'),
    url: `${pageUrl.split('#')[0]}#${session.id}`,
    location: online && !session.format.attendance.includes('in-person') ? ctx.m.details.attendance.online : undefined,
    startsAt: session.startsAt!,
    endsAt: session.endsAt!,
  };
  return nested(
    'add-to-calendar',
    markup`<div lang="${ctx.lang}"><div class="links"><a part="google" href="${googleCalendarUrl(event)}" rel="noopener" target="_blank">${ctx.m.media.googleCalendar}</a> <a part="outlook" href="${outlookCalendarUrl(
      event,
    )}" rel="noopener" target="_blank">${ctx.m.media.outlookCalendar}</a></div></div>`,
    markup` part="add-to-calendar"`,
  );
}

function session(ctx: Ctx, s: Session, pageUrl: string): Html {
  const status = sessionStatus(s, ctx.now, ctx.timeZone);
  const compact = ctx.inSeries;
  const after = status === 'ended' || status === 'archived';
  const speakers = speakersOf(ctx, s);
  const topics = s.topics ?? [];
  const cases = s.caseStudies ?? [];
  const nameOf = (id: string) => {
    const speaker = ctx.feed.speakers.find((x) => x.id === id);
    return speaker ? ctx.t(speaker.name) : '';
  };
  const about = markup`${s.overview ? markup`<h4>${ctx.m.details.overview}</h4>${paras(ctx, s.overview)}` : ''}${
    topics.length ? markup`<h4>${ctx.m.details.topics}</h4><ul>${topics.map((topic) => markup`<li lang="${ctx.langOf(topic)}">${ctx.t(topic)}</li>`)}</ul>` : ''
  }${
    cases.length
      ? markup`<h4>${ctx.m.details.caseStudies}</h4><ol class="cases">${cases.map(
          (study) =>
            markup`<li><span lang="${ctx.langOf(study.title)}">${ctx.t(study.title)}</span>${study.organization ? markup`<br><span class="muted">${ctx.t(study.organization)}</span>` : ''}${
              study.speakerIds?.length ? markup`<br><span class="muted">${ctx.m.details.presenters}: ${listOf(study.speakerIds.map(nameOf), ctx.lang)}</span>` : ''
            }</li>`,
        )}</ol>`
      : ''
  }${
    speakers.length
      ? markup`<h4>${ctx.m.list.speakers}</h4><ul class="speakers">${speakers.map(
          ({ speaker, role, note }) =>
            markup`<li><span class="role">${ctx.m.details.role[role]}</span> <span class="speaker-name" lang="${ctx.langOf(speaker.name)}">${ctx.t(speaker.name)}</span>${affiliation(ctx, speaker)}${
              note ? markup`<br><span class="muted">${note}</span>` : ''
            }</li>`,
        )}</ul>`
      : ''
  }${s.note ? markup`<h4>${ctx.m.details.note}</h4>${paras(ctx, s.note)}` : ''}`;
  const hasAbout = s.overview || s.note || topics.length > 0 || cases.length > 0 || speakers.length > 0;
  const player = status === 'archived' || (after && s.format.archive === true) ? recording(ctx, s) : '';
  const hasMaterials = (s.materials?.length ?? 0) > 0;
  const hasCalendar = s.startsAt !== undefined && !after;
  const before = status === 'upcoming' || status === 'open' || status === 'closed';
  const contact = !compact && s.application && (before || status === 'live');
  // In a series, the list's Apply (`#session-4/apply`) leads here without a script: the form's place.
  const id = compact ? attr('id', `${s.id}/apply`) : '';
  return markup`<article class="card" part="session" lang="${ctx.lang}"${id}><header>${labelLine(ctx, s, status)}<h3 part="title" lang="${ctx.langOf(s.title)}">${ctx.t(s.title)}</h3></header>${
    status === 'live' && s.stream ? markup`<p><a class="button" part="stream-link" href="${s.stream.url}" rel="noopener">${ctx.m.list.joinLiveStream}</a></p>` : ''
  }${status === 'archived' ? player : ''}<dl class="facts">${compact ? markup`<dt>${ctx.m.list.date}</dt><dd>${when(ctx, s)}</dd>` : dateRows(ctx, s, status)}${
    before && !compact ? markup`<dt>${ctx.m.details.howToApply}</dt><dd>${howToApply(ctx, s, status)}</dd>` : ''
  }<dt>${ctx.m.details.format}</dt><dd>${format(ctx, s, status)}</dd></dl>${status === 'ended' ? player : ''}${
    hasAbout || hasMaterials || hasCalendar
      ? markup`<div class="disclosures">${hasAbout ? more(ctx.m.details.aboutSession, about) : ''}${hasMaterials ? more(ctx.m.media.materialsHeading, materials(ctx, s)) : ''}${
          hasCalendar ? more(ctx.m.media.calendarHeading, calendar(ctx, s, pageUrl)) : ''
        }</div>`
      : ''
  }${contact ? contactBlock(ctx, ctx.feed.series.contact, `${sessionLabel(ctx, s)} ${ctx.t(s.title)}`) : ''}</article>`;
}

/* ---------------------------------------------------------------- speakers */

const SILHOUETTE = new Html('<svg viewBox="0 0 64 64" aria-hidden="true"><circle cx="32" cy="26" r="11" /><path d="M12 60c0-11 9-19 20-19s20 8 20 19z" /></svg>');

function speakerCard(ctx: Ctx, speaker: Speaker): Html {
  const name = ctx.t(speaker.name);
  const letter = initialOf(name);
  const photo = speaker.photo
    ? markup`<img class="avatar" part="photo" src="${speaker.photo.src}" alt="${ctx.t(speaker.photo.alt)}" loading="lazy" decoding="async" width="64" height="64">`
    : markup`<span class="avatar initial" part="photo" aria-hidden="true"${letter ? attr('lang', ctx.langOf(speaker.name)) : ''}>${letter ?? SILHOUETTE}</span>`;
  const sessions = ctx.feed.sessions
    .flatMap((s) => {
      const ref = s.speakers?.find((r) => r.speakerId === speaker.id);
      return ref ? [{ s, role: ref.role }] : [];
    })
    .sort((a, b) => a.s.number - b.s.number);
  // Without a script the whole bio shows: there is no button to open it.
  return markup`<article class="card" part="card" lang="${ctx.lang}"><header class="head">${photo}<div class="who"><h4 part="name" lang="${ctx.langOf(speaker.name)}">${name}</h4>${
    speaker.nameReading ? markup`<p class="reading" lang="${ctx.langOf(speaker.nameReading)}">${ctx.t(speaker.nameReading)}</p>` : ''
  }${affiliation(ctx, speaker)}</div></header>${speaker.bio && ctx.t(speaker.bio) ? markup`<div class="bio" part="bio">${paras(ctx, speaker.bio)}</div>` : ''}${
    speaker.links?.length
      ? markup`<ul class="links" aria-label="${ctx.m.details.links}">${speaker.links.map((link) => markup`<li><a href="${link.url}" rel="noopener" lang="${ctx.langOf(link.label)}">${ctx.t(link.label)}</a></li>`)}</ul>`
      : ''
  }${
    sessions.length
      ? markup`<div class="sessions" part="sessions"><h5>${ctx.m.details.appearsIn}</h5><ul>${sessions.map(({ s, role }) => {
          const href = sessionHref(ctx, s.id);
          const label = role !== 'lecturer' ? ctx.m.details.sessionWithRole(sessionLabel(ctx, s), ctx.m.details.role[role]) : sessionLabel(ctx, s);
          return markup`<li>${href ? markup`<a href="${href}">${label}</a>` : label}</li>`;
        })}</ul></div>`
      : ''
  }</article>`;
}

function speakerList(ctx: Ctx, sessionId?: string): Html {
  const s = ctx.feed.sessions.find((x) => x.id === sessionId);
  const ids = [...new Set(s ? (s.speakers ?? []).map((ref) => ref.speakerId) : ctx.feed.speakers.map((x) => x.id))];
  const speakers = ids.flatMap((id) => ctx.feed.speakers.filter((x) => x.id === id));
  if (speakers.length === 0) return markup`<p class="message" part="message" lang="${ctx.lang}">${ctx.m.details.noSpeakers}</p>`;
  return markup`<ul part="list" lang="${ctx.lang}">${speakers.map((speaker) => markup`<li>${nested('speaker-card', speakerCard(ctx, speaker), markup` part="card"`)}</li>`)}</ul>`;
}

/* ---------------------------------------------------------------- the series */

function series(ctx: Ctx, pageUrl: string): Html {
  const { series } = ctx.feed;
  const t = ctx.t;
  const sessions = [...ctx.feed.sessions].sort((a, b) => a.number - b.number);
  const statuses = sessions.map((s) => sessionStatus(s, ctx.now, ctx.timeZone));
  const open = statuses.includes('open');
  const showNow = open || sessions.some((s, i) => statuses[i] === 'upcoming' && s.application && s.startsAt);
  const fee = series.fee
    ? series.fee.label && (series.fee.amount > 0 || ctx.langOf(series.fee.label) === ctx.lang)
      ? t(series.fee.label)
      : formatFee(series.fee.amount, series.fee.currency, ctx.lang, ctx.m.details.free)
    : undefined;
  const contact = series.contact;
  const header = markup`<header part="header"><h2 part="title" lang="${ctx.langOf(series.title)}">${t(series.title)}</h2><p class="organizer">${ctx.m.details.organizer}: ${
    series.organizer.url ? markup`<a href="${series.organizer.url}" rel="noopener">${t(series.organizer.name)}</a>` : markup`<span lang="${ctx.langOf(series.organizer.name)}">${t(series.organizer.name)}</span>`
  }</p>${series.summary ? markup`<div class="summary">${paras(ctx, series.summary)}</div>` : ''}</header>`;
  const now = showNow
    ? markup`<section class="now card" part="now" aria-labelledby="sw-now"><h3 id="sw-now">${open ? ctx.m.details.nowOpen : ctx.m.details.nextSession}</h3>${nested(
        'session-list',
        sessionList(ctx, open ? { filter: ['open'] } : { filter: ['upcoming'], limit: 1 }),
      )}</section>`
    : '';
  const about = markup`<div class="about"><dl class="facts" part="facts">${fee ? markup`<div><dt>${ctx.m.details.fee}</dt><dd>${fee}</dd></div>` : ''}${
    series.attendance?.length ? markup`<div><dt>${ctx.m.details.attendanceHeading}</dt><dd>${listOf(series.attendance.map((a) => ctx.m.details.attendance[a]), ctx.lang)}</dd></div>` : ''
  }${ctx.feed.sessions.length ? markup`<div><dt>${ctx.m.details.sessionsHeading}</dt><dd>${ctx.m.details.sessionCount(ctx.feed.sessions.length)}</dd></div>` : ''}${
    series.audience ? markup`<div class="wide"><dt>${ctx.m.details.audience}</dt><dd lang="${ctx.langOf(series.audience)}">${t(series.audience)}</dd></div>` : ''
  }</dl>${
    series.goals?.length
      ? markup`<section class="goals" aria-labelledby="sw-goals"><h3 id="sw-goals">${ctx.m.details.goals}</h3><ul>${series.goals.map((g) => markup`<li lang="${ctx.langOf(g)}">${t(g)}</li>`)}</ul></section>`
      : ''
  }${series.registrationNote ? markup`<p class="registration" lang="${ctx.langOf(series.registrationNote)}">${t(series.registrationNote)}</p>` : ''}${
    series.notes?.length ? markup`<ul class="notes">${series.notes.map((n) => markup`<li lang="${ctx.langOf(n)}">${t(n)}</li>`)}</ul>` : ''
  }</div>`;
  return markup`<div class="series" lang="${ctx.lang}">${header}${now}${about}<section aria-labelledby="sw-sessions"><h3 id="sw-sessions">${ctx.m.details.sessionsHeading}</h3>${nested(
    'session-list',
    sessionList(ctx),
    markup` part="session-list"`,
  )}</section><ol class="details" aria-label="${ctx.m.details.sessionsHeading}">${sessions.map(
    // The id lets `#session-4` (the list's links) lead to the session without a script.
    (s) => markup`<li>${nested('session', session(ctx, s, pageUrl), markup` part="session" id="${s.id}"`)}</li>`,
  )}</ol>${
    ctx.feed.speakers.length
      ? markup`<section aria-labelledby="sw-speakers"><h3 id="sw-speakers">${ctx.m.details.speakersHeading}</h3>${nested('speaker-list', speakerList(ctx), markup` part="speaker-list"`)}</section>`
      : ''
  }${
    contact ? markup`<section class="contact-once" aria-labelledby="sw-contact"><h3 id="sw-contact">${ctx.m.details.contactHeading}</h3>${contactBlock(ctx, contact)}</section>` : ''
  }</div>`;
}

/* ---------------------------------------------------------------- the entry point */

/**
 * The HTML of one element for `feed` (the parsed JSON; it is validated as the elements
 * validate it, and items they would leave out are left out and reported in `issues`).
 * Throws `RenderError` when the feed cannot be used or the options do not fit it.
 */
export function renderHtml(input: unknown, options: RenderOptions): RenderResult {
  if (!RENDERABLE.includes(options.element)) throw new RenderError(`--element must be one of ${RENDERABLE.join(', ')}`);
  const checked = validateFeed(input, { baseUrl: options.pageUrl && options.src ? new URL(options.src, options.pageUrl).href : undefined });
  if (!checked.ok) throw new RenderError('the feed cannot be used', checked.issues);
  const feed = checked.feed;
  const lang: UiLanguage = options.lang ?? (primaryLanguage(feed.series.defaultLanguage ?? 'en') === 'ja' ? 'ja' : 'en');
  const now = options.now === undefined ? Date.now() : parseInstant(options.now);
  if (Number.isNaN(now)) throw new RenderError('--now must be an instant like 2025-12-10T10:00:00+09:00');
  const fallback = feed.series.defaultLanguage ?? 'en';
  const ctx: Ctx = {
    feed,
    lang,
    m: CATALOGUES[lang],
    timeZone: seriesTimeZone(feed.series),
    now,
    t: (text) => resolveText(text, lang, fallback),
    langOf: (text) => resolvedLanguage(text, lang, fallback) ?? fallback,
    inSeries: options.element === 'series',
    sessionUrl: options.sessionUrl,
  };
  const pageUrl = options.pageUrl ?? '';
  const jsonLdOptions = { pageUrl, now };
  const { element, sessionId } = options;
  let content: Html;
  let jsonLd: object | undefined;
  if (element === 'session') {
    if (!sessionId) throw new RenderError(ctx.m.details.missingSessionId);
    const s = feed.sessions.find((x) => x.id === sessionId);
    if (!s) throw new RenderError(ctx.m.details.unknownSession(sessionId));
    content = session(ctx, s, pageUrl);
    jsonLd = sessionJsonLd(feed, s, jsonLdOptions);
  } else if (element === 'speaker-list') {
    if (sessionId && !feed.sessions.some((x) => x.id === sessionId)) throw new RenderError(ctx.m.details.unknownSession(sessionId));
    content = speakerList(ctx, sessionId);
  } else if (element === 'session-list') {
    content = sessionList(ctx);
  } else {
    content = series(ctx, pageUrl);
    jsonLd = seriesJsonLd(feed, jsonLdOptions);
  }
  const attributes = markup`${attr('src', options.src)}${attr('lang', lang)}${attr('now', options.now)}${attr('session-id', sessionId)}${
    element === 'session-list' || element === 'speaker-list' ? attr('session-url', options.sessionUrl) : ''
  }`;
  // The JSON-LD sits inside the pre-rendered part: the element publishes its own when it takes over.
  const script = jsonLd ? new Html(`<script type="application/ld+json">${serializeJsonLd(jsonLd)}</script>`) : '';
  const out = markup`<seminar-${new Html(element)}${attributes}><div data-seminar-prerender>${content}${script}</div></seminar-${new Html(element)}>`;
  return { html: out.text, issues: checked.issues.map(formatIssue) };
}

