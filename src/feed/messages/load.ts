/**
 * Loads catalogue sections on demand: each section of each language is fetched once,
 * however many elements ask, and only when an element that reads it is on the page.
 */
import type { Catalogue, Messages, Section, UiLanguage } from './catalogue.js';

type Key = `${UiLanguage}/${Section}`;

const IMPORTS: { [K in Key]: () => Promise<{ messages: Catalogue[K extends `${string}/${infer S extends Section}` ? S : never] }> } = {
  'en/list': () => import('./en/list.js'),
  'ja/list': () => import('./ja/list.js'),
  'en/details': () => import('./en/details.js'),
  'ja/details': () => import('./ja/details.js'),
  'en/media': () => import('./en/media.js'),
  'ja/media': () => import('./ja/media.js'),
  'en/form': () => import('./en/form.js'),
  'ja/form': () => import('./ja/form.js'),
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
        pending = IMPORTS[key]().then((module) => void loaded.set(key, module.messages));
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
