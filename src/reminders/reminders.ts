import type { CloudAdapter } from 'botbuilder';
import type { Redis } from 'ioredis';
import type { Server } from 'restify';
import type { Agency } from '../../machines/imrMachine.js';
import { planReminders, type PlannedReminder, type ReminderDates, type ReminderLocale } from '../../machines/reminderPlan.js';
import type { Config } from '../config.js';
import { hmacKey } from '../keys.js';
import { createRedisClient } from '../storage/redisClient.js';
import { createCalendarLink, registerCalendarRoute, type CalendarDeps } from './ics.js';
import { ProactiveSender } from './proactiveSender.js';
import { RedisReminderStore } from './redisStore.js';
import { ReminderScheduler, type ReminderAddress, type ReminderSender, type SchedulerEvent } from './scheduler.js';
import { createSealer } from './sealed.js';
import { SqliteReminderStore, type AnyReminderStore, type CancelReason, type ConsentRecord, type ReminderChannel } from './store.js';
import type { ReminderCatalog } from './texts.js';
import { twilioSenderFrom } from './twilioSender.js';

/**
 * Everything the host needs for reminders, built from the config in one call (STYLE.md §7: entry
 * files wire). The turn stays pure: it reports that the person said yes or stop, and the bot
 * (src/bot/) calls `accept` or `cancel` here with the person's keyed id.
 */

/** The person's keyed id for reminders: an HMAC of channel + user id (src/keys.ts), never the id itself. */
export function reminderPersonKey(keySecret: string, channelId: string, userId: string): string {
  return hmacKey(keySecret, 'reminders/person', channelId, userId);
}

export interface RemindersOptions {
  /** The Bot Framework adapter: Teams and the Azure channels get proactive messages through it. */
  adapter?: CloudAdapter;
  isLoopbackUrl?: (url: string) => boolean;
  now?: () => Date;
  catalog?: ReminderCatalog;
  onEvent?: (event: SchedulerEvent) => void;
  /** STORAGE=redis: share the host's client instead of opening another connection. */
  redisClient?: Redis;
  /** STORAGE=redis: where the reminder keys live (default `imr:reminders:`; the app passes its store's namespace). */
  redisKeyPrefix?: string;
  /** Overrides for tests: a store or senders of one's own. */
  store?: AnyReminderStore;
  senders?: Partial<Record<ReminderChannel, ReminderSender>>;
  owner?: string;
}

export type AcceptTarget =
  /** SMS (Twilio) or Teams/Azure channels (conversation reference). */
  | { kind: 'message'; address: ReminderAddress }
  /** The website: a calendar link instead of messages. */
  | { kind: 'calendar' };

export interface AcceptRequest {
  personKey: string;
  /** activity.channelId where the person said yes. */
  channelId: string;
  /** OutcomeDetails (imrDeadline, planAnswerDue, hearingDeadline) of the outcome shown. */
  dates: ReminderDates;
  agency: Agency;
  locale: ReminderLocale;
  target: AcceptTarget;
}

export interface Accepted {
  /** What will be sent and when (empty: no date ahead, nothing was stored). */
  plan: PlannedReminder[];
  consent?: ConsentRecord;
  /** Website: the path of the calendar file (prefix with PUBLIC_BASE_URL). */
  calendarPath?: string;
  calendarExpiresAt?: number;
}

export interface Reminders {
  store: AnyReminderStore;
  scheduler: ReminderScheduler;
  calendar: CalendarDeps;
  /** Which channels can get messages (sms needs the Twilio settings; botframework the adapter). */
  channels: ReminderChannel[];
  accept(request: AcceptRequest): Promise<Accepted>;
  cancel(personKey: string, reason: CancelReason): Promise<number>;
  /** Mounts GET /calendar/:token.ics. Same shape as app.ts's RouteRegistrar. */
  register(server: Server): void;
  start(intervalMs?: number): void;
  /** Stops the loop (waits for a tick in progress) and closes the store. */
  close(): Promise<void>;
}

export type ReminderSettings = Pick<
  Config,
  'STORAGE' | 'SQLITE_PATH' | 'REDIS_URL' | 'KEY_SECRET' | 'MicrosoftAppId' | 'localMode' | 'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN' | 'TWILIO_FROM' | 'TWILIO_API_BASE_URL'
>;

function storeFor(settings: ReminderSettings, redisClient: Redis | undefined, keyPrefix: string | undefined): AnyReminderStore {
  switch (settings.STORAGE) {
    case 'redis': {
      const url = settings.REDIS_URL;
      if (!url) throw new Error('STORAGE=redis needs REDIS_URL');
      // Two more connections when the worker starts (BullMQ's, see docs/scaling.md).
      const workerClient = () => createRedisClient({ url, connectionName: 'imr-guide-bot-reminders-worker', worker: true });
      if (redisClient) return new RedisReminderStore({ client: redisClient, workerClient, keyPrefix });
      const client = createRedisClient({ url, connectionName: 'imr-guide-bot-reminders' });
      return new RedisReminderStore({ client, workerClient, ownsClient: true, keyPrefix });
    }
    case 'sqlite':
      return new SqliteReminderStore({ path: settings.SQLITE_PATH });
    case 'memory':
      return new SqliteReminderStore({ path: ':memory:' });
  }
}

export function createReminders(settings: ReminderSettings, options: RemindersOptions = {}): Reminders {
  const store = options.store ?? storeFor(settings, options.redisClient, options.redisKeyPrefix);
  const now = options.now ?? (() => new Date());
  const senders: Partial<Record<ReminderChannel, ReminderSender>> = options.senders ?? {};
  if (!options.senders) {
    const sms = twilioSenderFrom(settings);
    if (sms) senders.sms = sms;
    if (options.adapter) {
      senders.botframework = new ProactiveSender({
        adapter: options.adapter,
        appId: settings.MicrosoftAppId ?? '',
        localMode: settings.localMode,
        isLoopbackUrl: options.isLoopbackUrl ?? (() => false),
      });
    }
  }
  const scheduler = new ReminderScheduler({
    store,
    sealer: createSealer(settings.KEY_SECRET, 'reminders/address'),
    senders,
    now,
    catalog: options.catalog,
    owner: options.owner,
    onEvent: options.onEvent,
  });
  const calendar: CalendarDeps = { store, sealer: createSealer(settings.KEY_SECRET, 'reminders/calendar'), now, catalog: options.catalog };

  return {
    store,
    scheduler,
    calendar,
    channels: Object.keys(senders) as ReminderChannel[],
    async accept(request) {
      const plan = planReminders(request.dates, request.locale, now());
      if (plan.length === 0) return { plan };
      // One case per conversation: a new yes (after "back" changed a date, or a later outcome)
      // replaces the old reminders instead of adding a second, now wrong, set.
      await scheduler.cancel(request.personKey, 'replaced');
      if (request.target.kind === 'message') {
        const consent = await scheduler.schedule({
          personKey: request.personKey,
          address: request.target.address,
          plan,
          agency: request.agency,
          locale: request.locale,
          consentChannel: request.channelId,
        });
        return { plan, consent };
      }
      const entries = [...new Map(plan.map((p) => [p.subject, { subject: p.subject, date: p.aboutDate }])).values()];
      const link = await createCalendarLink(calendar, { personKey: request.personKey, content: { entries, agency: request.agency, locale: request.locale } });
      // The consent for a calendar: nothing will be sent, but what was offered and taken is recorded the same way.
      const consent: ConsentRecord = {
        personKey: request.personKey,
        at: now().toISOString(),
        channel: request.channelId,
        delivery: 'calendar',
        locale: request.locale,
        agreed: entries.map((e) => ({ ...e, kinds: plan.filter((p) => p.subject === e.subject).map((p) => p.kind) })),
      };
      await store.add([], consent);
      return { plan, consent, calendarPath: link.path, calendarExpiresAt: link.expiresAt };
    },
    cancel: (personKey, reason) => scheduler.cancel(personKey, reason),
    register: (server) => registerCalendarRoute(server, calendar),
    start: (intervalMs) => scheduler.start(intervalMs),
    async close() {
      await scheduler.stop();
      await store.close();
    },
  };
}
