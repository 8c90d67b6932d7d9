/**
 * Where every element's code is loaded from, on demand. One module owns all the
 * dynamic imports, so the bundler keeps shared code in the entry file: three chunks,
 * the detailed elements, the form, and the recording with materials and calendar.
 */
const details = () => import('./details.js');
const extras = () => import('./session-extras.js');

export const elementLoaders: Record<string, () => Promise<unknown>> = {
  'seminar-series': details,
  'seminar-session': details,
  'seminar-speaker-card': details,
  'seminar-speaker-list': details,
  'seminar-application-form': () => import('../application-form/seminar-application-form.js'),
  'seminar-archive-player': extras,
  'seminar-materials': extras,
  'seminar-add-to-calendar': extras,
};

/** Loads and defines `tag` unless it is defined already. */
export function ensureDefined(tag: keyof typeof elementLoaders | string): void {
  if (customElements.get(tag)) return;
  elementLoaders[tag]?.().catch((error: unknown) => console.error(`seminar-widgets: could not load <${tag}>`, error));
}
