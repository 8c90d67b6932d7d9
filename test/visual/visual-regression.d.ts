// @web/test-runner-visual-regression's browser entry (browser/commands.mjs) ships no types.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the engine's baseline named `name`. */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
