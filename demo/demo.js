// The demo page's controls: a language switch and a date control that sets `now`
// on every seminar element, so each status can be seen. Plain JavaScript: the
// receiver serves it as it is.
const PRESETS = [
  ['Session 1: before applications open', '2025-06-20T10:00:00+09:00'],
  ['Session 1: applications open', '2025-07-01T10:00:00+09:00'],
  ['Session 1: applications closed', '2025-07-29T10:00:00+09:00'],
  ['Session 1: live', '2025-07-31T14:30:00+09:00'],
  ['Session 1: ended', '2025-08-01T10:00:00+09:00'],
  ['Session 4: applications open', '2025-12-10T10:00:00+09:00'],
];

const form = document.querySelector('#controls');
const langSelect = form.elements.namedItem('lang');
const nowInput = form.elements.namedItem('now');
const presetSelect = form.elements.namedItem('preset');
const status = document.querySelector('#status');
for (const [label, instant] of PRESETS) presetSelect.add(new Option(label, instant));

const params = new URLSearchParams(location.search);
langSelect.value = params.get('lang') === 'ja' ? 'ja' : 'en';
nowInput.value = (params.get('now') ?? document.documentElement.dataset.now ?? '').slice(0, 16);

function apply() {
  document.documentElement.lang = langSelect.value;
  const local = nowInput.value;
  const now = local ? `${local.length === 16 ? `${local}:00` : local}+09:00` : undefined;
  for (const el of document.querySelectorAll('#demo > *')) {
    if (now) el.setAttribute('now', now);
    else el.removeAttribute('now');
  }
  status.textContent = now ? `Showing the page as of ${now} (Japan time)` : 'Showing the page as of now';
  const url = new URL(location.href);
  url.searchParams.set('lang', langSelect.value);
  if (now) url.searchParams.set('now', now);
  else url.searchParams.delete('now');
  history.replaceState(null, '', url);
}

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
