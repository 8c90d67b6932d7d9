/**
 * The detailed display elements, loaded together as one chunk: a page that shows one
 * of them usually shows the others (a series holds sessions and speakers, a session its
 * calendar links, then its recording and materials). One chunk, not two, is ~0.9 KiB
 * less in all (gzip shares one dictionary) and one request fewer for a series; a page
 * with only a recording, materials or a calendar button loads the whole chunk.
 */
import '../../elements/series/seminar-series.js';
import '../../elements/session/seminar-session.js';
import '../../elements/speaker-card/seminar-speaker-card.js';
import '../../elements/speaker-list/seminar-speaker-list.js';
import '../../elements/session/extras.js';
