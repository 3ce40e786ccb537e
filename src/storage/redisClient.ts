import { createHash } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';

/**
 * One way to connect to Redis for everything that shares it (state, locks, seen activities, rate
 * limits), tuned so a request fails fast instead of hanging: the channels give a turn 15 seconds
 * (Bot Framework and Twilio both time out there), so no Redis call may wait longer than
 * `commandTimeoutMs`, and nothing is queued while Redis is away (a queued write could land minutes
 * later, after the person was already told "try again").
 */

export interface RedisClientOptions {
  /** `redis://` or `rediss://` (Azure Cache for Redis: TLS on 6380). */
  url: string;
  commandTimeoutMs?: number;
  connectTimeoutMs?: number;
  /** The longest pause between reconnect attempts; reconnecting never stops. */
  maxReconnectDelayMs?: number;
  /** Shown in CLIENT LIST, to tell instances apart when debugging. */
  connectionName?: string;
  /** Connection trouble, at most once per outage (ioredis reports every failed reconnect). */
  onConnectionError?: (error: Error) => void;
  /**
   * For a BullMQ worker (a background loop nobody waits on, src/reminders/redisStore.ts): commands
   * wait for a reconnect instead of failing, and none times out, because BullMQ blocks on this
   * connection for seconds and requires `maxRetriesPerRequest: null`.
   */
  worker?: boolean;
}

export const defaultCommandTimeoutMs = 2000;

export function createRedisClient(options: RedisClientOptions): Redis {
  const url = new URL(options.url);
  const maxDelay = options.maxReconnectDelayMs ?? 5000;
  const settings: RedisOptions = {
    enableOfflineQueue: options.worker === true,
    ...(options.worker ? {} : { commandTimeout: options.commandTimeoutMs ?? defaultCommandTimeoutMs }),
    connectTimeout: options.connectTimeoutMs ?? 5000,
    maxRetriesPerRequest: options.worker ? null : 1,
    // Never give up: when Redis comes back the instance works again by itself (issue 7, Faults).
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 10), maxDelay) + Math.floor(Math.random() * 100),
    connectionName: options.connectionName ?? 'imr-guide-bot',
    // SNI needs the host name: Azure Cache for Redis serves several caches on one address.
    ...(url.protocol === 'rediss:' ? { tls: { servername: url.hostname } } : {}),
  };
  const client = new Redis(options.url, settings);
  let reported = false;
  // Without an 'error' listener, Node turns the connection error event into an uncaught exception
  // and the process dies: exactly what must not happen when Redis restarts.
  client.on('error', (error: Error) => {
    if (reported) return;
    reported = true;
    options.onConnectionError?.(error);
  });
  client.on('ready', () => {
    reported = false;
  });
  return client;
}

/**
 * Redis could not be reached or did not answer in time. The turn turns this into "we're having
 * trouble, try again in a minute" (as TwiML on SMS); the conversation itself is untouched.
 */
export class StorageUnavailableError extends Error {
  readonly code = 'STORAGE_UNAVAILABLE';
  constructor(operation: string, cause: unknown) {
    super(`Storage unavailable during ${operation}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StorageUnavailableError';
  }
}

export function isStorageUnavailable(error: unknown): error is StorageUnavailableError {
  return error instanceof StorageUnavailableError;
}

/** PING with its own short deadline, for /readyz: false rather than an exception. */
export async function pingRedis(client: Redis): Promise<boolean> {
  if (client.status !== 'ready') return false;
  try {
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  }
}

/** QUIT when connected (lets in-flight replies arrive), otherwise just drop the socket. */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  if (client.status === 'ready') {
    try {
      await client.quit();
      return;
    } catch {
      // fall through: the connection went away while quitting
    }
  }
  client.disconnect();
}

/** A Lua script run by EVALSHA, sent in full only when Redis does not have it yet (after a restart). */
export interface LuaScript {
  readonly lua: string;
  readonly sha1: string;
}

export function luaScript(lua: string): LuaScript {
  return { lua, sha1: createHash('sha1').update(lua).digest('hex') };
}

export async function runLua(client: Redis, script: LuaScript, keys: string[], args: (string | number)[]): Promise<unknown> {
  try {
    return await client.evalsha(script.sha1, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
    return client.eval(script.lua, keys.length, ...keys, ...args);
  }
}

/**
 * Waits (at most `timeoutMs`) for the first connection, because with the offline queue off a
 * command sent before it fails. Resolves false rather than throwing: the instance starts anyway,
 * /readyz says 503 until Redis answers, and the client keeps reconnecting.
 */
export function waitForRedis(client: Redis, timeoutMs: number): Promise<boolean> {
  if (client.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      client.off('ready', onReady);
      resolve(ok);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    client.once('ready', onReady);
  });
}
