// Finds Debian's Chromium (or CHROME_PATH) and the flags this machine needs.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    console.error(
      '\nNo Chromium found for the browser tests.\n' +
        'Install one:   sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROME_PATH at a Chrome or Chromium binary:   CHROME_PATH=/path/to/chrome npm test\n',
    );
    process.exit(1);
  }
  return found;
}
