import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { californiaToday, daysBetween } from '../../machines/dateRules.js';
import type { Agency } from '../../machines/imrMachine.js';
import { agreedDates, inQuietHours, outsideQuietHours, type PlannedReminder, type ReminderLocale } from '../../machines/reminderPlan.js';
import type { Sealer } from './sealed.js';
import { isQueueStore, type AnyReminderStore, type Attempt, type CancelReason, type ClaimingReminderStore, type ConsentRecord, type ReminderChannel, type ReminderRecord } from './store.js';
import { defaultReminderCatalog, reminderText, type ReminderCatalog } from './texts.js';

/**
 * Sends reminders when they fall due (issue 8). Any number of instances may run it against one
 * store. On SQLite each `tick()` claims due reminders with a lease, sends them, and records the
 * result; on Redis BullMQ's worker hands them over and records what `attempt()` decided (store.ts
 * explains the one case where a reminder can go out twice). A failed send is retried with
 * exponential backoff until `maxAttempts`, then marked failed. Time is an input (`now`).
 */

/** Where a reminder goes. Sealed in the store: a phone number and a conversation reference identify a person. */
export const reminderAddressSchema = z.discriminatedUnion('channel', [
  z.object({ channel: z.literal('sms'), to: z.string().regex(/^\+[1-9]\d{6,14}$/, 'E.164 phone number') }),
  /** A botbuilder ConversationReference (TurnContext.getConversationReference(activity)). */
  z.object({ channel: z.literal('botframework'), reference: z.record(z.string(), z.unknown()) }),
]);
export type ReminderAddress = z.infer<typeof reminderAddressSchema>;

const payloadSchema = z.object({
  address: reminderAddressSchema,
  locale: z.enum(['en', 'es']),
  agency: z.enum(['DMHC', 'CDI']),
});
type Payload = z.infer<typeof payloadSchema>;

export interface Delivery {
  reminderId: string;
  text: string;
  address: ReminderAddress;
}

/** One way of sending. Throw a SendError (or any error) when the send failed. */
export interface ReminderSender {
  send(delivery: Delivery): Promise<void>;
}

/** A failed send. `permanent`: retrying cannot help (a number that cannot get SMS, a conversation that is gone). */
export class SendError extends Error {
  constructor(
    readonly code: string,
    readonly permanent: boolean,
    message = code,
  ) {
    super(message);
    this.name = 'SendError';
  }
}

export interface SchedulerEvent {
  type: 'sent' | 'retry' | 'failed' | 'expired' | 'lost' | 'tickFailed';
  reminderId?: string;
  channel?: ReminderChannel;
  kind?: string;
  attempts?: number;
  /** An error code, never a text or an address. */
  code?: string;
}

export interface SchedulerOptions {
  store: AnyReminderStore;
  sealer: Sealer;
  senders: Partial<Record<ReminderChannel, ReminderSender>>;
  now?: () => Date;
  catalog?: ReminderCatalog;
  /** Identifies this instance's claims. */
  owner?: string;
  /** Longer than the slowest send (Twilio and Bot Framework time out well within a minute). SQLite: the claim's lease; Redis: BullMQ's lock, renewed while a send runs. */
  leaseMs?: number;
  maxAttempts?: number;
  /** The first retry waits this long; each next one twice as long, up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How many reminders one tick claims (SQLite), or one instance sends at once (Redis). */
  batchSize?: number;
  /** Finished reminders and expired links are deleted after this long. */
  retentionMs?: number;
  /** Codes for logs and metrics. */
  onEvent?: (event: SchedulerEvent) => void;
}

export interface ScheduleRequest {
  personKey: string;
  address: ReminderAddress;
  /** From machines/reminderPlan.ts planReminders(). */
  plan: readonly PlannedReminder[];
  agency: Agency;
  locale: ReminderLocale;
  /** The channel the person said yes on (activity.channelId). */
  consentChannel: string;
}

export interface TickReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  expired: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export class ReminderScheduler {
  readonly owner: string;
  private readonly store: AnyReminderStore;
  private readonly sealer: Sealer;
  private readonly senders: Partial<Record<ReminderChannel, ReminderSender>>;
  private readonly now: () => Date;
  private readonly catalog: ReminderCatalog;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly batchSize: number;
  private readonly retentionMs: number;
  private readonly onEvent: (event: SchedulerEvent) => void;
  private timer: NodeJS.Timeout | undefined;
  private worker: { close(): Promise<void> } | undefined;
  private running: Promise<unknown> | undefined;
  private lastPurge = 0;

  constructor(options: SchedulerOptions) {
    this.store = options.store;
    this.sealer = options.sealer;
    this.senders = options.senders;
    this.now = options.now ?? (() => new Date());
    this.catalog = options.catalog ?? defaultReminderCatalog;
    this.owner = options.owner ?? randomUUID();
    this.leaseMs = options.leaseMs ?? 5 * MINUTE;
    this.maxAttempts = options.maxAttempts ?? 6;
    this.backoffMs = options.backoffMs ?? MINUTE;
    this.maxBackoffMs = options.maxBackoffMs ?? 6 * 60 * MINUTE;
    this.batchSize = options.batchSize ?? 20;
    this.retentionMs = options.retentionMs ?? 30 * DAY;
    this.onEvent = options.onEvent ?? (() => undefined);
  }

  /**
   * Stores a person's reminders and their consent, after they said yes. Returns the consent as
   * recorded (for the confirmation: the dates and kinds agreed).
   */
  async schedule(request: ScheduleRequest): Promise<ConsentRecord> {
    const address = reminderAddressSchema.parse(request.address);
    const payload: Payload = { address, locale: request.locale, agency: request.agency };
    const consent: ConsentRecord = {
      personKey: request.personKey,
      at: this.now().toISOString(),
      channel: request.consentChannel,
      delivery: address.channel,
      locale: request.locale,
      agreed: agreedDates(request.plan),
    };
    const reminders = request.plan.map((planned) => ({
      id: randomUUID(),
      personKey: request.personKey,
      channel: address.channel,
      kind: planned.kind,
      aboutDate: planned.aboutDate,
      dueAt: Date.parse(planned.dueAt),
      // Each row sealed on its own (fresh IV): "delete my data" erases rows, not a shared blob.
      payload: this.sealer.seal(JSON.stringify(payload)),
    }));
    await this.store.add(reminders, consent);
    return consent;
  }

  /** STOP, "stop reminders", "delete my data": nothing pending is sent after this returns. */
  cancel(personKey: string, reason: CancelReason): Promise<number> {
    return this.store.cancelPerson(personKey, reason, this.now().getTime());
  }

  /** One pass on SQLite: claim what is due, send it, record the result. Safe to call from tests at any time. */
  async tick(): Promise<TickReport> {
    const store = this.claimingStore();
    const report: TickReport = { claimed: 0, sent: 0, retried: 0, failed: 0, expired: 0 };
    const now = this.now();
    // Issue 8: no SMS between 9 pm and 8 am California time. SMS reminders wait in the store; chat
    // reminders (a notification in an app the person opens) go out when due.
    const channels = (Object.keys(this.senders) as ReminderChannel[]).filter((channel) => channel !== 'sms' || !inQuietHours(now));
    const claimed = await store.claimDue({ now: now.getTime(), leaseMs: this.leaseMs, owner: this.owner, channels, limit: this.batchSize });
    report.claimed = claimed.length;
    for (const reminder of claimed) report[await this.record(store, reminder, await this.attempt(reminder))] += 1;
    if (now.getTime() - this.lastPurge > DAY / 24) {
      this.lastPurge = now.getTime();
      await store.purge(now.getTime() - this.retentionMs);
    }
    return report;
  }

  /**
   * Starts sending: on SQLite a poll every `intervalMs` until stop() (a failed tick, storage away,
   * is reported and the loop goes on); on Redis this instance's BullMQ worker.
   */
  start(intervalMs = 30_000): void {
    if (this.timer || this.worker) return;
    if (isQueueStore(this.store)) {
      this.worker = this.store.work((reminder) => this.attempt(reminder), {
        concurrency: this.batchSize,
        lockMs: this.leaseMs,
        maxAttempts: this.maxAttempts,
        backoff: (attempt) => this.backoff(attempt),
        onError: (error) => this.onEvent({ type: 'tickFailed', code: error.name }),
      });
      return;
    }
    const loop = () => {
      this.running = this.tick()
        .catch((error: unknown) => this.onEvent({ type: 'tickFailed', code: error instanceof Error ? error.name : 'unknown' }))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(loop, intervalMs);
        });
    };
    this.timer = setTimeout(loop, 0);
  }

  /** Stops sending and waits for the reminders in hand, so their results are recorded before shutdown. */
  async stop(): Promise<void> {
    const timer = this.timer;
    this.timer = undefined;
    if (timer) clearTimeout(timer);
    const worker = this.worker;
    this.worker = undefined;
    await Promise.all([this.running, worker?.close()]);
  }

  /**
   * What to do with one due reminder: drop it when its date has passed, hold an SMS in quiet
   * hours, otherwise send it; a failed send is retried until `maxAttempts` (`reminder.attempts`
   * counts this one). The store or the engine records the result.
   */
  async attempt(reminder: ReminderRecord): Promise<Attempt> {
    const now = this.now();
    const today = californiaToday(now);
    const base = { reminderId: reminder.id, channel: reminder.channel, kind: reminder.kind, attempts: reminder.attempts };
    // Sent late (the service was down) after the date itself: "2 days left" would be false. Drop it.
    if (daysBetween(today, reminder.aboutDate) < 0) {
      this.onEvent({ ...base, type: 'expired' });
      return { status: 'expired' };
    }
    if (reminder.channel === 'sms' && inQuietHours(now)) return { status: 'held', delayMs: outsideQuietHours(now).getTime() - now.getTime() };
    let payload: Payload;
    try {
      payload = payloadSchema.parse(JSON.parse(this.sealer.open(reminder.payload)));
    } catch {
      // Sealed with another KEY_SECRET, or altered: it can never be sent.
      this.onEvent({ ...base, type: 'failed', code: 'PAYLOAD_UNREADABLE' });
      return { status: 'failed', code: 'PAYLOAD_UNREADABLE' };
    }
    const sender = this.senders[reminder.channel];
    try {
      if (!sender) throw new SendError('NO_SENDER', false);
      const text = reminderText(this.catalog, { kind: reminder.kind, aboutDate: reminder.aboutDate, agency: payload.agency, locale: payload.locale, channel: reminder.channel }, today);
      await sender.send({ reminderId: reminder.id, text, address: payload.address });
    } catch (error) {
      const code = error instanceof SendError ? error.code : error instanceof Error ? error.name : 'SEND_FAILED';
      const permanent = error instanceof SendError && error.permanent;
      const status = permanent || reminder.attempts >= this.maxAttempts ? 'failed' : 'retry';
      this.onEvent({ ...base, type: status, code });
      return { status, code };
    }
    // If this instance dies right here, another one sends it again (store.ts).
    this.onEvent({ ...base, type: 'sent' });
    return { status: 'sent' };
  }

  /** The wait before the next try after `attempt` failed tries: 1, 2, 4… times `backoffMs`, at most `maxBackoffMs`. */
  private backoff(attempt: number): number {
    return Math.min(this.backoffMs * 2 ** (attempt - 1), this.maxBackoffMs);
  }

  private claimingStore(): ClaimingReminderStore {
    if (isQueueStore(this.store)) throw new Error('tick() is for stores the scheduler polls; a queue store runs its own worker (start())');
    return this.store;
  }

  /** SQLite: records what attempt() decided, while this instance's claim stands. */
  private async record(store: ClaimingReminderStore, reminder: ReminderRecord, attempt: Attempt): Promise<'sent' | 'retried' | 'failed' | 'expired'> {
    const now = this.now();
    switch (attempt.status) {
      case 'sent':
      case 'expired': {
        const recorded = await store.finish(reminder.id, this.owner, attempt.status, now.getTime());
        if (!recorded && attempt.status === 'sent') this.onEvent({ reminderId: reminder.id, channel: reminder.channel, kind: reminder.kind, type: 'lost' });
        return attempt.status;
      }
      case 'failed':
        await store.finish(reminder.id, this.owner, 'failed', now.getTime(), attempt.code);
        return 'failed';
      case 'retry': {
        const next = new Date(now.getTime() + this.backoff(reminder.attempts));
        // An SMS retry that would land in quiet hours waits for 8 am.
        const at = reminder.channel === 'sms' ? outsideQuietHours(next) : next;
        await store.retryAt(reminder.id, this.owner, at.getTime(), now.getTime(), attempt.code);
        return 'retried';
      }
      case 'held':
        await store.retryAt(reminder.id, this.owner, now.getTime() + attempt.delayMs, now.getTime(), reminder.lastError ?? '');
        return 'retried';
    }
  }
}
