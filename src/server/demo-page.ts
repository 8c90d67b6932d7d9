/**
 * The receiver's demo page: a generic partner site (an example association's
 * header, breadcrumb, content column and footer) showing the whole series from
 * /feed.json, under a small dark toolbar of preview controls (language, the
 * moment to preview) that is plainly not part of that site.
 *
 * The page is rendered in the language of `?lang=`; demo/demo.js switches it in
 * place from the same words (demo/strings.json), so the two cannot drift apart.
 */
import { zoneOffset } from '../feed/instant.js';
import strings from '../../demo/strings.json' with { type: 'json' };

export type DemoLanguage = keyof typeof strings;
type Words = (typeof strings)[DemoLanguage];
/** The keys of the page's plain words (not the date settings). */
export type WordKey = { [K in keyof Words]: Words[K] extends string ? K : never }[keyof Words];

export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

export interface DemoPageOptions {
  /** The series' time zone (`series.timeZone` of the feed); Asia/Tokyo when absent. */
  timeZone?: string;
  /** `?lang=` of the request: `ja`, or English for anything else. */
  lang?: string | null;
  /** `?now=` of the request: the instant to preview instead of the receiver's clock. */
  previewAt?: string | null;
}

export function demoLanguage(value: string | null | undefined): DemoLanguage {
  return value === 'ja' ? 'ja' : 'en';
}


/** The wall-clock time in `timeZone` at the instant `ms`, as a datetime-local input holds it: `2025-12-10T10:00`. */
export function wallClock(ms: number, timeZone: string): string {
  // The zone's wall clock is UTC shifted by its offset at that instant.
  return new Date(ms + zoneOffset(ms, timeZone)).toISOString().slice(0, 16);
}

/** The instant `ms` for people: "Wed, 10 Dec 2025, 10:00" or "2025年12月10日(水) 10:00", in `timeZone`. */
export function humanTime(ms: number, lang: DemoLanguage, timeZone: string): string {
  const words = strings[lang];
  return new Intl.DateTimeFormat(words.locale, { ...(words.dateTime as Intl.DateTimeFormatOptions), timeZone }).format(ms);
}

/** The page's words in `lang`, with `{zone}` filled in: "Japan time", or the zone's name when there is no word for it. */
export function word(lang: DemoLanguage, key: WordKey, timeZone: string = DEFAULT_TIME_ZONE): string {
  const zones: Record<string, string> = strings[lang].zones;
  return strings[lang][key].replaceAll('{zone}', zones[timeZone] ?? timeZone);
}

/** The status line of the toolbar for the preview instant (`undefined`: the visitor's own clock). */
export function statusLine(ms: number | undefined, lang: DemoLanguage, timeZone: string): string {
  if (ms === undefined) return word(lang, 'statusNow', timeZone);
  return word(lang, 'statusAt', timeZone).replace('{time}', humanTime(ms, lang, timeZone));
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** The example association's mark: two rings, for the 〇〇 of a placeholder name. */
const MARK = `<svg class="site-mark" viewBox="0 0 32 32" width="40" height="40" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="6" fill="currentColor"/><circle cx="12" cy="16" r="6" fill="none" stroke="#fff" stroke-width="2.5"/><circle cx="20" cy="16" r="6" fill="none" stroke="#fff" stroke-width="2.5"/></svg>`;

/** The receiver's demo page at the receiver's clock `now` (ms). */
export function demoPage(now: number, options: DemoPageOptions = {}): string {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const lang = demoLanguage(options.lang);
  // A "+09:00" typed into an address arrives as " 09:00".
  const asked = options.previewAt ? Date.parse(options.previewAt.replace(' ', '+')) : NaN;
  const preview = Number.isNaN(asked) ? now : asked;
  const t = (key: WordKey) => esc(word(lang, key, timeZone));
  // `data-t` names the word an element shows, so demo.js can change the language in place.
  const w = (key: WordKey) => `data-t="${key}">${t(key)}`;
  const option = (value: DemoLanguage, name: string) =>
    `<option value="${value}" lang="${value}"${value === lang ? ' selected' : ''}>${name}</option>`;
  const placeholder = (key: WordKey) => `<li><a ${w(key)}</a></li>`;
  return `<!doctype html>
<html lang="${lang}" data-now="${wallClock(now, timeZone)}" data-time-zone="${esc(timeZone)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title data-t="documentTitle">${t('documentTitle')}</title>
    <link rel="icon" href="/demo/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/demo/demo.css" />
    <script type="module" src="/dist/seminar-widgets.js"></script>
    <script type="module" src="/demo/demo.js"></script>
  </head>
  <body>
    <a class="skip-link" href="#content" ${w('skipLink')}</a>
    <section class="preview" aria-labelledby="preview-title">
      <div class="preview__inner">
        <p class="preview__title" id="preview-title" ${w('previewTitle')}</p>
        <form class="preview__controls" id="controls">
          <label class="preview__field"><span ${w('language')}</span>
            <select name="lang">${option('en', 'English')}${option('ja', '日本語')}</select>
          </label>
          <label class="preview__field"><span ${w('previewAt')}</span>
            <input type="datetime-local" name="now" step="60" value="${wallClock(preview, timeZone)}" />
          </label>
          <label class="preview__field"><span ${w('jumpTo')}</span>
            <select name="preset"><option value="clock" data-t="receiverClock">${t('receiverClock')}</option></select>
          </label>
        </form>
        <p class="preview__status" id="status" role="status">${esc(statusLine(preview, lang, timeZone))}</p>
      </div>
    </section>
    <header class="site-header">
      <div class="container site-header__inner">
        <a class="site-name" href="/">${MARK}<span class="site-name__text"><span data-t="siteName">${t('siteName')}</span> <span class="site-name__tag" ${w('sampleTag')}</span></span></a>
        <nav class="site-nav" aria-label="${t('siteMenu')}" data-t-label="siteMenu">
          <ul>
            <li><a href="/" ${w('navHome')}</a></li>
            ${placeholder('navAbout')}
            ${placeholder('navMembers')}
            <li><a href="" aria-current="page" ${w('navEvents')}</a></li>
            ${placeholder('navContact')}
          </ul>
        </nav>
      </div>
    </header>
    <main id="content" tabindex="-1">
      <div class="page-header">
        <div class="container">
          <nav class="breadcrumb" aria-label="${t('breadcrumb')}" data-t-label="breadcrumb">
            <ol>
              <li><a href="/" ${w('navHome')}</a></li>
              <li aria-current="page" ${w('navEvents')}</li>
            </ol>
          </nav>
          <h1 class="page-title" ${w('pageTitle')}</h1>
          <p class="lede" ${w('lede')}</p>
        </div>
      </div>
      <div class="container series-slot" id="demo">
        <seminar-series src="/feed.json"></seminar-series>
      </div>
    </main>
    <footer class="site-footer">
      <div class="container">
        <nav aria-label="${t('footerMenu')}" data-t-label="footerMenu">
          <ul class="site-footer__links">
            ${placeholder('footerPrivacy')}
            ${placeholder('footerAccessibility')}
            ${placeholder('footerSitemap')}
          </ul>
        </nav>
        <p class="site-footer__note" ${w('footerNote')}</p>
        <p class="site-footer__copy" ${w('copyright')}</p>
      </div>
    </footer>
  </body>
</html>
`;
}
