import { KEEP_UNTIL_DELETED } from '../../src/storage/retention.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStorage, type Storage, type StoreItem } from 'botbuilder';
import type { Redis } from 'ioredis';
import { RedisStorage } from '../../src/storage/redisStorage.js';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';
import { isETagConflict } from '../../src/storage/storageErrors.js';
import { dropPrefix, ready, redisAvailable, testClient, testPrefix } from './redisEnv.js';

/**
 * One contract, every store (issue 7): whatever STORAGE says, a person's answers are read back as
 * written, a stale write never silently overwrites a newer one, and data expires after
 * STATE_TTL_DAYS without a message.
 */

interface StoreUnderTest {
  storage: Storage;
  /** Let time pass: a fake clock for SQLite, real time for Redis. */
  pass(ms: number): Promise<void>;
  close(): Promise<void>;
}

interface StoreKind {
  name: string;
  /** False: the store makes no expiry promise, so that contract point is not run against it. */
  expires: boolean;
  make(ttlSeconds: number): Promise<StoreUnderTest>;
}

async function readOne(storage: Storage, key: string): Promise<StoreItem | undefined> {
  const items: Record<string, StoreItem | undefined> = await storage.read([key]);
  return items[key];
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const kinds: StoreKind[] = [
  {
    // botbuilder's MemoryStorage keeps items for the life of the process and has no expiry at all:
    // it is the `memory` store for tests, so the expiry point is not run against it.
    name: 'botbuilder MemoryStorage',
    expires: false,
    make: () => Promise.resolve({ storage: new MemoryStorage(), pass: () => Promise.resolve(), close: () => Promise.resolve() }),
  },
  {
    name: 'SqliteStorage',
    expires: true,
    make: (ttlSeconds) => {
      let now = Date.UTC(2026, 0, 15, 12);
      const storage = new SqliteStorage({ path: ':memory:', ttlDays: ttlSeconds / 86_400, now: () => now, sweepEveryMs: 0 });
      return Promise.resolve({
        storage,
        pass: (ms) => {
          now += ms;
          return Promise.resolve();
        },
        close: () => storage.close(),
      });
    },
  },
];

let redisClient: Redis | undefined;
const redisPrefix = testPrefix('contract');
if (redisAvailable) {
  kinds.push({
    name: 'RedisStorage',
    expires: true,
    make: async (ttlSeconds) => {
      redisClient ??= testClient('contract');
      await ready(redisClient);
      const storage = new RedisStorage({ client: redisClient, ttlSeconds, keyPrefix: `${redisPrefix}${Math.random().toString(36).slice(2)}:` });
      return { storage, pass: sleep, close: () => storage.close() };
    },
  });
}

afterAll(async () => {
  if (!redisClient) return;
  await dropPrefix(redisClient, redisPrefix);
  redisClient.disconnect();
});

describe.each(kinds)('$name keeps the storage contract', (kind) => {
  let store: StoreUnderTest;
  beforeAll(async () => {
    store = await kind.make(3600);
  });
  afterAll(async () => {
    await store.close();
  });

  it('reads back what was written, with an eTag', async () => {
    await store.storage.write({ 'conv/a': { data: { planType: 'hmo', step: 3 } } });
    const item = await readOne(store.storage, 'conv/a');
    expect(item).toMatchObject({ data: { planType: 'hmo', step: 3 } });
    expect(typeof item?.eTag).toBe('string');
  });

  it('gives a new eTag on every write', async () => {
    await store.storage.write({ 'conv/etag': { n: 1 } });
    const first = (await readOne(store.storage, 'conv/etag'))?.eTag;
    await store.storage.write({ 'conv/etag': { n: 2, eTag: first } });
    const second = await readOne(store.storage, 'conv/etag');
    expect(second).toMatchObject({ n: 2 });
    expect(second?.eTag).not.toBe(first);
  });

  it('refuses a write with a stale eTag and keeps the newer answer', async () => {
    await store.storage.write({ 'conv/stale': { answer: 'first' } });
    const stale = (await store.storage.read(['conv/stale']))['conv/stale'] as StoreItem;
    await store.storage.write({ 'conv/stale': { answer: 'second', eTag: stale.eTag } });
    const error: unknown = await store.storage.write({ 'conv/stale': { answer: 'lost', eTag: stale.eTag } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isETagConflict(error)).toBe(true);
    expect((error as Error).message).toMatch(/error writing "conv\/stale" due to eTag conflict/);
    expect((await store.storage.read(['conv/stale']))['conv/stale']).toMatchObject({ answer: 'second' });
  });

  it('overwrites when the eTag is * or missing', async () => {
    await store.storage.write({ 'conv/star': { v: 1 } });
    await store.storage.write({ 'conv/star': { v: 2, eTag: '*' } });
    expect((await store.storage.read(['conv/star']))['conv/star']).toMatchObject({ v: 2 });
    await store.storage.write({ 'conv/star': { v: 3 } });
    expect((await store.storage.read(['conv/star']))['conv/star']).toMatchObject({ v: 3 });
  });

  it('lets exactly one of two concurrent writers from the same read win', async () => {
    await store.storage.write({ 'conv/race': { answers: [] } });
    const seen = (await store.storage.read(['conv/race']))['conv/race'] as StoreItem;
    const results = await Promise.allSettled([
      store.storage.write({ 'conv/race': { answers: ['yes'], eTag: seen.eTag } }),
      store.storage.write({ 'conv/race': { answers: ['no'], eTag: seen.eTag } }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(isETagConflict(lost[0]?.reason)).toBe(true);
    const winner = results[0]?.status === 'fulfilled' ? ['yes'] : ['no'];
    expect((await store.storage.read(['conv/race']))['conv/race']).toMatchObject({ answers: winner });
  });

  it('deletes, and a deleted key reads as missing', async () => {
    await store.storage.write({ 'conv/gone': { v: 1 }, 'conv/kept': { v: 2 } });
    await store.storage.delete(['conv/gone']);
    const items = await store.storage.read(['conv/gone', 'conv/kept']);
    expect(items).not.toHaveProperty('conv/gone');
    expect(items['conv/kept']).toMatchObject({ v: 2 });
  });

  it('reads missing keys as absent, not as errors', async () => {
    const items = await store.storage.read(['conv/never-written', 'conv/also-missing']);
    expect(items).toEqual({});
    expect(await store.storage.read([])).toEqual({});
  });

  it('deletes missing keys without complaint', async () => {
    await expect(store.storage.delete(['conv/never-written'])).resolves.toBeUndefined();
  });

  it('keeps emoji, right-to-left text and accents exactly', async () => {
    const text = 'Mi plan negó la cirugía 😟👩🏽‍⚕️ — مرحبا بك — שלום — Ñandú, crème brûlée, 漢字, \u200fRTL mark';
    await store.storage.write({ 'conv/ünïcödé/🙂': { text } });
    expect((await store.storage.read(['conv/ünïcödé/🙂']))['conv/ünïcödé/🙂']).toMatchObject({ text });
  });

  it('stores a value of about one megabyte', async () => {
    const big = 'ab ĉd 🙂 '.repeat(110_000);
    expect(Buffer.byteLength(JSON.stringify(big))).toBeGreaterThan(1_000_000);
    await store.storage.write({ 'conv/big': { big } });
    const item = (await readOne(store.storage, 'conv/big')) as { big: string } | undefined;
    expect(item?.big).toBe(big);
  });

  it.runIf(kind.expires)('forgets an item once its time to live has passed, counted from the last write', async () => {
    const short = await kind.make(2);
    try {
      await short.storage.write({ 'conv/ttl': { v: 1 } });
      await short.pass(1200);
      // Another message within the TTL: the clock starts again.
      await short.storage.write({ 'conv/ttl': { v: 1.5 } });
      await short.pass(1200);
      expect((await short.storage.read(['conv/ttl']))['conv/ttl']).toMatchObject({ v: 1.5 });
      await short.pass(900);
      expect(await short.storage.read(['conv/ttl'])).toEqual({});
      // A write after expiry starts a new life, even with the old eTag.
      await short.storage.write({ 'conv/ttl': { v: 2, eTag: 'old-etag' } });
      expect((await short.storage.read(['conv/ttl']))['conv/ttl']).toMatchObject({ v: 2 });
    } finally {
      await short.close();
    }
  });

  it.runIf(kind.expires)('keeps an item marked keep-until-deleted (an SMS opt-out) past the time to live, until it is deleted', async () => {
    const short = await kind.make(1);
    try {
      await short.storage.write({ 'optout/x': { at: '2026-11-27', [KEEP_UNTIL_DELETED]: true }, 'conv/y': { v: 1 } });
      await short.pass(1500);
      expect(Object.keys(await short.storage.read(['optout/x', 'conv/y']))).toEqual(['optout/x']);
      await short.storage.delete(['optout/x']);
      expect(await short.storage.read(['optout/x'])).toEqual({});
    } finally {
      await short.close();
    }
  });
});
