/**
 * Loads catalogue sections on demand: each section of each language is fetched once,
 * however many elements ask, and only when an element that reads it is on the page.
 */
import type { Catalogue, Messages, Section, UiLanguage } from './catalogue.js';

type Key = `${UiLanguage}/${Section}`;

/** The section a key names: `en/form` → `form`. */
type SectionOf<K extends Key> = K extends `${UiLanguage}/${infer S extends Section}` ? S : never;

// The list's words are a chunk per language; the other sections of a language travel together.
const IMPORTS: { [K in Key]: () => Promise<Catalogue[SectionOf<K>]> } = {
  'en/list': () => import('./en/list.js').then((m) => m.messages),
  'ja/list': () => import('./ja/list.js').then((m) => m.messages),
  'en/details': () => import('./en/more.js').then((m) => m.details),
  'ja/details': () => import('./ja/more.js').then((m) => m.details),
  'en/media': () => import('./en/more.js').then((m) => m.media),
  'ja/media': () => import('./ja/more.js').then((m) => m.media),
  'en/form': () => import('./en/more.js').then((m) => m.form),
  'ja/form': () => import('./ja/more.js').then((m) => m.form),
};

const loaded = new Map<Key, object>();
const loading = new Map<Key, Promise<void>>();
const merged = new Map<string, object>();

/** Loads the `sections` of `lang`'s catalogue (each once per page). */
export function loadMessages(lang: UiLanguage, sections: readonly Section[]): Promise<void> {
  return Promise.all(
    sections.map((section) => {
      const key: Key = `${lang}/${section}`;
      let pending = loading.get(key);
      if (!pending) {
        pending = IMPORTS[key]().then((words) => void loaded.set(key, words));
        loading.set(key, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/** The `sections` of `lang`'s catalogue if all of them are loaded, else `undefined`. */
export function messagesIfLoaded<S extends Section>(lang: UiLanguage, sections: readonly S[]): Messages<S> | undefined {
  const id = `${lang}:${sections.join('+')}`;
  const known = merged.get(id);
  if (known) return known as Messages<S>;
  const messages: Partial<Record<Section, object>> = {};
  for (const section of sections) {
    const words = loaded.get(`${lang}/${section}`);
    if (!words) return undefined;
    messages[section] = words;
  }
  merged.set(id, messages);
  return messages as Messages<S>;
}
