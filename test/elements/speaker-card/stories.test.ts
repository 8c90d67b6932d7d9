/** The speaker stories render and their interaction works, as in Storybook. */
import { expect, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as cardStories from '../../../stories/elements/speaker-card/seminar-speaker-card.stories.js';
import * as listStories from '../../../stories/elements/speaker-list/seminar-speaker-list.stories.js';

type Args = Record<string, unknown>;
interface StoryLike {
  args?: Args;
  render?: (args: Args, context: unknown) => unknown;
  play?: (context: { canvasElement: HTMLElement; args: Args; step: (name: string, run: () => unknown) => Promise<unknown> }) => Promise<void> | void;
}
type Module = { default: StoryLike } & Record<string, unknown>;

async function draw(module: Module, name: string, check: (canvas: HTMLElement) => Promise<void>): Promise<void> {
  const story = module[name] as StoryLike;
  const args = { ...module.default.args, ...story.args };
  const canvas = document.createElement('div');
  document.body.append(canvas);
  try {
    render((story.render ?? module.default.render)!(args, { args }) as TemplateResult, canvas);
    // Storybook's `step` labels a part of an interaction; here it only runs it.
    await story.play?.({ canvasElement: canvas, args, step: async (_name, run) => run() });
    await check(canvas);
  } finally {
    canvas.remove();
  }
}

const ready = async (canvas: HTMLElement, tag: string) => {
  await waitUntil(() => canvas.querySelector(`${tag}[state="ready"]`), `${tag} renders`, { timeout: 5000 });
  return canvas.querySelector(tag)!;
};

describe('speaker stories', () => {
  it('OpenFullProfile opens the bio', () =>
    draw(cardStories as unknown as Module, 'OpenFullProfile', async (canvas) => {
      const card = await ready(canvas, 'seminar-speaker-card');
      expect(card.shadowRoot!.querySelector('button.toggle')!.getAttribute('aria-expanded')).to.equal('true');
    }));

  it('PhotoAndLinks shows the drawn portrait, and no toggle for a short bio', () =>
    draw(cardStories as unknown as Module, 'PhotoAndLinks', async (canvas) => {
      const card = await ready(canvas, 'seminar-speaker-card');
      const img = card.shadowRoot!.querySelector('img')!;
      await waitUntil(() => img.complete && img.naturalWidth > 0, 'the portrait loads');
      expect(card.shadowRoot!.querySelector('button.toggle')).to.equal(null);
      expect(card.shadowRoot!.querySelector('.sessions a')!.getAttribute('href')).to.equal('/seminars/one');
    }));

  it('NoLetter shows the silhouette', () =>
    draw(cardStories as unknown as Module, 'NoLetter', async (canvas) => {
      const card = await ready(canvas, 'seminar-speaker-card');
      expect(card.shadowRoot!.querySelector('[part="photo"] svg')).to.not.equal(null);
    }));

  it('SessionLinks lists speakers whose sessions link', () =>
    draw(listStories as unknown as Module, 'SessionLinks', async (canvas) => {
      const list = await ready(canvas, 'seminar-speaker-list');
      const first = list.shadowRoot!.querySelector('seminar-speaker-card')!;
      await waitUntil(() => first.getAttribute('state') === 'ready');
      expect(first.shadowRoot!.querySelector('.sessions a')!.getAttribute('href')).to.equal('/seminars/session-1');
    }));
});
