/**
 * What a session shows as its status calls for: the recording, the materials and the
 * calendar links, loaded together when one of them is needed (an archived session shows
 * all three): for a bundler's app, one lazy chunk. The script-tag bundle carries them in
 * its details chunk (src/loader/chunks/details.ts).
 */
import '../archive-player/seminar-archive-player.js';
import '../materials/seminar-materials.js';
import '../add-to-calendar/seminar-add-to-calendar.js';
