import type Database from 'better-sqlite3';
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
 * other instance is recognized too; with SQLite it is in the database file, so a retry after a
 * restart is recognized as well (F8 of the 2026-11-29 review: a replayed Twilio request after a
 * restart ran its turn again).
 *
 * Answers repeat what the person typed ("Got it: Kaiser"), so each is recorded under its
 * conversation's key (the scope) and "delete my data" erases them with the conversation (forget).
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
  /** `scope`: the conversation's key (src/keys.ts conversationKey), so forget() can find the answer. */
  complete(id: string, response: T, scope?: string): Promise<void>;
  /** The turn failed before its point of no return (nothing sent): a retry may run it again. */
  abandon(id: string): Promise<void>;
  /**
   * For a retry that arrives while the first attempt still runs: 'answered' once it is done; 'new'
   * if that attempt gave up or died (this caller now owns the id and runs the turn); 'inProgress'
   * if it is still running after `timeoutMs`.
   */
  waitForAnswer(id: string, timeoutMs: number): Promise<SeenClaim<T>>;
  /** "delete my data": every answer recorded under this scope is erased now. */
  forget(scope: string): Promise<void>;
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

// KEYS: the scope's set of ids. ARGV: the records' prefix. Every answer of the scope, then the set.
const forgetScript = luaScript(`
local ids = redis.call('SMEMBERS', KEYS[1])
for _, id in ipairs(ids) do redis.call('DEL', ARGV[1] .. id) end
redis.call('DEL', KEYS[1])
return #ids
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

  async complete(id: string, response: T, scope?: string): Promise<void> {
    const record: Answered<T> = { s: 'a', r: response };
    const tx = this.client.multi().set(this.prefix + id, JSON.stringify(record), 'PX', this.answeredMs);
    // The scope's set lives as long as its newest answer.
    if (scope) tx.sadd(this.scopeKey(scope), id).pexpire(this.scopeKey(scope), this.answeredMs);
    const results = await this.redis('seen complete', () => tx.exec());
    const failed = results?.find(([error]) => error !== null)?.[0];
    if (!results || failed) throw new StorageUnavailableError('seen complete', failed ?? new Error('MULTI aborted'));
  }

  async forget(scope: string): Promise<void> {
    await this.redis('seen forget', () => runLua(this.client, forgetScript, [this.scopeKey(scope)], [this.prefix]));
  }

  /** Ids are HMACs (base64url, no colon): `scope:` can never be one. */
  private scopeKey(scope: string): string {
    return `${this.prefix}scope:${scope}`;
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

/**
 * Where one instance keeps answers (STORAGE=sqlite: the database file; memory: this process). An
 * answer is offered until `until` (epoch ms) and is found again by its scope.
 */
export interface AnswerStore {
  read(id: string, now: number): Promise<{ response: unknown } | undefined>;
  write(id: string, response: unknown, until: number, scope: string | undefined): Promise<void>;
  forget(scope: string): Promise<void>;
}

/** STORAGE=memory (tests, the terminal chat): the newest `max` answers, oldest dropped first. */
export class MemoryAnswers implements AnswerStore {
  private readonly items = new Map<string, { response: unknown; until: number; scope: string | undefined }>();
  constructor(private readonly max = 5000) {}

  read(id: string, now: number): Promise<{ response: unknown } | undefined> {
    const item = this.items.get(id);
    return Promise.resolve(item && item.until > now ? { response: item.response } : undefined);
  }

  write(id: string, response: unknown, until: number, scope: string | undefined): Promise<void> {
    this.items.delete(id);
    this.items.set(id, { response, until, scope });
    for (const oldest of this.items.keys()) {
      if (this.items.size <= this.max) break;
      this.items.delete(oldest);
    }
    return Promise.resolve();
  }

  forget(scope: string): Promise<void> {
    for (const [id, item] of this.items) if (item.scope === scope) this.items.delete(id);
    return Promise.resolve();
  }
}

/**
 * STORAGE=sqlite: a table in the bot's database file (the connection SqliteStorage opened, so its
 * secure_delete and WAL checkpoint after an erasure cover these rows too). Expired answers are swept
 * every few hundred writes.
 */
export class SqliteAnswers implements AnswerStore {
  private writes = 0;
  constructor(
    private readonly db: Database.Database,
    private readonly sweepEvery = 500,
  ) {
    db.exec(`CREATE TABLE IF NOT EXISTS seen_answers (
      id TEXT PRIMARY KEY,
      scope TEXT,
      response TEXT NOT NULL,
      until INTEGER NOT NULL
    ) WITHOUT ROWID`);
    db.exec('CREATE INDEX IF NOT EXISTS seen_answers_scope ON seen_answers (scope)');
  }

  read(id: string, now: number): Promise<{ response: unknown } | undefined> {
    return settle(() => {
      const row = this.db.prepare<[string, number], { response: string }>('SELECT response FROM seen_answers WHERE id = ? AND until > ?').get(id, now);
      return row ? { response: JSON.parse(row.response) as unknown } : undefined;
    });
  }

  write(id: string, response: unknown, until: number, scope: string | undefined): Promise<void> {
    return settle(() => {
      this.db
        .prepare<[string, string | null, string, number]>('INSERT INTO seen_answers (id, scope, response, until) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET scope = excluded.scope, response = excluded.response, until = excluded.until')
        .run(id, scope ?? null, JSON.stringify(response), until);
      if (++this.writes % this.sweepEvery === 0) this.db.prepare<[number]>('DELETE FROM seen_answers WHERE until <= ?').run(Date.now());
    });
  }

  forget(scope: string): Promise<void> {
    return settle(() => {
      this.db.prepare<[string]>('DELETE FROM seen_answers WHERE scope = ?').run(scope);
    });
  }
}

/** better-sqlite3 is synchronous: its exceptions become rejections. */
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * STORAGE=sqlite or memory (one instance): claims in flight live in this process (a restart drops
 * them, and with them the turn that was running); answers go to an AnswerStore, which with SQLite
 * survives a restart, so a retry after a restart still gets the first answer.
 */
export class LocalSeenActivities<T> implements SeenActivities<T> {
  private readonly answers: AnswerStore;
  private readonly prefix: string;
  private readonly answeredMs: number;
  private readonly pendingMs: number;
  private readonly now: () => number;
  private readonly pending = new Map<string, number>();

  constructor(options: { answers: AnswerStore; keyPrefix?: string; now?: () => number } & SeenTimings) {
    this.answers = options.answers;
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
    let answer: { response: unknown } | undefined;
    try {
      answer = await this.answers.read(this.prefix + id, now);
    } catch (error) {
      this.pending.delete(id);
      throw error;
    }
    if (answer) {
      this.pending.delete(id);
      return { status: 'answered', response: answer.response as T };
    }
    return { status: 'new' };
  }

  async complete(id: string, response: T, scope?: string): Promise<void> {
    try {
      await this.answers.write(this.prefix + id, response, this.now() + this.answeredMs, scope);
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

  forget(scope: string): Promise<void> {
    return this.answers.forget(scope);
  }
}
