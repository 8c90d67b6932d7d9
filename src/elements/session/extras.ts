/**
 * What a session shows as its status calls for: the recording, the materials and the
 * calendar links, loaded together as one chunk when one of them is needed (an archived
 * session shows all three). The script-tag loader loads the same module for those tags.
 */
import '../archive-player/seminar-archive-player.js';
import '../materials/seminar-materials.js';
import '../add-to-calendar/seminar-add-to-calendar.js';
