import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { luaScript, runLua, StorageUnavailableError } from '../storage/redisClient.js';
import type { WriteFence } from '../storage/redisStorage.js';

/**
 * One conversation, one turn at a time (issue 7, "Ordered turns, once each"). Two messages of one
 * conversation arriving together — an SMS double text, or two instances behind the load balancer —
 * are applied one after the other in arrival order, so neither answer is lost.
 *
 * How a turn uses it, and why a turn never sends its replies twice:
 *   acquire → seen-check (src/turns/seenActivities.ts) → read state → run the turn → write state
 *   (eTag, and with Redis the fencing token) → record the replies as this activity's answer →
 *   send the replies → release.
 * - The write is the point of no return. Everything before it has no effect outside this process,
 *   so a turn that fails before it (eTag conflict, stale fencing token) is simply run again from a
 *   fresh read, or answered "try again". Nothing was sent yet, so nothing is sent twice.
 * - A turn whose lock expired while it ran (a long GC pause, a stalled socket) may have been
 *   overtaken by the next holder. Its write then carries an older fencing token than the one Redis
 *   now holds and is refused (RedisStorage.writeFenced → FencedOutError), and it must stop there:
 *   not send, and abandon its seenActivities claim. Its answer was never stored, so the message is
 *   answered once: by the channel's retry (or the person's resend), on the newer state. (Without
 *   writeFenced, e.g. SQLite, the eTag does the same job: the newer holder's write changed it.)
 * - After a successful write the turn is never run again: the replies are stored with the activity
 *   id first, so a channel retry gets those same replies, not a second run of the turn.
 */

export interface HeldLock {
  readonly key: string;
  /** Grows with every acquisition of this conversation's lock: a newer holder has a larger one. */
  readonly fencingToken: number;
  /** For RedisStorage.writeFenced; undefined for the in-process lock (nothing else can overtake it). */
  readonly fence: WriteFence | undefined;
  /** False once the lock expired or was taken over: the turn must not write or send. */
  isCurrent(): Promise<boolean>;
  /** Never throws: if Redis is away the lock simply expires. */
  release(): Promise<void>;
}

export interface ConversationLock {
  /** Waits for this conversation's earlier turns; rejects with LockWaitTimeoutError when they take too long. */
  acquire(key: string): Promise<HeldLock>;
}

export interface LockTimings {
  /** A holder that stops renewing (a crashed instance) loses the lock after this long. */
  ttlMs?: number;
  /** How long a turn waits for the ones before it; under the channels' 15-second limit. */
  waitTimeoutMs?: number;
}

const defaultTtlMs = 5000;
const defaultWaitTimeoutMs = 10_000;

/** The turns before this one took too long: answer "try again in a minute", keep the conversation. */
export class LockWaitTimeoutError extends Error {
  readonly code = 'LOCK_WAIT_TIMEOUT';
  constructor(waitedMs: number) {
    super(`Conversation lock: still busy after ${waitedMs} ms`);
    this.name = 'LockWaitTimeoutError';
  }
}

/** Runs `turn` holding the conversation's lock, and releases it however the turn ends. */
export async function withConversationLock<T>(lock: ConversationLock, key: string, turn: (held: HeldLock) => Promise<T>): Promise<T> {
  const held = await lock.acquire(key);
  try {
    return await turn(held);
  } finally {
    await held.release();
  }
}

/**
 * One instance (STORAGE=sqlite or memory): a promise chain per conversation, so turns run in the
 * order they arrived. A hold also expires after `ttlMs`, so one stuck turn cannot silence a
 * conversation for good.
 */
export class InProcessConversationLock implements ConversationLock {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly ttlMs: number;
  private readonly waitTimeoutMs: number;
  private counter = 0;

  constructor(timings: LockTimings = {}) {
    this.ttlMs = timings.ttlMs ?? defaultTtlMs;
    this.waitTimeoutMs = timings.waitTimeoutMs ?? defaultWaitTimeoutMs;
  }

  async acquire(key: string): Promise<HeldLock> {
    const token = ++this.counter;
    const previous = this.tails.get(key) ?? Promise.resolve();
    let free!: () => void;
    const freed = new Promise<void>((resolve) => {
      free = resolve;
    });
    const tail = previous.then(() => freed);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });

    let waitTimer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      previous.then(() => false),
      new Promise<boolean>((resolve) => {
        waitTimer = setTimeout(() => resolve(true), this.waitTimeoutMs);
      }),
    ]);
    clearTimeout(waitTimer);
    if (timedOut) {
      // Keep our place in the chain but give it up the moment it comes, so later turns still run.
      void previous.then(free);
      throw new LockWaitTimeoutError(this.waitTimeoutMs);
    }

    let done = false;
    const finish = () => {
      done = true;
      clearTimeout(expiry);
      free();
    };
    const expiry = setTimeout(finish, this.ttlMs);
    expiry.unref();
    return {
      key,
      fencingToken: token,
      fence: undefined,
      isCurrent: () => Promise.resolve(!done),
      release: () => {
        finish();
        return Promise.resolve();
      },
    };
  }
}

export interface RedisLockOptions extends LockTimings {
  client: Redis;
  keyPrefix?: string;
  /** How often a waiter asks whether it is its turn. */
  pollMs?: number;
}

// KEYS: seq, queue, alive. ARGV: owner, alive ms, keep ms. Returns the ticket: the arrival number,
// which is also the fencing token, because tickets are served in order.
const enqueueScript = luaScript(`
local ticket = redis.call('INCR', KEYS[1])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[2], ticket, ARGV[1])
redis.call('HSET', KEYS[3], ARGV[1], now + tonumber(ARGV[2]))
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
return ticket
`);

// KEYS: owner, queue, alive, fence. ARGV: owner, ttl ms, alive ms, keep ms, ticket.
// The first live waiter in the queue takes the lock when it is free. Waiters that stopped asking
// (their instance died) are dropped from the head, so they cannot block the conversation.
const tryAcquireScript = luaScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if not redis.call('ZSCORE', KEYS[2], ARGV[1]) then
  redis.call('ZADD', KEYS[2], tonumber(ARGV[5]), ARGV[1])
end
redis.call('HSET', KEYS[3], ARGV[1], now + tonumber(ARGV[3]))
redis.call('PEXPIRE', KEYS[2], ARGV[4])
redis.call('PEXPIRE', KEYS[3], ARGV[4])
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
while true do
  local head = redis.call('ZRANGE', KEYS[2], 0, 0)[1]
  if not head then return 0 end
  if head == ARGV[1] then
    redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
    redis.call('ZREM', KEYS[2], ARGV[1])
    redis.call('HDEL', KEYS[3], ARGV[1])
    redis.call('SET', KEYS[4], ARGV[5], 'PX', ARGV[4])
    return 1
  end
  local deadline = tonumber(redis.call('HGET', KEYS[3], head) or '0')
  if deadline >= now then return 0 end
  redis.call('ZREM', KEYS[2], head)
  redis.call('HDEL', KEYS[3], head)
end
`);

// KEYS: owner. ARGV: owner, ttl ms. Only the holder may extend its lock.
const renewScript = luaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`);

// KEYS: owner. ARGV: owner. Only the holder may release: an expired holder must not free the next one's lock.
const releaseScript = luaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

// KEYS: queue, alive. ARGV: owner. A waiter that gives up leaves the queue.
const leaveScript = luaScript(`
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
`);

/** Idle conversations leave no lock keys behind; a day outlives any queue of turns. */
const keepMs = 86_400_000;

/**
 * Several instances (STORAGE=redis): a fair lock in Redis. Arrival order is the order of INCR on
 * one Redis; the holder is marked by SET NX PX with its own random owner id, renewed while the turn
 * runs, and released by compare-and-delete. The ticket doubles as the fencing token.
 */
export class RedisConversationLock implements ConversationLock {
  private readonly client: Redis;
  private readonly prefix: string;
  private readonly ttlMs: number;
  private readonly waitTimeoutMs: number;
  private readonly pollMs: number;

  constructor(options: RedisLockOptions) {
    this.client = options.client;
    this.prefix = options.keyPrefix ?? 'imr:lock:';
    this.ttlMs = options.ttlMs ?? defaultTtlMs;
    this.waitTimeoutMs = options.waitTimeoutMs ?? defaultWaitTimeoutMs;
    this.pollMs = options.pollMs ?? 25;
  }

  async acquire(key: string): Promise<HeldLock> {
    const keys = {
      owner: `${this.prefix}${key}:owner`,
      queue: `${this.prefix}${key}:queue`,
      alive: `${this.prefix}${key}:alive`,
      seq: `${this.prefix}${key}:seq`,
      fence: `${this.prefix}${key}:fence`,
    };
    const owner = randomUUID();
    // A waiter counts as alive while it keeps asking; several missed polls and it is dropped.
    const aliveMs = Math.max(1000, this.pollMs * 20);
    const started = Date.now();
    const ticket = Number(await this.redis('lock enqueue', () => runLua(this.client, enqueueScript, [keys.seq, keys.queue, keys.alive], [owner, aliveMs, keepMs])));

    for (;;) {
      let got: unknown;
      try {
        got = await runLua(this.client, tryAcquireScript, [keys.owner, keys.queue, keys.alive, keys.fence], [owner, this.ttlMs, aliveMs, keepMs, ticket]);
      } catch (error) {
        await this.leave(keys, owner);
        throw new StorageUnavailableError('lock acquire', error);
      }
      if (Number(got) === 1) break;
      if (Date.now() - started >= this.waitTimeoutMs) {
        await this.leave(keys, owner);
        throw new LockWaitTimeoutError(this.waitTimeoutMs);
      }
      await new Promise((resolve) => setTimeout(resolve, this.pollMs + Math.floor(Math.random() * this.pollMs)));
    }

    let lost = false;
    let released = false;
    const renewal = setInterval(() => {
      runLua(this.client, renewScript, [keys.owner], [owner, this.ttlMs]).then(
        (ok) => {
          if (Number(ok) !== 1) {
            lost = true;
            clearInterval(renewal);
          }
        },
        // Redis away for a moment: try again next tick; if it stays away the lock expires and the
        // next renewal reports it lost.
        () => undefined,
      );
    }, Math.max(50, Math.floor(this.ttlMs / 3)));
    renewal.unref();

    return {
      key,
      fencingToken: ticket,
      fence: { key: keys.fence, token: ticket },
      isCurrent: async () => {
        if (lost || released) return false;
        try {
          return (await this.client.get(keys.owner)) === owner;
        } catch {
          return false;
        }
      },
      release: async () => {
        if (released) return;
        released = true;
        clearInterval(renewal);
        try {
          await runLua(this.client, releaseScript, [keys.owner], [owner]);
        } catch {
          // Redis away: the lock expires after ttlMs by itself.
        }
      },
    };
  }

  /** Whether `token` is still the newest holder's token for `key` (a stale turn must stop). */
  async isNewest(key: string, token: number): Promise<boolean> {
    const newest = await this.redis('lock fence', () => this.client.get(`${this.prefix}${key}:fence`));
    return newest !== null && Number(newest) === token;
  }

  private async leave(keys: { queue: string; alive: string }, owner: string): Promise<void> {
    try {
      await runLua(this.client, leaveScript, [keys.queue, keys.alive], [owner]);
    } catch {
      // Redis away: the entry stops being refreshed and the next waiter drops it.
    }
  }

  private async redis<T>(operation: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw new StorageUnavailableError(operation, error);
    }
  }
}
