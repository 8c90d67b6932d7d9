/**
 * The en words beyond the list's: the detailed elements', the recording's and the
 * form's, in one chunk (a page that shows more than a list needs most of them).
 */
export { messages as more } from './en-more.js';
export { messages as media } from './en-media.js';
export { messages as form } from './form-en.js';
