// A web-test-runner plugin: a feed host that fails in each of the ways real hosts do,
// on the test server itself (/faults/...), driven by the `faults` command.
import { readFileSync } from 'node:fs';

export function faults() {
  const feed = readFileSync('feeds/tokyo-2025.json', 'utf8');
  let up = true;
  let flaky = 0;
  return {
    // Runs before the test server's own file serving.
    async middleware(ctx, next) {
        if (!ctx.path.startsWith('/faults/')) return next();
        const json = (body, status = 200) => {
          ctx.status = status;
          ctx.type = 'application/json';
          ctx.body = body;
        };
        switch (ctx.path) {
          case '/faults/500':
            return json('{"error":"boom"}', 500);
          case '/faults/404':
            return json('{"error":"gone"}', 404);
          case '/faults/broken':
            return json('{"version": 1, "series": ');
          case '/faults/wrong':
            ctx.type = 'text/html';
            ctx.body = '<!doctype html><title>Welcome to our CMS</title>';
            return;
          case '/faults/hang':
            // Never answers within the visitor's 15 s.
            await new Promise((resolve) => setTimeout(resolve, 20_000));
            return json(feed);
          case '/faults/flaky':
            // Fails twice, then answers: recovered by the retries.
            flaky++;
            return flaky <= 2 ? json('{}', 503) : json(feed);
          case '/faults/switch':
            return up ? json(feed) : json('{}', 502);
          default:
            return next();
        }
    },
    plugin: {
      name: 'faults',
      async executeCommand({ command, payload }) {
        if (command !== 'faults') return undefined;
        if (payload?.up !== undefined) up = payload.up;
        if (payload?.resetFlaky) flaky = 0;
        return true;
      },
    },
  };
}
