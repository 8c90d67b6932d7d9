// Compiled by `npm run test:types` against dist/jsx/svelte.d.ts: the attributes Svelte templates check.
import type { SvelteHTMLElements } from 'svelte/elements';

export const list: SvelteHTMLElements['seminar-session-list'] = { filter: 'open', limit: 3, class: 'x' };
// @ts-expect-error — limit is a number
export const wrong: SvelteHTMLElements['seminar-session-list'] = { limit: [] };
