/**
 * The detailed display elements, loaded together as one chunk: a page that shows
 * one of them usually shows the others (a series holds sessions and speakers).
 */
import '../series/seminar-series.js';
import '../session/seminar-session.js';
import '../speaker-card/seminar-speaker-card.js';
import '../speaker-list/seminar-speaker-list.js';
