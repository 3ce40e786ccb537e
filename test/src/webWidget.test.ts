import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format, subDays } from 'date-fns';
import { es } from 'date-fns/locale';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { californiaToday, imrFilingDeadline } from '../../machines/dateRules.js';
import { phones } from '../../machines/facts.js';
import { buildApp, type App } from '../../src/app.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { WEBCHAT_BUNDLE_PATH } from '../../src/web/webchatBundle.js';

/**
 * The website chat as a person meets it: the pinned Web Chat bundle in Debian's Chromium, talking
 * to the REAL bot (buildApp, SQLite, local mode) through the built-in Direct Line. The server reads
 * the real clock, so the decision date is chosen relative to today and the deadline is computed with
 * the same date rules (machines/dateRules.ts) the bot uses.
 */

const require = createRequire(import.meta.url);

/** Debian's Chromium, never a downloaded browser; quiet so it calls no Google service on its own. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const KEY_SECRET = 'web-widget-test-key-secret-0123456789abcdef';
const SHOTS = 'test-results';
const DMHC = phones.dmhcHelpCenter.value;

/** A decision 20 days ago (California date), typed the way a person would say it. */
const today = californiaToday(new Date());
const decided = subDays(new Date(`${today}T12:00:00`), 20);
const sameYear = decided.getFullYear() === new Date(`${today}T12:00:00`).getFullYear();
const decidedEn = format(decided, sameYear ? 'MMMM d' : 'MMMM d, yyyy');
const decidedEs = format(decided, sameYear ? "d 'de' MMMM" : "d 'de' MMMM 'de' yyyy", { locale: es });
const deadline = new Date(`${imrFilingDeadline(format(decided, 'yyyy-MM-dd'))}T12:00:00`);
const deadlineEn = format(deadline, 'MMMM d, yyyy');
const deadlineEs = format(deadline, "d 'de' MMMM 'de' yyyy", { locale: es });

interface Served {
  url: string;
  origin: string;
  close(): Promise<void>;
}

async function startBot(dir: string, env: Record<string, string> = {}): Promise<Served & { app: App }> {
  const config = loadConfig({ STORAGE: 'sqlite', SQLITE_PATH: join(dir, 'bot.sqlite'), KEY_SECRET, LOG_LEVEL: 'silent', ...env });
  const app = await buildApp(config, { logger: createLogger('silent') });
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${app.server.address().port}`;
  return { app, url, origin: url, close: () => app.close() };
}

/**
 * Another website on a second loopback origin (`localhost`, while the bot is on 127.0.0.1: another
 * site, not only another port). Its page is the embed snippet of docs/web.md for the bot at `?bot=`.
 */
async function startHostSite(): Promise<Served> {
  const server = createServer((req, res) => {
    const bot = new URL(req.url ?? '/', 'http://host').searchParams.get('bot') ?? '';
    // Two statements: restify replaces ServerResponse.prototype.writeHead with one that returns nothing.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A clinic</title></head><body>
<h1>Our clinic</h1>
<iframe src="${encodeURI(bot)}/" title="California IMR guide chat" style="width:100%;max-width:28rem;height:40rem;border:1px solid #767676;border-radius:8px" loading="lazy"></iframe>
</body></html>`);
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://localhost:${port}`;
  return { url, origin: url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Every request a page makes, so a test can say none went to another host. */
function recordRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => seen.push(request.url()));
  return seen;
}

function foreignTo(requests: readonly string[], allowed: readonly string[]): string[] {
  return requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && !allowed.includes(new URL(url).origin));
}

function transcript(page: Page): Locator {
  return page.locator('#webchat');
}

async function waitForText(page: Page, text: string, timeout = 20_000): Promise<void> {
  await expect.poll(() => transcript(page).innerText(), { timeout, message: `the chat shows "${text}"` }).toContain(text);
}

/** The suggested action with this label, as the person sees it (a button under the last reply). */
function suggested(page: Page, label: string): Locator {
  return page.locator('.webchat__suggested-actions').getByRole('button', { name: label, exact: true });
}

async function type(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: /message|mensaje/i });
  await box.fill(text);
  await box.press('Enter');
}

/**
 * For the screenshot: scroll back (with the wheel, as a person does; Web Chat sticks to the bottom
 * when the page scrolls it) until the card's title is in view.
 */
async function showCardTop(card: Locator): Promise<void> {
  const page = card.page();
  const title = card.getByRole('heading').first();
  const region = await page.locator('#webchat').boundingBox();
  if (!region) return;
  await page.mouse.move(region.x + region.width / 2, region.y + region.height / 2);
  // Web Chat is still scrolling to the new card when it appears.
  await page.waitForTimeout(1000);
  for (let step = 0; step < 40; step++) {
    const box = await title.boundingBox();
    if (box && box.y >= region.y + 8) break;
    await page.mouse.wheel(0, -80);
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(200);
}

async function runAxe(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: no bypassCSP needed.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  });
}

describe('the website chat with the real bot in Chromium', () => {
  let browser: Browser;
  let bot: Served & { app: App };
  let dir: string;

  beforeAll(async () => {
    expect(existsSync(WEBCHAT_BUNDLE_PATH), `${WEBCHAT_BUNDLE_PATH} (npm install fetches it)`).toBe(true);
    expect(existsSync(CHROMIUM), `${CHROMIUM} (apt-get install chromium)`).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'imr-web-'));
    bot = await startBot(dir);
    // launch() gives every run a fresh temporary profile (user-data-dir) of its own.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await bot?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('welcomes on open, reaches the DMHC outcome card by typing and by keyboard, and keeps it after a reload', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1024, height: 900 } });
    const requests = recordRequests(context);
    const page = await context.newPage();
    const cspErrors: string[] = [];
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${bot.url}/`);

    await waitForText(page, 'Independent Medical Review (IMR)');
    await expect.poll(() => suggested(page, 'HMO or Kaiser').count(), { timeout: 10_000 }).toBe(1);
    // The welcome came from the join event: the person has said nothing yet.
    expect(await page.locator('.webchat__bubble--from-user').count()).toBe(0);

    // Keyboard only: Tab reaches the message box; Enter sends.
    const box = page.getByRole('textbox', { name: /message/i });
    for (let presses = 0; presses < 40 && !(await box.evaluate((element) => element === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    // WCAG 2.4.7: the focused message box shows a ring.
    const ring = await page.locator('.webchat__send-box-text-box').evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring).toEqual({ style: 'solid', width: 3 });
    await page.keyboard.type('Kaiser');
    await page.keyboard.press('Enter');
    await waitForText(page, 'Why did the plan say no?');

    await type(page, 'they said it was not medically necessary');
    await waitForText(page, 'Did you appeal to the plan');

    await type(page, `I appealed and they said no on ${decidedEn}`);
    await waitForText(page, 'serious threat to your health');

    await type(page, 'not urgent');
    const card = page.locator('.ac-adaptiveCard');
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    const cardText = await card.innerText();
    expect(cardText).toContain('File an IMR now');
    expect(cardText).toContain(DMHC);
    expect(cardText).toContain(deadlineEn);
    expect(await card.getByRole('button', { name: /File a Complaint/ }).count()).toBe(1);
    // The steps are one list numbered 1 to 5, not five lists each numbered 1.
    expect(await card.locator('ol').count()).toBe(1);
    expect(await card.locator('ol > li').count()).toBe(5);
    // "Got it" and the next question are separate lines, not run together by Markdown.
    expect(await page.locator('.webchat__bubble__content p', { hasText: /^Why did the plan say no\?$/ }).count()).toBe(1);

    // The question after the outcome keeps its buttons although the plan link is sent after it
    // (Web Chat shows suggested actions only under the last activity).
    await expect.poll(() => suggested(page, 'Start over').count(), { timeout: 10_000 }).toBe(1);
    const lastBubble = await page.locator('.webchat__bubble--from-user, .webchat__bubble:not(.webchat__bubble--from-user)').last().innerText();
    expect(await suggested(page, 'Back').count()).toBe(1);
    // The kept plan is a link (a bare path in the text is not), and it opens on this server.
    const planLink = transcript(page).getByRole('link', { name: /Open the plan to print/ });
    expect(await planLink.count()).toBe(1);
    const [planPage] = await Promise.all([context.waitForEvent('page'), planLink.click()]);
    await planPage.waitForLoadState();
    expect(new URL(planPage.url()).origin).toBe(bot.origin);
    expect(new URL(planPage.url()).pathname).toMatch(/^\/plan\/[\w-]+$/);
    await planPage.close();
    expect(lastBubble).toContain('calendar');
    await showCardTop(card);
    await page.screenshot({ path: `${SHOTS}/webchat-en.png` });
    expect(await runAxe(page)).toEqual([]);

    await page.reload();
    await waitForText(page, 'File an IMR now');
    expect(await transcript(page).innerText()).toContain('they said it was not medically necessary');
    expect(await page.locator('.ac-adaptiveCard').count()).toBe(1);
    // Resumed, not welcomed again.
    expect(await page.locator('.webchat__bubble__content', { hasText: 'Hi! I help you' }).count()).toBe(1);

    expect(cspErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(foreignTo(requests, [bot.origin])).toEqual([]);
    await context.close();
  }, 60_000);

  it('runs in Spanish on a phone-width screen, answered by pressing choices with the mouse and the keyboard', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, hasTouch: true });
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto(`${bot.url}/`);
    await waitForText(page, 'Independent Medical Review (IMR)');

    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => suggested(page, 'HMO o Kaiser').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('es');

    // Keyboard only: Tab from the language switch to a choice, Space presses it.
    const choice = suggested(page, 'HMO o Kaiser');
    const focused = () => choice.evaluate((element) => element === document.activeElement);
    for (let presses = 0; presses < 40 && !(await focused()); presses++) await page.keyboard.press('Tab');
    expect(await focused()).toBe(true);
    // WCAG 2.4.7: the focused choice shows a focus indicator.
    const ring = await choice.locator('.webchat__suggested-action__keyboard-focus-indicator').evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.borderTopStyle, width: parseFloat(style.borderTopWidth), color: style.borderTopColor };
    });
    expect(ring).toEqual({ style: 'solid', width: 2, color: 'rgb(26, 26, 26)' });
    await page.keyboard.press('Space');
    await waitForText(page, '¿Por qué dijo que no el plan?');

    await suggested(page, 'No es médicamente necesario').click();
    await waitForText(page, '¿Apeló ante el plan');
    await suggested(page, 'Sí, y dijeron que no').click();
    await expect.poll(() => page.locator('.webchat__bubble__content').last().innerText(), { timeout: 15_000 }).toMatch(/fecha|cuándo/i);
    await type(page, `me dijeron que no el ${decidedEs}`);
    await expect.poll(() => suggested(page, 'No es urgente').count(), { timeout: 15_000 }).toBe(1);
    await suggested(page, 'No es urgente').click();

    const card = page.locator('.ac-adaptiveCard');
    await expect.poll(() => card.count(), { timeout: 20_000 }).toBe(1);
    const cardText = await card.innerText();
    expect(cardText).toContain('Pida la IMR ahora');
    expect(cardText).toContain(DMHC);
    expect(cardText).toContain(deadlineEs);
    await expect.poll(() => suggested(page, 'Empezar de nuevo').count(), { timeout: 10_000 }).toBe(1);

    // Nothing wider than the phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await showCardTop(card);
    await page.screenshot({ path: `${SHOTS}/webchat-es.png` });
    expect(await runAxe(page)).toEqual([]);
    expect(foreignTo(requests, [bot.origin])).toEqual([]);
    await context.close();
  }, 60_000);

  it('can be embedded on another website with the iframe snippet, and only on the sites EMBED_ALLOWED_ORIGINS names', async () => {
    const clinic = await startHostSite();
    const stranger = await startHostSite();
    const restrictedDir = mkdtempSync(join(tmpdir(), 'imr-web-embed-'));
    const restricted = await startBot(restrictedDir, { EMBED_ALLOWED_ORIGINS: clinic.origin });
    const embedded = (page: Page) => page.frameLocator('iframe').locator('#webchat');
    try {
      const headers = (await fetch(`${bot.url}/`)).headers;
      expect(headers.get('x-frame-options')).toBeNull();
      expect(headers.get('content-security-policy')).toContain('frame-ancestors *');
      expect((await fetch(`${restricted.url}/`)).headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${clinic.origin}`);

      const context = await browser.newContext({ locale: 'en-US' });
      const requests = recordRequests(context);
      // The default (*): any site's snippet shows the chat, and the welcome arrives inside the frame.
      const page = await context.newPage();
      await page.goto(`${clinic.url}/?bot=${encodeURIComponent(bot.url)}`);
      await expect.poll(() => embedded(page).innerText(), { timeout: 20_000 }).toContain('Independent Medical Review (IMR)');
      await embedded(page).locator('.webchat__suggested-actions').getByRole('button', { name: 'HMO or Kaiser', exact: true }).click();
      await expect.poll(() => embedded(page).innerText(), { timeout: 15_000 }).toContain('Why did the plan say no?');
      await page.waitForTimeout(1000);
      await page.screenshot({ path: `${SHOTS}/webchat-embed.png` });

      // Restricted to the clinic: the clinic's page shows it, another site's page does not.
      const allowed = await context.newPage();
      await allowed.goto(`${clinic.url}/?bot=${encodeURIComponent(restricted.url)}`);
      await expect.poll(() => embedded(allowed).innerText(), { timeout: 20_000 }).toContain('Independent Medical Review (IMR)');
      const refused = await context.newPage();
      const blocked = refused.waitForEvent('console', { predicate: (message) => /frame-ancestors/.test(message.text()), timeout: 15_000 });
      await refused.goto(`${stranger.url}/?bot=${encodeURIComponent(restricted.url)}`);
      await blocked;
      expect(await embedded(refused).count()).toBe(0);

      expect(foreignTo(requests, [clinic.origin, stranger.origin, bot.origin, restricted.origin])).toEqual([]);
      await context.close();
    } finally {
      await Promise.all([clinic.close(), stranger.close(), restricted.close()]);
      rmSync(restrictedDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('welcomes a browser set to Spanish in Spanish, with Spanish choices, from the first message on', async () => {
    const context = await browser.newContext({ locale: 'es-US' });
    const page = await context.newPage();
    await page.goto(`${bot.url}/`);
    await waitForText(page, 'Revisión Médica Independiente (IMR)');
    await expect.poll(() => suggested(page, 'HMO o Kaiser').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getAttribute('#lang-es', 'aria-pressed')).toBe('true');
    expect(await page.locator('.webchat__bubble__content', { hasText: 'Independent Medical Review' }).count()).toBe(0);
    await context.close();
  });
});

describe('EMBED_ALLOWED_ORIGINS', () => {
  const load = (value: string) => loadConfig({ STORAGE: 'memory', KEY_SECRET, EMBED_ALLOWED_ORIGINS: value });

  it('takes * alone or a list of origins, and stops start-up on a path, another scheme or * mixed in', () => {
    expect(load('').EMBED_ALLOWED_ORIGINS).toEqual(['*']);
    expect(load('https://www.Example.org/, http://localhost:8080').EMBED_ALLOWED_ORIGINS).toEqual(['https://www.example.org', 'http://localhost:8080']);
    for (const bad of ['https://example.org/chat', 'ftp://example.org', '*,https://example.org', 'example.org', ' , ']) {
      expect(() => load(bad), bad).toThrow(ConfigError);
    }
  });
});
