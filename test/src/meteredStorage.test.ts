import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { meteredStorage } from '../../src/bot/meteredStorage.js';
import { createMetrics } from '../../src/metrics.js';
import type { BotStorage } from '../../src/storage/createStorage.js';

class Flaky extends MemoryStorage implements BotStorage {
  failWrites = false;
  override async write(changes: Parameters<MemoryStorage['write']>[0]): Promise<void> {
    if (this.failWrites) throw new Error('disk full');
    await super.write(changes);
  }
  ping(): Promise<boolean> {
    return Promise.resolve(true);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

describe('storage failures on /metrics', () => {
  it('counts a failed write by operation, not a conflict between two turns, and keeps what the storage is', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const flaky = new Flaky();
    const storage = meteredStorage(flaky, metrics);
    expect(storage instanceof Flaky).toBe(true);
    await storage.write({ a: { n: 1, eTag: '*' } });
    const stored = await storage.read(['a']);
    // A stale eTag: MemoryStorage's conflict, which the bot retries.
    await expect(storage.write({ a: { n: 2, eTag: 'stale' } })).rejects.toThrow();
    flaky.failWrites = true;
    await expect(storage.write({ a: { ...(stored.a as object), n: 3 } })).rejects.toThrow('disk full');
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/imr_storage_errors_total\{operation="write"\} 1/);
  });
});
