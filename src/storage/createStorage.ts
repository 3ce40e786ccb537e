import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config.js';
import { SqliteStorage } from './sqliteStorage.js';

/** Storage plus what the host needs around it: a readiness probe (/readyz) and a clean shutdown. */
export interface BotStorage extends Storage {
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** After "delete my data": make deleted rows unrecoverable from the store's files (SQLite's WAL); false when it could not yet. */
  scrub?(): Promise<boolean>;
}

class ManagedMemoryStorage extends MemoryStorage implements BotStorage {
  ping(): Promise<boolean> {
    return Promise.resolve(true);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

export type StorageSettings = Pick<Config, 'STORAGE' | 'SQLITE_PATH' | 'STATE_TTL_DAYS' | 'REDIS_URL'>;

/** One switch for the three kinds of interfaces.md STORAGE. */
export async function createStorage(settings: StorageSettings): Promise<BotStorage> {
  switch (settings.STORAGE) {
    case 'memory':
      return new ManagedMemoryStorage();
    case 'sqlite':
      return new SqliteStorage({ path: settings.SQLITE_PATH, ttlDays: settings.STATE_TTL_DAYS });
    case 'redis':
      return loadRedisStorage(settings);
  }
}

async function loadRedisStorage(settings: StorageSettings): Promise<BotStorage> {
  // Loaded only when chosen, so a single-instance install never opens ioredis.
  const { createRedisStorage } = await import('./redisStorage.js');
  return createRedisStorage(settings);
}
