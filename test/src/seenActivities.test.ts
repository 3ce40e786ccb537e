import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';
import { LocalSeenActivities, MemoryAnswers, RedisSeenActivities, seenKey, SqliteAnswers, type SeenActivities, type SeenTimings } from '../../src/turns/seenActivities.js';
import { dropPrefix, ready, redisAvailable, testClient, testPrefix } from './redisEnv.js';

/** What a Twilio webhook answers: the TwiML of the first attempt, sent again to a retry. */
interface TwimlAnswer {
  twiml: string;
}

interface Backend {
  name: string;
  /** Two handles on one shared record, like two instances (one process for the local stores). */
  make(timings?: SeenTimings): Promise<[SeenActivities<TwimlAnswer>, SeenActivities<TwimlAnswer>]>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const answer: TwimlAnswer = { twiml: '<?xml version="1.0" encoding="UTF-8"?><Response><Message>¿Su plan es HMO? 1) Sí 2) No</Message></Response>' };

const redisClients: Redis[] = [];
const prefix = testPrefix('seen');

const backends: Backend[] = [
  {
    name: 'memory',
    make: (timings) => {
      const seen = new LocalSeenActivities<TwimlAnswer>({ answers: new MemoryAnswers(), ...timings });
      return Promise.resolve([seen, seen]);
    },
  },
  {
    name: 'SQLite',
    make: (timings) => {
      const storage = new SqliteStorage({ path: ':memory:', ttlDays: 30, sweepEveryMs: 0 });
      const seen = new LocalSeenActivities<TwimlAnswer>({ answers: new SqliteAnswers(storage.database), ...timings });
      return Promise.resolve([seen, seen]);
    },
  },
];
if (redisAvailable) {
  backends.push({
    name: 'Redis shared by two instances',
    make: async (timings) => {
      if (redisClients.length === 0) redisClients.push(await ready(testClient('seen-a')), await ready(testClient('seen-b')));
      const keyPrefix = `${prefix}${Math.random().toString(36).slice(2)}:`;
      const [a, b] = redisClients as [Redis, Redis];
      return [new RedisSeenActivities<TwimlAnswer>({ client: a, keyPrefix, ...timings }), new RedisSeenActivities<TwimlAnswer>({ client: b, keyPrefix, ...timings })];
    },
  });
}

afterAll(async () => {
  const [first] = redisClients;
  if (first) await dropPrefix(first, prefix);
  for (const client of redisClients) client.disconnect();
});

describe.each(backends)('Seen activities ($name)', (backend) => {
  it('answers a Twilio retry of the same MessageSid with the first TwiML, without running the turn again', async () => {
    const [first, retry] = await backend.make();
    expect(await first.claim('SM-1')).toEqual({ status: 'new' });
    await first.complete('SM-1', answer);
    expect(await retry.claim('SM-1')).toEqual({ status: 'answered', response: answer });
    expect(await retry.claim('SM-1')).toEqual({ status: 'answered', response: answer });
  });

  it('lets only one of two simultaneous deliveries of one activity run the turn', async () => {
    const [a, b] = await backend.make();
    const claims = await Promise.all([a.claim('act-2'), b.claim('act-2')]);
    expect(claims.map((c) => c.status).sort()).toEqual(['inProgress', 'new']);
  });

  it('gives a retry that arrives mid-turn the first attempt’s answer once it is ready', async () => {
    const [first, retry] = await backend.make();
    await first.claim('SM-3');
    const waiting = retry.waitForAnswer('SM-3', 2000);
    await sleep(100);
    await first.complete('SM-3', answer);
    expect(await waiting).toEqual({ status: 'answered', response: answer });
  });

  it('tells a retry to wait no longer than it asked when the first attempt is still running', async () => {
    const [first, retry] = await backend.make();
    await first.claim('SM-slow');
    const started = Date.now();
    expect(await retry.waitForAnswer('SM-slow', 200)).toEqual({ status: 'inProgress' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('lets a retry run the turn when the first attempt failed before answering', async () => {
    const [first, retry] = await backend.make();
    await first.claim('SM-4');
    await first.abandon('SM-4');
    expect(await retry.claim('SM-4')).toEqual({ status: 'new' });
  });

  it('never drops an answer when a late abandon arrives', async () => {
    const [first, retry] = await backend.make();
    await first.claim('SM-5');
    await first.complete('SM-5', answer);
    await retry.abandon('SM-5');
    expect(await retry.claim('SM-5')).toEqual({ status: 'answered', response: answer });
  });

  it('frees an id whose first attempt died mid-turn, after the pending time', async () => {
    const [first, retry] = await backend.make({ pendingTtlSeconds: 0.5 });
    await first.claim('SM-6');
    expect(await retry.claim('SM-6')).toEqual({ status: 'inProgress' });
    await sleep(700);
    expect(await retry.claim('SM-6')).toEqual({ status: 'new' });
  });

  it('offers the first answer only for its time, then treats the id as new', async () => {
    const [first, retry] = await backend.make({ answeredTtlSeconds: 0.3 });
    await first.claim('SM-7');
    await first.complete('SM-7', answer);
    await sleep(400);
    expect(await retry.claim('SM-7')).toEqual({ status: 'new' });
  });

  it('forgets every answer of a conversation on "delete my data", and only that conversation\'s', async () => {
    const [first, retry] = await backend.make();
    for (const id of ['SM-9a', 'SM-9b', 'SM-10']) await first.claim(id);
    await first.complete('SM-9a', answer, 'conversation/erased');
    await first.complete('SM-9b', answer, 'conversation/erased');
    await first.complete('SM-10', answer, 'conversation/kept');
    await retry.forget('conversation/erased');
    expect(await retry.claim('SM-9a')).toEqual({ status: 'new' });
    expect(await retry.claim('SM-9b')).toEqual({ status: 'new' });
    expect(await retry.claim('SM-10')).toEqual({ status: 'answered', response: answer });
  });
});

describe('Seen activity keys', () => {
  it('never contain the id they came from (SMS ids can hold a phone number)', () => {
    const key = seenKey('k'.repeat(32), 'sms', '+15551234567|SM0001');
    expect(key).not.toContain('5551234567');
    expect(key).toBe(seenKey('k'.repeat(32), 'sms', '+15551234567|SM0001'));
    expect(key).not.toBe(seenKey('k'.repeat(32), 'directline', '+15551234567|SM0001'));
  });
});

describe('Seen activities over a store that survives a restart', () => {
  it('still answers a retry with the first answer after the instance restarted (SQLite file)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'imr-seen-'));
    try {
      const path = join(dir, 'bot.sqlite');
      const before = new SqliteStorage({ path, ttlDays: 30, sweepEveryMs: 0 });
      const first = new LocalSeenActivities<TwimlAnswer>({ answers: new SqliteAnswers(before.database) });
      await first.claim('SM-8');
      await first.complete('SM-8', answer);
      await before.close();
      const after = new SqliteStorage({ path, ttlDays: 30, sweepEveryMs: 0 });
      const again = new LocalSeenActivities<TwimlAnswer>({ answers: new SqliteAnswers(after.database) });
      expect(await again.claim('SM-8')).toEqual({ status: 'answered', response: answer });
      await after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
