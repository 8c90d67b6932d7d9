/**
 * Where the script-tag bundle loads each element's code from, on demand: the
 * detailed elements (series, session, speakers, and the recording, materials and calendar
 * a session shows) together, the form alone (`chunks/`).
 */
// Each loader asks at once for every chunk its element imports (the shared `common` chunk
// too), so that none is found only when another has arrived: one round trip, not two.
const common = () => import('../controllers/feed-provider.js');
const details = () => Promise.all([common(), import('./chunks/details.js')]);

export const elementLoaders: Record<string, () => Promise<unknown>> = {
  'seminar-feed': () => import('../elements/feed/seminar-feed.js'),
  'seminar-series': details,
  'seminar-session': details,
  'seminar-speaker-card': details,
  'seminar-speaker-list': details,
  'seminar-application-form': () => Promise.all([common(), import('../elements/application-form/seminar-application-form.js')]),
  'seminar-archive-player': details,
  'seminar-materials': details,
  'seminar-add-to-calendar': details,
};

/** Loads and defines `tag` unless it is defined already. */
export function ensureDefined(tag: string): void {
  if (customElements.get(tag)) return;
  elementLoaders[tag]?.().catch((error: unknown) => console.error(`seminar-widgets: could not load <${tag}>`, error));
}
