import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Activity } from 'botbuilder';
import { MemoryStorage } from 'botbuilder';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWebPage } from '../../src/web/serveWeb.js';
import { WEBCHAT_BUNDLE_PATH } from '../../src/web/webchatBundle.js';
import { echoDeliver, startDirectLine, type Running } from './directlineHelpers.js';

const require = createRequire(import.meta.url);

/** Debian's Chromium, never a downloaded browser; quiet so it calls no Google service on its own. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function deliverWithLocale(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  const value = activity.value as { locale?: unknown } | undefined;
  if (activity.type === 'message' && typeof value?.locale === 'string') return [{ type: 'message', text: `Idioma: ${value.locale}` }];
  return echoDeliver(activity);
}

describe('the chat page in Chromium', () => {
  let browser: Browser;
  let app: Running;

  beforeAll(async () => {
    // The install step must have run: the page is nothing without the pinned bundle.
    expect(existsSync(WEBCHAT_BUNDLE_PATH), `${WEBCHAT_BUNDLE_PATH} (npm install fetches it)`).toBe(true);
    expect(existsSync(CHROMIUM), `${CHROMIUM} (apt-get install chromium)`).toBe(true);
    app = await startDirectLine(new MemoryStorage(), { deliver: deliverWithLocale });
    registerWebPage(app.server, {});
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the welcome on open, answers typing, resumes after a reload and switches to Spanish, all from this server', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    const violations: string[] = [];
    const origin = new URL(app.url).origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
    });
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });

    const response = await page.goto(`${app.url}/`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');

    const transcript = page.locator('#webchat');
    await expect.poll(() => transcript.innerText(), { timeout: 20_000 }).toContain('Welcome');

    const box = page.getByRole('textbox').first();
    await box.fill('My plan denied my MRI');
    await box.press('Enter');
    await expect.poll(() => transcript.innerText(), { timeout: 15_000 }).toContain('You said: My plan denied my MRI');

    await page.reload();
    const again = page.locator('#webchat');
    await expect.poll(() => again.innerText(), { timeout: 20_000 }).toContain('You said: My plan denied my MRI');
    // A resumed chat is not welcomed twice.
    expect(await page.locator('.webchat__bubble__content', { hasText: 'Welcome (join)' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => again.innerText(), { timeout: 15_000 }).toContain('Idioma: es');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.getAttribute('#lang-es', 'aria-pressed')).toBe('true');
    expect(await page.locator('h1').innerText()).toBe('Guía de IMR de California');

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/directline-webchat.png', fullPage: true });
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('passes an axe-core WCAG 2 A/AA check with the welcome on screen', async () => {
    // bypassCSP only so axe itself can be injected; the policy is checked in the test above.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await expect.poll(() => page.locator('#webchat').innerText(), { timeout: 20_000 }).toContain('Welcome');
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
