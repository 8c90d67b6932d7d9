/**
 * Where the script-tag bundle loads each element's code from, on demand: the
 * detailed elements (series, session, speakers) together, the form alone, the
 * recording with materials and calendar together (`chunks/`).
 */
const details = () => import('./chunks/details.js');
const extras = () => import('../elements/session/extras.js');

export const elementLoaders: Record<string, () => Promise<unknown>> = {
  'seminar-feed': () => import('../elements/feed/seminar-feed.js'),
  'seminar-series': details,
  'seminar-session': details,
  'seminar-speaker-card': details,
  'seminar-speaker-list': details,
  'seminar-application-form': () => import('../elements/application-form/seminar-application-form.js'),
  'seminar-archive-player': extras,
  'seminar-materials': extras,
  'seminar-add-to-calendar': extras,
};

/** Loads and defines `tag` unless it is defined already. */
export function ensureDefined(tag: string): void {
  if (customElements.get(tag)) return;
  elementLoaders[tag]?.().catch((error: unknown) => console.error(`seminar-widgets: could not load <${tag}>`, error));
}
