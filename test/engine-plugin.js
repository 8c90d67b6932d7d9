// A web-test-runner plugin: viewport size and media emulation in every engine.
// @web/test-runner-commands' setViewport and emulateMedia speak only to Puppeteer and
// Playwright; WebKit runs here under WebKitWebDriver (@web/test-runner-webdriver), which
// has window sizes but no media emulation. Tests use these through test/helpers.ts
// (setViewport, emulateMedia), which tell the test when an engine cannot emulate.

/** Resizes a WebDriver window until its viewport (innerWidth x innerHeight) is the asked size. */
async function webdriverViewport(driver, width, height) {
  for (let i = 0; i < 3; i++) {
    const inner = await driver.execute('return [window.innerWidth, window.innerHeight]');
    if (inner[0] === width && inner[1] === height) return true;
    const outer = await driver.getWindowSize();
    await driver.setWindowSize(outer.width + width - inner[0], outer.height + height - inner[1]);
  }
  const inner = await driver.execute('return [window.innerWidth, window.innerHeight]');
  return inner[0] === width;
}

export function enginePlugin() {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'engine-viewport') {
        const { width, height } = payload;
        if (session.browser.type === 'puppeteer') {
          await session.browser.getPage(session.id).setViewport({ width, height });
          return true;
        }
        if (session.browser.type === 'webdriver') return webdriverViewport(session.browser.driver, width, height);
        return false;
      }
      if (command === 'engine-media') {
        if (session.browser.type !== 'puppeteer') return false; // WebDriver has no media emulation.
        const page = session.browser.getPage(session.id);
        try {
          if (payload.colorScheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: payload.colorScheme }]);
          if (payload.media) await page.emulateMediaType(payload.media);
          return true;
        } catch (e) {
          // Puppeteer over WebDriver BiDi (Firefox) may not carry an emulation.
          if (/CDP support is required|not (yet )?(implemented|supported)/i.test(String(e?.message))) return false;
          throw e;
        }
      }
      return undefined;
    },
  };
}
