import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';
import { isETagConflict } from '../../src/storage/storageErrors.js';

const DAY = 86_400_000;
const opened: SqliteStorage[] = [];

function open(clock: { now: number }, path = join(mkdtempSync(join(tmpdir(), 'imr-sqlite-')), 'nested', 'state.sqlite')) {
  const storage = new SqliteStorage({ path, ttlDays: 30, now: () => clock.now, sweepEveryMs: 0 });
  opened.push(storage);
  return { storage, path };
}

interface Item {
  data?: unknown;
  eTag?: string;
}
async function readOne(storage: SqliteStorage, key: string): Promise<Item | undefined> {
  const items: Record<string, Item | undefined> = await storage.read([key]);
  return items[key];
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

describe('SqliteStorage', () => {
  it('reads back what was written, with an eTag, and nothing for unknown keys', async () => {
    const { storage } = open({ now: Date.UTC(2026, 2, 14) });
    await storage.write({ a: { data: { step: 1 } } });
    expect(await readOne(storage, 'a')).toMatchObject({ data: { step: 1 }, eTag: expect.any(String) as unknown });
    expect(await storage.read(['a', 'missing'])).not.toHaveProperty('missing');
  });

  it('refuses a write with a stale eTag, as botbuilder MemoryStorage does, and keeps the newer data', async () => {
    const { storage } = open({ now: Date.UTC(2026, 2, 14) });
    await storage.write({ a: { data: 1 } });
    const first = await readOne(storage, 'a');
    await storage.write({ a: { data: 2, eTag: first?.eTag } });
    const stale = storage.write({ a: { data: 3, eTag: first?.eTag } });
    await expect(stale).rejects.toSatisfy(isETagConflict);
    expect((await readOne(storage, 'a'))?.data).toBe(2);
  });

  it('overwrites whatever is there when the eTag is *', async () => {
    const { storage } = open({ now: Date.UTC(2026, 2, 14) });
    await storage.write({ a: { data: 1 } });
    await storage.write({ a: { data: 2, eTag: '*' } });
    expect((await readOne(storage, 'a'))?.data).toBe(2);
  });

  it('writes several keys all or nothing', async () => {
    const { storage } = open({ now: Date.UTC(2026, 2, 14) });
    await storage.write({ a: { data: 1 } });
    await storage.write({ a: { data: 2, eTag: '*' } });
    await expect(storage.write({ b: { data: 'new' }, a: { data: 3, eTag: 'old' } })).rejects.toSatisfy(isETagConflict);
    expect(await storage.read(['b'])).toEqual({});
  });

  it('deletes a conversation at once', async () => {
    const { storage } = open({ now: Date.UTC(2026, 2, 14) });
    await storage.write({ a: { data: 1 }, b: { data: 2 } });
    await storage.delete(['a']);
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
  });

  it('forgets a conversation STATE_TTL_DAYS after its last write, and each write restarts the count', async () => {
    const clock = { now: Date.UTC(2026, 0, 1) };
    const { storage } = open(clock);
    await storage.write({ a: { data: 1 }, b: { data: 1 } });
    clock.now += 20 * DAY;
    await storage.write({ b: { data: 2, eTag: '*' } });
    clock.now += 10 * DAY;
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
    expect(storage.sweep()).toBe(1);
    clock.now += 20 * DAY;
    expect(await storage.read(['b'])).toEqual({});
  });

  it('keeps data across a reopen of the same file', async () => {
    const clock = { now: Date.UTC(2026, 2, 14) };
    const first = open(clock);
    await first.storage.write({ a: { data: { answers: ['x'] } } });
    await first.storage.close();
    const second = open(clock, first.path);
    expect((await readOne(second.storage, 'a'))?.data).toEqual({ answers: ['x'] });
    expect(await second.storage.ping()).toBe(true);
  });

  it('is not ready once closed', async () => {
    const { storage } = open({ now: Date.UTC(2026, 2, 14) });
    await storage.close();
    expect(await storage.ping()).toBe(false);
  });
});
