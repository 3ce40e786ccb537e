import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { planReminders } from '../../machines/reminderPlan.js';
import { isLoopbackUrl } from '../../src/app.js';
import { ProactiveSender, referenceOf } from '../../src/reminders/proactiveSender.js';
import { reminderPersonKey } from '../../src/reminders/reminders.js';
import { ReminderScheduler, SendError } from '../../src/reminders/scheduler.js';
import { createSealer } from '../../src/reminders/sealed.js';
import { SqliteReminderStore } from '../../src/reminders/store.js';
import { TwilioSender, twilioSenderFrom } from '../../src/reminders/twilioSender.js';

/**
 * issue 8: the senders speak the real protocols. SMS: a loopback stand-in for Twilio's Messages API
 * checks Basic auth and the form encoding. Teams and Azure channels: a loopback stand-in for the Bot
 * Framework connector receives the proactive message (local mode: no MicrosoftAppId).
 */

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

interface StandIn {
  baseUrl: string;
  received: Received[];
  /** The status and JSON body the next requests get. */
  reply: { status: number; body: unknown };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

async function standIn(route: (req: Received) => boolean, initial: { status: number; body: unknown }): Promise<StandIn> {
  const received: Received[] = [];
  const state: StandIn = { baseUrl: '', received, reply: initial };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      if (!route(request)) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{"code":20404,"message":"not found"}');
        return;
      }
      received.push(request);
      res.writeHead(state.reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(state.reply.body));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

const SID = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'twilio-auth-token-for-tests';
const messagesPath = `/2010-04-01/Accounts/${SID}/Messages.json`;
const messageResource = { sid: 'SM0123456789abcdef0123456789abcdef', status: 'queued', to: '+15105550123', from: '+15105550100', body: '' };

describe('Twilio Messages API sender', () => {
  it('posts a form-encoded message with Basic auth to the Messages resource', async () => {
    const twilio = await standIn((r) => r.method === 'POST' && r.url === messagesPath, { status: 201, body: messageResource });
    const sender = new TwilioSender({ accountSid: SID, authToken: TOKEN, from: '+15105550100', baseUrl: twilio.baseUrl });
    await sender.send({ reminderId: 'r1', text: 'IMR reminder: call DMHC at 1-888-466-2219 & file, 100% free; ¿sí?', address: { channel: 'sms', to: '+15105550123' } });

    expect(twilio.received).toHaveLength(1);
    const request = twilio.received[0];
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`);
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(request?.body);
    expect(form.get('To')).toBe('+15105550123');
    expect(form.get('From')).toBe('+15105550100');
    expect(form.get('Body')).toBe('IMR reminder: call DMHC at 1-888-466-2219 & file, 100% free; ¿sí?');
    expect([...form.keys()].sort()).toEqual(['Body', 'From', 'To']);
  });

  it('uses MessagingServiceSid when TWILIO_FROM is a Messaging Service', async () => {
    const twilio = await standIn((r) => r.url === messagesPath, { status: 201, body: messageResource });
    const sender = twilioSenderFrom({ TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM: 'MG0123456789abcdef0123456789abcdef', TWILIO_API_BASE_URL: `${twilio.baseUrl}/` });
    await sender?.send({ reminderId: 'r1', text: 'hi', address: { channel: 'sms', to: '+15105550123' } });
    expect(new URLSearchParams(twilio.received[0]?.body).get('MessagingServiceSid')).toBe('MG0123456789abcdef0123456789abcdef');
  });

  it('is off when a Twilio setting is missing', () => {
    expect(twilioSenderFrom({ TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: undefined, TWILIO_FROM: '+15105550100', TWILIO_API_BASE_URL: 'https://api.twilio.com' })).toBeUndefined();
  });

  it('reports a server error as worth retrying and an opted-out number as final', async () => {
    const twilio = await standIn((r) => r.url === messagesPath, { status: 503, body: { code: 20503, message: 'Service unavailable', status: 503 } });
    const sender = new TwilioSender({ accountSid: SID, authToken: TOKEN, from: '+15105550100', baseUrl: twilio.baseUrl });
    const delivery = { reminderId: 'r1', text: 'hi', address: { channel: 'sms' as const, to: '+15105550123' } };
    await expect(sender.send(delivery)).rejects.toMatchObject({ code: 'TWILIO_503_20503', permanent: false });
    twilio.reply = { status: 400, body: { code: 21610, message: 'Attempt to send to unsubscribed recipient', status: 400 } };
    await expect(sender.send(delivery)).rejects.toMatchObject({ code: 'TWILIO_400_21610', permanent: true });
    const unreachable = new TwilioSender({ accountSid: SID, authToken: TOKEN, from: '+15105550100', baseUrl: 'http://127.0.0.1:9' });
    await expect(unreachable.send(delivery)).rejects.toBeInstanceOf(SendError);
  });

  it('delivers a due reminder end to end through the scheduler, retrying after a 500', async () => {
    const twilio = await standIn((r) => r.url === messagesPath, { status: 500, body: { code: 20500, message: 'Internal error' } });
    const store = new SqliteReminderStore({ path: ':memory:' });
    let now = new Date('2026-11-27T20:00:00Z');
    const scheduler = new ReminderScheduler({
      store,
      sealer: createSealer('test-key-secret-for-reminders-0123456789'),
      senders: { sms: new TwilioSender({ accountSid: SID, authToken: TOKEN, from: '+15105550100', baseUrl: twilio.baseUrl }) },
      now: () => now,
      backoffMs: 60_000,
    });
    await scheduler.schedule({
      personKey: reminderPersonKey('test-key-secret-for-reminders-0123456789', 'sms', '+15105550123'),
      address: { channel: 'sms', to: '+15105550123' },
      plan: planReminders({ planAnswerDue: { date: '2026-12-10', daysLeft: 0 } }, 'en', now),
      agency: 'DMHC',
      locale: 'en',
      consentChannel: 'sms',
    });
    now = new Date('2026-12-08T18:00:00Z');
    expect(await scheduler.tick()).toMatchObject({ retried: 1 });
    twilio.reply = { status: 201, body: messageResource };
    now = new Date('2026-12-08T18:01:00Z');
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    expect(twilio.received).toHaveLength(2);
    const body = new URLSearchParams(twilio.received[1]?.body).get('Body') ?? '';
    expect(body).toContain('December 10, 2026 (in 2 days)');
    expect(body).toContain('1-888-466-2219');
    expect(body).toContain('Reply STOP');
    await store.close();
  });
});

describe('proactive sender (Teams and Azure channels)', () => {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));

  it('posts the reminder to the conversation through the connector, from a sealed reference', async () => {
    const connector = await standIn((r) => r.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(r.url), { status: 200, body: { id: 'activity-1' } });
    const reference = referenceOf({
      type: 'message',
      id: 'incoming-1',
      channelId: 'msteams',
      serviceUrl: connector.baseUrl,
      conversation: { id: 'a:conversation-1', isGroup: false, name: '', conversationType: 'personal' },
      from: { id: '29:user-1', name: '' },
      recipient: { id: '28:bot-1', name: 'IMR guide' },
      locale: 'es-US',
    });
    const store = new SqliteReminderStore({ path: ':memory:' });
    let now = new Date('2026-11-27T20:00:00Z');
    const scheduler = new ReminderScheduler({
      store,
      sealer: createSealer('test-key-secret-for-reminders-0123456789'),
      senders: { botframework: new ProactiveSender({ adapter, appId: '', localMode: true, isLoopbackUrl }) },
      now: () => now,
    });
    const personKey = reminderPersonKey('test-key-secret-for-reminders-0123456789', 'msteams', '29:user-1');
    await scheduler.schedule({
      personKey,
      address: { channel: 'botframework', reference },
      plan: planReminders({ hearingDeadline: { date: '2027-03-20', daysLeft: 0 } }, 'es', now),
      agency: 'DMHC',
      locale: 'es',
      consentChannel: 'msteams',
    });
    const stored = await store.forPerson(personKey);
    expect(stored.every((row) => !row.payload.includes('user-1') && !row.payload.includes('conversation-1'))).toBe(true);

    now = new Date('2027-03-06T18:00:00Z');
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    expect(connector.received).toHaveLength(1);
    const request = connector.received[0];
    expect(request?.url.startsWith('/v3/conversations/a%3Aconversation-1/activities')).toBe(true);
    const activity = JSON.parse(request?.body ?? '{}') as { type: string; text: string; recipient: { id: string } };
    expect(activity.type).toBe('message');
    expect(activity.recipient.id).toBe('29:user-1');
    expect(activity.text).toContain('20 de marzo de 2027');
    expect(activity.text).toContain('Audiencia Estatal');
    expect(activity.text).toContain('1-800-743-8525');
    expect(activity.text).toContain('parar recordatorios');
    await store.close();
  });

  it('refuses a non-loopback serviceUrl in local mode, and gives up on a conversation that is gone', async () => {
    const sender = new ProactiveSender({ adapter, appId: '', localMode: true, isLoopbackUrl });
    const far = { channel: 'botframework' as const, reference: { serviceUrl: 'https://smba.trafficmanager.net/amer/', conversation: { id: 'c1' } } };
    await expect(sender.send({ reminderId: 'r', text: 'hi', address: far })).rejects.toMatchObject({ code: 'LOCAL_MODE_SERVICE_URL', permanent: true });

    const connector = await standIn(() => true, { status: 404, body: { error: { code: 'ConversationNotFound', message: 'gone' } } });
    const gone = { channel: 'botframework' as const, reference: { serviceUrl: connector.baseUrl, conversation: { id: 'c1' }, channelId: 'msteams', bot: { id: 'b' }, user: { id: 'u' } } };
    await expect(sender.send({ reminderId: 'r', text: 'hi', address: gone })).rejects.toMatchObject({ code: 'CONNECTOR_404', permanent: true });
  });
});
