import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../../src/elements/feed/seminar-feed.js';
import '../../../src/elements/application-form/seminar-application-form.js';
import { FEED, MIXED_NOW, check, typeInto, until } from '../../helpers.js';

/** A feed whose session asks every optional field, with industries, and an endpoint that answers as asked. */
function feedAsking(endpoint: string): string {
  return JSON.stringify({
    version: 1,
    series: {
      id: 'story',
      title: 'Story series',
      organizer: { name: 'Story Office' },
      timeZone: 'Asia/Tokyo',
      privacyPolicyUrl: 'https://example.org/privacy',
      privacyNotice: {
        en: 'The information you enter is used only to handle this application and to contact you about this seminar.',
        ja: '入力いただいた情報は、本セミナーのお申し込みの受付及び本セミナーに関するご連絡にのみ使用します。',
      },
      contact: { name: { en: 'Seminar office', ja: 'セミナー事務局' }, email: 'office@example.org' },
    },
    speakers: [],
    sessions: [
      {
        id: 'all-fields',
        number: 4,
        level: 'practical',
        title: { en: 'Handling customer harassment on the phone', ja: '電話対応におけるカスタマーハラスメント対策' },
        startsAt: '2026-01-20T14:00:00+09:00',
        endsAt: '2026-01-20T16:00:00+09:00',
        format: { attendance: ['online'] },
        application: {
          opensAt: '2025-12-01',
          closesAt: '2026-01-15',
          mode: 'form',
          endpoint,
          fields: ['nameReading', 'department', 'jobTitle', 'phone', 'industry', 'prefecture', 'questions'],
          industries: [{ en: 'Retail', ja: '小売業' }, { en: 'Transport', ja: '運輸業' }, { en: 'Public service', ja: '公務' }],
        },
      },
    ],
  });
}

/** Answers the form's POSTs in the story's way, so every outcome can be seen without a server. */
function answering(status: number, body: unknown, headers: Record<string, string> = {}): string {
  const realFetch = window.fetch;
  window.fetch = async (input, init) => {
    if (init?.method !== 'POST') return realFetch(input, init);
    await new Promise((r) => setTimeout(r, 400));
    if (status === 0) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
  };
  return 'https://example.org/api/applications';
}

interface Args {
  'session-id'?: string;
  now?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-application-form',
  component: 'seminar-application-form',
  args: { 'session-id': 'session-4', now: MIXED_NOW },
  render: (args) =>
    html`<seminar-application-form src=${FEED} session-id=${ifDefined(args['session-id'])} now=${ifDefined(args.now)}></seminar-application-form>`,
};
export default meta;
type Story = StoryObj<Args>;

const withAnswer = (status: number, body: unknown, headers?: Record<string, string>): Story => ({
  render: () => html`<seminar-feed>
    ${unsafeHTML(`<script type="application/json">${feedAsking(answering(status, body, headers))}</script>`)}
    <seminar-application-form session-id="all-fields" now=${MIXED_NOW}></seminar-application-form>
  </seminar-feed>`,
});

export const Open: Story = {};
export const OpenJapanese: Story = { parameters: { lang: 'ja' } };
export const EveryField: Story = withAnswer(201, { reference: 'S4-STORY2' });
export const EveryFieldJapanese: Story = { ...withAnswer(201, { reference: 'S4-STORY2' }), parameters: { lang: 'ja' } };
/** Fills the form and sends it: the story then shows what the endpoint's answer leads to. */
async function fillAndSend({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const form = await until(() => canvasElement.querySelector('seminar-application-form')?.shadowRoot?.querySelector('form'), 'the form renders');
  const field = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  typeInto(field('name'), 'Story Person');
  typeInto(field('organization'), 'Story Org');
  typeInto(field('email'), 'story@example.org');
  field('consent').click();
  form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  const root = canvasElement.querySelector('seminar-application-form')!.shadowRoot!;
  await until(() => root.querySelector('.panel'), 'a panel replaces the form');
}

const sent = (story: Story, lang?: 'ja'): Story => ({ ...story, play: fillAndSend, ...(lang ? { parameters: { lang } } : {}) });

/** The confirmation panel: reference, what was sent with the date, what happens next. */
export const Confirmation: Story = sent(withAnswer(201, { reference: 'S4-K7Q2MX' }));
export const ConfirmationJapanese: Story = sent(withAnswer(201, { reference: 'S4-K7Q2MX' }), 'ja');
/** A 201 with `status: "waitlisted"`. */
export const Waitlisted: Story = sent(withAnswer(201, { reference: 'S4-K7Q2MX', status: 'waitlisted' }));
/** 409 `already-registered`: a panel in place of the form. */
export const AlreadyRegistered: Story = sent(withAnswer(409, { code: 'already-registered', error: 'already-registered' }));
export const AlreadyRegisteredJapanese: Story = sent(withAnswer(409, { code: 'already-registered' }), 'ja');
/** 409 `full`: no place and no waiting list. */
export const SessionFull: Story = sent(withAnswer(409, { code: 'full' }));
export const SessionFullJapanese: Story = sent(withAnswer(409, { code: 'full' }), 'ja');
/** A static host without a receiver (405 to a POST): the form is not accepting applications. */
export const NotAccepting: Story = sent(withAnswer(405, {}));
export const NotAcceptingJapanese: Story = sent(withAnswer(405, {}), 'ja');
export const ServerRejectsAField: Story = withAnswer(422, { errors: [{ field: 'email', message: 'This address cannot receive mail' }] });
export const TooManyRequests: Story = withAnswer(429, { error: 'slow down' }, { 'Retry-After': '300' });
export const NetworkFailure: Story = withAnswer(0, {});
export const ServerError: Story = withAnswer(503, {});
export const ChooseAmongOpenSessions: Story = { args: { 'session-id': undefined } };
export const NoneOpen: Story = { args: { 'session-id': undefined, now: '2030-01-01T00:00:00+09:00' } };
export const NotOpenYet: Story = { args: { now: '2025-11-01T10:00:00+09:00' } };
export const Closed: Story = { args: { now: '2026-01-16T10:00:00+09:00' } };
export const ClosedJapanese: Story = { args: { now: '2026-01-16T10:00:00+09:00' }, parameters: { lang: 'ja' } };
export const Narrow: Story = { parameters: { narrow: true } };
export const Dark: Story = { parameters: { scheme: 'dark' } };
export const UnknownSession: Story = { args: { 'session-id': 'session-9' } };

/** Interaction: a visitor fills the form, sends it, and sees the reference. */
export const Apply: Story = {
  ...withAnswer(201, { reference: 'S4-PLAY23' }),
  play: async ({ canvasElement }) => {
    const form = await until(() => canvasElement.querySelector('seminar-application-form')?.shadowRoot?.querySelector('form'), 'the form renders');
    const field = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    typeInto(field('name'), 'Story Person');
    typeInto(field('organization'), 'Story Org');
    typeInto(field('email'), 'story@example.org');
    field('consent').click();
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const root = canvasElement.querySelector('seminar-application-form')!.shadowRoot!;
    const success = await until(() => root.querySelector('[part="success"]'), 'the success message');
    check(success.textContent!.includes('S4-PLAY23'), 'the reference is shown');
  },
};
export const CustomTheme: Story = { parameters: { theme: 'custom' } };
export const Loading: Story = { render: () => html`<seminar-feed><seminar-application-form session-id="session-4"></seminar-application-form></seminar-feed>` };
export const FeedMissing: Story = { render: () => html`<seminar-application-form src="/feeds/does-not-exist.json" session-id="session-4"></seminar-application-form>` };
