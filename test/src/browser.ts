import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, headless, quiet (no downloaded browser); screenshots and PDFs go to test-results/. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync('test-results', { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
