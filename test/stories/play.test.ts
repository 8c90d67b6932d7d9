/**
 * Runs the `play` functions of the stories (the interactions a reviewer sees in
 * Storybook) in the test command, in the same browsers as every other test. A story is
 * rendered as Storybook does: its own `render` or the default one, with the default args
 * merged with its own, its `beforeEach` given a stand-in for the Mock Service Worker
 * addon (its handlers answer the page's fetches through msw's own `getResponse`), and
 * `parameters.now` set on its elements as the portal's decorator does.
 */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { getResponse, type RequestHandler } from 'msw';
import * as sessionList from '../../stories/elements/session-list/seminar-session-list.stories.js';
import * as applicationForm from '../../stories/elements/application-form/seminar-application-form.stories.js';
import * as archivePlayer from '../../stories/elements/archive-player/seminar-archive-player.stories.js';
import * as speakerCard from '../../stories/elements/speaker-card/seminar-speaker-card.stories.js';
import '../../src/index.js';

type Args = Record<string, unknown>;
interface Context {
  canvasElement: HTMLElement;
  args: Args;
  step: (name: string, run: () => unknown) => Promise<void>;
  msw: { use: (...handlers: RequestHandler[]) => void };
}
interface StoryLike {
  args?: Args;
  parameters?: { now?: string };
  render?: (args: Args, context: unknown) => unknown;
  beforeEach?: (context: Context) => unknown;
  play?: (context: Context) => Promise<void> | void;
}
interface Module {
  default: StoryLike;
  [name: string]: unknown;
}

async function play(module: Module, name: string): Promise<void> {
  const meta = module.default;
  const story = module[name] as StoryLike;
  const args = { ...meta.args, ...story.args };
  const draw = story.render ?? meta.render;
  const canvas = document.createElement('div');
  document.body.append(canvas);
  const handlers: RequestHandler[] = [];
  const realFetch = window.fetch;
  window.fetch = async (input, init) => (await getResponse(handlers, new Request(input, init))) ?? realFetch(input, init);
  const context: Context = {
    canvasElement: canvas,
    args,
    step: async (_name, run) => {
      await run();
    },
    msw: { use: (...more) => handlers.unshift(...more) },
  };
  try {
    await story.beforeEach?.(context);
    render(draw!(args, { args }) as TemplateResult, canvas);
    const now = story.parameters?.now ?? meta.parameters?.now;
    if (now) canvas.querySelectorAll('*').forEach((el) => el.localName.startsWith('seminar-') && el.localName !== 'seminar-feed' && el.setAttribute('now', now));
    expect(story.play, `${name} has a play function`).to.be.a('function');
    await story.play!(context);
  } finally {
    window.fetch = realFetch;
    canvas.remove();
  }
}

describe('story interactions', () => {
  it('choose a session in the list', () => play(sessionList as unknown as Module, 'ChooseASession'));
  it('apply for a session', () => play(applicationForm as unknown as Module, 'Apply'));
  it('the receiver rejects a field: the message at the field', () => play(applicationForm as unknown as Module, 'ServerRejectsAField'));
  it('too many applications: when to try again, nothing lost', () => play(applicationForm as unknown as Module, 'TooManyRequests'));
  it('already registered: a panel', () => play(applicationForm as unknown as Module, 'AlreadyRegistered'));
  it('play a recording', () => play(archivePlayer as unknown as Module, 'PlayARecording'));
  it('open a speaker\'s full profile', () => play(speakerCard as unknown as Module, 'OpenFullProfile'));
});
