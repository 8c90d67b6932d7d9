/**
 * Where the script-tag bundle loads each element's code from, on demand: the
 * detailed elements (series, session, speakers) together, the form alone, the
 * recording with materials and calendar together (`chunks/`).
 */
// Each loader asks at once for every chunk its element imports (the shared `common` chunk
// too), so that none is found only when another has arrived: one round trip, not two.
const common = () => import('../controllers/feed-provider.js');
const details = () => Promise.all([common(), import('./chunks/details.js')]);
const extras = () => Promise.all([common(), import('../elements/session/extras.js')]);
// A series or a session shows the calendar, recording or materials of its sessions as well.
const sessions = () => Promise.all([details(), extras()]);

export const elementLoaders: Record<string, () => Promise<unknown>> = {
  'seminar-feed': () => import('../elements/feed/seminar-feed.js'),
  'seminar-series': sessions,
  'seminar-session': sessions,
  'seminar-speaker-card': details,
  'seminar-speaker-list': details,
  'seminar-application-form': () => Promise.all([common(), import('../elements/application-form/seminar-application-form.js')]),
  'seminar-archive-player': extras,
  'seminar-materials': extras,
  'seminar-add-to-calendar': extras,
};

/** Loads and defines `tag` unless it is defined already. */
export function ensureDefined(tag: string): void {
  if (customElements.get(tag)) return;
  elementLoaders[tag]?.().catch((error: unknown) => console.error(`seminar-widgets: could not load <${tag}>`, error));
}
