// Compiled by `npm run test:types` against dist/jsx/preact.d.ts.
import type { JSX } from 'preact';

export const list: JSX.Element = <seminar-session-list filter="open" level="practical" onseminar-session-select={(e) => e.detail.sessionId} />;
// @ts-expect-error — status is one of the six statuses
export const wrongStatus: JSX.Element = <seminar-session status="soon" />;
