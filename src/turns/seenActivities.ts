import type { Storage, StoreItem } from 'botbuilder';
import type { Redis } from 'ioredis';
import { hmacKey } from '../keys.js';
import { luaScript, runLua, StorageUnavailableError } from '../storage/redisClient.js';

/**
 * A channel's retry of the same activity is answered once (issue 7). Bot Framework channels and
 * Twilio both retry a request that did not answer in time (Twilio: same MessageSid; Bot Framework:
 * same activity id). The first attempt claims the id; when its turn is done it stores its answer
 * (the TwiML, or the reply activities), and a retry gets that same answer instead of a second run
 * of the turn — which would apply the person's answer twice and send every reply again.
 *
 * The record lives in the shared store (Redis when STORAGE=redis), so a retry that lands on the
 * other instance is recognized too.
 */

export type SeenClaim<T> =
  /** First time: run the turn, then complete() with its answer (or abandon() if it failed). */
  | { status: 'new' }
  /** Another attempt is running this turn right now (see waitForAnswer). */
  | { status: 'inProgress' }
  /** Already answered: send this again, do not run the turn. */
  | { status: 'answered'; response: T };

export interface SeenActivities<T> {
  claim(id: string): Promise<SeenClaim<T>>;
  complete(id: string, response: T): Promise<void>;
  /** The turn failed before its point of no return (nothing sent): a retry may run it again. */
  abandon(id: string): Promise<void>;
  /**
   * For a retry that arrives while the first attempt still runs: 'answered' once it is done; 'new'
   * if that attempt gave up or died (this caller now owns the id and runs the turn); 'inProgress'
   * if it is still running after `timeoutMs`.
   */
  waitForAnswer(id: string, timeoutMs: number): Promise<SeenClaim<T>>;
}

export interface SeenTimings {
  /** How long an answer is kept for retries. Twilio and Bot Framework retry within minutes. */
  answeredTtlSeconds?: number;
  /** A claim whose turn never finished (the instance died) frees the id after this long. */
  pendingTtlSeconds?: number;
}

// Pending: longer than any live turn can take (the channels give up at 15 s), short enough that a
// retry after an instance died mid-turn is answered within half a minute.
const defaults = { answeredTtlSeconds: 86_400, pendingTtlSeconds: 20 };

/**
 * The id to claim: an HMAC, because on the SMS channel activity and conversation ids can contain
 * the person's phone number (issue 7: keys derived from phone numbers are HMACs with KEY_SECRET).
 */
export function seenKey(keySecret: string, channelId: string, activityOrMessageId: string): string {
  return hmacKey(keySecret, 'seen', channelId, activityOrMessageId);
}

interface Answered<T> {
  s: 'a';
  r: T;
}
const pendingMarker = '{"s":"p"}';

// KEYS: the record. ARGV: the pending marker. Only an unfinished claim is dropped, never an answer.
const abandonScript = luaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

async function pollForAnswer<T>(seen: SeenActivities<T>, id: string, timeoutMs: number): Promise<SeenClaim<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const claim = await seen.claim(id);
    if (claim.status !== 'inProgress' || Date.now() >= deadline) return claim;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** STORAGE=redis: SET NX with a short expiry claims the id; the answer replaces it with a longer one. */
export class RedisSeenActivities<T> implements SeenActivities<T> {
  private readonly client: Redis;
  private readonly prefix: string;
  private readonly answeredMs: number;
  private readonly pendingMs: number;

  constructor(options: { client: Redis; keyPrefix?: string } & SeenTimings) {
    this.client = options.client;
    this.prefix = options.keyPrefix ?? 'imr:seen:';
    this.answeredMs = (options.answeredTtlSeconds ?? defaults.answeredTtlSeconds) * 1000;
    this.pendingMs = (options.pendingTtlSeconds ?? defaults.pendingTtlSeconds) * 1000;
  }

  async claim(id: string): Promise<SeenClaim<T>> {
    const key = this.prefix + id;
    for (let attempt = 0; attempt < 3; attempt++) {
      const set = await this.redis('seen claim', () => this.client.set(key, pendingMarker, 'PX', this.pendingMs, 'NX'));
      if (set === 'OK') return { status: 'new' };
      const current = await this.redis('seen read', () => this.client.get(key));
      // Expired between the two calls: claim again.
      if (current === null) continue;
      if (current === pendingMarker) return { status: 'inProgress' };
      return { status: 'answered', response: (JSON.parse(current) as Answered<T>).r };
    }
    return { status: 'inProgress' };
  }

  async complete(id: string, response: T): Promise<void> {
    const record: Answered<T> = { s: 'a', r: response };
    await this.redis('seen complete', () => this.client.set(this.prefix + id, JSON.stringify(record), 'PX', this.answeredMs));
  }

  async abandon(id: string): Promise<void> {
    try {
      await runLua(this.client, abandonScript, [this.prefix + id], [pendingMarker]);
    } catch {
      // Redis away: the claim expires after pendingTtlSeconds by itself.
    }
  }

  waitForAnswer(id: string, timeoutMs: number): Promise<SeenClaim<T>> {
    return pollForAnswer(this, id, timeoutMs);
  }

  private async redis<R>(operation: string, run: () => Promise<R>): Promise<R> {
    try {
      return await run();
    } catch (error) {
      throw new StorageUnavailableError(operation, error);
    }
  }
}

interface SeenItem extends StoreItem {
  response: unknown;
  /** Epoch ms after which the answer is no longer offered (the store's own expiry is days). */
  until: number;
}

/**
 * STORAGE=sqlite or memory (one instance): claims in flight live in this process (a restart drops
 * them, and with them the turn that was running); answers go to the store, so a retry after a
 * restart still gets the first answer.
 */
export class StorageSeenActivities<T> implements SeenActivities<T> {
  private readonly storage: Storage;
  private readonly prefix: string;
  private readonly answeredMs: number;
  private readonly pendingMs: number;
  private readonly now: () => number;
  private readonly pending = new Map<string, number>();

  constructor(options: { storage: Storage; keyPrefix?: string; now?: () => number } & SeenTimings) {
    this.storage = options.storage;
    this.prefix = options.keyPrefix ?? 'seen/';
    this.answeredMs = (options.answeredTtlSeconds ?? defaults.answeredTtlSeconds) * 1000;
    this.pendingMs = (options.pendingTtlSeconds ?? defaults.pendingTtlSeconds) * 1000;
    this.now = options.now ?? Date.now;
  }

  async claim(id: string): Promise<SeenClaim<T>> {
    const now = this.now();
    const pendingUntil = this.pending.get(id);
    if (pendingUntil !== undefined && pendingUntil > now) return { status: 'inProgress' };
    // Claimed before the read, so a second call during the await below sees 'inProgress'.
    this.pending.set(id, now + this.pendingMs);
    const key = this.prefix + id;
    let items: Record<string, SeenItem | undefined>;
    try {
      items = await this.storage.read([key]);
    } catch (error) {
      this.pending.delete(id);
      throw error;
    }
    const item = items[key];
    if (item && item.until > now) {
      this.pending.delete(id);
      return { status: 'answered', response: item.response as T };
    }
    return { status: 'new' };
  }

  async complete(id: string, response: T): Promise<void> {
    const item: SeenItem = { response, until: this.now() + this.answeredMs, eTag: '*' };
    try {
      await this.storage.write({ [this.prefix + id]: item });
    } finally {
      this.pending.delete(id);
    }
  }

  abandon(id: string): Promise<void> {
    this.pending.delete(id);
    return Promise.resolve();
  }

  waitForAnswer(id: string, timeoutMs: number): Promise<SeenClaim<T>> {
    return pollForAnswer(this, id, timeoutMs);
  }
}
