import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { http, HttpResponse, delay, type JsonBodyType } from 'msw';
import { expect, userEvent } from 'storybook/test';
import '../../../src/elements/feed/seminar-feed.js';
import '../../../src/elements/application-form/seminar-application-form.js';
import { FEED, MIXED_NOW, NARROW, element, typeInto, until } from '../../helpers.js';

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

/**
 * A story whose endpoint answers the way `answer` says, through Mock Service Worker. Each
 * story posts to a URL of its own (`…/applications/<name>`), so the stories on one docs
 * page never answer for each other.
 */
function withAnswer(name: string, answer: () => Response | Promise<Response>): Story {
  const endpoint = `https://receiver.example.org/applications/${name}`;
  return {
    beforeEach: async ({ msw }) => {
      msw.use(
        http.post(endpoint, async () => {
          await delay(300);
          return answer();
        }),
      );
    },
    render: (args) => html`<seminar-feed>
      ${unsafeHTML(`<script type="application/json">${feedAsking(endpoint)}</script>`)}
      <seminar-application-form session-id="all-fields" lang=${args.lang ?? nothing}></seminar-application-form>
    </seminar-feed>`,
  };
}
const json = (status: number, body: JsonBodyType, headers: Record<string, string> = {}) => () => HttpResponse.json(body, { status, headers });

interface Args {
  src?: string;
  'session-id'?: string;
  action?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/seminar-application-form',
  component: 'seminar-application-form',
  args: { src: FEED, 'session-id': 'session-4' },
  argTypes: { 'session-id': { options: ['session-1', 'session-2', 'session-3', 'session-4', 'session-5'] } },
  // The docs page plays them too, so each outcome shows there as well (every story has its own endpoint).
  parameters: { now: MIXED_NOW, docs: { story: { autoplay: true } } },
  render: (args) => element('seminar-application-form', args),
};
export default meta;
type Story = StoryObj<Args>;

type Play = NonNullable<Story['play']>;

/** The form of the story, once it shows. */
async function formOf(canvasElement: HTMLElement) {
  const host = await until(() => canvasElement.querySelector('seminar-application-form'), 'the form element');
  const form = await until(() => host.shadowRoot?.querySelector('form'), 'the form renders');
  return { host, root: host.shadowRoot!, form };
}

/** A visitor fills the required fields, consents and sends; the story then shows the endpoint's answer. */
const fillAndSend: Play = async ({ canvasElement, step }) => {
  const { form } = await formOf(canvasElement);
  const field = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  await step('Fill in name, organization and email', async () => {
    typeInto(field('name'), 'Story Person');
    typeInto(field('organization'), 'Story Org');
    typeInto(field('email'), 'story@example.org');
    await expect(field('email').value).toBe('story@example.org');
  });
  await step('Consent and send', async () => {
    await userEvent.click(field('consent'));
    await userEvent.click(form.querySelector<HTMLButtonElement>('button[type="submit"]')!);
  });
};

/** After sending: wait for what replaces "Sending…", and check it. */
function sentThen(check: (root: ShadowRoot) => Promise<void>): Play {
  return async (context) => {
    await fillAndSend(context);
    const { root } = await formOf(context.canvasElement);
    await until(() => root.querySelector('.status')?.getAttribute('data-kind') !== 'sending' || root.querySelector('.panel'), 'the answer arrives');
    await until(() => root.querySelector('.panel') || root.querySelector('.status[data-kind]:not([data-kind="sending"]):not([data-kind="idle"])') || root.querySelector('.summary'), 'the outcome shows', 8000);
    await check(root);
  };
}
const panelSays = (kind: string) =>
  sentThen(async (root) => {
    const panel = root.querySelector<HTMLElement>('.panel');
    await expect(panel, 'a panel replaces the form').not.toBeNull();
    await expect(panel!.dataset.kind ?? 'success').toBe(kind);
  });
const statusSays = (kind: string, text?: RegExp) =>
  sentThen(async (root) => {
    const status = root.querySelector<HTMLElement>('[part="status"]')!;
    await expect(status.dataset.kind).toBe(kind);
    if (text) await expect(status.textContent).toMatch(text);
    await expect(root.querySelector('form'), 'nothing typed is lost: the form stays').not.toBeNull();
  });
const ja = { args: { lang: 'ja' } };

export const Open: Story = { name: 'Open (the default feed, session 4)' };
export const OpenJapanese: Story = { name: 'Open, Japanese', ...ja };
export const EveryField: Story = { name: 'Every optional field', ...withAnswer('every-field', json(201, { reference: 'S4-STORY2' })) };
export const EveryFieldJapanese: Story = { name: 'Every optional field, Japanese', ...withAnswer('every-field-ja', json(201, { reference: 'S4-STORY2' })), ...ja };

/** The confirmation panel: reference, what was sent with the date, what happens next. */
export const Confirmation: Story = {
  name: 'Sent: confirmation',
  ...withAnswer('confirmation', json(201, { reference: 'S4-K7Q2MX' })),
  play: sentThen(async (root) => {
    await expect(root.querySelector('[part="success"]')?.textContent).toContain('S4-K7Q2MX');
  }),
};
export const ConfirmationJapanese: Story = { ...Confirmation, name: 'Sent: confirmation, Japanese', ...withAnswer('confirmation-ja', json(201, { reference: 'S4-K7Q2MX' })), ...ja };
/** A 201 with `status: "waitlisted"`. */
export const Waitlisted: Story = {
  name: 'Sent: on the waiting list',
  ...withAnswer('waitlisted', json(201, { reference: 'S4-K7Q2MX', status: 'waitlisted' })),
  play: sentThen(async (root) => {
    await expect(root.querySelector('[part="success"]')?.textContent).toContain('S4-K7Q2MX');
  }),
};
/** 409 `already-registered`: a panel in place of the form (not a failure). */
export const AlreadyRegistered: Story = { name: 'Already registered (409)', ...withAnswer('already-registered', json(409, { code: 'already-registered' })), play: panelSays('duplicate') };
export const AlreadyRegisteredJapanese: Story = { ...AlreadyRegistered, name: 'Already registered (409), Japanese', ...withAnswer('already-registered-ja', json(409, { code: 'already-registered' })), ...ja };
/** 409 `full`: no place and no waiting list. */
export const SessionFull: Story = { name: 'Session full (409)', ...withAnswer('full', json(409, { code: 'full' })), play: panelSays('full') };
export const SessionFullJapanese: Story = { ...SessionFull, name: 'Session full (409), Japanese', ...withAnswer('full-ja', json(409, { code: 'full' })), ...ja };
/** A static host without a receiver (405 to a POST): the form is not accepting applications. */
export const NotAccepting: Story = { name: 'No receiver there (405)', ...withAnswer('not-accepting', json(405, {})), play: panelSays('not-accepting') };
export const NotAcceptingJapanese: Story = { ...NotAccepting, name: 'No receiver there (405), Japanese', ...withAnswer('not-accepting-ja', json(405, {})), ...ja };
/** 422: the receiver's own checks failed; the message shows at its field and the summary takes focus. */
export const ServerRejectsAField: Story = {
  name: 'The receiver rejects a field (422)',
  ...withAnswer('rejects-a-field', json(422, { errors: [{ field: 'email', message: 'This address cannot receive mail' }] })),
  play: sentThen(async (root) => {
    const summary = await until(() => root.querySelector<HTMLElement>('[part="summary"]'), 'the error summary');
    await expect(summary.textContent).toContain('This address cannot receive mail');
    await expect(root.querySelector('[name="email"]')?.getAttribute('aria-invalid')).toBe('true');
  }),
};
/** 429 with `Retry-After: 300`: when to try again; nothing typed is lost. */
export const TooManyRequests: Story = {
  name: 'Too many applications (429)',
  ...withAnswer('too-many', json(429, { error: 'slow down' }, { 'Retry-After': '300' })),
  play: statusSays('rate-limited', /5/),
};
/** The request never reaches a server. */
export const NetworkFailure: Story = { name: 'Network failure', ...withAnswer('network-failure', () => HttpResponse.error()), play: statusSays('failed') };
/** The receiver fails (503). */
export const ServerError: Story = { name: 'Server error (503)', ...withAnswer('server-error', json(503, {})), play: statusSays('failed') };
export const ChooseAmongOpenSessions: Story = { name: 'No session-id: a choice among open sessions', args: { 'session-id': undefined } };
export const NoneOpen: Story = { name: 'No session-id, none open', args: { 'session-id': undefined }, parameters: { now: '2030-01-01T00:00:00+09:00' } };
export const NotOpenYet: Story = { name: 'Not open yet', parameters: { now: '2025-11-01T10:00:00+09:00' } };
export const Closed: Story = { name: 'Closed', parameters: { now: '2026-01-16T10:00:00+09:00' } };
export const ClosedJapanese: Story = { name: 'Closed, Japanese', ...ja, parameters: { now: '2026-01-16T10:00:00+09:00' } };
export const Narrow: Story = { name: 'Narrow phone', ...NARROW };
export const Dark: Story = { name: 'Dark', parameters: { scheme: 'dark' } };
export const UnknownSession: Story = { name: 'Unknown session-id', args: { 'session-id': 'session-9' } };

/** A visitor fills the form, sends it, and sees the reference. */
export const Apply: Story = {
  name: 'Apply (interaction)',
  ...withAnswer('apply', json(201, { reference: 'S4-PLAY23' })),
  play: sentThen(async (root) => {
    const success = await until(() => root.querySelector('[part="success"]'), 'the success message');
    await expect(success.textContent).toContain('S4-PLAY23');
  }),
};
export const CustomTheme: Story = { name: "A partner's theme", parameters: { theme: 'custom' } };
export const Loading: Story = {
  name: 'Loading',
  tags: ['stays-loading'],
  render: () => html`<seminar-feed><seminar-application-form session-id="session-4"></seminar-application-form></seminar-feed>`,
};
export const FeedMissing: Story = { name: 'Feed not found', tags: ['feed-error'], args: { src: '/feeds/does-not-exist.json' } };
