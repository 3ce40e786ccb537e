import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config.js';
import { SqliteStorage } from './sqliteStorage.js';

/** Storage plus what the host needs around it: a readiness probe (/readyz) and a clean shutdown. */
export interface BotStorage extends Storage {
  ping(): Promise<boolean>;
  close(): Promise<void>;
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

/**
 * One switch for the three kinds of interfaces.md STORAGE. `redis` is built by
 * src/storage/redisStorage.ts (`createRedisStorage(settings): BotStorage`, loaded only when
 * chosen, so a single-instance install never touches ioredis).
 */
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

interface RedisStorageModule {
  createRedisStorage(settings: StorageSettings): BotStorage | Promise<BotStorage>;
}

async function loadRedisStorage(settings: StorageSettings): Promise<BotStorage> {
  // A variable specifier: the module is another developer's and may not exist in this build yet.
  const specifier = './redisStorage.js';
  let module: RedisStorageModule;
  try {
    module = (await import(specifier)) as RedisStorageModule;
  } catch (error) {
    throw new Error('STORAGE=redis: src/storage/redisStorage.ts is not available in this build', { cause: error });
  }
  return module.createRedisStorage(settings);
}
