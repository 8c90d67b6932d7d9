// A web-test-runner plugin that records every request the test page makes, through
// the browser itself (Puppeteer: CDP in Chromium, WebDriver BiDi in Firefox), so tests can
// prove what was and was not fetched. WebDriver classic (WebKit here) has no network
// events: network-record answers false there, and tests read Resource Timing instead.
export function networkPlugin() {
  const logs = new Map();
  return {
    name: 'network-log',
    async executeCommand({ command, session }) {
      if (command === 'network-record') {
        if (session.browser.type !== 'puppeteer') return false;
        const page = session.browser.getPage(session.id);
        const urls = [];
        logs.set(session.id, urls);
        page.on('request', (request) => urls.push(request.url()));
        return true;
      }
      if (command === 'network-requests') return logs.get(session.id) ?? null;
      return undefined;
    },
  };
}
