import { MemoryStorage, type StoreItems } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { BotStorage } from '../../src/storage/createStorage.js';
import { activity, post, startApp } from '../src/httpHelpers.js';

/** A store whose reads wait at a gate: turns pile up in flight the way they do under overload. */
class GatedStorage extends MemoryStorage implements BotStorage {
  private open!: () => void;
  gate = new Promise<void>((resolve) => {
    this.open = resolve;
  });
  release(): void {
    this.open();
  }
  override async read(keys: string[]): Promise<StoreItems> {
    await this.gate;
    return super.read(keys);
  }
  ping(): Promise<boolean> {
    return Promise.resolve(true);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

describe('under overload', () => {
  it('answers a message past the in-flight limit with 503 and Retry-After, and serves the waiting ones once they can go on', async () => {
    const storage = new GatedStorage();
    const running = await startApp({}, { storage, maxTurnsInFlight: 2 });
    try {
      const waiting = [post(running.url, activity('shed-1', { text: 'Kaiser' })), post(running.url, activity('shed-2', { text: 'Kaiser' }))];
      await new Promise((resolve) => setTimeout(resolve, 200));
      const shed = await fetch(`${running.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity('shed-3', { text: 'Kaiser' })),
      });
      expect(shed.status).toBe(503);
      expect(shed.headers.get('retry-after')).toBe('1');
      storage.release();
      for (const reply of await Promise.all(waiting)) {
        expect(reply.status).toBe(200);
        expect(reply.activities.length).toBeGreaterThan(0);
      }
      expect((await post(running.url, activity('shed-3', { text: 'Kaiser' }))).status).toBe(200);
    } finally {
      storage.release();
      await running.close();
    }
  });
});
