/** English words every element needs. */
import type { ListMessages } from '../catalogue.js';

export const messages: ListMessages = {
  status: {
    upcoming: 'Upcoming',
    open: 'Applications open',
    closed: 'Applications closed',
    live: 'Live now',
    archived: 'Recording available',
    ended: 'Ended',
  },
  level: { basic: 'Basic', advanced: 'Advanced', practical: 'Practical' },
  sessionNumber: (n) => `Session ${n}`,
  sessionHeading: (number, label) => `${number} · ${label}`,
  dateToBeAnnounced: 'Date to be announced',
  date: 'Date',
  applicationPeriod: 'Application period',
  speakers: 'Speakers',
  noSessions: 'There are no sessions to show.',
  loading: 'Loading the seminar schedule…',
  feedError: 'The seminar schedule could not be loaded. Please try again later.',
  feedErrorContact: (name) => `For questions, please contact ${name}:`,
  missingSource: 'This element needs a src attribute with the feed URL, or a <seminar-feed> element around it.',
  lastUpdated: (when) => `Last updated ${when}. The latest schedule could not be loaded just now.`,
  opensSoon: 'Opens soon',
  apply: 'Apply',
  applyBy: (deadline) => `by ${deadline}`,
  seats: (n, w) => (n ? `${n} seat${n > 1 ? 's' : ''} left` : w ? 'Full — join the waiting list' : 'Full'),
  joinLiveStream: 'Join the live stream',
  watchRecording: 'Watch the recording',
  editorDetails: 'Details for the site’s editors',
};
