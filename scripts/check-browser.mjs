// Fails fast, with how to install one, when no Chromium is there for the browser tests.
import { findChromium } from './chromium.mjs';

console.log(`Browser for the tests: ${findChromium()}`);
