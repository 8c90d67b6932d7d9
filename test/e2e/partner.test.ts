/**
 * End to end: the built dist/seminar-widgets.js on a plain HTML page, loaded by
 * script tag as a partner would (run `npm run build` first; `npm test` does).
 */
import { expect, waitUntil } from '@open-wc/testing';

interface PartnerWindow extends Window {
  __errors: string[];
  __events: Array<{ type: string; target: string; detail: { message?: string; issues?: Array<{ path: string; message: string }> } }>;
  __pwned?: unknown;
}

async function open(path: string): Promise<{ frame: HTMLIFrameElement; win: PartnerWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PartnerWindow;
  return { frame, win, doc: frame.contentDocument! };
}

const ready = (el: Element | null) => el !== null && el.getAttribute('state') !== null && el.getAttribute('state') !== 'loading';

describe('the built bundle on a partner page', () => {
  let page: Awaited<ReturnType<typeof open>>;
  before(async () => {
    page = await open('/test/e2e/partner.html');
    await waitUntil(() => ['#list', '#session', '#hostile', '#broken'].every((s) => ready(page.doc.querySelector(s))), 'elements did not render', {
      timeout: 8000,
    });
  });
  after(() => page.frame.remove());

  it('loads twice, and as two builds, without a single error', () => {
    expect(page.win.__errors).to.deep.equal([]);
    expect(page.win.customElements.get('seminar-session-list')).to.exist;
  });

  it('renders the default feed with its status', () => {
    const list = page.doc.querySelector('#list')!;
    expect(list.getAttribute('state')).to.equal('ready');
    expect(list.shadowRoot!.querySelectorAll('li.entry')).to.have.length(5);
    const session = page.doc.querySelector('#session')!;
    expect(session.getAttribute('status')).to.equal('open');
    expect(session.shadowRoot!.textContent).to.contain('Handling Customer Harassment in Phone Response');
  });

  it('shares one fetch of the feed among all elements naming it', () => {
    const fetches = page.win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/feeds/tokyo-2025.json'));
    expect(fetches).to.have.length(1);
  });

  it('asks for no feed again when yet another build arrives after the page has loaded', async () => {
    const script = page.doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/seminar-widgets.js?late-build';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    page.doc.head.append(script);
    await loaded;
    await new Promise((resolve) => setTimeout(resolve, 200));
    const fetches = page.win.performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/feeds/tokyo-2025.json'));
    expect(fetches).to.have.length(1);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('runs nothing from a hostile feed and renders its markup as text', async () => {
    const series = page.doc.querySelector('#hostile')!;
    expect(series.getAttribute('state')).to.equal('ready');
    await new Promise((r) => setTimeout(r, 300));
    expect(page.win.__pwned).to.equal(undefined);
    const root = series.shadowRoot!;
    expect(root.querySelector('script, iframe, img, svg, b')).to.equal(null);
    expect(root.querySelector('h2')!.textContent).to.contain("<script>window.__pwned = 'series-title'</script>Hostile <b>series</b>");
    const hrefs = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    const sessions = [...root.querySelectorAll('seminar-session')];
    for (const s of sessions) hrefs.push(...[...s.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href).to.match(/^(https:|mailto:|tel:)/);
    expect(sessions.map((s) => s.getAttribute('session-id'))).to.deep.equal(['good-session']);
  });

  it('reports each problem of the hostile feed at its path', () => {
    const error = page.win.__events.find((e) => e.type === 'seminar-feed-error' && e.target === 'seminar-series');
    expect(error, 'no seminar-feed-error').to.exist;
    const paths = error!.detail.issues!.map((i) => i.path);
    expect(paths).to.deep.equal([
      'speakers[1].photo.src',
      'speakers[2].links[0].url',
      'sessions[0].materials[0].url',
      'sessions[0].speakers[1].speakerId',
      'sessions[1].startsAt',
      'sessions[2].title',
      'sessions[3].endsAt',
      'sessions[4].stream.url',
    ]);
    const messages = error!.detail.issues!.map((i) => `${i.path}: ${i.message}`);
    expect(messages).to.include('sessions[2].title: must be at most 300 characters');
    expect(messages).to.include('sessions[0].materials[0].url: must be an https: URL or a relative one; "javascript:" is not allowed');
  });

  it('shows a visitor message with the office contact when the top level is broken', () => {
    const broken = page.doc.querySelector('#broken')!;
    expect(broken.getAttribute('state')).to.equal('error');
    expect(broken.shadowRoot!.textContent).to.contain('The seminar schedule could not be loaded.');
    expect(broken.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('mailto:office@example.org');
    const error = page.win.__events.find((e) => e.type === 'seminar-feed-error' && e.target === 'seminar-session-list' && e.detail.issues![0].path.startsWith('series'));
    expect(error!.detail.issues!.map((i) => i.path)).to.deep.equal(['series.organizer.url', 'series.contact.url']);
  });
});

describe('a page with only a session list', () => {
  it('downloads the entry and its language, nothing else', async () => {
    const page = await open('/test/e2e/list-only.html');
    const list = page.doc.querySelector('seminar-session-list')!;
    await waitUntil(() => ready(list), 'list did not render');
    expect(list.shadowRoot!.textContent).to.contain('第1回');
    const scripts = page.win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js') && !p.startsWith('/__web-dev-server'));
    expect(scripts, scripts.join(', ')).to.have.length(2);
    expect(scripts[0]).to.equal('/dist/seminar-widgets.js');
    expect(scripts[1]).to.match(/^\/dist\/chunks\/ja-[\w-]+\.js$/);
    page.frame.remove();
  });

  it('asks for the feed before its code has even defined the list, once', async () => {
    const page = await open('/test/e2e/list-only.html');
    const list = page.doc.querySelector('seminar-session-list')!;
    await waitUntil(() => ready(list), 'list did not render');
    expect((page.win as unknown as { __feedRequests: unknown[] }).__feedRequests).to.deep.equal([{ listDefined: false }]);
    page.frame.remove();
  });
});
