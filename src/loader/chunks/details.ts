/**
 * The detailed display elements, loaded together as one chunk: a page that shows one
 * of them usually shows the others (a series holds sessions and speakers).
 */
import '../../elements/series/seminar-series.js';
import '../../elements/session/seminar-session.js';
import '../../elements/speaker-card/seminar-speaker-card.js';
import '../../elements/speaker-list/seminar-speaker-list.js';
