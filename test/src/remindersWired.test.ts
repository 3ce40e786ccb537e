import type { Activity } from 'botbuilder';
import ICAL from 'ical.js';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { phones } from '../../machines/facts.js';
import { buildApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { freePort } from './freePort.js';
import { activity, post, testKeySecret } from './httpHelpers.js';
import { postSms, twilioToken } from './smsHelpers.js';

/**
 * Issues 8 and 9 wired end to end, through the real HTTP server from buildApp: a person who says yes
 * to reminders on SMS (the Twilio webhook), in Teams and on the website gets a confirmation naming
 * the dates, and a reminder sent once at its time (the scheduler's clock moved there) in their
 * language with the agency's number; STOP, "stop reminders" and "delete my data" cancel them; every
 * outcome offers its plan; /metrics counts the outcome without a word or a number of the person's.
 */

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const standIns: Server[] = [];
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  await Promise.all(standIns.splice(0).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

/** A loopback HTTP server that records every request and answers with `reply`. */
async function standIn(reply: (req: Received) => { status: number; body: unknown }): Promise<{ baseUrl: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(request);
      const { status, body } = reply(request);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  standIns.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

/** The turns happen on 2026-03-14; the scheduler's clock is moved on separately. */
const turnTime = new Date('2026-03-14T18:00:00Z');
/** Decision 2026-01-20 → last day to file July 20, 2026; reminders 14 and 2 days before at 10:00 PDT (17:00Z). */
const deadline = 'July 20, 2026';
const fourteenDaysBefore = new Date('2026-07-06T17:00:30Z');
const accountSid = 'AC00000000000000000000000000000000';

interface World {
  url: string;
  app: App;
  twilio: { received: Received[] };
  connector: { baseUrl: string; received: Received[] };
  setClock(to: Date): void;
}

async function start(): Promise<World> {
  const twilio = await standIn(() => ({ status: 201, body: { sid: 'SM0123456789abcdef0123456789abcdef', status: 'queued' } }));
  const connector = await standIn(() => ({ status: 200, body: { id: 'activity-1' } }));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    STORAGE: 'memory',
    KEY_SECRET: testKeySecret,
    LOG_LEVEL: 'silent',
    PUBLIC_BASE_URL: url,
    TWILIO_AUTH_TOKEN: twilioToken,
    TWILIO_ACCOUNT_SID: accountSid,
    TWILIO_FROM: '+15105550000',
    TWILIO_API_BASE_URL: twilio.baseUrl,
  });
  let clock = turnTime;
  const built = await buildApp(config, { logger: createLogger('silent'), now: () => turnTime, reminderClock: () => clock });
  app = built;
  await new Promise<void>((resolve) => {
    built.server.listen(port, '127.0.0.1', () => {
      resolve();
    });
  });
  const setClock = (to: Date): void => {
    clock = to;
  };
  return { url, app: built, twilio, connector, setClock };
}

/** Every text a reply carries: its text and, for cards, the card's JSON. */
function said(activities: readonly Partial<Activity>[]): string {
  const parts: string[] = [];
  for (const a of activities) {
    parts.push(typeof a.text === 'string' ? a.text : '');
    for (const attachment of a.attachments ?? []) parts.push(JSON.stringify(attachment.content as unknown));
  }
  return parts.join('\n');
}

async function sms(world: World, from: string, body: string): Promise<string> {
  const answer = await postSms(world.url, { body, from });
  expect(answer.status).toBe(200);
  return answer.messages.join('\n---\n');
}

/** A DMHC plan, not medically necessary, decided on 1/20/2026, not urgent: O1 with a deadline ahead. */
const toO1 = (dateText: string) => ['hi', '1', '1', '1', dateText, '2'];

function chatActivity(channelId: string, conversation: string, text: string, fields: Partial<Activity> = {}): Partial<Activity> {
  return activity(conversation, { channelId, text, ...fields });
}

describe('reminders a person asked for, on every channel', () => {
  it('SMS: a yes is confirmed with the date and STOP, the reminder goes out once at its time through Twilio, with the agency number', async () => {
    const world = await start();
    const from = '+15105550123';
    let outcome = '';
    for (const body of toO1('1/20/2026')) outcome = await sms(world, from, body);
    expect(outcome).toContain(`Deadline: ${deadline}`);
    expect(outcome).toMatch(/Want a text two weeks and two days before each date\?/);
    expect(outcome).toMatch(/1\. Yes, remind me/);
    // The plan: one more message with the link (the outcome's own messages are the rest of it).
    const planLink = /Your plan: (http:\/\/127\.0\.0\.1:\d+\/plan\/[A-Za-z0-9_-]{43})/.exec(outcome);
    expect(planLink).not.toBeNull();
    expect((await fetch(planLink?.[1] ?? '')).status).toBe(200);

    const confirmation = await sms(world, from, '1');
    expect(confirmation).toContain(deadline);
    expect(confirmation).toContain('reply STOP');

    expect(await world.app.reminders.scheduler.tick()).toBeDefined();
    expect(world.twilio.received).toHaveLength(0);
    world.setClock(fourteenDaysBefore);
    await world.app.reminders.scheduler.tick();
    await world.app.reminders.scheduler.tick();
    expect(world.twilio.received).toHaveLength(1);
    const sent = new URLSearchParams(world.twilio.received[0]?.body ?? '');
    expect(world.twilio.received[0]?.url).toBe(`/2010-04-01/Accounts/${accountSid}/Messages.json`);
    expect(sent.get('To')).toBe(from);
    expect(sent.get('Body')).toContain(phones.dmhcHelpCenter.value);
    expect(sent.get('Body')).toContain(deadline);
    expect(sent.get('Body')).toContain('in 14 days');
  });

  it('SMS: STOP cancels every pending reminder', async () => {
    const world = await start();
    const from = '+15105550124';
    for (const body of [...toO1('1/20/2026'), '1']) await sms(world, from, body);
    await sms(world, from, 'STOP');
    world.setClock(fourteenDaysBefore);
    await world.app.reminders.scheduler.tick();
    expect(world.twilio.received).toHaveLength(0);
  });

  it('Teams, in Spanish: the yes is confirmed, the reminder arrives once in Spanish through the connector, and the plan is a card for a clinic note', async () => {
    const world = await start();
    const serviceUrl = world.connector.baseUrl;
    const teams = (text: string) =>
      post(world.url, chatActivity('msteams', 'a:teams-1', text, { serviceUrl, locale: 'es-US', conversation: { id: 'a:teams-1', isGroup: false, conversationType: 'personal', name: '' } }));
    let outcome: Partial<Activity>[] = [];
    for (const text of toO1('20/1/2026')) outcome = (await teams(text)).activities;
    const atOutcome = said(outcome);
    expect(atOutcome).toContain('20 de julio de 2026');
    expect(atOutcome).toContain('¿Quiere recordatorios?');
    // The plan for a clinic note: copy-friendly text in a card, with the printable page.
    expect(atOutcome).toContain('Plan para la nota clínica');
    expect(atOutcome).toMatch(/\/plan\/[A-Za-z0-9_-]{43}/);

    const yes = await post(world.url, chatActivity('msteams', 'a:teams-1', '', { serviceUrl, locale: 'es-US', value: { reminders: 'yes' }, conversation: { id: 'a:teams-1', isGroup: false, conversationType: 'personal', name: '' } }));
    const confirmation = said(yes.activities);
    expect(confirmation).toContain('20 de julio de 2026');
    expect(confirmation).toContain('parar recordatorios');

    world.setClock(fourteenDaysBefore);
    await world.app.reminders.scheduler.tick();
    await world.app.reminders.scheduler.tick();
    const proactive = world.connector.received.filter((r) => r.method === 'POST' && r.url.startsWith('/v3/conversations/a%3Ateams-1/activities'));
    expect(proactive).toHaveLength(1);
    const message = JSON.parse(proactive[0]?.body ?? '{}') as { text?: string };
    expect(message.text).toContain('Recordatorio');
    expect(message.text).toContain(phones.dmhcHelpCenter.value);
  });

  it('Teams: "stop reminders" cancels them', async () => {
    const world = await start();
    const serviceUrl = world.connector.baseUrl;
    const teams = (text: string) => post(world.url, chatActivity('msteams', 'a:teams-2', text, { serviceUrl }));
    for (const text of [...toO1('1/20/2026'), '1']) await teams(text);
    expect(said((await teams('stop reminders')).activities)).toContain('You will not get reminders');
    world.setClock(fourteenDaysBefore);
    await world.app.reminders.scheduler.tick();
    expect(world.connector.received.filter((r) => r.url.includes('/v3/conversations/a%3Ateams-2/'))).toHaveLength(0);
  });

  it('website: a yes gives a calendar file that parses with the deadline; the plan link works until "delete my data", and then both are gone', async () => {
    const world = await start();
    const web = (text: string) => post(world.url, chatActivity('webchat', 'web-1', text));
    let outcome: Partial<Activity>[] = [];
    for (const text of toO1('1/20/2026')) outcome = (await web(text)).activities;
    const atOutcome = said(outcome);
    expect(atOutcome).toContain('Do you want these dates in your calendar?');
    const planUrl = /(http:\/\/127\.0\.0\.1:\d+\/plan\/[A-Za-z0-9_-]{43})/.exec(atOutcome)?.[1] ?? '';
    expect(planUrl).not.toBe('');
    const page = await fetch(planUrl);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(phones.dmhcHelpCenter.value);

    const yes = said((await web('1')).activities);
    expect(yes).toContain(deadline);
    const calendarUrl = /(http:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]+\.ics)/.exec(yes)?.[1] ?? '';
    expect(calendarUrl).not.toBe('');
    const ics = await fetch(calendarUrl);
    expect(ics.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await ics.text()) as unknown[]);
    const starts = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('dtstart')));
    expect(starts.some((start) => start.startsWith('2026-07-20'))).toBe(true);

    await web('delete my data');
    expect((await fetch(planUrl)).status).toBe(404);
    expect((await fetch(calendarUrl)).status).toBe(404);
  });

  it('SMS: "delete my data" cancels the reminders and the plan link stops working', async () => {
    const world = await start();
    const from = '+15105550125';
    let outcome = '';
    for (const body of toO1('1/20/2026')) outcome = await sms(world, from, body);
    const planUrl = /Your plan: (\S+)/.exec(outcome)?.[1] ?? '';
    await sms(world, from, '1');
    await sms(world, from, 'delete my data');
    expect((await fetch(planUrl)).status).toBe(404);
    world.setClock(fourteenDaysBefore);
    await world.app.reminders.scheduler.tick();
    expect(world.twilio.received).toHaveLength(0);
  });
});

describe('insight without PHI', () => {
  it('counts a scripted conversation\'s outcome on /metrics and holds neither its marker text nor the phone number', async () => {
    const world = await start();
    const marker = 'ZQXMARKER7731';
    const from = '+15105550199';
    await sms(world, from, `hi ${marker}`);
    await sms(world, from, marker);
    for (const body of toO1('1/20/2026').slice(1)) await sms(world, from, body);
    const metrics = await (await fetch(`${world.url}/metrics`)).text();
    expect(metrics).toMatch(/imr_outcomes_total\{outcome="O1",channel="twilio"\} 1/);
    expect(metrics).toMatch(/imr_plans_total\{event="created",channel="twilio"\} 1/);
    expect(metrics).not.toContain(marker);
    expect(metrics).not.toContain('5105550199');
  });
});
