// Compiled by `npm run test:types` against dist/jsx/vue.d.ts: the props Vue templates check.
import type { GlobalComponents } from 'vue';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export const list: Props<'seminar-session-list'> = { filter: 'open', limit: 3, src: '/feeds/tokyo-2025.json' };
export const form: Props<'seminar-application-form'> = { 'session-id': 'session-4', action: '/api/applications' };
// @ts-expect-error — state is loading, ready or error
export const wrong: Props<'seminar-series'> = { state: 'done' };
