import { createContext } from '@lit/context';
import type { FeedState } from '../../feed/load.js';

/** What `<seminar-feed>` provides to every seminar element inside it. */
export const feedContext = createContext<FeedState>(Symbol.for('seminar-widgets.feed'));
