export { SeminarFeed } from './elements/feed/seminar-feed.js';
export { SeminarSeries } from './elements/series/seminar-series.js';
export { SeminarSessionList } from './elements/session-list/seminar-session-list.js';
export { SeminarSession } from './elements/session/seminar-session.js';
export { SeminarSpeakerCard } from './elements/speaker-card/seminar-speaker-card.js';
export { SeminarSpeakerList } from './elements/speaker-list/seminar-speaker-list.js';
export { SeminarApplicationForm } from './elements/application-form/seminar-application-form.js';
export { SeminarArchivePlayer } from './elements/archive-player/seminar-archive-player.js';
export type { ArchivePlayDetail } from './elements/archive-player/seminar-archive-player.js';
export { SeminarMaterials } from './elements/materials/seminar-materials.js';
export { SeminarAddToCalendar } from './elements/add-to-calendar/seminar-add-to-calendar.js';
export { buildIcs, googleCalendarUrl, outlookCalendarUrl } from './feed/ics.js';
export { seriesJsonLd, sessionJsonLd, serializeJsonLd } from './feed/jsonld.js';
export type {
  ApplicationSubmitDetail,
  ApplicationSuccessDetail,
  ApplicationErrorDetail,
} from './elements/application-form/seminar-application-form.js';
export { checkApplication, ApplicationBody as ApplicationBodySchema } from './feed/application.js';
export type { ApplicationBody, FieldProblem } from './feed/application.js';
export { SeminarElement } from './elements/shared/base.js';
export { SessionElement } from './elements/shared/session-element.js';
export type { FeedLoadDetail, FeedErrorDetail, SessionSelectDetail } from './controllers/events.js';
export type { FeedState } from './feed/load.js';
export type {
  Feed,
  Series,
  Session,
  Speaker,
  Material,
  Archive,
  Application,
  ApplicationField,
  Contact,
  SessionSpeaker,
  Level,
} from './feed/schema.js';
export type { Text } from './feed/text.js';
export type { Status } from './feed/status.js';
export { validateFeed, formatIssue } from './feed/validate.js';
export type { Issue, ValidationResult, ValidateOptions } from './feed/validate.js';
