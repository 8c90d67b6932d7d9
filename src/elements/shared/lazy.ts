/**
 * Where every element's code is loaded from, on demand. One module owns all the
 * dynamic imports, so the bundler keeps shared code in the entry file and each
 * element in a chunk of its own, whichever element asks for another first.
 */
export const elementLoaders: Record<string, () => Promise<unknown>> = {
  'seminar-series': () => import('../series/seminar-series.js'),
  'seminar-session': () => import('../session/seminar-session.js'),
  'seminar-speaker-card': () => import('../speaker-card/seminar-speaker-card.js'),
  'seminar-speaker-list': () => import('../speaker-list/seminar-speaker-list.js'),
  'seminar-application-form': () => import('../application-form/seminar-application-form.js'),
  'seminar-archive-player': () => import('../archive-player/seminar-archive-player.js'),
  'seminar-materials': () => import('../materials/seminar-materials.js'),
  'seminar-add-to-calendar': () => import('../add-to-calendar/seminar-add-to-calendar.js'),
};

/** Loads and defines `tag` unless it is defined already. */
export function ensureDefined(tag: keyof typeof elementLoaders | string): void {
  if (customElements.get(tag)) return;
  elementLoaders[tag]?.().catch((error: unknown) => console.error(`seminar-widgets: could not load <${tag}>`, error));
}
