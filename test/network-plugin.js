// A web-test-runner plugin that records every request the test page makes, through
// the browser itself (Puppeteer), so tests can prove what was and was not fetched.
export function networkPlugin() {
  const logs = new Map();
  return {
    name: 'network-log',
    async executeCommand({ command, session }) {
      if (command === 'network-record') {
        const page = session.browser.getPage(session.id);
        const urls = [];
        logs.set(session.id, urls);
        page.on('request', (request) => urls.push(request.url()));
        return true;
      }
      if (command === 'network-requests') return logs.get(session.id) ?? [];
      return undefined;
    },
  };
}
