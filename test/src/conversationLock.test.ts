import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import {
  InProcessConversationLock,
  LockWaitTimeoutError,
  RedisConversationLock,
  withConversationLock,
  type ConversationLock,
} from '../../src/turns/conversationLock.js';
import { FencedOutError, RedisStorage } from '../../src/storage/redisStorage.js';
import { dropPrefix, ready, redisAvailable, testClient, testPrefix } from './redisEnv.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A double text: each message is a turn that reads the conversation, thinks a while, and writes it
 * back. Without the lock the second read happens before the first write and one answer is lost.
 */
async function doubleText(locks: ConversationLock[], conversation: string, count: number) {
  let stored: string[] = [];
  const order: string[] = [];
  const turns: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const lock = locks[i % locks.length] as ConversationLock;
    const message = `message ${i}`;
    turns.push(
      withConversationLock(lock, conversation, async () => {
        order.push(message);
        const read = [...stored];
        await sleep(40);
        stored = [...read, message];
      }),
    );
    // Arrival order: each message reaches the lock a moment after the one before.
    await sleep(25);
  }
  await Promise.all(turns);
  return { stored, order };
}

describe('In-process conversation lock (one instance)', () => {
  it('applies a double text one message after the other, in arrival order, keeping both answers', async () => {
    const { stored, order } = await doubleText([new InProcessConversationLock()], 'conv-1', 4);
    expect(order).toEqual(['message 0', 'message 1', 'message 2', 'message 3']);
    expect(stored).toEqual(['message 0', 'message 1', 'message 2', 'message 3']);
  });

  it('does not make different conversations wait for each other', async () => {
    const lock = new InProcessConversationLock();
    const held = await lock.acquire('conv-a');
    const other = await Promise.race([lock.acquire('conv-b').then(() => 'acquired'), sleep(200).then(() => 'blocked')]);
    expect(other).toBe('acquired');
    await held.release();
  });

  it('frees the conversation when a turn hangs past the lock time, and tells the hung turn it lost the lock', async () => {
    const lock = new InProcessConversationLock({ ttlMs: 150 });
    const hung = await lock.acquire('conv-hang');
    const started = Date.now();
    const next = await lock.acquire('conv-hang');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(await hung.isCurrent()).toBe(false);
    expect(await next.isCurrent()).toBe(true);
    expect(next.fencingToken).toBeGreaterThan(hung.fencingToken);
    await next.release();
  });

  it('gives up waiting with a timeout error the turn can explain, without blocking later turns', async () => {
    const lock = new InProcessConversationLock({ ttlMs: 400, waitTimeoutMs: 100 });
    const first = await lock.acquire('conv-busy');
    await expect(lock.acquire('conv-busy')).rejects.toBeInstanceOf(LockWaitTimeoutError);
    const third = lock.acquire('conv-busy');
    await first.release();
    await expect(third).resolves.toMatchObject({ key: 'conv-busy' });
  });
});

describe.runIf(redisAvailable)('Redis conversation lock (two instances sharing one Redis)', () => {
  const prefix = testPrefix('lock');
  let instanceA: Redis;
  let instanceB: Redis;
  beforeAll(async () => {
    instanceA = await ready(testClient('lock-a'));
    instanceB = await ready(testClient('lock-b'));
  });
  afterAll(async () => {
    await dropPrefix(instanceA, prefix);
    instanceA.disconnect();
    instanceB.disconnect();
  });

  const lockOn = (client: Redis, timings: { ttlMs?: number; waitTimeoutMs?: number } = {}) =>
    new RedisConversationLock({ client, keyPrefix: prefix, pollMs: 10, ...timings });

  it('serializes a double text sent to both instances at once, in arrival order, keeping every answer', async () => {
    const { stored, order } = await doubleText([lockOn(instanceA), lockOn(instanceB)], 'conv-double', 6);
    const expected = ['message 0', 'message 1', 'message 2', 'message 3', 'message 4', 'message 5'];
    expect(order).toEqual(expected);
    expect(stored).toEqual(expected);
  });

  it('hands out growing fencing tokens in the order the turns ran', async () => {
    const lock = lockOn(instanceA);
    const first = await lock.acquire('conv-tokens');
    await first.release();
    const second = await lockOn(instanceB).acquire('conv-tokens');
    await second.release();
    expect(second.fencingToken).toBeGreaterThan(first.fencingToken);
  });

  it('keeps a long turn’s lock alive by renewing it', async () => {
    const held = await lockOn(instanceA, { ttlMs: 600 }).acquire('conv-long');
    await sleep(1500);
    expect(await held.isCurrent()).toBe(true);
    await held.release();
  });

  it('takes the lock from an instance that died holding it, once the lock time has passed', async () => {
    const doomed = await ready(testClient('lock-doomed'));
    const dead = await lockOn(doomed, { ttlMs: 500 }).acquire('conv-crash');
    // SIGKILL, as far as Redis can tell: the connection is gone, nothing is released or renewed.
    doomed.disconnect();
    const started = Date.now();
    const survivor = await lockOn(instanceB, { ttlMs: 500 }).acquire('conv-crash');
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(300);
    expect(waited).toBeLessThan(2000);
    expect(survivor.fencingToken).toBeGreaterThan(dead.fencingToken);
    await survivor.release();
  });

  it('lets a stale holder find out it was overtaken, refuses its write, and its release frees nothing', async () => {
    const lock = lockOn(instanceA, { ttlMs: 5000 });
    const storage = new RedisStorage({ client: instanceA, ttlSeconds: 60, keyPrefix: `${prefix}state:` });
    const stale = await lock.acquire('conv-fence');
    // A long pause (GC, a stalled socket) outlasts the lock: in Redis it is simply gone.
    await instanceA.del(`${prefix}conv-fence:owner`);
    const fresh = await lockOn(instanceB).acquire('conv-fence');
    await storage.writeFenced({ 'conv-fence': { answer: 'fresh', eTag: '*' } }, fresh.fence);

    expect(await stale.isCurrent()).toBe(false);
    expect(await lock.isNewest('conv-fence', stale.fencingToken)).toBe(false);
    expect(await lock.isNewest('conv-fence', fresh.fencingToken)).toBe(true);
    await expect(storage.writeFenced({ 'conv-fence': { answer: 'stale', eTag: '*' } }, stale.fence)).rejects.toBeInstanceOf(FencedOutError);
    expect(await storage.read(['conv-fence'])).toMatchObject({ 'conv-fence': { answer: 'fresh' } });
    await stale.release();
    expect(await fresh.isCurrent()).toBe(true);
    await fresh.release();
  });

  it('does not let a waiter whose instance died block the turns behind it', async () => {
    const holder = await lockOn(instanceA).acquire('conv-dead-waiter');
    const doomed = await ready(testClient('lock-doomed-waiter'));
    const deadWaiter = lockOn(doomed, { waitTimeoutMs: 5000 }).acquire('conv-dead-waiter').catch((error: unknown) => error);
    await sleep(50);
    doomed.disconnect();
    const behind = lockOn(instanceB).acquire('conv-dead-waiter');
    await sleep(50);
    await holder.release();
    const started = Date.now();
    const next = await behind;
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await deadWaiter).toBeInstanceOf(Error);
    await next.release();
  });

  it('answers a turn that waited too long with a timeout error, and the conversation moves on', async () => {
    const holder = await lockOn(instanceA).acquire('conv-slow');
    await expect(lockOn(instanceB, { waitTimeoutMs: 200 }).acquire('conv-slow')).rejects.toBeInstanceOf(LockWaitTimeoutError);
    await holder.release();
    const next = await lockOn(instanceB, { waitTimeoutMs: 1000 }).acquire('conv-slow');
    await next.release();
  });
});
