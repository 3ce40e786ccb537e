import type { Redis } from 'ioredis';
import type { AgreedDate } from '../../machines/reminderPlan.js';
import { closeRedis, luaScript, pingRedis, runLua } from '../storage/redisClient.js';
import type {
  CalendarLink,
  CancelReason,
  ClaimOptions,
  ConsentRecord,
  NewReminder,
  ReminderRecord,
  ReminderStatus,
  ReminderStore,
} from './store.js';

/**
 * The reminder store on Redis, for STORAGE=redis (several instances). Not BullMQ: a BullMQ delayed
 * job cannot be found by person (STOP and "delete my data" must cancel all of a person's pending
 * reminders at once, and with BullMQ that means keeping our own index beside its keys anyway),
 * cannot hold back one channel during SMS quiet hours, and its workers keep blocking connections
 * that would bypass the fail-fast client every other Redis use here shares (redisClient.ts). What
 * the scheduler needs is small: a sorted set per channel scored by when a reminder may next be
 * claimed, and Lua scripts that claim, finish and cancel atomically.
 *
 * Keys (under `prefix`): `r:{id}` a hash per reminder; `due:{channel}` a sorted set of claimable ids
 * scored by due time while pending and by lease end while claimed (so a claim whose instance died
 * becomes claimable again when its lease ends: store.ts explains that one duplicate case);
 * `person:{key}` the ids of a person's reminders; `consent:{key}` a list of consent records (JSON);
 * `cal:{tokenHash}` a calendar link, `cals:{key}` a person's link hashes. Scripts build keys from
 * the prefix, so this needs one Redis, not Redis Cluster (like src/storage/redisStorage.ts).
 */

// KEYS[1] due set. ARGV: now, lease end, owner, limit, prefix.
const claimScript = luaScript(`
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[4]))
local out = {}
for _, id in ipairs(ids) do
  local key = ARGV[5] .. 'r:' .. id
  local status = redis.call('HGET', key, 'status')
  if status == 'pending' or status == 'claimed' then
    redis.call('HSET', key, 'status', 'claimed', 'leaseOwner', ARGV[3], 'leaseUntil', ARGV[2], 'updatedAt', ARGV[1])
    redis.call('HINCRBY', key, 'attempts', 1)
    redis.call('ZADD', KEYS[1], ARGV[2], id)
    table.insert(out, redis.call('HGETALL', key))
  else
    redis.call('ZREM', KEYS[1], id)
  end
end
return out
`);

// KEYS[1] hash, KEYS[2] due set. ARGV: id, owner, status, now, error, retention ms.
const finishScript = luaScript(`
if redis.call('HGET', KEYS[1], 'status') ~= 'claimed' or redis.call('HGET', KEYS[1], 'leaseOwner') ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], 'status', ARGV[3], 'payload', '', 'updatedAt', ARGV[4])
redis.call('HDEL', KEYS[1], 'leaseOwner', 'leaseUntil')
if ARGV[5] ~= '' then redis.call('HSET', KEYS[1], 'lastError', ARGV[5]) end
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[6])
return 1
`);

// KEYS[1] hash, KEYS[2] due set. ARGV: id, owner, next due, now, error.
const retryScript = luaScript(`
if redis.call('HGET', KEYS[1], 'status') ~= 'claimed' or redis.call('HGET', KEYS[1], 'leaseOwner') ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], 'status', 'pending', 'updatedAt', ARGV[4], 'lastError', ARGV[5])
redis.call('HDEL', KEYS[1], 'leaseOwner', 'leaseUntil')
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
return 1
`);

// KEYS: person set, consent list, calendar set. ARGV: prefix, reason, now ISO, now ms, retention ms.
const cancelScript = luaScript(`
local stopped = 0
for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local key = ARGV[1] .. 'r:' .. id
  local status = redis.call('HGET', key, 'status')
  if status == 'pending' or status == 'claimed' then
    redis.call('HSET', key, 'status', 'cancelled', 'payload', '', 'updatedAt', ARGV[4])
    redis.call('HDEL', key, 'leaseOwner', 'leaseUntil')
    redis.call('ZREM', ARGV[1] .. 'due:' .. redis.call('HGET', key, 'channel'), id)
    redis.call('PEXPIRE', key, ARGV[5])
    stopped = stopped + 1
  end
  if ARGV[2] == 'deleteData' then redis.call('DEL', key) end
end
for _, hash in ipairs(redis.call('SMEMBERS', KEYS[3])) do redis.call('DEL', ARGV[1] .. 'cal:' .. hash) end
redis.call('DEL', KEYS[3])
if ARGV[2] == 'deleteData' then
  redis.call('DEL', KEYS[1], KEYS[2])
else
  local n = redis.call('LLEN', KEYS[2])
  for i = 0, n - 1 do
    local consent = cjson.decode(redis.call('LINDEX', KEYS[2], i))
    if consent.withdrawnAt == nil then
      consent.withdrawnAt = ARGV[3]
      consent.withdrawnBy = ARGV[2]
      redis.call('LSET', KEYS[2], i, cjson.encode(consent))
    end
  end
end
return stopped
`);

export interface RedisReminderStoreOptions {
  client: Redis;
  /** Namespaces the keys in a Redis shared with conversation state. */
  keyPrefix?: string;
  /** How long finished reminders stay for inspection. */
  retentionMs?: number;
  /** Close the client with the store (true when the store made it). */
  ownsClient?: boolean;
}

const DAY = 86_400_000;

function toRecord(flat: string[]): ReminderRecord {
  const h = new Map<string, string>();
  for (let i = 0; i + 1 < flat.length; i += 2) h.set(flat[i] ?? '', flat[i + 1] ?? '');
  const get = (name: string): string => h.get(name) ?? '';
  const leaseUntil = h.get('leaseUntil');
  const leaseOwner = h.get('leaseOwner');
  const lastError = h.get('lastError');
  return {
    id: get('id'),
    personKey: get('personKey'),
    channel: get('channel') as ReminderRecord['channel'],
    kind: get('kind') as ReminderRecord['kind'],
    aboutDate: get('aboutDate'),
    dueAt: Number(get('dueAt')),
    payload: get('payload'),
    status: get('status') as ReminderStatus,
    attempts: Number(get('attempts')),
    ...(leaseOwner !== undefined ? { leaseOwner } : {}),
    ...(leaseUntil !== undefined ? { leaseUntil: Number(leaseUntil) } : {}),
    ...(lastError !== undefined ? { lastError } : {}),
  };
}

interface StoredConsent {
  personKey: string;
  at: string;
  channel: string;
  delivery: ConsentRecord['delivery'];
  locale: ConsentRecord['locale'];
  agreed: AgreedDate[];
  withdrawnAt?: string;
  withdrawnBy?: CancelReason;
}

export class RedisReminderStore implements ReminderStore {
  private readonly client: Redis;
  private readonly prefix: string;
  private readonly retentionMs: number;
  private readonly ownsClient: boolean;

  constructor(options: RedisReminderStoreOptions) {
    this.client = options.client;
    this.prefix = options.keyPrefix ?? 'imr:reminders:';
    this.retentionMs = options.retentionMs ?? 30 * DAY;
    this.ownsClient = options.ownsClient ?? false;
  }

  private key(...parts: string[]): string {
    return this.prefix + parts.join(':');
  }

  async add(reminders: readonly NewReminder[], consent: ConsentRecord): Promise<void> {
    // MULTI/EXEC: the consent and its reminders land together or not at all.
    const tx = this.client.multi();
    const stored: StoredConsent = { ...consent };
    tx.rpush(this.key('consent', consent.personKey), JSON.stringify(stored));
    for (const r of reminders) {
      tx.hset(this.key('r', r.id), {
        id: r.id,
        personKey: r.personKey,
        channel: r.channel,
        kind: r.kind,
        aboutDate: r.aboutDate,
        dueAt: String(r.dueAt),
        payload: r.payload,
        status: 'pending',
        attempts: '0',
        updatedAt: String(Date.parse(consent.at)),
      });
      tx.zadd(this.key('due', r.channel), r.dueAt, r.id);
      tx.sadd(this.key('person', r.personKey), r.id);
    }
    const results = await tx.exec();
    const failed = results?.find(([error]) => error !== null);
    if (!results || failed) throw failed?.[0] ?? new Error('reminders: MULTI aborted');
  }

  async claimDue(options: ClaimOptions): Promise<ReminderRecord[]> {
    const claimed: ReminderRecord[] = [];
    for (const channel of options.channels) {
      const left = options.limit - claimed.length;
      if (left <= 0) break;
      const rows = (await runLua(this.client, claimScript, [this.key('due', channel)], [
        options.now,
        options.now + options.leaseMs,
        options.owner,
        left,
        this.prefix,
      ])) as string[][];
      claimed.push(...rows.map(toRecord));
    }
    return claimed;
  }

  async finish(id: string, owner: string, status: 'sent' | 'failed' | 'expired', now: number, error?: string): Promise<boolean> {
    const channel = await this.client.hget(this.key('r', id), 'channel');
    if (channel === null) return false;
    const done = await runLua(this.client, finishScript, [this.key('r', id), this.key('due', channel)], [id, owner, status, now, error ?? '', this.retentionMs]);
    return done === 1;
  }

  async retryAt(id: string, owner: string, dueAt: number, now: number, error: string): Promise<boolean> {
    const channel = await this.client.hget(this.key('r', id), 'channel');
    if (channel === null) return false;
    const done = await runLua(this.client, retryScript, [this.key('r', id), this.key('due', channel)], [id, owner, dueAt, now, error]);
    return done === 1;
  }

  async cancelPerson(personKey: string, reason: CancelReason, now: number): Promise<number> {
    const stopped = await runLua(
      this.client,
      cancelScript,
      [this.key('person', personKey), this.key('consent', personKey), this.key('cals', personKey)],
      [this.prefix, reason, new Date(now).toISOString(), now, this.retentionMs],
    );
    return Number(stopped);
  }

  async forPerson(personKey: string): Promise<ReminderRecord[]> {
    const ids = await this.client.smembers(this.key('person', personKey));
    const rows = await Promise.all(ids.map(async (id) => this.client.hgetall(this.key('r', id))));
    return rows
      .filter((row) => Object.keys(row).length > 0)
      .map((row) => toRecord(Object.entries(row).flat()))
      .sort((a, b) => a.dueAt - b.dueAt || a.kind.localeCompare(b.kind));
  }

  async consents(personKey: string): Promise<ConsentRecord[]> {
    const entries = await this.client.lrange(this.key('consent', personKey), 0, -1);
    return entries.map((entry) => JSON.parse(entry) as StoredConsent);
  }

  async saveCalendar(link: CalendarLink, now: number): Promise<void> {
    const ttl = Math.max(1, link.expiresAt - now);
    await this.client
      .multi()
      .set(this.key('cal', link.tokenHash), JSON.stringify(link), 'PX', ttl)
      .sadd(this.key('cals', link.personKey), link.tokenHash)
      .exec();
  }

  async findCalendar(tokenHash: string, now: number): Promise<CalendarLink | undefined> {
    const raw = await this.client.get(this.key('cal', tokenHash));
    if (raw === null) return undefined;
    const link = JSON.parse(raw) as CalendarLink;
    return link.expiresAt > now ? link : undefined;
  }

  /** Redis expires finished reminders and links by itself (PEXPIRE): nothing to sweep. */
  purge(_before: number): Promise<number> {
    return Promise.resolve(0);
  }

  ping(): Promise<boolean> {
    return pingRedis(this.client);
  }

  async close(): Promise<void> {
    if (this.ownsClient) await closeRedis(this.client);
  }
}
