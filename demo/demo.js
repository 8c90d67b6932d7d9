// The demo page's preview controls: a language switch for the whole page (the
// partner's chrome and the widgets), and a date control that sets `now` on every
// seminar element, so each status can be seen. The words are demo/strings.json,
// the same the receiver rendered the page from. Plain JavaScript: the receiver
// serves it as it is.
const PRESETS = [
  [{ en: 'Session 1: before applications open', ja: '第1回：申込受付前' }, '2025-06-20T10:00:00+09:00'],
  [{ en: 'Session 1: applications open', ja: '第1回：申込受付中' }, '2025-07-01T10:00:00+09:00'],
  [{ en: 'Session 1: applications closed', ja: '第1回：申込受付終了' }, '2025-07-29T10:00:00+09:00'],
  [{ en: 'Session 1: live', ja: '第1回：配信中' }, '2025-07-31T14:30:00+09:00'],
  [{ en: 'Session 1: ended', ja: '第1回：終了' }, '2025-08-01T10:00:00+09:00'],
  [{ en: 'Session 4: applications open', ja: '第4回：申込受付中' }, '2025-12-10T10:00:00+09:00'],
];

const strings = await (await fetch(new URL('./strings.json', import.meta.url))).json();
const root = document.documentElement;
const timeZone = root.dataset.timeZone || 'Asia/Tokyo';

// --- Time in the series' zone, whatever the visitor's own zone is.

const zoneParts = new Intl.DateTimeFormat('en-US', {
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function partsAt(ms) {
  return Object.fromEntries(zoneParts.formatToParts(ms).map((p) => [p.type, p.value]));
}

/** How far the zone's clock is ahead of UTC at `ms`, in ms. */
function offsetAt(ms) {
  const p = partsAt(ms);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/** `2025-12-10T10:00` in the zone at `ms` (what the datetime-local input holds). */
function wallClock(ms) {
  const p = partsAt(ms);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The instant of a wall-clock time in the zone. */
function fromWallClock(wall) {
  const guess = Date.parse(`${wall.slice(0, 16)}:00Z`);
  if (Number.isNaN(guess)) return undefined;
  const first = guess - offsetAt(guess);
  return guess - offsetAt(first);
}

/** `2025-12-10T10:00:00+09:00`: the `now` attribute and the shareable `?now=`. */
function instantText(ms) {
  const offset = Math.round(offsetAt(ms) / 60_000);
  const abs = Math.abs(offset);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${wallClock(ms)}:00${offset < 0 ? '-' : '+'}${hhmm}`;
}

// --- Words.

function word(lang, key) {
  const words = strings[lang];
  return words[key].replaceAll('{zone}', words.zones[timeZone] ?? timeZone);
}

function statusLine(ms, lang) {
  if (ms === undefined) return word(lang, 'statusNow');
  const words = strings[lang];
  const time = new Intl.DateTimeFormat(words.locale, { ...words.dateTime, timeZone }).format(ms);
  return word(lang, 'statusAt').replace('{time}', time);
}

// --- The controls.

const form = document.querySelector('#controls');
const langSelect = form.elements.namedItem('lang');
const nowInput = form.elements.namedItem('now');
const presetSelect = form.elements.namedItem('preset');
const status = document.querySelector('#status');

const clockMs = fromWallClock(root.dataset.now ?? '');
presetSelect.options[0].value = clockMs === undefined ? '' : instantText(clockMs);
const custom = new Option('', '');
custom.dataset.t = 'customTime';
custom.hidden = true;
presetSelect.add(custom, 0);
const presetLabels = new Map();
for (const [labels, instant] of PRESETS) {
  const option = new Option(labels.en, instantText(Date.parse(instant)));
  presetLabels.set(option, labels);
  presetSelect.add(option);
}

const params = new URLSearchParams(location.search);
langSelect.value = params.get('lang') === 'ja' ? 'ja' : 'en';
const shared = Date.parse((params.get('now') ?? '').replace(' ', '+')); // a typed "+09:00" arrives as " 09:00"
if (!Number.isNaN(shared)) nowInput.value = wallClock(shared);
else if (!nowInput.value && root.dataset.now) nowInput.value = root.dataset.now;

function translate(lang) {
  root.lang = lang;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = word(lang, el.dataset.t);
  for (const el of document.querySelectorAll('[data-t-label]')) el.setAttribute('aria-label', word(lang, el.dataset.tLabel));
  for (const [option, labels] of presetLabels) option.textContent = labels[lang];
}

function apply() {
  const lang = langSelect.value;
  translate(lang);
  const ms = nowInput.value ? fromWallClock(nowInput.value) : undefined;
  const now = ms === undefined ? undefined : instantText(ms);
  for (const el of document.querySelectorAll('#demo > *')) {
    if (now) el.setAttribute('now', now);
    else el.removeAttribute('now');
  }
  // The preset list says where the preview is: a preset, the clock, or a time of one's own.
  const match = [...presetSelect.options].find((o) => o !== custom && o.value === now);
  custom.hidden = Boolean(match);
  presetSelect.value = match ? match.value : '';
  status.textContent = statusLine(ms, lang);
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  if (now) url.searchParams.set('now', now);
  else url.searchParams.delete('now');
  history.replaceState(null, '', url);
  // The partner's own links to this page keep the preview.
  for (const link of document.querySelectorAll('a[href="/"], a[data-home]')) {
    link.dataset.home = '';
    link.href = url.pathname + url.search;
  }
}

langSelect.addEventListener('change', apply);
nowInput.addEventListener('change', apply);
presetSelect.addEventListener('change', () => {
  if (presetSelect.value) nowInput.value = wallClock(Date.parse(presetSelect.value));
  apply();
});
form.addEventListener('submit', (event) => event.preventDefault());
apply();
