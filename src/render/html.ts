/**
 * HTML as strings, escaped by construction: `markup` is a tagged template whose
 * interpolated values are escaped unless they are `Html` themselves, so a feed string
 * can never become markup. Arrays are joined; `undefined`, `null` and `false` are empty.
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Value = Html | string | number | false | null | undefined | readonly Value[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function piece(value: Value): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(piece).join('');
  return escapeHtml(String(value));
}

export function markup(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0];
  values.forEach((value, i) => (out += piece(value) + strings[i + 1]));
  return new Html(out);
}

/** ` name="value"`, or nothing when the value is `undefined`. */
export function attr(name: string, value: string | number | undefined): Html {
  return value === undefined ? new Html('') : markup` ${new Html(name)}="${String(value)}"`;
}
