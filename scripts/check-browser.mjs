// Fails fast, with how to install them, when an engine the browser tests run in is missing:
// Chromium, Firefox and WebKit (WebKitWebDriver, MiniBrowser, Xvfb); TEST_ENGINES picks some.
import { findEngines } from './engines.mjs';

const found = findEngines();
for (const [engine, where] of Object.entries(found)) {
  const text = typeof where === 'string' ? where : `${where.driver} driving ${where.browser} under ${where.xvfb}`;
  console.log(`Browser for the tests, ${engine}: ${text}`);
}
