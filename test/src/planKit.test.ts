import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Activity } from 'botbuilder';
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Browser, Page } from 'playwright-core';
import restify, { type Server } from 'restify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../dialogs/contract.js';
import { formatDate } from '../../dialogs/say.js';
import { imrFilingDeadline } from '../../machines/dateRules.js';
import { addresses, kitFacts } from '../../machines/facts.js';
import { buildApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { conversationKey } from '../../src/keys.js';
import { createLogger } from '../../src/log.js';
import { kitText } from '../../src/plan/kitText.js';
import { planPageCsp, registerPlanRoute } from '../../src/plan/planPage.js';
import { createPlan, planInputFromTurn, planStorageKey, readPlan } from '../../src/plan/planStore.js';
import { filingKit } from '../../dialogs/filingKit.js';
import { NOW, surfaces } from '../dialogs/chat.js';
import { chatTo, kitPaths, type KitPath } from '../dialogs/kitPaths.js';
import { launchChromium } from './browser.js';
import { freePort } from './freePort.js';
import { activity, post, startApp, testKeySecret, type Running } from './httpHelpers.js';
import { postSms, twilioToken } from './smsHelpers.js';

/**
 * The filing kit (issue 18) where people get it: the printable plan page in Chromium (print media,
 * screenshots in test-results/), the Teams message a clinic copies as plain text, and the SMS and
 * website links to the plan, all through the real turn and the real host.
 */

const TTL_DAYS = 30;
const key = conversationKey('k'.repeat(32), 'webchat', 'kit-conversation');

async function keep(storage: Storage, path: Pick<KitPath, 'name' | 'steps'>, locale: Locale, audience: 'patient' | 'staff' = 'patient') {
  const surface = audience === 'staff' ? surfaces.teams : surfaces.web;
  const chat = chatTo(path, surface, locale);
  const input = chat.last && planInputFromTurn(chat.last, surface, NOW);
  if (!input) throw new Error(`no outcome at ${path.name}`);
  const created = await createPlan(storage, { ...input, conversationKey: key, summary: [], ttlDays: TTL_DAYS });
  if (!created) throw new Error('no plan');
  return created;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
        }),
    ),
  );
});

async function serve(storage: Storage): Promise<string> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  registerPlanRoute(server, { storage, now: () => NOW });
  servers.push(server);
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${server.address().port}`;
}

describe('the kit is kept with the plan as codes and dates', () => {
  it('survives storage and reads back; a kit this release cannot read leaves the plan readable without it', async () => {
    const storage = new MemoryStorage();
    const path = kitPaths[0];
    if (!path) throw new Error('no path');
    const { token, plan } = await keep(storage, path, 'en');
    expect(plan.kit).toMatchObject({ outcome: 'O1', agency: 'DMHC', appealDate: '2026-09-15', imrDeadline: imrFilingDeadline('2026-09-15') });
    expect((await readPlan(storage, token, NOW))?.kit).toEqual(plan.kit);

    const { token: other } = await keep(storage, path, 'en');
    const row = planStorageKey(other);
    const item = (await storage.read([row]))[row] as { plan: Record<string, unknown> };
    await storage.write({ [row]: { ...item, plan: { ...item.plan, kit: { outcome: 'O99' } }, eTag: '*' } });
    const back = await readPlan(storage, other, NOW);
    expect(back?.outcome).toBe('O1');
    expect(back?.kit).toBeUndefined();
  });
});

describe('the plan page with its kit, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  async function open(page: Page, url: string): Promise<{ blocked: string[]; requests: string[] }> {
    const blocked: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    page.on('request', (request) => requests.push(request.url()));
    await page.emulateMedia({ media: 'print' });
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(planPageCsp);
    return { blocked, requests };
  }

  it.each(kitPaths.flatMap((path, n) => (['en', 'es'] as const).map((locale) => [`${path.name}, ${locale}`, n, locale] as const)))(
    '%s: prints the kit on its own page, with the computed dates, lines for the blanks, and nothing fetched',
    async (_name, n, locale) => {
      const path = kitPaths[n];
      if (!path) throw new Error('no path');
      const storage = new MemoryStorage();
      const { token, plan } = await keep(storage, path, locale);
      const base = await serve(storage);
      const page = await browser.newPage();
      try {
        const { blocked, requests } = await open(page, `${base}/plan/${token}`);
        const kit = page.locator('section.kit');
        expect(await kit.count()).toBe(1);
        const expected = plan.kit && filingKit(plan.kit, locale, 'patient');
        expect(await kit.locator('h2').innerText()).toBe(expected?.title);
        const text = await kit.innerText();
        for (const iso of path.dates) expect(text, iso).toContain(formatDate(iso, locale));
        expect(text).toContain(locale === 'es' ? 'no asesoría legal' : 'not legal advice');
        // On paper the kit starts a page, each draft stays whole, and a blank is a line to write on.
        expect(await kit.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
        const draft = kit.locator('.draft').first();
        expect(await draft.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
        const blank = kit.locator('.blank').first();
        expect(await blank.innerText()).toMatch(/^\[.+\]$/);
        expect(await blank.evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid');
        expect(blocked).toEqual([]);
        expect(requests).toEqual([`${base}/plan/${token}`]);
        await page.screenshot({ path: `test-results/kit-${String(n + 1).padStart(2, '0')}-${path.outcome}-${locale}-print.png`, fullPage: true });
        // On screen, blanks are marked out for the eye (dashed, shaded) as well.
        await page.emulateMedia({ media: 'screen' });
        expect(await blank.evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('dashed');
      } finally {
        await page.close();
      }
    },
  );

  it('prints to PDF, and the page with its kit passes an accessibility check (axe, WCAG 2.1 AA)', async () => {
    const path = kitPaths.find((p) => p.outcome === 'O1' && p.mediCal);
    if (!path) throw new Error('no path');
    const storage = new MemoryStorage();
    const { token } = await keep(storage, path, 'es', 'staff');
    const base = await serve(storage);
    const page = await browser.newPage();
    try {
      await open(page, `${base}/plan/${token}`);
      const pdf = await page.pdf({ path: 'test-results/kit-O1-medi-cal-es-staff.pdf', format: 'Letter' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.emulateMedia({ media: 'screen' });
      await page.screenshot({ path: 'test-results/kit-O1-medi-cal-es-staff-screen.png', fullPage: true });
      const require = createRequire(import.meta.url);
      await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((node) => node.target))}`);
      });
      expect(violations).toEqual([]);
      expect(await page.locator('section.kit h2').innerText()).toBe('Ayuda para escribirlo: borradores para el paciente');
    } finally {
      await page.close();
    }
  });

  it('a plan whose outcome leads to no filing has no kit (Medicare)', async () => {
    const storage = new MemoryStorage();
    const medicare = { name: 'Medicare', steps: [{ slot: 'coverage', value: 'medicare' }] } satisfies Pick<KitPath, 'name' | 'steps'>;
    const { token, plan } = await keep(storage, medicare, 'en');
    expect(plan.outcome).toBe('O10');
    expect(plan.kit).toBeUndefined();
    const html = await (await fetch(`${await serve(storage)}/plan/${token}`)).text();
    expect(html).not.toContain('class="kit"');
  });
});

describe('the kit as plain text (Teams)', () => {
  it.each(kitPaths.map((path) => [path.name, path] as const))('%s: one block with no markup, drafts between rules, blanks in brackets', async (_name, path) => {
    for (const locale of ['en', 'es'] as const) {
      const { plan } = await keep(new MemoryStorage(), path, locale, 'staff');
      if (!plan.kit) throw new Error('no kit');
      const text = kitText(filingKit(plan.kit, locale, 'staff'));
      expect(text).not.toMatch(/<[a-z/]/i);
      expect(text).toMatch(/\n--------\n[\s\S]*\[[^\]\n]+\][\s\S]*\n--------/);
      for (const iso of path.dates) expect(text, iso).toContain(formatDate(iso, locale));
    }
  });
});

describe('the kit on every channel that keeps a plan', () => {
  const pinnedNow = () => new Date('2026-03-14T18:00:00Z');
  let running: Running | undefined;
  let app: App | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
    await app?.close();
    app = undefined;
  });

  const tenant = { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' };
  const bot = { id: '28:00000000-0000-0000-0000-0000000b0700', name: 'IMR Guide' };
  const staff = { id: '29:kit-staff', name: 'Dana Reyes', aadObjectId: '6b5d6e47-4f8a-4c5b-9f11-2c3a1e0d7b21' };
  const teams = (conversationId: string, locale: string, fields: Partial<Activity>): Partial<Activity> => ({
    ...activity(conversationId, fields),
    channelId: 'msteams',
    from: staff,
    recipient: bot,
    locale,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: tenant.id, isGroup: false, name: '' },
    channelData: { tenant },
  });
  const toO1 = [{ coverage: 'dmhc_plan' }, { reason: 'medical_necessity' }, { appealStatus: 'decided' }, { appealDate: '2026-01-20' }, { urgency: 'not_urgent' }];

  it.each([
    ['en-US', 'Help writing it: a filing kit for the patient', 'July 20, 2026', 'January 20, 2026'],
    ['es-US', 'Ayuda para escribirlo: borradores para el paciente', '20 de julio de 2026', '20 de enero de 2026'],
  ])('Teams (%s): after the clinic-note card, the kit comes as a plain-text message staff can copy, with the Authorized Assistant form', async (locale, title, deadline, decided) => {
    running = await startApp({}, { now: pinnedNow });
    const conversation = `kit-teams-${locale}`;
    await post(running.url, teams(conversation, locale, { type: 'conversationUpdate', membersAdded: [{ id: staff.id, name: staff.name }] }));
    let replies: Partial<Activity>[] = [];
    for (const answer of toO1) replies = (await post(running.url, teams(conversation, locale, { value: { answer } }))).activities;
    const kitMessage = replies.find((reply) => typeof reply.text === 'string' && reply.text.startsWith(title));
    expect(kitMessage, JSON.stringify(replies.map((reply) => reply.text ?? '[card]'))).toBeDefined();
    expect(kitMessage?.textFormat).toBe('plain');
    expect(kitMessage?.attachments ?? []).toEqual([]);
    const text = kitMessage?.text ?? '';
    expect(text).toContain(deadline);
    expect(text).toContain(decided);
    expect(text).toMatch(/Authorized Assistant|Asistente Autorizado/);
    expect(text).toMatch(/Part B|Parte B/);
    expect(text).toContain(kitFacts.dmhcFormNumber.value);
    expect(text).toContain(addresses.dmhcFax.value);
    expect(text).not.toMatch(/<[a-z/]/i);
    // The card with the clinic note comes first, the kit after it.
    const noteTitle = locale === 'es-US' ? 'Plan para la nota clínica' : 'Plan for the clinic note';
    const noteAt = replies.findIndex((reply) => `${reply.text ?? ''}${JSON.stringify(reply.attachments ?? [])}`.includes(noteTitle));
    expect(noteAt).toBeGreaterThanOrEqual(0);
    expect(replies.indexOf(kitMessage ?? {})).toBeGreaterThan(noteAt);
  });

  it('the website: the plan link says the plan has drafts, and the page has them; a Medicare plan has neither', async () => {
    running = await startApp({}, { now: pinnedNow });
    const { url } = running;
    let replies: Partial<Activity>[] = [];
    for (const answer of toO1) replies = (await post(url, activity('kit-web', { value: { answer } }))).activities;
    const offer = replies.map((reply) => reply.text ?? '').find((text) => text.includes('/plan/')) ?? '';
    expect(offer).toContain('The plan also has drafts to help you fill in the forms.');
    const planPath = /\((\/plan\/[A-Za-z0-9_-]{43})\)/.exec(offer)?.[1] ?? '';
    const html = await (await fetch(`${url}${planPath}`)).text();
    expect(html).toContain('Help writing it: your filing kit');
    expect(html).toContain('Draft: why I disagree with the plan&#39;s decision');

    replies = (await post(url, activity('kit-web-medicare', { value: { answer: { coverage: 'medicare' } } }))).activities;
    const medicare = replies.map((reply) => reply.text ?? '').find((text) => text.includes('/plan/')) ?? '';
    expect(medicare).toContain('Keep this plan');
    expect(medicare).not.toContain('drafts');
  });

  it('SMS: the message with the plan link says it has drafts, and the link opens the kit', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const config = loadConfig({ STORAGE: 'memory', KEY_SECRET: testKeySecret, LOG_LEVEL: 'silent', PUBLIC_BASE_URL: base, TWILIO_AUTH_TOKEN: twilioToken });
    const built = await buildApp(config, { logger: createLogger('silent'), now: pinnedNow });
    app = built;
    await new Promise<void>((resolve) => {
      built.server.listen(port, '127.0.0.1', () => resolve());
    });
    let messages: string[] = [];
    for (const body of ['hi', '1', '1', '1', '1/20/2026', '2']) {
      const answer = await postSms(base, { body, from: '+15105550177' });
      expect(answer.status).toBe(200);
      messages = answer.messages;
    }
    const link = messages.find((message) => message.includes('/plan/')) ?? '';
    expect(link).toContain('It has drafts for your forms.');
    const planUrl = /(http:\/\/127\.0\.0\.1:\d+\/plan\/[A-Za-z0-9_-]{43})/.exec(link)?.[1] ?? '';
    const html = await (await fetch(planUrl)).text();
    expect(html).toContain('Help writing it: your filing kit');
    expect(html).toContain(formatDate(imrFilingDeadline('2026-01-20'), 'en'));
  });
});
