/**
 * The ja words beyond the list's: the detailed elements', the recording's and the
 * form's, in one chunk (a page that shows more than a list needs most of them).
 */
export { messages as more } from './ja-more.js';
export { messages as media } from './ja-media.js';
export { messages as form } from './form-ja.js';
