import { isKeptUntilDeleted } from './retention.js';
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { StoreItem, StoreItems } from 'botbuilder';
import type { BotStorage, StorageSettings } from './createStorage.js';
import { closeRedis, createRedisClient, luaScript, pingRedis, runLua, StorageUnavailableError, waitForRedis } from './redisClient.js';
import { ETagConflictError } from './storageErrors.js';

/**
 * botbuilder's Storage on Redis, for several instances sharing one store (issue 7). Each item is a
 * hash {v: JSON value, e: eTag}. A write is one Lua script, so "check the eTag, then write" cannot be
 * split by another instance's write: a stale eTag is a conflict (worded like MemoryStorage's), `*`
 * or no eTag overwrites, and a write of several keys is all or nothing (like SqliteStorage's
 * transaction). Every write sets the expiry again: STATE_TTL_DAYS counts from the last message.
 *
 * All keys of one write go to one script, so this needs a single Redis (Azure Cache for Redis
 * Basic/Standard/Premium without clustering), not Redis Cluster.
 */

const DAY_SECONDS = 86_400;

export interface RedisStorageOptions {
  client: Redis;
  /** Expiry after the last write. Tests pass a second or two. */
  ttlSeconds: number;
  /**
   * The root of every key the app keeps in this Redis (state, locks, retry answers, rate counts,
   * reminders); default `imr:`. Tests give each run its own, so a scan sees exactly its own keys.
   */
  namespace?: string;
  /** This store's own keys; default `<namespace>state:`. */
  keyPrefix?: string;
  /** Close the client with the store (true when the store made it). */
  ownsClient?: boolean;
}

/** A lock's fencing token (src/turns/conversationLock.ts): a write under an older token is refused. */
export interface WriteFence {
  /** The Redis key holding the newest token handed out for this conversation. */
  key: string;
  token: number;
}

/** The turn's lock was taken over by a newer turn: this turn must not write or send anything. */
export class FencedOutError extends Error {
  readonly code = 'FENCED_OUT';
  constructor(token: number) {
    super(`Storage: write refused, fencing token ${token} is stale.`);
    this.name = 'FencedOutError';
  }
}

// KEYS: the n items, then (when ARGV[3] is not empty) the fence key.
// ARGV: n, ttl ms, fence token or '', then per item: expected eTag ('' or '*' = any), new eTag, value, keep ('1' = no expiry).
const writeScript = luaScript(`
local n = tonumber(ARGV[1])
if ARGV[3] ~= '' then
  local newest = tonumber(redis.call('GET', KEYS[n + 1]) or '0')
  if tonumber(ARGV[3]) < newest then return {-1, 0} end
end
for i = 1, n do
  local expected = ARGV[3 + (i - 1) * 4 + 1]
  if expected ~= '' and expected ~= '*' then
    local current = redis.call('HGET', KEYS[i], 'e')
    if current and current ~= expected then return {0, i} end
  end
end
for i = 1, n do
  local base = 3 + (i - 1) * 4
  redis.call('HSET', KEYS[i], 'v', ARGV[base + 3], 'e', ARGV[base + 2])
  if ARGV[base + 4] == '1' then
    redis.call('PERSIST', KEYS[i])
  else
    redis.call('PEXPIRE', KEYS[i], ARGV[2])
  end
end
return {1, 0}
`);

export class RedisStorage implements BotStorage {
  readonly client: Redis;
  readonly namespace: string;
  private readonly ttlMs: number;
  private readonly prefix: string;
  private readonly ownsClient: boolean;

  constructor(options: RedisStorageOptions) {
    this.client = options.client;
    this.ttlMs = Math.round(options.ttlSeconds * 1000);
    this.namespace = options.namespace ?? 'imr:';
    this.prefix = options.keyPrefix ?? `${this.namespace}state:`;
    this.ownsClient = options.ownsClient ?? false;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const rows = await this.call('read', () => Promise.all(keys.map((key) => this.client.hmget(this.prefix + key, 'v', 'e'))));
    rows.forEach(([value, eTag], index) => {
      const key = keys[index];
      if (key === undefined || value === null || value === undefined || !eTag) return;
      items[key] = { ...(JSON.parse(value) as StoreItem), eTag };
    });
    return items;
  }

  write(changes: StoreItems): Promise<void> {
    return this.writeFenced(changes);
  }

  /** write(), refused with FencedOutError when `fence` is older than the newest token handed out. */
  async writeFenced(changes: StoreItems, fence?: WriteFence): Promise<void> {
    const entries = Object.entries(changes) as [string, StoreItem][];
    if (entries.length === 0) return;
    const keys = entries.map(([key]) => this.prefix + key);
    const args: (string | number)[] = [entries.length, this.ttlMs, fence ? fence.token : ''];
    for (const [, item] of entries) {
      const { eTag, ...value } = item;
      args.push(typeof eTag === 'string' ? eTag : '', randomUUID(), JSON.stringify(value), isKeptUntilDeleted(item) ? '1' : '0');
    }
    if (fence) keys.push(fence.key);
    const reply = await this.call('write', () => runLua(this.client, writeScript, keys, args));
    const [status, index] = reply as [number, number];
    if (status === -1 && fence) throw new FencedOutError(fence.token);
    if (status === 0) throw new ETagConflictError(entries[index - 1]?.[0] ?? '');
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.call('delete', () => this.client.del(...keys.map((key) => this.prefix + key)));
  }

  /** Ready means writable (/readyz): a full Redis (maxmemory, noeviction) answers PING but refuses every write. */
  async ping(): Promise<boolean> {
    if (!(await pingRedis(this.client))) return false;
    try {
      return (await this.client.set(`${this.prefix}readyz-probe`, '1', 'PX', 10_000)) === 'OK';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.ownsClient) await closeRedis(this.client);
  }

  /** Every Redis failure becomes one error the turn knows how to explain to the person. */
  private async call<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw new StorageUnavailableError(operation, error);
    }
  }
}

/**
 * The `redis` branch of createStorage (src/storage/createStorage.ts loads this module only then).
 * Waits up to 5 s for the first connection; if Redis is not there yet the instance starts anyway
 * and /readyz answers 503 until it is.
 */
export async function createRedisStorage(settings: StorageSettings, hooks: { onConnectionError?: (error: Error) => void } = {}): Promise<RedisStorage> {
  if (!settings.REDIS_URL) throw new Error('STORAGE=redis needs REDIS_URL');
  const client = createRedisClient({
    url: settings.REDIS_URL,
    onConnectionError:
      hooks.onConnectionError ?? ((error) => console.warn(JSON.stringify({ level: 'warn', code: 'REDIS_CONNECTION', message: error.message }))),
  });
  await waitForRedis(client, 5000);
  return new RedisStorage({ client, ttlSeconds: settings.STATE_TTL_DAYS * DAY_SECONDS, ownsClient: true });
}
