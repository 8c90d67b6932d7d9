/**
 * Text values of the feed: a plain string or a map of language tag to string.
 * Resolution follows docs/feed-guide.md, "Conventions": exact tag, primary subtag, the series'
 * default language, then the first value present.
 */
export type Text = string | Readonly<Record<string, string>>;

/** The primary subtag of a language tag, lower-cased: `ja-JP` → `ja`. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
}

function findKey(map: Readonly<Record<string, string>>, wanted: string): string | undefined {
  const lower = wanted.toLowerCase();
  return Object.keys(map).find((key) => key.toLowerCase() === lower);
}

/** Resolves a Text for a page in `lang`. Absent text resolves to `''`. */
export function resolveText(text: Text | undefined, lang: string, defaultLanguage = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const key = resolvedLanguage(text, lang, defaultLanguage);
  return (key === undefined ? undefined : text[key]) ?? '';
}

/**
 * The language a Text resolves to, so that markup can carry the right `lang`
 * attribute when content falls back to another language (for screen readers
 * and for Japanese line breaking).
 */
export function resolvedLanguage(text: Text | undefined, lang: string, defaultLanguage = 'en'): string | undefined {
  if (text === undefined || typeof text === 'string') return undefined;
  for (const wanted of [lang, primaryLanguage(lang), defaultLanguage, primaryLanguage(defaultLanguage)]) {
    if (!wanted) continue;
    const key = findKey(text, wanted);
    if (key !== undefined) return key;
  }
  return Object.keys(text)[0];
}

/** Splits plain text into paragraphs at blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

const lists = new Map<string, Intl.ListFormat>();

/** Items as one phrase in `lang`: `A, B, C` / `A、B、C`. */
export function listOf(items: readonly string[], lang: string): string {
  let format = lists.get(lang);
  if (!format) lists.set(lang, (format = new Intl.ListFormat(lang, { type: 'conjunction', style: 'narrow' })));
  return format.format(items);
}

/** A fee for display: `free` for 0, else the amount in its currency. */
export function formatFee(amount: number, currency: string, lang: string, free: string): string {
  if (amount === 0) return free;
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { style: 'currency', currency }).format(amount);
}
