import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MAX_TRANSCRIPT_BYTES } from '../../src/directline/directLineHistory.js';
import { issueToken, verifyToken } from '../../src/directline/directLineToken.js';
import { hmacKey } from '../../src/keys.js';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';
import { call } from '../src/directlineHelpers.js';
import { startApp, testKeySecret, type Running } from '../src/httpHelpers.js';
import { startServer, stopServer } from '../src/serverProcess.js';
import { openConversation, postActivity, readTranscript, say, type Conversation, type Transcript } from './webClient.js';

/**
 * F4, F5 and F11 of the 2026-11-29 review, against the whole app (the real bot, a real SQLite file):
 * - F4: one anonymous token grew its transcript row to 49 MB (unknown fields kept, stored before any
 *   rate limit, the cap counted entries not bytes) and every other person's /healthz slowed to 1.35 s.
 * - F5: the page could choose its user id, and with someone else's cancel their reminders and use up
 *   their rate limit.
 * - F11: a token signature with a stray `=` or `!` still verified.
 */

const dir = mkdtempSync(join(tmpdir(), 'imr-dl-abuse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const turnTime = new Date('2026-03-14T18:00:00Z');

let running: Running | undefined;
let storage: SqliteStorage | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(name: string): Promise<string> {
  storage = new SqliteStorage({ path: join(dir, `${name}.sqlite`), ttlDays: 30, sweepEveryMs: 0 });
  running = await startApp({}, { storage, now: () => turnTime });
  return running.url;
}

/** The stored transcript row, as bytes: what every append reads and rewrites. */
function transcriptBytes(conversationId: string): number {
  const row = storage?.database.prepare<[string], { value: string }>('SELECT value FROM state WHERE key = ?').get(`directline/${hmacKey(testKeySecret, 'directline-history', conversationId)}`);
  return Buffer.byteLength(row?.value ?? '', 'utf8');
}

const base64urlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

describe('F4: what a Direct Line client may store', () => {
  it('keeps only the fields Web Chat needs from a posted activity', async () => {
    const url = await start('fields');
    const conversation = await openConversation(url);
    const sent = await postActivity(url, conversation, {
      type: 'message',
      text: 'Kaiser',
      locale: 'en-US',
      from: { id: 'dl_someoneelse0000', name: 'Real Name', role: 'bot' },
      recipient: { id: 'x' },
      conversation: { id: 'another' },
      serviceUrl: 'http://169.254.169.254/',
      entities: [{ type: 'ClientCapabilities', pad: 'p'.repeat(1000) }],
      localTimestamp: '2026-03-14T10:00:00-08:00',
      channelData: { clientActivityID: 'client-1', pad: 'p'.repeat(20_000), nested: { deep: true } },
      somethingElse: { pad: 'p'.repeat(20_000) },
      __proto__: { polluted: true },
    });
    expect(sent.status).toBe(200);
    const page = (await readTranscript(url, conversation)).body as Transcript;
    const stored = page.activities.find((activity) => activity.from.role === 'user');
    expect(stored).toBeDefined();
    expect(Object.keys(stored ?? {}).sort()).toEqual(['channelData', 'channelId', 'conversation', 'from', 'id', 'locale', 'recipient', 'serviceUrl', 'text', 'timestamp', 'type'].sort());
    expect(stored?.channelData).toEqual({ clientActivityID: 'client-1' });
    expect(stored?.from).toEqual({ id: expect.stringMatching(/^dl_/) as string, name: '', role: 'user' });
    expect(stored?.from.id).not.toBe('dl_someoneelse0000');
    expect(transcriptBytes(conversation.conversationId)).toBeLessThan(15_000);
  });

  it.each([
    ['an attachment', { type: 'message', text: 'x', attachments: [{ contentType: 'image/png', contentUrl: 'http://example.org/a.png' }] }],
    ['a type Web Chat never sends', { type: 'invoke', name: 'adaptiveCard/action', value: {} }],
    ['a value over 2 KB', { type: 'message', value: { pad: 'p'.repeat(3000) } }],
    ['a text over 10,000 characters', { type: 'message', text: 'x'.repeat(10_001) }],
    ['a text that is not a string', { type: 'message', text: { a: 1 } }],
    ['no type', { text: 'hi' }],
  ])('refuses %s with 400 and stores nothing', async (_name, activity) => {
    const url = await start('refused');
    const conversation = await openConversation(url);
    const before = transcriptBytes(conversation.conversationId);
    const sent = await postActivity(url, conversation, activity);
    expect(sent.status).toBe(400);
    expect(transcriptBytes(conversation.conversationId)).toBe(before);
  });

  it('rate-limits a token before anything is stored, and keeps the transcript under its byte cap', async () => {
    const url = await start('flood-cap');
    const conversation = await openConversation(url);
    const statuses: number[] = [];
    for (let i = 0; i < 90; i++) {
      const sent = await say(url, conversation, `${i} ${'Kaiser '.repeat(1400)}`);
      statuses.push(sent.status);
    }
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
    const stored = (await readTranscript(url, conversation)).body as Transcript;
    // Every 429 stored nothing: one person activity per 200 at most.
    expect(stored.activities.filter((a) => a.from.role === 'user').length).toBeLessThanOrEqual(statuses.filter((status) => status === 200).length);
    expect(transcriptBytes(conversation.conversationId)).toBeLessThanOrEqual(MAX_TRANSCRIPT_BYTES);
  }, 60_000);

  it('lets one token flood without slowing anyone else: row size bounded, other people fast', async () => {
    // The bot in its own process (as npm start runs it, SQLite), so what is measured is the server,
    // not this test's own work of sending the flood.
    const path = join(dir, 'flood.sqlite');
    const server = await startServer({ STORAGE: 'sqlite', SQLITE_PATH: path, KEY_SECRET: testKeySecret, LOG_LEVEL: 'info' });
    try {
      const url = server.url;
      const flooder = await openConversation(url);
      const other = await openConversation(url);
      expect((await say(url, other, 'hi')).status).toBe(200);
      const agent = new Agent({ keepAlive: true, maxSockets: 8 });
      const { hostname, port } = new URL(url);
      const path0 = `/v3/directline/conversations/${flooder.conversationId}/activities`;
      // Built once: the longest message the schema takes, and junk over the route's body limit.
      const bodies = [
        Buffer.from(JSON.stringify({ type: 'message', text: '\u{1F3E5}'.repeat(5000), channelData: { clientActivityID: 'f' } })),
        Buffer.from(JSON.stringify({ type: 'typing', channelData: { pad: 'p'.repeat(240_000) } })),
        Buffer.from(JSON.stringify({ type: 'message', text: 'Kaiser', entities: [{ pad: 'p'.repeat(60_000) }] })),
      ];
      const statuses = new Map<number, number>();
      const postRaw = (body: Buffer) =>
        new Promise<void>((resolve) => {
          const req = request({ host: hostname, port, path: path0, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': String(body.length), authorization: `Bearer ${flooder.token}` } }, (res) => {
            statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
            res.resume();
            res.on('end', resolve);
          });
          req.on('error', () => resolve());
          req.end(body);
        });
      let flooding = true;
      let sent = 0;
      const flood = Promise.all(
        Array.from({ length: 8 }, async (_, lane) => {
          while (flooding) await postRaw(bodies[(sent++ + lane) % bodies.length] as Buffer);
        }),
      );
      const health: number[] = [];
      const turns: number[] = [];
      for (let i = 0; i < 60; i++) {
        const started = performance.now();
        expect((await fetch(`${url}/healthz`)).status).toBe(200);
        health.push(performance.now() - started);
        if (i % 6 === 0) {
          const turnStarted = performance.now();
          expect((await say(url, other, i % 12 === 0 ? 'help' : 'back')).status).toBe(200);
          turns.push(performance.now() - turnStarted);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      flooding = false;
      await flood;
      agent.destroy();
      const db = new Database(path, { readonly: true });
      const row = db.prepare<[string], { value: string }>('SELECT value FROM state WHERE key = ?').get(`directline/${hmacKey(testKeySecret, 'directline-history', flooder.conversationId)}`);
      db.close();
      const report = { flood: sent, statuses: Object.fromEntries(statuses), healthP50: percentile(health, 50), healthMax: Math.max(...health), turnP50: percentile(turns, 50), turnMax: Math.max(...turns), rowBytes: Buffer.byteLength(row?.value ?? '', 'utf8') };
      console.log(`F4 flood: ${JSON.stringify(report)}`);
      expect(report.rowBytes).toBeGreaterThan(0);
      expect(report.rowBytes).toBeLessThanOrEqual(MAX_TRANSCRIPT_BYTES);
      expect(report.healthP50).toBeLessThan(50);
      expect(report.healthMax).toBeLessThan(1000);
      expect(report.turnP50).toBeLessThan(250);
    } finally {
      await stopServer(server);
    }
  }, 120_000);
});

describe('F5: the user id belongs to the token', () => {
  it('never takes a user id from the page', async () => {
    const url = await start('user-id');
    const victim = await openConversation(url);
    const victimUser = JSON.parse(Buffer.from(victim.token.split('.')[1] ?? '', 'base64url').toString()) as { user: string };
    const attacker = await openConversation(url, { user: { id: victimUser.user } });
    const attackerUser = JSON.parse(Buffer.from(attacker.token.split('.')[1] ?? '', 'base64url').toString()) as { user: string };
    expect(attackerUser.user).toMatch(/^dl_/);
    expect(attackerUser.user).not.toBe(victimUser.user);
  });

  it("cannot cancel someone else's reminders or use up their rate limit", async () => {
    const url = await start('user-id-attack');
    const victim = await openConversation(url);
    const victimUser = (JSON.parse(Buffer.from(victim.token.split('.')[1] ?? '', 'base64url').toString()) as { user: string }).user;
    let calendar = '';
    for (const text of ['hi', '1', '1', '1', '1/20/2026', '2', '1']) {
      await say(url, victim, text);
      const page = (await readTranscript(url, victim)).body as Transcript;
      calendar = /\/calendar\/[A-Za-z0-9_-]+\.ics/.exec(JSON.stringify(page))?.[0] ?? calendar;
    }
    expect(calendar).not.toBe('');
    expect((await fetch(`${url}${calendar}`)).status).toBe(200);

    const attacker: Conversation = await openConversation(url, { user: { id: victimUser } });
    expect((await say(url, attacker, 'delete my data')).status).toBe(200);
    for (let i = 0; i < 35; i++) await say(url, attacker, 'help');
    expect((await fetch(`${url}${calendar}`)).status).toBe(200);

    const seenBefore = ((await readTranscript(url, victim)).body as Transcript).watermark;
    expect((await say(url, victim, 'help')).status).toBe(200);
    const after = (await readTranscript(url, victim, seenBefore)).body as Transcript;
    expect(after.activities.filter((a) => a.from.role === 'bot').length, 'the victim is still answered').toBeGreaterThan(0);
  }, 60_000);
});

describe('F11: Direct Line token signatures are read strictly', () => {
  const now = new Date('2026-03-14T18:00:00Z');
  const { token } = issueToken(testKeySecret, { conversationId: 'c1', userId: 'dl_user00000' }, now, 1800);
  const [header = '', payload = '', signature = ''] = token.split('.');

  it('accepts the token as issued', () => {
    expect(verifyToken(testKeySecret, token, now).ok).toBe(true);
  });

  it.each([
    ['a padding = appended', `${header}.${payload}.${signature}=`],
    ['a ! inserted', `${header}.${payload}.${signature.slice(0, 10)}!${signature.slice(10)}`],
    ['a space inserted', `${header}.${payload}.${signature.slice(0, 10)} ${signature.slice(10)}`],
    ['base64 instead of base64url', `${header}.${payload}.${Buffer.from(signature, 'base64url').toString('base64')}`],
    // 43 characters carry 258 bits for a 256-bit MAC: the last character's two low bits are unused.
    ['another spelling of the same bytes', `${header}.${payload}.${signature.slice(0, -1)}${base64urlAlphabet[base64urlAlphabet.indexOf(signature.slice(-1)) ^ 1] ?? ''}`],
    ['padding on the payload', `${header}.${payload}=.${signature}`],
  ])('refuses a signature with %s', (_name, spelled) => {
    expect(spelled).not.toBe(token);
    expect(verifyToken(testKeySecret, spelled, now).ok).toBe(false);
  });

  it('refuses such a token on every Direct Line route', async () => {
    const url = await start('strict-token');
    const conversation = await openConversation(url);
    const [h = '', p = '', s = ''] = conversation.token.split('.');
    const odd = `${h}.${p}.${s}=`;
    const base = `${url}/v3/directline`;
    expect((await call(`${base}/tokens/refresh`, { method: 'POST', token: odd })).status).toBe(403);
    expect((await call(`${base}/conversations/${conversation.conversationId}/activities`, { token: odd })).status).toBe(403);
    expect((await call(`${base}/conversations/${conversation.conversationId}/activities`, { method: 'POST', token: odd, body: { type: 'message', text: 'hi' } })).status).toBe(403);
  });
});
