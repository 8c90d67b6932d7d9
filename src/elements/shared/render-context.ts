import type { Messages, Section, UiLanguage } from '../../feed/messages/catalogue.js';
import type { Feed } from '../../feed/schema.js';
import type { Text } from '../../feed/text.js';
import type { Seats } from '../../feed/availability.js';

/** Everything an element needs to render the feed for one visitor, built once per update. */
export interface RenderContext<S extends Section = 'list'> {
  feed: Feed;
  lang: UiLanguage;
  m: Messages<S>;
  timeZone: string;
  now: number;
  /** Resolves a feed Text for the page's language. */
  t: (text: Text | undefined) => string;
  /** The language that Text resolves to, for a `lang` attribute. */
  langOf: (text: Text | undefined) => string;
  /** Seats per session id, once the feed's `availabilityUrl` has answered. */
  seats?: Record<string, Seats>;
}
