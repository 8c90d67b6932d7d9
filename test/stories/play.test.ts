/**
 * Runs the `play` functions of the stories (the interactions a reviewer sees in
 * Storybook) in the test command, in the same Chromium as every other test. A story
 * is rendered as Storybook does: its own `render` or the default one, with the
 * default args merged with its own.
 */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as sessionList from '../../stories/elements/session-list/seminar-session-list.stories.js';
import * as applicationForm from '../../stories/elements/application-form/seminar-application-form.stories.js';
import * as archivePlayer from '../../stories/elements/archive-player/seminar-archive-player.stories.js';
import '../../src/index.js';

type Args = Record<string, unknown>;
interface StoryLike {
  args?: Args;
  render?: (args: Args, context: unknown) => unknown;
  play?: (context: { canvasElement: HTMLElement; args: Args }) => Promise<void> | void;
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
  try {
    render(draw!(args, { args }) as TemplateResult, canvas);
    expect(story.play, `${name} has a play function`).to.be.a('function');
    await story.play!({ canvasElement: canvas, args });
  } finally {
    canvas.remove();
  }
}

describe('story interactions', () => {
  it('choose a session in the list', () => play(sessionList as unknown as Module, 'ChooseASession'));
  it('apply for a session', () => play(applicationForm as unknown as Module, 'Apply'));
  it('play a recording', () => play(archivePlayer as unknown as Module, 'PlayARecording'));
});
