/**
 * The sections beyond the list's, loaded together: a page that shows more than a list
 * needs most of them.
 */
export { messages as details } from './details.js';
export { messages as media } from './media.js';
export { messages as form } from './form.js';
