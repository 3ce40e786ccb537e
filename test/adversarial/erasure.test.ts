import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import type { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { reminderPersonKey } from '../../src/reminders/reminders.js';
import { smsNumberKey } from '../../src/sms/twilioWebhook.js';
import type { BotStorage } from '../../src/storage/createStorage.js';
import { RedisStorage } from '../../src/storage/redisStorage.js';
import { activity, post, startApp, testKeySecret, type Running } from '../src/httpHelpers.js';
import { dropPrefix, ready, redisAvailable, redisUrl, testClient, testPrefix } from '../src/redisEnv.js';
import { inspectableStorage, postSms, twilioToken } from '../src/smsHelpers.js';
import { capturedLogger } from './logCapture.js';
import { Scanner, type Finding } from './storeScan.js';
import { openConversation, readTranscript, refreshToken, say, type Conversation, type Transcript } from './webClient.js';

/**
 * F3 and F6 of the 2026-11-29 review: "delete my data" left the whole web transcript (readable with
 * the old token, refreshable, in plain text in SQLite and Redis), and on SMS it was ignored while the
 * number was opted out, so after START the old conversation went on. The bot said "erased" anyway.
 *
 * For every channel and every storage backend: a conversation plants a unique marker and a phone
 * number (in free text, as the plan's name, in a reminder's address), reaches an outcome with a plan
 * and reminders, then says "delete my data" (on SMS also after STOP). Before, the marker must be
 * found (so the scan can fail); after, it must be nowhere: every stored row, the SQLite file and its
 * WAL as raw bytes, every Redis key, the plaintext of every sealed value, the Direct Line transcript
 * read with the old token, the logs and /metrics.
 */

/** Letters only: the plan-name recognizer takes a name of words, not digits. */
const marker = `Qzv${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}mark`;
const phone = '415-555-0199';
const phoneDigits = '4155550199';
const phoneE164 = '+14155550199';
const turnTime = new Date('2026-03-14T18:00:00Z');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Medi-Cal through a plan named after the marker, denied as not necessary, appeal denied 1/20/2026, not urgent: an outcome with deadlines ahead. */
const script = ['hi', `My name is ${marker}, text me at ${phone}`, '3', `${marker} Health`, '1', '1', '1', '1/20/2026', '2', '1'];

interface Backend {
  name: string;
  available: boolean;
  open(): Promise<{ env: Record<string, string>; storage?: BotStorage; scan(scanner: Scanner): Promise<Finding[]>; close(): Promise<void> }>;
}

const redisClients: Redis[] = [];
afterAll(() => redisClients.forEach((client) => client.disconnect()));

const backends: Backend[] = [
  {
    name: 'memory',
    available: true,
    open: () => {
      const inspectable = inspectableStorage();
      return Promise.resolve({ env: { STORAGE: 'memory' }, storage: inspectable.storage, scan: (scanner) => Promise.resolve(scanner.text('memory storage', inspectable.dump())), close: () => Promise.resolve() });
    },
  },
  {
    name: 'SQLite',
    available: true,
    open: () => {
      const dir = mkdtempSync(join(tmpdir(), 'imr-erase-'));
      dirs.push(dir);
      const path = join(dir, 'bot.sqlite');
      return Promise.resolve({ env: { STORAGE: 'sqlite', SQLITE_PATH: path }, scan: (scanner) => Promise.resolve([...scanner.sqliteRows(path), ...scanner.rawFiles(dir)]), close: () => Promise.resolve() });
    },
  },
  {
    name: 'Redis',
    available: redisAvailable,
    open: async () => {
      const client = await ready(testClient('erasure'));
      redisClients.push(client);
      const namespace = testPrefix('erasure');
      const storage = new RedisStorage({ client, ttlSeconds: 3600, namespace });
      return {
        env: { STORAGE: 'redis', REDIS_URL: redisUrl ?? '' },
        storage,
        scan: async (scanner) => {
          const { findings, keys } = await scanner.redisKeys(client, namespace);
          expect(keys.length, 'the scan found the namespace').toBeGreaterThan(0);
          return findings;
        },
        close: () => dropPrefix(client, namespace),
      };
    },
  },
];

interface Session {
  /** The person's next message; the bot's answer as text (cards as JSON). */
  say(text: string): Promise<string>;
  /** The person's id for reminders (src/reminders/reminders.ts reminderPersonKey). */
  personKey(): string;
  /** What a channel keeps outside our stores and shows again: the Direct Line transcript with the old token. */
  afterErase?(): Promise<Finding[]>;
}

interface Channel {
  name: string;
  /** SMS: STOP before "delete my data". */
  stopFirst: boolean;
  /** The Twilio webhook keeps the opt-out itself: after STOP it sends nothing until START. */
  silentWhileOptedOut: boolean;
  open(url: string, scanner: Scanner): Promise<Session>;
}

const said = (activities: readonly Partial<Activity>[]): string =>
  activities.map((a) => [a.text ?? '', ...(a.attachments ?? []).map((attachment) => JSON.stringify(attachment.content as unknown))].join('\n')).join('\n');

function botFramework(channelId: string, conversationId: string, userId: string): Channel['open'] {
  return (url) =>
    Promise.resolve({
      say: async (text) => {
        const reply = await post(url, activity(conversationId, { channelId, text, from: { id: userId, name: '', role: 'user' }, conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' } }));
        expect(reply.status).toBe(200);
        return said(reply.activities);
      },
      personKey: () => reminderPersonKey(testKeySecret, channelId, userId),
    });
}

const channels: Channel[] = [
  {
    name: 'web (built-in Direct Line)',
    stopFirst: false,
    silentWhileOptedOut: false,
    open: async (url, scanner) => {
      const conversation: Conversation = await openConversation(url);
      const claims = JSON.parse(Buffer.from(conversation.token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { user: string };
      let watermark = '';
      return {
        say: async (text) => {
          const sent = await say(url, conversation, text);
          expect(sent.status).toBe(200);
          const page = (await readTranscript(url, conversation, watermark)).body as Transcript;
          watermark = page.watermark;
          return said(page.activities.filter((a) => a.from.role === 'bot') as Partial<Activity>[]);
        },
        personKey: () => reminderPersonKey(testKeySecret, 'directline', claims.user),
        afterErase: async () => {
          const all = await readTranscript(url, conversation);
          expect(all.status).toBe(200);
          const refreshed = await refreshToken(url, conversation.token);
          expect(refreshed.status, 'a token of an erased conversation is not refreshed').not.toBe(200);
          expect(JSON.stringify(refreshed.body)).not.toMatch(/"token"/);
          return scanner.text('Direct Line transcript read with the old token', JSON.stringify(all.body));
        },
      };
    },
  },
  ...[false, true].map(
    (stopFirst): Channel => ({
      name: `SMS through Twilio${stopFirst ? ', after STOP' : ''}`,
      stopFirst,
      silentWhileOptedOut: stopFirst,
      open: (url) =>
        Promise.resolve({
          say: async (text) => {
            const answer = await postSms(url, { body: text, from: phoneE164 });
            expect(answer.status).toBe(200);
            return answer.messages.join('\n');
          },
          personKey: () => reminderPersonKey(testKeySecret, 'twilio-sms', smsNumberKey(testKeySecret, phoneE164)),
        }),
    }),
  ),
  // Azure's SMS channel: the carrier and Azure hold the opt-out; the bot only stays silent on STOP itself.
  ...[false, true].map((stopFirst): Channel => ({ name: `SMS through Azure Bot Service${stopFirst ? ', after STOP' : ''}`, stopFirst, silentWhileOptedOut: false, open: botFramework('sms', phoneE164, phoneE164) })),
  { name: 'Microsoft Teams', stopFirst: false, silentWhileOptedOut: false, open: botFramework('msteams', 'a:1teams-erasure-personal', '29:1teams-erasure-user') },
];

describe.each(backends.filter((backend) => backend.available))('"delete my data" on $name storage', (backend) => {
  it.each(channels)('erases everything of a conversation on $name: the marker and the phone number are nowhere afterwards', async (channel) => {
    const store = await backend.open();
    const logs = capturedLogger('trace');
    const scanner = new Scanner(testKeySecret, [marker, phone, phoneDigits]);
    let running: Running | undefined;
    try {
      running = await startApp(
        { ...store.env, TWILIO_AUTH_TOKEN: twilioToken, TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000', TWILIO_FROM: '+15105550000', TWILIO_API_BASE_URL: 'http://127.0.0.1:9' },
        // The whole script is a dozen texts: above the 20-segment hourly SMS cap, which is not what is tested here.
        { logger: logs.logger, now: () => turnTime, guards: { limits: { smsPerHour: 1000 } }, ...(store.storage ? { storage: store.storage } : {}) },
      );
      const { url, app } = running;
      const session = await channel.open(url, scanner);
      const answers: string[] = [];
      for (const text of script) answers.push(await session.say(text));
      const all = answers.join('\n');
      expect(all, 'the plan name was taken').toContain(`${marker} Health`);
      expect(all, 'reminders were set up').toMatch(/July 20, 2026/);
      const planPath = /\/plan\/[A-Za-z0-9_-]{43}/.exec(all)?.[0];
      const calendarPath = /\/calendar\/[A-Za-z0-9_-]+\.ics/.exec(all)?.[0];
      const personKey = session.personKey();
      expect((await app.reminders.store.consents(personKey)).length, 'the consent was recorded').toBeGreaterThan(0);

      // The control: before the erasure the marker is there to be found.
      expect((await store.scan(scanner)).length, 'the marker is stored before "delete my data"').toBeGreaterThan(0);

      if (channel.stopFirst) expect(await session.say('STOP')).toBe('');
      const erased = await session.say('delete my data');
      // Twilio after STOP: nothing may be sent to the number (CTIA). Otherwise the bot says what it did, and it must be true.
      if (channel.silentWhileOptedOut) expect(erased).toBe('');
      else expect(erased).toMatch(/erased/i);

      const findings = [
        ...(await store.scan(scanner)),
        ...((await session.afterErase?.()) ?? []),
        ...scanner.text('logs', logs.text()),
        ...scanner.text('/metrics', await (await fetch(`${url}/metrics`)).text()),
      ];
      expect(findings).toEqual([]);
      expect(await app.reminders.store.forPerson(personKey)).toEqual([]);
      expect(await app.reminders.store.consents(personKey)).toEqual([]);
      if (planPath) expect((await fetch(`${url}${planPath}`)).status).toBe(404);
      if (calendarPath) expect((await fetch(`${url}${calendarPath}`)).status).toBe(404);

      // The next message starts a new conversation (after STOP, once the person opts back in).
      if (channel.silentWhileOptedOut) expect(await session.say('START')).toBe('');
      const again = await session.say('hello');
      expect(again).toMatch(/health coverage/);
      expect(again).not.toMatch(/Got it/);
      expect(again).not.toContain(marker);
    } finally {
      await running?.close();
      await store.close();
    }
  }, 60_000);
});
