/**
 * The recording, the materials and the calendar links, loaded together as one chunk,
 * only when one of them is on the page (an archived session shows all three).
 */
import '../../elements/archive-player/seminar-archive-player.js';
import '../../elements/materials/seminar-materials.js';
import '../../elements/add-to-calendar/seminar-add-to-calendar.js';
