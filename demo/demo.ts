/**
 * The demo page: the whole default series, a language switch and a control that
 * sets `now` on every element, so each status can be seen.
 */
import '../src/seminar-widgets.js';

const PRESETS: Array<[label: string, instant: string]> = [
  ['Session 1: before applications open', '2025-06-20T10:00:00+09:00'],
  ['Session 1: applications open', '2025-07-01T10:00:00+09:00'],
  ['Session 1: applications closed', '2025-07-29T10:00:00+09:00'],
  ['Session 1: live', '2025-07-31T14:30:00+09:00'],
  ['Session 1: ended', '2025-08-01T10:00:00+09:00'],
  ['Session 4: applications open', '2025-12-10T10:00:00+09:00'],
];

const form = document.querySelector<HTMLFormElement>('#controls')!;
const langSelect = form.elements.namedItem('lang') as HTMLSelectElement;
const nowInput = form.elements.namedItem('now') as HTMLInputElement;
const presetSelect = form.elements.namedItem('preset') as HTMLSelectElement;
const status = document.querySelector('#status')!;

for (const [label, instant] of PRESETS) presetSelect.add(new Option(label, instant));

const params = new URLSearchParams(location.search);

function seminarElements(): Element[] {
  return [...document.querySelectorAll('#demo > *')];
}

function apply(): void {
  document.documentElement.lang = langSelect.value;
  const local = nowInput.value;
  const now = local ? `${local.length === 16 ? `${local}:00` : local}+09:00` : undefined;
  for (const el of seminarElements()) {
    if (now) el.setAttribute('now', now);
    else el.removeAttribute('now');
  }
  status.textContent = now ? `Showing the page as of ${now}` : 'Showing the page as of now';
  const url = new URL(location.href);
  url.searchParams.set('lang', langSelect.value);
  if (now) url.searchParams.set('now', now);
  else url.searchParams.delete('now');
  history.replaceState(null, '', url);
}

langSelect.value = params.get('lang') === 'ja' ? 'ja' : 'en';
const initialNow = params.get('now');
if (initialNow) nowInput.value = initialNow.slice(0, 16);

langSelect.addEventListener('change', apply);
nowInput.addEventListener('change', () => {
  presetSelect.value = '';
  apply();
});
presetSelect.addEventListener('change', () => {
  nowInput.value = presetSelect.value.slice(0, 16);
  apply();
});
form.addEventListener('submit', (event) => event.preventDefault());
apply();
