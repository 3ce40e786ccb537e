import { Redis } from 'ioredis';
import { createRedisClient } from '../../src/storage/redisClient.js';

/**
 * issue 7: the Redis tests skip only when REDIS_URL is unset outside CI. In CI (`CI` set) they run,
 * against REDIS_URL or the machine's Redis that .ci/run starts.
 */
export const redisUrl: string | undefined = process.env.REDIS_URL || (process.env.CI ? 'redis://127.0.0.1:6379' : undefined);
export const redisAvailable = redisUrl !== undefined;

/** A unique prefix per test run, so parallel test files and old runs never see each other's keys. */
export function testPrefix(name: string): string {
  return `imr-test:${name}:${process.pid}:${Math.random().toString(36).slice(2, 8)}:`;
}

export function testClient(name = 'test'): Redis {
  if (!redisUrl) throw new Error('REDIS_URL is not set');
  return createRedisClient({ url: redisUrl, connectionName: `imr-test-${name}`, maxReconnectDelayMs: 200 });
}

/** Resolves once the client has connected (the offline queue is off, so commands before that fail). */
export async function ready(client: Redis): Promise<Redis> {
  if (client.status === 'ready') return client;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis not ready at ${redisUrl ?? '?'}`)), 5000);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return client;
}

/** Deletes every key under a test prefix. */
export async function dropPrefix(client: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await client.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
