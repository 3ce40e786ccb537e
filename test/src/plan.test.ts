import { MemoryStorage, type Storage } from 'botbuilder';
import type { Browser } from 'playwright-core';
import restify, { type Server } from 'restify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locale, Surface, TurnInput, TurnResult } from '../../dialogs/contract.js';
import { runTurn } from '../../dialogs/turn.js';
import { addresses, phones } from '../../machines/facts.js';
import { conversationKey } from '../../src/keys.js';
import { createMetrics } from '../../src/metrics.js';
import { planPageCsp, registerPlanRoute } from '../../src/plan/planPage.js';
import {
  createPlan,
  deletePlansFor,
  isPlanToken,
  maxPlansPerConversation,
  planDatesFrom,
  planInputFromTurn,
  planStorageKey,
  readPlan,
  type Plan,
} from '../../src/plan/planStore.js';
import { gsm7Length, planSummaryText, smsMessageLimit } from '../../src/plan/planSummaryText.js';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';
import { launchChromium } from './browser.js';

const DAY = 86_400_000;
const TTL_DAYS = 30;
const madeAt = new Date('2026-12-01T18:00:00Z');
const key = conversationKey('k'.repeat(32), 'webchat', 'conversation-1');

const web: Surface = { buttons: true, cards: true, brief: false, maxChars: 4000, audience: 'patient', shared: false };
const sms: Surface = { ...web, buttons: false, cards: false, brief: true, maxChars: 459 };

/**
 * A conversation through the real turn to O1 (a DMHC plan, written decision on 2026-11-02): the
 * replies a plan is made from, and the dates the calendar can hold.
 */
function reachO1(locale: Locale, surface: Surface = web) {
  const steps: Pick<TurnInput, 'kind' | 'text' | 'value'>[] = [
    { kind: 'join' },
    { kind: 'message', value: { answer: { coverage: 'dmhc_plan' } } },
    { kind: 'message', value: { answer: { reason: 'medical_necessity' } } },
    { kind: 'message', value: { answer: { appealStatus: 'decided' } } },
    { kind: 'message', value: { answer: { appealDate: '2026-11-02' } } },
    { kind: 'message', value: { answer: { urgency: 'not_urgent' } } },
  ];
  let stored: unknown;
  let last: TurnResult | undefined;
  for (const step of steps) {
    last = runTurn({ ...step, now: madeAt, surface, localeHint: locale === 'es' ? 'es-US' : 'en-US' }, stored);
    stored = last.data;
  }
  const input = last && planInputFromTurn(last, surface, madeAt);
  if (!input) throw new Error('the conversation reached no outcome');
  return { replies: input.replies, dates: input.dates ?? [], locale: input.locale, stored };
}

async function keepO1(storage: Storage, locale: Locale = 'en', extra: { summary?: string[]; calendarToken?: string } = {}) {
  const { replies, dates } = reachO1(locale);
  const created = await createPlan(storage, {
    conversationKey: key,
    locale,
    audience: 'patient',
    replies,
    summary: extra.summary ?? (locale === 'es' ? ['Plan: un plan del DMHC'] : ['Plan: a DMHC plan', 'Decision date: November 2, 2026']),
    dates,
    ...(extra.calendarToken !== undefined && { calendarToken: extra.calendarToken }),
    now: madeAt,
    ttlDays: TTL_DAYS,
  });
  if (!created) throw new Error('no outcome in the replies');
  return created;
}

const servers: Server[] = [];
const storages: SqliteStorage[] = [];
afterEach(async () => {
  const closing = servers.splice(0).map(
    (server) =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  );
  await Promise.all(closing);
  await Promise.all(storages.splice(0).map((s) => s.close()));
});

async function serve(storage: Storage, clock: { now: number }): Promise<string> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  registerPlanRoute(server, { storage, now: () => new Date(clock.now), metrics: createMetrics({ processMetrics: false }) });
  servers.push(server);
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${server.address().port}`;
}

const storageKinds: [string, (clock: { now: number }) => Storage][] = [
  ['botbuilder MemoryStorage', () => new MemoryStorage()],
  [
    'SQLite',
    (clock) => {
      const storage = new SqliteStorage({ path: ':memory:', ttlDays: TTL_DAYS, now: () => clock.now, sweepEveryMs: 0 });
      storages.push(storage);
      return storage;
    },
  ],
];

describe.each(storageKinds)('a kept plan in %s', (_name, open) => {
  it('opens with its unguessable link, and the database holds no working link', async () => {
    const clock = { now: madeAt.getTime() };
    const storage = open(clock);
    const { token, plan } = await keepO1(storage);
    expect(isPlanToken(token)).toBe(true);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(plan.outcome).toBe('O1');
    expect(plan.dates).toEqual([{ kind: 'imrDeadline', date: '2027-05-02' }]);
    expect(await readPlan(storage, token, new Date(clock.now))).toEqual(plan);
    expect(Object.keys(await storage.read([`plan/${token}`]))).toEqual([]);
    expect(Object.keys(await storage.read([planStorageKey(token)]))).toHaveLength(1);
  });

  it('stops opening after it expires', async () => {
    const clock = { now: madeAt.getTime() };
    const storage = open(clock);
    const { token } = await keepO1(storage);
    expect(await readPlan(storage, token, new Date(madeAt.getTime() + (TTL_DAYS - 1) * DAY))).toBeDefined();
    clock.now = madeAt.getTime() + TTL_DAYS * DAY + 1;
    expect(await readPlan(storage, token, new Date(clock.now))).toBeUndefined();
  });

  it('is erased with the conversation\'s data, every plan of it, and only its own', async () => {
    const clock = { now: madeAt.getTime() };
    const storage = open(clock);
    const first = await keepO1(storage);
    const second = await keepO1(storage, 'es');
    const { replies } = reachO1('en');
    const someoneElse = await createPlan(storage, {
      conversationKey: conversationKey('k'.repeat(32), 'sms', 'conversation-2'),
      locale: 'en',
      audience: 'patient',
      replies,
      summary: [],
      now: madeAt,
      ttlDays: TTL_DAYS,
    });
    await deletePlansFor(storage, key);
    expect(await readPlan(storage, first.token, madeAt)).toBeUndefined();
    expect(await readPlan(storage, second.token, madeAt)).toBeUndefined();
    expect(someoneElse && (await readPlan(storage, someoneElse.token, madeAt))).toBeDefined();
    await expect(deletePlansFor(storage, key)).resolves.toBeUndefined();
  });

  it(`keeps the latest ${maxPlansPerConversation} plans of a conversation that reaches outcomes again and again`, async () => {
    const clock = { now: madeAt.getTime() };
    const storage = open(clock);
    const tokens: string[] = [];
    for (let i = 0; i <= maxPlansPerConversation; i++) tokens.push((await keepO1(storage)).token);
    expect(await readPlan(storage, tokens[0] ?? '', madeAt)).toBeUndefined();
    expect(await readPlan(storage, tokens.at(-1) ?? '', madeAt)).toBeDefined();
  });
});

describe('a kept plan', () => {
  it('is not made again for the short outcome menu shown after "help"', () => {
    const { stored } = reachO1('en');
    const help = runTurn({ kind: 'message', text: 'help', now: madeAt, surface: web }, stored);
    expect(help.events).toContainEqual({ type: 'outcome', id: 'O1' });
    expect(help.data).not.toBeNull();
    expect(planInputFromTurn(help, web, madeAt)).toBeUndefined();
  });

  it('is not made from a turn without an outcome', async () => {
    const storage = new MemoryStorage();
    const made = await createPlan(storage, {
      conversationKey: key,
      locale: 'en',
      audience: 'patient',
      replies: [{ kind: 'question', text: 'What kind of coverage?' }],
      summary: [],
      now: madeAt,
      ttlDays: TTL_DAYS,
    });
    expect(made).toBeUndefined();
  });

  it('has no calendar date when the deadline has passed (O7)', () => {
    const dates = planDatesFrom({
      id: 'O7',
      agency: 'DMHC',
      coverage: 'dmhc_plan',
      imrDeadline: { date: '2026-05-02', daysLeft: -213 },
      mediCal: false,
      mediMedi: false,
      cohsPlan: false,
      hearingRequested: false,
      assumedDmhc: false,
      experimental: false,
      urgent: false,
      decided: true,
    });
    expect(dates).toEqual([]);
  });
});

describe('GET /plan/:token', () => {
  it('serves the plan with headers that keep it private, and nothing but its own stylesheet', async () => {
    const clock = { now: madeAt.getTime() };
    const storage = new MemoryStorage();
    const { token } = await keepO1(storage);
    const response = await fetch(`${await serve(storage, clock)}/plan/${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(planPageCsp);
    expect(planPageCsp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+';/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toMatch(/noindex/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).not.toMatch(/<script/i);
    // No calendar token from reminders: no link that would lead nowhere.
    expect(html).not.toContain('/calendar/');
  });

  it('shows words as words: markup in a stored plan is escaped', async () => {
    const clock = { now: madeAt.getTime() };
    const storage = new MemoryStorage();
    const { token } = await keepO1(storage, 'en', { summary: ['Plan: <script>alert(1)</script> & <b>Kaiser</b>'] });
    const html = await (await fetch(`${await serve(storage, clock)}/plan/${token}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#60;b&#62;Kaiser');
  });

  it('is in Spanish for a Spanish conversation', async () => {
    const clock = { now: madeAt.getTime() };
    const storage = new MemoryStorage();
    const { token } = await keepO1(storage, 'es');
    const html = await (await fetch(`${await serve(storage, clock)}/plan/${token}`)).text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Su plan para la IMR');
    expect(html).toContain('2 de mayo de 2027');
  });

  it('links the calendar under the reminders\' own token when the plan has one', async () => {
    const clock = { now: madeAt.getTime() };
    const storage = new MemoryStorage();
    const calendarToken = 'c'.repeat(43);
    const { token } = await keepO1(storage, 'en', { calendarToken });
    const html = await (await fetch(`${await serve(storage, clock)}/plan/${token}`)).text();
    expect(html).toContain(`href="/calendar/${calendarToken}.ics"`);
  });

  it('answers an unknown or malformed link with a kind page, in English and Spanish', async () => {
    const clock = { now: madeAt.getTime() };
    const base = await serve(new MemoryStorage(), clock);
    for (const token of ['A'.repeat(43), 'short', '..%2F..%2Fetc']) {
      const response = await fetch(`${base}/plan/${token}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const html = await response.text();
      expect(html).toContain('This plan is no longer here');
      expect(html).toContain('Este plan ya no está aquí');
      expect(html).toContain(phones.dmhcHelpCenter.value);
    }
  });
});

describe('the plan page in Chromium, printed', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the outcome\'s agency, deadline, days left and phone, prints to PDF, and stops working after expiry and after "delete my data"', async () => {
    const clock = { now: madeAt.getTime() };
    const storage = new MemoryStorage();
    const { token } = await keepO1(storage, 'en', { calendarToken: 'c'.repeat(43) });
    const base = await serve(storage, clock);
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    try {
      await page.emulateMedia({ media: 'print' });
      // Opened ten days later: the days left are counted again.
      clock.now = madeAt.getTime() + 10 * DAY;
      const response = await page.goto(`${base}/plan/${token}`);
      expect(response?.status()).toBe(200);
      const text = await page.locator('body').innerText();
      expect(text).toContain('DMHC');
      expect(text).toContain('May 2, 2027');
      expect(text).toContain('142 days left');
      expect(text).toContain(phones.dmhcHelpCenter.value);
      expect(text).toContain(addresses.dmhcMail.value);
      expect(text).toContain('Plan: a DMHC plan');
      // Print shows where each web link goes, and hides what paper cannot use.
      expect(text).not.toContain('152');
      const shownUrl = await page.locator('a[href^="https:"]').first().evaluate((el) => getComputedStyle(el, '::after').content);
      expect(shownUrl).toBe('" (https://www.dmhc.ca.gov/FileaComplaint.aspx)"');
      expect(await page.getByText('Add this date to your calendar').isVisible()).toBe(false);
      // The stylesheet applied under the CSP (its hash matched), and nothing else was fetched.
      expect(await page.locator('section:not(.dates) h2').first().evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid');
      expect(blocked).toEqual([]);
      expect(requests).toEqual([`${base}/plan/${token}`]);
      const pdf = await page.pdf({ path: 'test-results/plan-O1.pdf', format: 'Letter' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.screenshot({ path: 'test-results/plan-O1-print.png', fullPage: true });

      await page.emulateMedia({ media: 'screen' });
      expect(await page.getByText('Add this date to your calendar').isVisible()).toBe(true);

      clock.now = madeAt.getTime() + TTL_DAYS * DAY + 1;
      const expired = await page.goto(`${base}/plan/${token}`);
      expect(expired?.status()).toBe(404);
      expect(await page.locator('h1').innerText()).toBe('This plan is no longer here');
    } finally {
      await page.close();
    }
  });

  it('stops working after "delete my data"', async () => {
    const clock = { now: madeAt.getTime() };
    const storage = new MemoryStorage();
    const { token } = await keepO1(storage);
    const base = await serve(storage, clock);
    const page = await browser.newPage();
    try {
      expect((await page.goto(`${base}/plan/${token}`))?.status()).toBe(200);
      await deletePlansFor(storage, key);
      const gone = await page.goto(`${base}/plan/${token}`);
      expect(gone?.status()).toBe(404);
      expect(await page.locator('body').innerText()).toContain('The link has expired, or the plan was deleted.');
      await page.screenshot({ path: 'test-results/plan-deleted.png', fullPage: true });
    } finally {
      await page.close();
    }
  });
});

describe('the plan as text', () => {
  async function plan(locale: Locale): Promise<Plan> {
    return (await keepO1(new MemoryStorage(), locale)).plan;
  }
  const planUrl = `https://imr.example.org/plan/${'t'.repeat(43)}`;

  it('fits SMS in at most two messages of at most 459 GSM-7 characters, with the agency, deadline, phone and plan link', async () => {
    for (const locale of ['en', 'es'] as const) {
      const messages = planSummaryText(await plan(locale), { brief: true, planUrl });
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.length).toBeLessThanOrEqual(2);
      for (const message of messages) expect(gsm7Length(message)).toBeLessThanOrEqual(smsMessageLimit);
      const all = messages.join('\n');
      expect(all).toContain('DMHC');
      expect(all).toContain(phones.dmhcHelpCenter.value);
      expect(all).toContain(planUrl);
      expect(all).toMatch(locale === 'es' ? /2 de mayo de 2027|2027/ : /May 2, 2027/);
    }
  });

  it('gives Teams one copy-friendly block for a clinic note: answers, facts, numbered steps, days left', async () => {
    const [note, ...rest] = planSummaryText(await plan('en'), { brief: false, planUrl, now: new Date(madeAt.getTime() + DAY) });
    expect(rest).toEqual([]);
    expect(note).toContain('Plan: a DMHC plan');
    expect(note).toContain(`DMHC Help Center: ${phones.dmhcHelpCenter.value}`);
    expect(note).toMatch(/^1\. /m);
    expect(note).toContain('Last day to ask for an IMR: May 2, 2027 (151 days left)');
    expect(note).toContain(`Your plan: ${planUrl}`);
    expect(note).not.toMatch(/<[a-z]/i);
  });

  it('keeps the SMS plan within two messages even when the outcome was said for SMS', async () => {
    const { replies, dates } = reachO1('en', sms);
    const made = await createPlan(new MemoryStorage(), { conversationKey: key, locale: 'en', audience: 'patient', replies, summary: [], dates, now: madeAt, ttlDays: TTL_DAYS });
    const messages = made ? planSummaryText(made.plan, { brief: true, planUrl }) : [];
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.length).toBeLessThanOrEqual(2);
    expect(messages.join('\n')).toContain(planUrl);
  });
});
