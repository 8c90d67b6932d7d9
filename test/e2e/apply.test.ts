/**
 * End to end: the built bundle on a plain page sends an application to a running
 * receiver through a network that fails first; the visitor sends again, and the
 * office's database holds exactly one row.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { engine } from '../helpers.js';

interface Setup {
  url: string;
  now: string;
}
interface State {
  rows: string[];
  attempts: string[];
}

async function openPage(): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  frame.src = '/test/e2e/blank-partner.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, doc: frame.contentDocument! };
}

async function applyThroughFailure(failure: 'drop' | '503', email: string): Promise<State> {
  // Twice: a browser may retry a dropped request once by itself before the page sees the failure.
  const setup = (await executeServerCommand('receiver-setup', { failures: [failure, failure] })) as Setup;
  const { frame, doc } = await openPage();
  try {
    doc.body.innerHTML = `<seminar-application-form src="${setup.url}/feed.json" session-id="session-4" now="${setup.now}"></seminar-application-form>`;
    const form = doc.querySelector('seminar-application-form')! as HTMLElement & { updateComplete: Promise<unknown> };
    const root = () => form.shadowRoot!;
    await waitUntil(() => root()?.querySelector('form'), 'the form did not render', { timeout: 8000 });
    const field = (name: string) => root().querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    field('name').value = 'E2E Person';
    field('name').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field('organization').value = 'E2E Org';
    field('organization').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field('email').value = email;
    field('email').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field('consent').click();
    const button = () => root().querySelector<HTMLButtonElement>('button[type="submit"]')!;
    let errors = 0;
    form.addEventListener('seminar-application-error', () => errors++);
    const succeeded = () => root().querySelector('[part="success"]') !== null;
    let failuresSeen = 0;
    button().click();
    // The visitor sends again after each failure the page shows (a browser may also retry on its own).
    for (let attempt = 0; attempt < 4 && !succeeded(); attempt++) {
      await waitUntil(() => errors > failuresSeen || succeeded(), 'no answer shown', { timeout: 8000 });
      if (succeeded()) break;
      failuresSeen++;
      await form.updateComplete;
      expect(root().querySelector('[part="status"]')!.textContent).to.contain('Nothing you typed has been lost');
      expect(button().textContent!.trim()).to.equal('Send again');
      expect(field('email').value).to.equal(email);
      button().click();
    }
    expect(failuresSeen, 'the visitor never saw the failure').to.be.at.least(1);
    expect(succeeded()).to.equal(true);
    expect(root().textContent).to.match(/S4-[A-Z2-9]{6}/);
    return (await executeServerCommand('receiver-state')) as State;
  } finally {
    frame.remove();
  }
}

describe('applying from a partner page to the reference receiver', () => {
  it('survives a dropped connection: one row, one key for both attempts', async () => {
    // One address per engine: the engines share one receiver, which would take a second application as a duplicate.
    const email = `dropped+${engine()}@example.org`;
    const state = await applyThroughFailure('drop', email);
    expect(state.attempts.length).to.be.at.least(3);
    expect(new Set(state.attempts).size, 'every attempt carries the same Idempotency-Key').to.equal(1);
    expect(state.rows.filter((row) => row.includes(email))).to.have.length(1);
  });

  it('survives a 503: one row', async () => {
    const email = `unavailable+${engine()}@example.org`;
    const state = await applyThroughFailure('503', email);
    expect(state.attempts.length).to.be.at.least(3);
    expect(new Set(state.attempts).size).to.equal(1);
    expect(state.rows.filter((row) => row.includes(email))).to.have.length(1);
  });
});
