/** English words of the recording, materials and calendar elements. */
import type { MediaMessages } from '../catalogue.js';

export const messages: MediaMessages = {
  play: (title) => `Play the recording: ${title}`,
  length: (duration) => `Length ${duration}`,
  availableUntil: (date) => `Available until ${date}`,
  chapters: 'Chapters',
  playFrom: (time, title) => `Play from ${time}: ${title}`,
  watchOn: { youtube: 'Watch on YouTube', vimeo: 'Watch on Vimeo', video: 'Open the video file' },
  noRecording: 'There is no recording of this session.',
  playerTitle: (title) => `Recording: ${title}`,
  materialsHeading: 'Materials',
  noMaterials: 'There are no materials for this session.',
  calendarHeading: 'Add to calendar',
  downloadIcs: 'Download for your calendar (.ics)',
  googleCalendar: 'Google Calendar',
  outlookCalendar: 'Outlook.com',
  calendarEnded: 'This session has ended.',
  calendarToBeAnnounced: 'The date will be announced.',
};
