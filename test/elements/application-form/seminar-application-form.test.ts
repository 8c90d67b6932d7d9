import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/elements/application-form/seminar-application-form.js';
import type { SeminarApplicationForm } from '../../../src/elements/application-form/seminar-application-form.js';
import { feedUrl, settled, shadowText, smallFeed, type Json, sendKeys } from '../../helpers.js';

const OPEN = '2025-07-01T10:00:00+09:00';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  credentials?: RequestCredentials;
  body: Json;
}

/** Replaces fetch for POSTs: records what a server would receive and answers in turn. */
function fakeEndpoint(...answers: Array<Response | 'network-error' | 'hang'>) {
  const sent: Sent[] = [];
  const realFetch = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.method !== 'POST') return realFetch(input, init);
    sent.push({
      url: String(input),
      method: init.method,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      credentials: init.credentials,
      body: JSON.parse(String(init.body)),
    });
    const answer = answers[Math.min(sent.length - 1, answers.length - 1)];
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    return answer.clone();
  };
  return { sent, restore: () => (window.fetch = realFetch) };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

function feedWith(change: (session: Json, feed: Json) => void = () => {}): string {
  const feed = smallFeed();
  feed.series.privacyPolicyUrl = 'https://example.org/privacy';
  change(feed.sessions[0], feed);
  return feedUrl(feed);
}

async function form(attrs: Record<string, string> = {}): Promise<SeminarApplicationForm> {
  const el = document.createElement('seminar-application-form');
  el.setAttribute('src', attrs.src ?? feedWith());
  el.setAttribute('now', OPEN);
  if (!('session-id' in attrs)) el.setAttribute('session-id', 'one');
  for (const [k, v] of Object.entries(attrs)) if (k !== 'src') el.setAttribute(k, v);
  document.body.append(el);
  await settled(el);
  await waitUntil(() => el.shadowRoot!.querySelector('form, .message:not([aria-busy])'), 'form did not render');
  return el;
}

const $ = <T extends Element = HTMLInputElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

async function type(el: Element, field: string, text: string): Promise<void> {
  $(el, `[name="${field}"]`).focus();
  await sendKeys({ type: text });
}

async function fillValid(el: Element): Promise<void> {
  await type(el, 'name', '山田 太郎');
  await type(el, 'organization', 'Example Co.');
  await type(el, 'email', 'taro@example.jp');
  $(el, '[name="consent"]').click();
}

const submit = (el: Element) => $<HTMLButtonElement>(el, 'button[type="submit"]').click();

describe('<seminar-application-form>', () => {
  afterEach(() => {
    document.querySelectorAll('seminar-application-form').forEach((e) => e.remove());
    sessionStorage.clear();
  });

  it('has labelled native fields with the right types, autocomplete and markers', async () => {
    const el = await form({ src: feedWith((s) => (s.application.fields = ['nameReading', 'department', 'jobTitle', 'phone', 'prefecture', 'questions'])) });
    const field = (name: string) => $(el, `[name="${name}"]`);
    expect(field('name').autocomplete).to.equal('name');
    expect(field('organization').autocomplete).to.equal('organization');
    expect(field('email').type).to.equal('email');
    expect(field('email').autocomplete).to.equal('email');
    expect(field('email').inputMode).to.equal('email');
    expect(field('phone').type).to.equal('tel');
    expect(field('phone').autocomplete).to.equal('tel');
    // The attribute, not the .autocomplete property: Firefox reflects only the autofill
    // tokens it fills itself, and answers '' for organization-title.
    expect(field('jobTitle').getAttribute('autocomplete')).to.equal('organization-title');
    expect(field('prefecture').localName).to.equal('select');
    expect(field('questions').localName).to.equal('textarea');
    expect(field('consent').checked).to.equal(false);
    for (const name of ['name', 'organization', 'email', 'phone', 'consent']) {
      expect(el.shadowRoot!.querySelector(`label[for="${field(name).id}"]`), name).to.exist;
    }
    expect($(el, 'label[for="f-name"]').textContent).to.contain('Required');
    expect($(el, 'label[for="f-phone"]').textContent).to.contain('Optional');
    expect($<HTMLAnchorElement>(el, 'a[href="https://example.org/privacy"]').rel).to.equal('noopener');
    await expect(el).to.be.accessible();
  });

  it('shows only the fields the session asks, with the feed industries', async () => {
    const el = await form({ src: feedWith((s) => ((s.application.fields = ['industry']), (s.application.industries = [{ en: 'Retail', ja: '小売業' }, 'Transport']))) });
    expect(el.shadowRoot!.querySelector('[name="phone"]')).to.equal(null);
    const options = [...el.shadowRoot!.querySelectorAll('[name="industry"] option')].map((o) => o.textContent);
    expect(options).to.deep.equal(['Choose…', 'Retail', 'Transport']);
  });

  it('keeps the honeypot away from keyboards and screen readers', async () => {
    const el = await form();
    const trap = $(el, '[name="website"]');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.closest('[aria-hidden="true"]')).to.exist;
    // Tabbing through the whole form never lands on it. A button after the form stops the
    // tabbing: past the page's last control, Firefox moves the focus into its own toolbar,
    // and keys pressed by later tests would go there.
    const after = document.createElement('button');
    after.textContent = 'after the form';
    el.after(after);
    $(el, '[name="name"]').focus();
    const visited: string[] = [];
    for (let i = 0; i < 12 && document.activeElement !== after; i++) {
      visited.push((el.shadowRoot!.activeElement as HTMLInputElement | null)?.name ?? '');
      await sendKeys({ press: 'Tab' });
    }
    after.remove();
    expect(visited).to.include('email');
    expect(visited).not.to.include('website');
  });

  it('checks before sending: a summary takes focus and links to each field', async () => {
    const endpoint = fakeEndpoint(json(201, { reference: 'X' }));
    try {
      const el = await form();
      await type(el, 'email', 'not-an-email');
      submit(el);
      await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('summary'), 'summary did not take focus');
      const links = [...el.shadowRoot!.querySelectorAll('.summary a')].map((a) => a.textContent);
      expect(links).to.deep.equal([
        'Enter your full name',
        'Enter your organization',
        'Enter an email address in the correct format, like name@example.com',
        'Agree to the handling of your personal information to apply',
      ]);
      const email = $(el, '[name="email"]');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.contain('f-email-error');
      expect($(el, '#f-email-error').textContent).to.contain('correct format');
      $<HTMLAnchorElement>(el, '.summary a').click();
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[name="name"]'));
      expect(endpoint.sent).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      endpoint.restore();
    }
  });

  it('says the problems in Japanese for a Japanese page', async () => {
    const el = await form({ lang: 'ja' });
    submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.summary'));
    expect(shadowText(el)).to.contain('入力内容を確認してください');
    expect(shadowText(el)).to.contain('氏名を入力してください');
    expect($(el, 'label[for="f-name"]').textContent).to.contain('必須');
    await expect(el).to.be.accessible();
  });

  it('sends JSON without cookies, with an Idempotency-Key, and shows the reference', async () => {
    const endpoint = fakeEndpoint(json(201, { reference: 'S1-ABC234' }));
    try {
      const el = await form();
      await fillValid(el);
      const success = oneEvent(el, 'seminar-application-success');
      submit(el);
      expect((await success).detail).to.deep.equal({ sessionId: 'one', reference: 'S1-ABC234' });
      const [request] = endpoint.sent;
      expect(request.url).to.equal('https://example.org/apply');
      expect(request.credentials).to.equal('omit');
      expect(request.headers['content-type']).to.equal('application/json');
      expect(request.headers['idempotency-key']).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(request.body).to.include({ version: 1, seriesId: 'test-series', sessionId: 'one', locale: 'en', consent: true });
      expect(request.body.applicant).to.deep.equal({ name: '山田 太郎', organization: 'Example Co.', email: 'taro@example.jp' });
      expect(Date.parse(request.body.submittedAt)).to.be.a('number');
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Application received');
      expect(shadowText(el)).to.contain('S1-ABC234');
      expect(shadowText(el)).to.contain('taro@example.jp');
      const mail = $<HTMLAnchorElement>(el, 'a[href^="mailto:"]');
      expect(decodeURIComponent(mail.href)).to.contain('reference S1-ABC234');
      expect(decodeURIComponent(mail.href)).to.contain('First session');
      expect(el.shadowRoot!.activeElement?.localName).to.equal('h3');
      await expect(el).to.be.accessible();
    } finally {
      endpoint.restore();
    }
  });

  it('sends once on a double click, with the button disabled while in flight', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const endpoint = fakeEndpoint(json(201, { reference: 'ONCE' }));
    const fakeFetch = window.fetch;
    window.fetch = async (input, init) => {
      const answer = fakeFetch(input, init);
      if (init?.method === 'POST') await gate;
      return answer;
    };
    try {
      const el = await form();
      await fillValid(el);
      const button = $<HTMLButtonElement>(el, 'button[type="submit"]');
      button.click();
      button.click();
      $<HTMLFormElement>(el, 'form').requestSubmit();
      await el.updateComplete;
      expect(button.disabled).to.equal(true);
      expect($(el, '[part="status"]').textContent).to.equal('Sending your application…');
      release();
      await waitUntil(() => shadowText(el).includes('ONCE'));
      expect(endpoint.sent).to.have.length(1);
    } finally {
      endpoint.restore();
    }
  });

  it('keeps everything typed after a failure and retries with the same key', async () => {
    const endpoint = fakeEndpoint('network-error', json(503, { error: 'down' }), json(201, { reference: 'THIRD' }));
    try {
      const el = await form();
      await fillValid(el);
      const failed = oneEvent(el, 'seminar-application-error');
      submit(el);
      expect((await failed).detail.message).to.contain('could not be sent');
      await el.updateComplete;
      const status = $(el, '[part="status"]');
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.contain('Nothing you typed has been lost');
      expect($<HTMLButtonElement>(el, 'button[type="submit"]').textContent!.trim()).to.equal('Send again');
      expect($(el, '[name="name"]').value).to.equal('山田 太郎');
      expect($(el, '[name="consent"]').checked).to.equal(true);
      submit(el);
      await waitUntil(() => endpoint.sent.length === 2, 'no second attempt');
      await waitUntil(() => !$(el, 'button[type="submit"]').hasAttribute('disabled'), 'button stayed disabled');
      submit(el);
      await waitUntil(() => shadowText(el).includes('THIRD'), 'third attempt did not succeed');
      const keys = endpoint.sent.map((r) => r.headers['idempotency-key']);
      expect(new Set(keys).size).to.equal(1);
    } finally {
      endpoint.restore();
    }
  });

  it('uses a new key for a new submission with other data', async () => {
    const endpoint = fakeEndpoint(json(500, {}), json(500, {}));
    try {
      const el = await form();
      await fillValid(el);
      submit(el);
      // A busy machine (three engines, one after the other) may take more than a second.
      await waitUntil(() => endpoint.sent.length === 1 && !$(el, 'button[type="submit"]').hasAttribute('disabled'), 'first attempt', { timeout: 5000 });
      await type(el, 'organization', ' Ltd.');
      submit(el);
      await waitUntil(() => endpoint.sent.length === 2, 'second attempt', { timeout: 5000 });
      expect(endpoint.sent[0].headers['idempotency-key']).not.to.equal(endpoint.sent[1].headers['idempotency-key']);
    } finally {
      endpoint.restore();
    }
  });

  it('says when the server does not answer within 15 seconds', async () => {
    const endpoint = fakeEndpoint('hang');
    const realSetTimeout = window.setTimeout;
    try {
      const el = await form();
      await fillValid(el);
      // Time runs fast for the submission only: its 15 s pass at once.
      window.setTimeout = ((fn: () => void, ms?: number) => realSetTimeout(fn, ms === 15_000 ? 10 : ms)) as typeof setTimeout;
      submit(el);
      await waitUntil(() => $(el, '[part="status"]').textContent!.includes('did not answer in time'));
    } finally {
      window.setTimeout = realSetTimeout;
      endpoint.restore();
    }
  });

  it('puts each 422 message at its field', async () => {
    const endpoint = fakeEndpoint(json(422, { errors: [{ field: 'email', message: 'This address cannot receive mail' }] }));
    try {
      const el = await form();
      await fillValid(el);
      submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('#f-email-error'));
      expect($(el, '#f-email-error').textContent).to.equal('This address cannot receive mail');
      expect($(el, '[name="email"]').getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement?.classList.contains('summary')).to.equal(true);
    } finally {
      endpoint.restore();
    }
  });

  it('says the person is already registered on a 409 of an earlier receiver ({ error }), not that it failed', async () => {
    const endpoint = fakeEndpoint(json(409, { error: 'already-registered' }));
    try {
      const el = await form();
      await fillValid(el);
      submit(el);
      await waitUntil(() => shadowText(el).includes('already applied'));
      expect(shadowText(el)).not.to.contain('could not be sent');
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      expect(el.shadowRoot!.querySelector('a[href^="mailto:office@example.org"]')).to.exist;
    } finally {
      endpoint.restore();
    }
  });

  it('says when to try again on 429', async () => {
    const endpoint = fakeEndpoint(json(429, { error: 'slow down' }, { 'Retry-After': '120' }));
    try {
      const el = await form();
      await fillValid(el);
      submit(el);
      await waitUntil(() => shadowText(el).includes('try again in 2 minutes'));
    } finally {
      endpoint.restore();
    }
  });

  it('lets a page cancel the submit event and send the data itself', async () => {
    const endpoint = fakeEndpoint(json(201, { reference: 'NO' }));
    try {
      const el = await form();
      await fillValid(el);
      const got = new Promise<Json>((resolve) =>
        el.addEventListener('seminar-application-submit', (e) => {
          e.preventDefault();
          resolve(e.detail);
        }),
      );
      submit(el);
      const detail = await got;
      expect(detail.sessionId).to.equal('one');
      expect(detail.application.applicant.email).to.equal('taro@example.jp');
      await el.updateComplete;
      expect(endpoint.sent).to.have.length(0);
    } finally {
      endpoint.restore();
    }
  });

  it('keeps a draft in sessionStorage only, and removes it on success', async () => {
    localStorage.clear();
    const endpoint = fakeEndpoint(json(201, { reference: 'DRAFT' }));
    try {
      const src = feedWith();
      const first = await form({ src });
      await type(first, 'name', 'Draft Person');
      first.remove();
      const again = await form({ src });
      expect($(again, '[name="name"]').value).to.equal('Draft Person');
      // localStorage holds at most public feed copies, never what a visitor typed.
      const stored = Object.keys(localStorage).map((k) => `${k} ${localStorage.getItem(k)}`);
      expect(stored.filter((entry) => entry.includes('Draft Person') || entry.includes('draft'))).to.deep.equal([]);
      await type(again, 'organization', 'Org');
      await type(again, 'email', 'd@example.org');
      $(again, '[name="consent"]').click();
      submit(again);
      await waitUntil(() => shadowText(again).includes('DRAFT'));
      expect(Object.keys(sessionStorage).filter((k) => k.startsWith('seminar-widgets:draft'))).to.deep.equal([]);
    } finally {
      endpoint.restore();
    }
  });

  it('sends to the action attribute instead of the feed endpoint', async () => {
    const endpoint = fakeEndpoint(json(201, { reference: 'ACT' }));
    try {
      const el = await form({ action: '/custom/endpoint' });
      await fillValid(el);
      submit(el);
      await waitUntil(() => endpoint.sent.length === 1);
      expect(endpoint.sent[0].url).to.equal(new URL('/custom/endpoint', location.href).href);
    } finally {
      endpoint.restore();
    }
  });

  it('before the window says when it opens; after, that it closed, with the contact', async () => {
    const before = await form({ now: '2025-06-01T00:00:00+09:00' });
    expect(before.getAttribute('status')).to.equal('upcoming');
    expect(shadowText(before)).to.contain('Applications open on Mon, June 30, 2025.');
    const after = await form({ now: '2025-07-30T00:00:00+09:00' });
    expect(after.getAttribute('status')).to.equal('closed');
    expect(shadowText(after)).to.contain('Applications for this session have closed.');
    expect(after.shadowRoot!.querySelector('a[href^="mailto:office@example.org"]')).to.exist;
    await expect(after).to.be.accessible();
  });

  it('links to the external form in external mode', async () => {
    const el = await form({ src: feedWith((s) => (s.application = { opensAt: '2025-06-30', closesAt: '2025-07-28', mode: 'external', url: 'https://forms.example/x' })) });
    expect($<HTMLAnchorElement>(el, 'a[href="https://forms.example/x"]').textContent).to.equal('Go to the application page');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('without session-id offers the sessions open now', async () => {
    const src = feedWith((_s, feed) => {
      feed.sessions[1] = { ...structuredClone(feed.sessions[0]), id: 'three', number: 3, title: 'Third' };
    });
    const el = await form({ src, 'session-id': '' });
    el.removeAttribute('session-id');
    await el.updateComplete;
    const options = [...el.shadowRoot!.querySelectorAll('[name="session"] option')].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['Session 1 · Basic First session', 'Session 3 · Basic Third']);
    const none = await form({ src, 'session-id': '', now: '2030-01-01T00:00:00Z' });
    none.removeAttribute('session-id');
    await none.updateComplete;
    expect(shadowText(none)).to.equal('No session is taking applications now.');
  });
});

/** Fills the form, sends it to an endpoint answering `answer`, and waits for the panel that replaces the form. */
async function sendAnswered(answer: Response, attrs: Record<string, string> = {}) {
  const endpoint = fakeEndpoint(answer);
  const el = await form(attrs);
  await fillValid(el);
  submit(el);
  await waitUntil(() => el.shadowRoot!.querySelector('.panel'), 'no panel replaced the form');
  await el.updateComplete;
  return { el, endpoint };
}

const panelText = (el: Element) => shadowText(el).replace(/\s+/g, ' ');

describe('<seminar-application-form>: privacy notice', () => {
  afterEach(() => {
    document.querySelectorAll('seminar-application-form').forEach((e) => e.remove());
    sessionStorage.clear();
  });

  it('shows the feed notice inline, directly over the consent box, with the policy link opening in a new tab', async () => {
    const el = await form({
      src: feedWith((_s, feed) => {
        feed.series.privacyNotice = { en: 'We use what you enter only for this application.', ja: '入力内容はこの申込にのみ使用します。' };
      }),
    });
    const notice = $<HTMLElement>(el, '[part="privacy"]');
    expect(notice.textContent).to.contain('How we use your information');
    expect(notice.textContent).to.contain('We use what you enter only for this application.');
    expect(notice.nextElementSibling!.classList.contains('consent')).to.equal(true);
    const link = notice.querySelector<HTMLAnchorElement>('a')!;
    expect(link.href).to.equal('https://example.org/privacy');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener');
    expect(link.textContent!.replace(/\s+/g, ' ')).to.equal('How we handle personal information (opens in a new tab)');
    expect($(el, '[name="consent"]').getAttribute('aria-describedby')).to.equal('f-privacy');
    await expect(el).to.be.accessible();
  });

  it('shows the notice alone when the feed has no policy URL, in the page language', async () => {
    const el = await form({
      lang: 'ja',
      src: feedWith((_s, feed) => {
        delete feed.series.privacyPolicyUrl;
        feed.series.privacyNotice = { en: 'We use what you enter only for this application.', ja: '入力内容はこの申込にのみ使用します。' };
      }),
    });
    const notice = $<HTMLElement>(el, '[part="privacy"]');
    expect(notice.textContent).to.contain('個人情報の取扱い');
    expect(notice.textContent).to.contain('入力内容はこの申込にのみ使用します。');
    expect(notice.textContent).not.to.contain('We use');
    expect(notice.querySelector('a')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('without notice or URL shows none, and the console tells the editor', async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await form({ src: feedWith((_s, feed) => delete feed.series.privacyPolicyUrl) });
      expect(el.shadowRoot!.querySelector('[part="privacy"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('form')).to.exist;
      expect(warnings.join('\n')).to.contain(
        'sessions[0].application: mode "form" needs series.privacyNotice or series.privacyPolicyUrl beside its consent box (a warning: the session is kept)',
      );
    } finally {
      console.warn = realWarn;
    }
  });
});

describe('<seminar-application-form>: what follows sending', () => {
  afterEach(() => {
    document.querySelectorAll('seminar-application-form').forEach((e) => e.remove());
    sessionStorage.clear();
  });

  it('shows a focused confirmation panel: reference, what was sent with the date, what happens next', async () => {
    const { el, endpoint } = await sendAnswered(json(201, { reference: 'S1-ABC234' }));
    try {
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      const panel = $<HTMLElement>(el, '[part="success"]');
      const heading = panel.querySelector<HTMLElement>('h3')!;
      expect(heading.textContent!.trim()).to.equal('Application received');
      expect(el.shadowRoot!.activeElement).to.equal(heading);
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      expect(panel.querySelector<HTMLElement>('.confirmation')!.innerText.replace(/\s+/g, ' ').trim()).to.equal('Application received Your reference number S1-ABC234');
      const text = panelText(el);
      expect(text).to.contain('Your place at this session is confirmed.');
      expect(text).to.contain('What you sent');
      expect(text).to.contain('Session Session 1 · Basic First session');
      expect(text).to.contain('Date Thu, July 31, 2025 2:00–4:00 PM (Japan Standard Time)');
      expect(panel.querySelector('time')!.getAttribute('datetime')).to.equal('2025-07-31T14:00:00+09:00');
      expect(text).to.contain('Email address taro@example.jp');
      expect(text).to.contain('What happens next');
      expect(text).to.contain('Keep your reference number: you will need it to change or cancel your application.');
      expect(text).to.contain('Changes and cancellations');
      expect(text).not.to.match(/we will (e-?mail|send)/i);
      const mail = panel.querySelector<HTMLAnchorElement>(`a[href^="mailto:office@example.org"]`)!;
      expect(decodeURIComponent(mail.href)).to.contain('(reference S1-ABC234)');
      expect(text).to.contain('Test Office');
      await expect(el).to.be.accessible();
    } finally {
      endpoint.restore();
    }
  });

  it('says so in Japanese on a Japanese page', async () => {
    const { el, endpoint } = await sendAnswered(json(201, { reference: 'S1-ABC234' }), { lang: 'ja' });
    try {
      expect($<HTMLElement>(el, '.panel h3').textContent!.trim()).to.equal('お申し込みを受け付けました');
      const text = panelText(el);
      expect(text).to.contain('受付番号');
      expect(text).to.contain('今後の流れ');
      expect(text).to.contain('2025年7月31日(木)');
      expect(text).to.contain('日本標準時');
      expect(text).not.to.contain('Application received');
      await expect(el).to.be.accessible();
    } finally {
      endpoint.restore();
    }
  });

  it('says in Japanese whether the place is confirmed or on the waiting list', async () => {
    for (const [status, words] of [
      ['waitlisted', 'この回は現在満席のため、キャンセル待ちとして受け付けました。参加はまだ確定していません。'],
      ['confirmed', 'この回へのご参加が確定しました。'],
    ] as const) {
      const { el, endpoint } = await sendAnswered(json(201, { reference: 'S1-JA2345', status }), { lang: 'ja' });
      try {
        const text = panelText(el);
        expect(text).to.contain('S1-JA2345');
        expect(text).to.contain(words);
        expect(text).not.to.match(/[A-Za-z]{3,} [a-z]{3,}/);
      } finally {
        endpoint.restore();
        el.remove();
        sessionStorage.clear();
      }
    }
  });

  it('says when the place is on the waiting list', async () => {
    const { el, endpoint } = await sendAnswered(json(201, { reference: 'S1-WAIT22', status: 'waitlisted' }));
    try {
      const text = panelText(el);
      expect(text).to.contain('S1-WAIT22');
      expect(text).to.contain('You are on the waiting list for this session. It is full at the moment, so you do not have a place yet.');
      expect(text).not.to.contain('is confirmed');
      await expect(el).to.be.accessible();
    } finally {
      endpoint.restore();
    }
  });

  it('replaces the form with an "already registered" panel on 409 already-registered', async () => {
    const { el, endpoint } = await sendAnswered(json(409, { code: 'already-registered' }));
    try {
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      const heading = $<HTMLElement>(el, '[part="outcome"] h3');
      expect(heading.textContent!.trim()).to.equal('You are already registered');
      expect(el.shadowRoot!.activeElement).to.equal(heading);
      const text = panelText(el);
      expect(text).to.contain('You have already applied for this session with this email address. There is nothing more you need to do.');
      expect(text).to.contain('Email address taro@example.jp');
      expect(text).to.contain('Session 1 · Basic First session');
      expect(text).to.contain('Changes and cancellations');
      expect(text).not.to.match(/could not|problem|try again/i);
      expect(el.shadowRoot!.querySelector('a[href^="mailto:office@example.org"]')).to.exist;
      // The office has it: the draft is gone.
      expect(Object.keys(sessionStorage).filter((k) => k.startsWith('seminar-widgets:draft'))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      endpoint.restore();
    }
  });

  it('says the session is full on 409 full, with the office contact', async () => {
    const errors: string[] = [];
    const endpoint = fakeEndpoint(json(409, { code: 'full' }));
    try {
      const el = await form();
      el.addEventListener('seminar-application-error', (e) => errors.push(e.detail.message));
      await fillValid(el);
      submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('.panel'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      const heading = $<HTMLElement>(el, '[part="outcome"] h3');
      expect(heading.textContent!.trim()).to.equal('This session is full');
      expect(el.shadowRoot!.activeElement).to.equal(heading);
      const text = panelText(el);
      expect(text).to.contain('There are no places left and there is no waiting list, so your application could not be accepted.');
      expect(text).not.to.contain('already');
      expect(text).to.contain('Test Office');
      expect(el.shadowRoot!.querySelector('a[href^="mailto:office@example.org"]')).to.exist;
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('This session is full');
      await expect(el).to.be.accessible();
    } finally {
      endpoint.restore();
    }
  });

  it('accepts the legacy error field for full too', async () => {
    const { el, endpoint } = await sendAnswered(json(409, { error: 'full' }), { lang: 'ja' });
    try {
      expect($<HTMLElement>(el, '.panel h3').textContent!.trim()).to.equal('この回は定員に達しました');
      expect(panelText(el)).to.contain('キャンセル待ちの受付は行っておりません');
    } finally {
      endpoint.restore();
    }
  });

  for (const status of [404, 405, 501]) {
    it(`on ${status} says the form is not accepting applications and names the office, not the network`, async () => {
      const { el, endpoint } = await sendAnswered(new Response('Not here', { status }));
      try {
        expect(el.shadowRoot!.querySelector('form')).to.equal(null);
        const heading = $<HTMLElement>(el, '[part="outcome"] h3');
        expect(heading.textContent!.trim()).to.equal('This form is not accepting applications at the moment');
        expect(el.shadowRoot!.activeElement).to.equal(heading);
        const text = panelText(el);
        expect(text).to.contain('Your application has not been sent.');
        expect(text).to.contain('To apply or ask a question, contact the office below.');
        expect(text).to.contain('Test Office');
        expect(text).not.to.match(/connection|network/i);
        expect(el.shadowRoot!.querySelector('a[href^="mailto:office@example.org"]')).to.exist;
        // Nothing reached the office: what was typed is kept for a later visit.
        expect(Object.values(sessionStorage).join(' ')).to.contain('taro@example.jp');
        await expect(el).to.be.accessible();
      } finally {
        endpoint.restore();
      }
    });
  }

  it('names the office in Japanese when not accepting', async () => {
    const { el, endpoint } = await sendAnswered(new Response('', { status: 405 }), { lang: 'ja' });
    try {
      const text = panelText(el);
      expect(text).to.contain('現在、このフォームではお申し込みを受け付けていません');
      expect(text).to.contain('テスト事務局');
      expect(text).not.to.contain('接続');
    } finally {
      endpoint.restore();
    }
  });
});
