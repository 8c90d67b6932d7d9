// Compiled by `npm run test:types` against dist/jsx/react.d.ts: each line must type-check.
import type { JSX } from 'react';

export const list: JSX.Element = (
  <seminar-session-list
    src="/feeds/tokyo-2025.json"
    filter="open"
    limit={3}
    lang="ja"
    onseminar-session-select={(event) => console.log(event.detail.sessionId.toUpperCase())}
  />
);
export const session: JSX.Element = <seminar-session session-id="session-4" time-zone="local" className="wide" />;
export const form: JSX.Element = (
  <seminar-application-form session-id="session-4" onseminar-application-success={(event) => event.detail.reference.trim()} />
);

// @ts-expect-error — limit is a number, not an object
export const wrongLimit: JSX.Element = <seminar-session-list limit={{}} />;
// @ts-expect-error — the event detail has no such field
export const wrongDetail: JSX.Element = <seminar-session-list onseminar-session-select={(event) => event.detail.nope} />;
