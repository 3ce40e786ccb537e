import { describe, expect, it } from 'vitest';
import { createStorage } from '../../src/storage/createStorage.js';
import { createRedisClient, defaultCommandTimeoutMs } from '../../src/storage/redisClient.js';
import { RedisStorage } from '../../src/storage/redisStorage.js';
import { freePort } from './freePort.js';
import { redisAvailable, redisUrl } from './redisEnv.js';

describe('The Redis connection', () => {
  it('uses TLS with the host name for rediss:// (Azure Cache for Redis on 6380)', async () => {
    const client = createRedisClient({ url: `rediss://:secret@127.0.0.1:${await freePort()}` });
    try {
      expect(client.options.tls).toMatchObject({ servername: '127.0.0.1' });
      expect(client.options.password).toBe('secret');
    } finally {
      client.disconnect();
    }
  });

  it('fails fast instead of queueing while Redis is away, and never stops reconnecting', async () => {
    const client = createRedisClient({ url: `redis://127.0.0.1:${await freePort()}` });
    try {
      expect(client.options).toMatchObject({ enableOfflineQueue: false, commandTimeout: defaultCommandTimeoutMs, maxRetriesPerRequest: 1 });
      const retry = client.options.retryStrategy;
      expect(typeof retry).toBe('function');
      for (const times of [1, 10, 1000, 100_000]) {
        const delay = retry?.(times);
        expect(typeof delay).toBe('number');
        expect(delay).toBeLessThanOrEqual(5100);
      }
      await expect(client.get('anything')).rejects.toThrow();
    } finally {
      client.disconnect();
    }
  });
});

describe.runIf(redisAvailable)('STORAGE=redis', () => {
  it('builds a RedisStorage through createStorage that is ready and keeps data', async () => {
    const storage = await createStorage({ STORAGE: 'redis', REDIS_URL: redisUrl, STATE_TTL_DAYS: 30, SQLITE_PATH: './unused' });
    try {
      expect(storage).toBeInstanceOf(RedisStorage);
      expect(await storage.ping()).toBe(true);
      const key = `imr-test-create/${process.pid}`;
      await storage.write({ [key]: { step: 1 } });
      expect(await storage.read([key])).toMatchObject({ [key]: { step: 1 } });
      const ttl = await (storage as RedisStorage).client.pttl(`imr:state:${key}`);
      expect(ttl).toBeGreaterThan(29 * 86_400_000);
      await storage.delete([key]);
    } finally {
      await storage.close();
    }
  });
});
