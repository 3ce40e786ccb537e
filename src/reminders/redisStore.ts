import { DelayedError, Queue, UnrecoverableError, Worker, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { closeRedis, luaScript, pingRedis, runLua } from '../storage/redisClient.js';
import type {
  Attempt,
  CalendarLink,
  CancelReason,
  ConsentRecord,
  NewReminder,
  QueueReminderStore,
  QueueWorkOptions,
  ReminderRecord,
  ReminderStatus,
} from './store.js';

/**
 * The reminder store on Redis, for STORAGE=redis (several instances). The reminders themselves are
 * BullMQ jobs (one per reminder, its id the job id): BullMQ's delayed jobs, locks renewed while a
 * send runs, stalled-job recovery when an instance dies, and retries with our backoff. What BullMQ
 * has no notion of stays here, in our own keys: who a reminder belongs to (STOP and "delete my
 * data" cancel all of a person's reminders at once), the consents, and the calendar links.
 *
 * Keys (under `prefix`): `jobs:*` BullMQ's (`jobs:{id}` a hash per reminder, `jobs:delayed`,
 * `jobs:wait`, `jobs:active`, `jobs:completed`, `jobs:failed`, `jobs:events`…); `person:{key}` the
 * ids of a person's reminders; `consent:{key}` a list of consent records (JSON); `cal:{tokenHash}`
 * a calendar link, `cals:{key}` a person's link hashes. Needs one Redis, not Redis Cluster.
 *
 * Connections: the fail-fast `client` (src/storage/redisClient.ts) for everything a person waits
 * on (adding, cancelling, reading); the worker, a background loop, gets its own two (BullMQ needs
 * `maxRetriesPerRequest: null` there, and one of them blocks waiting for jobs).
 */

/** A reminder as BullMQ job data. `payload` (and `personKey`, once sent) is emptied once the reminder is done or cancelled. */
interface JobData {
  personKey: string;
  channel: ReminderRecord['channel'];
  kind: ReminderRecord['kind'];
  aboutDate: string;
  dueAt: number;
  payload: string;
  /** Set by STOP, "stop reminders" or a new yes: the job ends without sending. */
  cancelledBy?: CancelReason;
}

// KEYS: consent list, calendar set. ARGV: prefix, reason, now ISO. Withdraws the consents and ends the links in one step.
const withdrawScript = luaScript(`
for _, hash in ipairs(redis.call('SMEMBERS', KEYS[2])) do redis.call('DEL', ARGV[1] .. 'cal:' .. hash) end
redis.call('DEL', KEYS[2])
if ARGV[2] == 'deleteData' then
  redis.call('DEL', KEYS[1])
  return 0
end
local n = redis.call('LLEN', KEYS[1])
for i = 0, n - 1 do
  local consent = cjson.decode(redis.call('LINDEX', KEYS[1], i))
  if consent.withdrawnAt == nil then
    consent.withdrawnAt = ARGV[3]
    consent.withdrawnBy = ARGV[2]
    redis.call('LSET', KEYS[1], i, cjson.encode(consent))
  end
end
return n
`);

export interface RedisReminderStoreOptions {
  /** The fail-fast client (createRedisClient): adds, cancels and reads. BullMQ's Queue shares it. */
  client: Redis;
  /** Opens the worker's connection (maxRetriesPerRequest: null; BullMQ duplicates it for blocking). Needed only by work(). */
  workerClient?: () => Redis;
  /** Namespaces the keys in a Redis shared with conversation state. */
  keyPrefix?: string;
  /** How long finished reminders stay for inspection. */
  retentionMs?: number;
  /** Close the client with the store (true when the store made it). */
  ownsClient?: boolean;
}

const DAY = 86_400_000;
const QUEUE = 'jobs';
/** BullMQ's own limit on tries is only a ceiling: the scheduler gives up after its maxAttempts (scheduler.ts). */
const ATTEMPTS_CEILING = 100;

const pendingStates = new Set(['delayed', 'waiting', 'wait', 'prioritized', 'waiting-children', 'paused']);

function statusOf(job: Job<JobData>, state: string): ReminderStatus {
  if (job.data.cancelledBy) return 'cancelled';
  if (state === 'completed') return job.returnvalue === 'expired' ? 'expired' : 'sent';
  if (state === 'failed') return 'failed';
  if (state === 'active') return 'claimed';
  return 'pending';
}

function toRecord(job: Job<JobData>, status: ReminderStatus, personKey = job.data.personKey): ReminderRecord {
  const { channel, kind, aboutDate, dueAt, payload } = job.data;
  return {
    id: job.id ?? '',
    personKey,
    channel,
    kind,
    aboutDate,
    dueAt,
    payload,
    status,
    // Tries so far: a job being sent counts the one in progress, as a SQLite claim does.
    attempts: job.attemptsMade + (status === 'claimed' ? 1 : 0),
    ...(job.failedReason ? { lastError: job.failedReason } : {}),
  };
}

export class RedisReminderStore implements QueueReminderStore {
  private readonly client: Redis;
  private readonly workerClient: (() => Redis) | undefined;
  private readonly prefix: string;
  private readonly retentionMs: number;
  private readonly ownsClient: boolean;
  private readonly queue: Queue<JobData>;

  constructor(options: RedisReminderStoreOptions) {
    this.client = options.client;
    this.workerClient = options.workerClient;
    this.prefix = options.keyPrefix ?? 'imr:reminders:';
    this.retentionMs = options.retentionMs ?? 30 * DAY;
    this.ownsClient = options.ownsClient ?? false;
    // BullMQ joins its prefix and the queue name with ':' itself.
    this.queue = new Queue<JobData>(QUEUE, { connection: this.client, prefix: this.prefix.replace(/:$/, '') });
    // Connection trouble reaches the client's own listener (createRedisClient); this one only keeps
    // an 'error' event from becoming an uncaught exception.
    this.queue.on('error', () => undefined);
  }

  private key(...parts: string[]): string {
    return this.prefix + parts.join(':');
  }

  async add(reminders: readonly NewReminder[], consent: ConsentRecord): Promise<void> {
    // The consent and the person's index first: a job never exists without the consent that allowed
    // it, and STOP finds every job through the index. If adding the jobs then fails, the person is
    // told to write the dates down and the consent stays recorded (with nothing to send).
    const tx = this.client.multi().rpush(this.key('consent', consent.personKey), JSON.stringify(consent));
    if (reminders.length > 0) tx.sadd(this.key('person', consent.personKey), ...reminders.map((r) => r.id));
    const results = await tx.exec();
    const failed = results?.find(([error]) => error !== null);
    if (!results || failed) throw failed?.[0] ?? new Error('reminders: MULTI aborted');
    if (reminders.length === 0) return;
    // Delays count from the consent's instant: the scheduler's clock, so tests can run it offset.
    const from = Date.parse(consent.at);
    const retention = { age: Math.ceil(this.retentionMs / 1000) };
    // No stack traces kept: the error code (failedReason) is what the logs and forPerson() need.
    const options: JobsOptions = { attempts: ATTEMPTS_CEILING, backoff: { type: 'custom' }, removeOnComplete: retention, removeOnFail: retention, stackTraceLimit: 0 };
    await this.queue.addBulk(
      reminders.map((r) => ({
        name: r.kind,
        data: { personKey: r.personKey, channel: r.channel, kind: r.kind, aboutDate: r.aboutDate, dueAt: r.dueAt, payload: r.payload },
        opts: { ...options, jobId: r.id, delay: Math.max(0, r.dueAt - from) },
      })),
    );
  }

  work(attempt: (reminder: ReminderRecord) => Promise<Attempt>, options: QueueWorkOptions): { close(): Promise<void> } {
    if (!this.workerClient) throw new Error('RedisReminderStore: work() needs workerClient');
    const connection = this.workerClient();
    const worker = new Worker<JobData>(
      QUEUE,
      async (job, token) => {
        // Cancelled, or sent by an instance that died before it could record it: nothing to send.
        if (job.data.cancelledBy || job.data.payload === '') return job.data.cancelledBy ? 'cancelled' : 'sent';
        const result = await attempt(toRecord(job, 'claimed'));
        if (result.status === 'held') {
          await job.moveToDelayed(Date.now() + result.delayMs, token);
          throw new DelayedError();
        }
        if (result.status === 'retry') throw new Error(result.code);
        // Done either way: the sealed address and the person's keyed id go at once (the person's id
        // set still finds the job; and a "delete my data" racing this write loses nothing). An empty
        // payload also tells an instance that finds this job again after a crash that it was sent.
        await job.updateData({ ...job.data, payload: '', personKey: '' });
        if (result.status === 'failed') throw new UnrecoverableError(result.code);
        return result.status;
      },
      {
        connection,
        prefix: this.prefix.replace(/:$/, ''),
        concurrency: options.concurrency,
        lockDuration: options.lockMs,
        // A stalled job (its instance died) is tried again; counted with the attempts so that one
        // that keeps killing instances cannot loop forever.
        maxStalledCount: options.maxAttempts - 1,
        stalledInterval: Math.min(30_000, options.lockMs),
        settings: { backoffStrategy: (attemptsMade: number) => options.backoff(attemptsMade) },
      },
    );
    worker.on('error', (error) => options.onError(error));
    return {
      close: async () => {
        await worker.close();
        await closeRedis(connection);
      },
    };
  }

  async cancelPerson(personKey: string, reason: CancelReason, now: number): Promise<number> {
    const ids = await this.client.smembers(this.key('person', personKey));
    let stopped = 0;
    for (const id of ids) {
      const job = await this.queue.getJob(id);
      if (!job) continue;
      const state = await job.getState();
      const pending = pendingStates.has(state) && !job.data.cancelledBy;
      if (state === 'active' || pending) stopped += 1;
      // "delete my data": the job goes. A job being sent right now is locked and cannot be removed:
      // it is emptied instead (no address, no person), and BullMQ removes it after the retention.
      if (reason === 'deleteData' && (await this.queue.remove(id)) === 1) continue;
      if (state === 'active' || pending || reason === 'deleteData') {
        // A message already on the wire cannot be called back; anything not sent yet never will be.
        await job.updateData({ ...job.data, payload: '', cancelledBy: reason, ...(reason === 'deleteData' ? { personKey: '' } : {}) });
        // Out of the delayed set now, so the worker ends it at once instead of when it falls due.
        if (state === 'delayed') await job.promote();
      }
    }
    if (reason === 'deleteData') await this.client.del(this.key('person', personKey));
    await runLua(this.client, withdrawScript, [this.key('consent', personKey), this.key('cals', personKey)], [this.prefix, reason, new Date(now).toISOString()]);
    return stopped;
  }

  async forPerson(personKey: string): Promise<ReminderRecord[]> {
    const ids = await this.client.smembers(this.key('person', personKey));
    const records = await Promise.all(
      ids.map(async (id) => {
        const job = await this.queue.getJob(id);
        return job ? toRecord(job, statusOf(job, await job.getState()), personKey) : undefined;
      }),
    );
    return records.filter((r): r is ReminderRecord => r !== undefined).sort((a, b) => a.dueAt - b.dueAt || a.kind.localeCompare(b.kind));
  }

  async consents(personKey: string): Promise<ConsentRecord[]> {
    const entries = await this.client.lrange(this.key('consent', personKey), 0, -1);
    return entries.map((entry) => JSON.parse(entry) as ConsentRecord);
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

  /** BullMQ removes finished jobs after the retention, and Redis expires links (PX): nothing to sweep. */
  purge(_before: number): Promise<number> {
    return Promise.resolve(0);
  }

  ping(): Promise<boolean> {
    return pingRedis(this.client);
  }

  async close(): Promise<void> {
    await this.queue.close();
    if (this.ownsClient) await closeRedis(this.client);
  }
}
