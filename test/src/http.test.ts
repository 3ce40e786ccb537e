import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity, StoreItems } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TurnInput, TurnResult } from '../../dialogs/contract.js';
import type { BotStorage } from '../../src/storage/createStorage.js';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';
import { fakeInputs, fakeTurn } from './fakeTurn.js';
import { activity, post, startApp, type Running } from './httpHelpers.js';

const pinnedNow = () => new Date('2026-03-14T18:00:00Z');
let running: Running | undefined;
const cleanups: (() => Promise<void>)[] = [];

beforeEach(() => {
  fakeInputs.length = 0;
});
afterEach(async () => {
  await running?.close();
  running = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** SQLite in memory that remembers which keys were written. */
class RecordingStorage extends SqliteStorage implements BotStorage {
  readonly writtenKeys: string[] = [];
  constructor() {
    super({ path: ':memory:', ttlDays: 30, sweepEveryMs: 0 });
  }
  override write(changes: StoreItems): Promise<void> {
    this.writtenKeys.push(...Object.keys(changes));
    return super.write(changes);
  }
}

async function start(overrides: Parameters<typeof startApp>[1] = {}, env: Record<string, string> = {}) {
  running = await startApp(env, { runTurn: fakeTurn, now: pinnedNow, ...overrides });
  return running;
}

describe('POST /api/messages with expectReplies', () => {
  it('answers in the HTTP response, with pressable choices, and reaches an outcome card', async () => {
    const { url } = await start();
    const first = await post(url, activity('c1', { type: 'conversationUpdate', membersAdded: [{ id: 'user-c1', name: '' }] }));
    expect(first.status).toBe(200);
    expect(first.activities[0]?.text).toBe('Message 0. Pick one.');
    const actions = first.activities[0]?.suggestedActions?.actions ?? [];
    expect(actions).toEqual([
      { type: 'messageBack', title: 'Yes', displayText: 'Yes', text: 'Yes', value: { answer: { urgency: 'urgent' } } },
      { type: 'messageBack', title: 'No', displayText: 'No', text: 'No', value: { answer: { urgency: 'not_urgent' } } },
    ]);

    await post(url, activity('c1', { text: 'Yes', value: actions[0]?.value as unknown }));
    await post(url, activity('c1', { text: 'No' }));
    const last = await post(url, activity('c1', { text: 'Yes' }));
    const card = last.activities[0]?.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const content = card?.content as { version: string; body: { type: string; text?: string; facts?: unknown }[]; actions: unknown[] };
    expect(content.version).toBe('1.5');
    expect(content.body.map((element) => element.type)).toEqual(['TextBlock', 'TextBlock', 'Container', 'FactSet']);
    expect(content.body[1]?.text).toBe('Message 3.');
    expect(content.body[3]?.facts).toEqual([{ title: 'Phone', value: '1-888-466-2219' }]);
    expect(content.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Apply online', url: 'https://www.dmhc.ca.gov/' }]);
  });

  it('hands the turn the pressed value, the words, the locale and the pinned time', async () => {
    const { url } = await start();
    await post(url, activity('c2', { text: 'Sí', value: { answer: { urgency: 'urgent' } }, locale: 'es-US' }));
    expect(fakeInputs.at(-1)).toMatchObject({ kind: 'message', text: 'Sí', value: { answer: { urgency: 'urgent' } }, localeHint: 'es-US' });
    expect(fakeInputs.at(-1)?.now.toISOString()).toBe('2026-03-14T18:00:00.000Z');
  });

  it('keeps each conversation apart and stores it under a keyed hash, never the conversation id', async () => {
    const storage = new RecordingStorage();
    const { url } = await start({ storage });
    await post(url, activity('+15105550100', { text: 'one' }));
    await post(url, activity('+15105550100', { text: 'two' }));
    const other = await post(url, activity('someone-else', { text: 'one' }));
    expect(other.activities[0]?.text).toBe('Message 1. Pick one.');
    expect(new Set(storage.writtenKeys).size).toBe(2);
    for (const key of storage.writtenKeys) expect(key).not.toContain('5105550100');
  });

  it('welcomes the person joining and the Web Chat join event, but not the bot being added', async () => {
    const { url } = await start();
    const botAdded = await post(url, activity('c3', { type: 'conversationUpdate', membersAdded: [{ id: 'bot', name: 'IMR guide' }] }));
    expect(botAdded.activities).toEqual([]);
    const joined = await post(url, activity('c3', { type: 'event', name: 'webchat/join' }));
    expect(joined.activities[0]?.text).toContain('Pick one');
    expect(fakeInputs.map((input) => input.kind)).toEqual(['join']);
  });

  it('erases a conversation at once when the turn says so', async () => {
    const storage = new RecordingStorage();
    const { url } = await start({ storage });
    await post(url, activity('c4', { text: 'one' }));
    const key = storage.writtenKeys[0] ?? '';
    expect(Object.keys(await storage.read([key]))).toHaveLength(1);
    const erased = await post(url, activity('c4', { text: 'delete my data', value: { command: 'deleteData' } }));
    expect(erased.activities[0]?.text).toBe('Deleted.');
    expect(await storage.read([key])).toEqual({});
  });

  it('retries a turn once from a fresh read when another turn of the same conversation wrote first', async () => {
    const storage = new RecordingStorage();
    let writes = 0;
    const racingStorage: BotStorage = Object.assign(Object.create(storage) as BotStorage, {
      write: async (changes: StoreItems) => {
        writes += 1;
        if (writes === 2) {
          // A double tap: the other turn lands between our read and our write.
          const [key] = Object.keys(changes);
          await storage.write({ [key ?? '']: { data: { v: 1, locale: 'en', session: { v: 1, trail: [] }, welcomed: true, misses: 10 }, eTag: '*' } });
        }
        return storage.write(changes);
      },
    });
    const { url } = await start({ storage: racingStorage });
    await post(url, activity('c5', { text: 'one' }));
    const second = await post(url, activity('c5', { text: 'two' }));
    // Read 1 → the race writes misses=10 → conflict → fresh read (10) → this turn makes 11.
    const card = second.activities[0]?.attachments?.[0]?.content as { body: { text?: string }[] };
    expect(card.body[1]?.text).toBe('Message 11.');
  });

  it('answers a failed turn with a kind sentence and a code, and keeps the conversation', async () => {
    const storage = new RecordingStorage();
    let fail = false;
    const flaky = (input: TurnInput, stored: unknown): TurnResult => {
      if (fail) throw new Error('boom at dialogs/turn.ts:42');
      return fakeTurn(input, stored);
    };
    const { url } = await start({ storage, runTurn: flaky });
    await post(url, activity('c6', { text: 'one' }));
    const key = storage.writtenKeys[0] ?? '';
    const before = await storage.read([key]);
    fail = true;
    const failed = await post(url, activity('c6', { text: 'two' }));
    expect(failed.status).toBe(200);
    expect(failed.activities).toHaveLength(1);
    expect(failed.activities[0]?.text).toMatch(/^Sorry, something went wrong on our side\. Your answers are still saved: .*\(Code: [\w-]+\)$/);
    expect(failed.activities[0]?.text).not.toMatch(/boom|turn\.ts|Error|fix the bot/i);
    const spanish = await post(url, activity('c6', { text: 'dos', locale: 'es-MX' }));
    expect(spanish.activities[0]?.text).toMatch(/^Lo siento/);
    expect(await storage.read([key])).toEqual(before);
  });
});

describe('channels', () => {
  it('tells the turn a Teams channel is shared and staff are asking', async () => {
    const { url } = await start();
    await post(url, activity('19:abc@thread.tacv2', { channelId: 'msteams', text: 'hi', conversation: { id: '19:abc@thread.tacv2', isGroup: true, conversationType: 'channel', name: '' } }));
    await post(url, activity('a:personal', { channelId: 'msteams', text: 'hi' }));
    expect(fakeInputs.map((input) => [input.surface.audience, input.surface.shared])).toEqual([
      ['staff', true],
      ['staff', false],
    ]);
  });

  it('gives SMS the brief surface and a numbered menu instead of buttons', async () => {
    const { url } = await start();
    const reply = await post(url, activity('+15105550101', { channelId: 'sms', text: 'hi' }));
    expect(fakeInputs[0]?.surface).toMatchObject({ buttons: false, cards: false, brief: true, maxChars: 459 });
    // The exact SMS form is smsRender.ts's; the host's part is that the menu is numbered text.
    expect(reply.activities[0]?.text).toMatch(/^Message 1\. Pick one\.[\s\S]*\b1\. Yes\n2\. No/);
    expect(reply.activities[0]?.suggestedActions).toBeUndefined();
  });
});

describe('replies to serviceUrl', () => {
  it('posts the replies to a loopback serviceUrl when the request does not expect replies', async () => {
    const received: { path: string; body: Partial<Activity> }[] = [];
    const connector: Server = createServer((req: IncomingMessage, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body: JSON.parse(raw) as Partial<Activity> });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'r1' }));
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise((resolve) => {
          connector.close(() => resolve());
          connector.closeAllConnections();
        }),
    );
    const serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;

    const { url } = await start();
    const result = await post(url, activity('c7', { id: 'incoming-1', text: 'hi', serviceUrl, deliveryMode: 'normal' }));
    expect(result.status).toBe(200);
    expect(received).toHaveLength(1);
    expect(received[0]?.path).toBe('/v3/conversations/c7/activities/incoming-1');
    expect(received[0]?.body.text).toBe('Message 1. Pick one.');
  });

  it('refuses a turn whose serviceUrl is not loopback in local mode, and runs nothing', async () => {
    const { url } = await start();
    for (const serviceUrl of ['https://attacker.example/', 'http://10.0.0.5/', 'http://169.254.169.254/', 'http://127.0.0.1.attacker.example/', 'file:///etc/passwd']) {
      const result = await post(url, activity('c8', { text: 'hi', serviceUrl, deliveryMode: 'normal' }));
      expect(result.status, serviceUrl).toBe(403);
    }
    const missing = await post(url, { ...activity('c8', { text: 'hi' }), serviceUrl: undefined });
    expect(missing.status).toBe(400);
    expect(fakeInputs).toEqual([]);
  });

  it('accepts the loopback spellings: 127.0.0.0/8, ::1 and localhost', async () => {
    const { url } = await start();
    for (const serviceUrl of ['http://127.0.0.1:9/', 'http://127.8.9.10/', 'http://[::1]:9/', 'http://localhost:9/']) {
      const result = await post(url, activity('c9', { text: 'hi', serviceUrl }));
      expect(result.status, serviceUrl).toBe(200);
    }
  });
});

describe('bad requests', () => {
  it('answers malformed JSON with 400 and keeps serving', async () => {
    const { url } = await start();
    const bad = await post(url, '{"type": "message", ');
    expect(bad.status).toBe(400);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await post(url, activity('c10', { text: 'hi' }))).status).toBe(200);
  });

  it('answers JSON that is not an activity with 400', async () => {
    const { url } = await start();
    expect((await post(url, { serviceUrl: 'http://127.0.0.1:9/' })).status).toBe(400);
    expect((await post(url, [1, 2, 3])).status).toBe(400);
  });

  it('takes a 10,000-character message and refuses a body over 256 KB with 413', async () => {
    const { url } = await start();
    expect((await post(url, activity('c11', { text: 'a'.repeat(10_000) }))).status).toBe(200);
    expect((await post(url, activity('c11', { text: 'a'.repeat(300 * 1024) }))).status).toBe(413);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });
});

describe('shutdown', () => {
  it('finishes a turn in flight before closing storage, and takes no new requests', async () => {
    const storage = new RecordingStorage();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: BotStorage = Object.assign(Object.create(storage) as BotStorage, {
      read: async (keys: string[]) => {
        await gate;
        return storage.read(keys);
      },
    });
    const app = await startApp({}, { runTurn: fakeTurn, storage: slow });
    const inFlight = post(app.url, activity('c13', { text: 'hi' }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    let closed = false;
    const closing = app.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
    release();
    const answered = await inFlight;
    await closing;
    expect(answered.status).toBe(200);
    expect(answered.activities[0]?.text).toBe('Message 1. Pick one.');
    expect(storage.writtenKeys).toHaveLength(1);
    expect(await storage.ping()).toBe(false);
  });
});

describe('probes and hooks', () => {
  it('is alive on /healthz and ready on /readyz while storage answers', async () => {
    const { url } = await start();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it('is not ready (503) when storage does not answer, but still alive', async () => {
    const storage = new RecordingStorage();
    const { url } = await start({ storage });
    await storage.close();
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('lets another module mount a route that runs turns in-process through deliver', async () => {
    const { url } = await start({
      register: [
        (server, deps) => {
          server.get('/test/hello', async (_req, res) => {
            const replies = await deps.deliver(activity('c12', { text: 'hi', serviceUrl: 'https://directline.example/', deliveryMode: 'normal' }));
            res.send(200, { texts: replies.map((reply) => reply.text), storage: deps.config.STORAGE });
          });
        },
      ],
    });
    const response = await fetch(`${url}/test/hello`);
    expect(await response.json()).toEqual({ texts: ['Message 1. Pick one.'], storage: 'memory' });
  });
});
