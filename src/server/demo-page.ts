/** The receiver's demo page: the whole series from /feed.json, with its controls. */
export function demoPage(now: number): string {
  const instant = new Date(now + 9 * 3600_000).toISOString().slice(0, 16); // the clock in Japan time
  return `<!doctype html>
<html lang="en" data-now="${instant}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>seminar-widgets demo</title>
    <link rel="stylesheet" href="/demo/demo.css" />
    <script type="module" src="/dist/seminar-widgets.js"></script>
    <script type="module" src="/demo/demo.js"></script>
  </head>
  <body>
    <header class="demo-bar">
      <h1>seminar-widgets</h1>
      <form class="demo-controls" id="controls">
        <label><span>Language / 言語</span>
          <select name="lang"><option value="en">English</option><option value="ja">日本語</option></select>
        </label>
        <label><span>Preview as of (Japan time)</span><input type="datetime-local" name="now" step="60" /></label>
        <label><span>Jump to</span><select name="preset"><option value="">The receiver's clock</option></select></label>
      </form>
      <p class="demo-status" id="status" role="status"></p>
    </header>
    <main id="demo">
      <seminar-series src="/feed.json"></seminar-series>
    </main>
  </body>
</html>
`;
}
