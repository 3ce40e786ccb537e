import type { Activity, ResourceResponse, StoreItems, TurnContext } from 'botbuilder';
import { say, type Voice } from '../../dialogs/say.js';
import { surfaceFor } from '../channels/surface.js';
import type { Config } from '../config.js';
import { conversationKey } from '../keys.js';
import type { Logger } from '../log.js';
import { createSealer, type Sealer } from '../reminders/sealed.js';
import type { BotStorage } from '../storage/createStorage.js';
import { isStorageUnavailable } from '../storage/redisClient.js';
import { FencedOutError, RedisStorage } from '../storage/redisStorage.js';
import { InProcessConversationLock, LockWaitTimeoutError, RedisConversationLock, withConversationLock, type ConversationLock, type HeldLock } from './conversationLock.js';
import { createRateLimits, rateKey, type RateLimits, type RateLimitSettings } from './rateLimits.js';
import { SqliteStorage } from '../storage/sqliteStorage.js';
import { LocalSeenActivities, MemoryAnswers, RedisSeenActivities, seenKey, SqliteAnswers, type AnswerStore, type SeenActivities, type SeenClaim, type SeenTimings } from './seenActivities.js';

/**
 * What stands between a channel and a turn (issue 7, "Ordered turns, once each"): for every
 * activity that can change a conversation, in this order —
 *   rate limit (messages only) → seen-check of the activity id → the conversation's lock →
 *   the turn (read → runTurn → fenced write → replies) → record the replies as the id's answer →
 *   send → release.
 * The replies are recorded before they are sent: once the write is done the turn must never run
 * again, so a channel's retry (or a retry that lands on the other instance) gets these replies.
 * Sending inside the lock puts message 1's replies out before message 2's.
 *
 * Used for POST /api/messages and for every in-process `deliver` (the built-in Direct Line, the
 * Twilio webhook, the terminal chat): it wraps the adapter's turn logic, so every path is guarded.
 */

const storedFields = ['type', 'text', 'speak', 'inputHint', 'attachments', 'attachmentLayout', 'suggestedActions', 'textFormat', 'locale', 'value', 'name', 'channelData'] as const;

/** A reply as kept for a retry: what it says, not whom it was addressed to (ids can be phone numbers). */
export type StoredReply = Pick<Partial<Activity>, (typeof storedFields)[number]>;

export interface TurnGuards {
  keySecret: string;
  lock: ConversationLock;
  seen: SeenActivities<StoredReply[]>;
  /** The Twilio webhook's record of MessageSids and the TwiML each got (same store as `seen`). */
  twilioSeen: SeenActivities<string>;
  limits: RateLimits;
  logger: Logger;
  /** How long a retry waits for the first attempt's answer; under the channels' 15-second limit. */
  retryWaitMs: number;
}

export interface TurnGuardOptions {
  limits?: RateLimitSettings;
  seen?: SeenTimings;
  retryWaitMs?: number;
}

/**
 * STORAGE=redis: the lock, the seen records and the counts in the same Redis as the state, shared
 * by every instance, under the store's namespace. Otherwise (one instance) the lock is in-process and
 * answers go to the SQLite file (they survive a restart) or, with memory storage, to this process.
 */
export function createTurnGuards(storage: BotStorage, config: Pick<Config, 'KEY_SECRET'>, logger: Logger, options: TurnGuardOptions = {}): TurnGuards {
  const redis = storage instanceof RedisStorage ? storage.client : undefined;
  const namespace = storage instanceof RedisStorage ? storage.namespace : 'imr:';
  let answers: AnswerStore | undefined;
  const record = (keyPrefix: string): SeenActivities<string> => {
    if (redis) return new RedisSeenActivities<string>({ client: redis, keyPrefix, ...options.seen });
    answers ??= storage instanceof SqliteStorage ? new SqliteAnswers(storage.database) : new MemoryAnswers(5000);
    return new LocalSeenActivities<string>({ answers, keyPrefix, ...options.seen });
  };
  // Replies echo what the person typed ("Got it: Kaiser"): kept only sealed, like reminder addresses.
  const sealer = createSealer(config.KEY_SECRET, 'seen/answer');
  return {
    keySecret: config.KEY_SECRET,
    lock: redis ? new RedisConversationLock({ client: redis, keyPrefix: `${namespace}lock:` }) : new InProcessConversationLock(),
    seen: sealedSeen<StoredReply[]>(record(`${namespace}seen:`), sealer, logger),
    twilioSeen: sealedSeen<string>(record(`${namespace}seen:twilio:`), sealer, logger),
    limits: createRateLimits({ keyPrefix: `${namespace}rate:`, ...options.limits, redis }),
    logger,
    retryWaitMs: options.retryWaitMs ?? 8000,
  };
}

/**
 * A SeenActivities whose answers are stored sealed (AES-GCM under KEY_SECRET). An answer that no
 * longer opens (KEY_SECRET changed) reads as still in progress: not sent again, and not run again.
 */
export function sealedSeen<T>(inner: SeenActivities<string>, sealer: Sealer, logger: Logger): SeenActivities<T> {
  const opened = (claim: SeenClaim<string>): SeenClaim<T> => {
    if (claim.status !== 'answered') return claim;
    try {
      return { status: 'answered', response: JSON.parse(sealer.open(claim.response)) as T };
    } catch {
      logger.warn({ code: 'SEEN_ANSWER_UNREADABLE' }, 'stored answer does not open');
      return { status: 'inProgress' };
    }
  };
  return {
    claim: async (id) => opened(await inner.claim(id)),
    complete: (id, response, scope) => inner.complete(id, sealer.seal(JSON.stringify(response)), scope),
    abandon: (id) => inner.abandon(id),
    waitForAnswer: async (id, timeoutMs) => opened(await inner.waitForAnswer(id, timeoutMs)),
    forget: (scope) => inner.forget(scope),
  };
}

/** Activities that run a turn of the conversation (ImrBot: messages, joins, the Web Chat join event). */
const guardedTypes = new Set(['message', 'conversationUpdate', 'event']);

const heldLockKey = Symbol('heldConversationLock');

/** The words of the host's own two replies: the activity's language, the channel's length. */
function hostVoice(activity: Activity): Voice {
  const surface = surfaceFor({ channelId: activity.channelId, conversationType: activity.conversation.conversationType });
  return { locale: activity.locale?.toLowerCase().startsWith('es') ? 'es' : 'en', brief: surface.brief, staff: surface.audience === 'staff' };
}

/** "Slow down" and "we're having trouble": the kind texts of dialogs/texts, for the host to say. */
export function hostText(activity: Activity, key: 'host.slowDown' | 'host.trouble'): string {
  return say(hostVoice(activity), key);
}

/** Redis away or a conversation stuck behind earlier turns: say "try again in a minute", keep everything. */
export function isTurnUnavailable(error: unknown): error is Error & { code: string } {
  return isStorageUnavailable(error) || error instanceof LockWaitTimeoutError;
}

/**
 * The "trouble" SMS of the Twilio webhook, in both languages: with storage away the person's
 * language (kept with the conversation) cannot be read. Brief texts; together within 3 segments.
 */
export function troubleSms(): string {
  return [say({ locale: 'en', brief: true, staff: false }, 'host.trouble'), say({ locale: 'es', brief: true, staff: false }, 'host.trouble')].join('\n');
}

function storedReply(activity: Partial<Activity>): StoredReply {
  const kept: Record<string, unknown> = {};
  for (const field of storedFields) if (activity[field] !== undefined) kept[field] = activity[field];
  return kept;
}

/**
 * The conversation's write, fenced by the lock the turn holds (RedisStorage.writeFenced): a turn
 * that lost its lock to a newer one is refused (FencedOutError) instead of overwriting it.
 * Without Redis, or outside a guarded turn, a plain eTag write.
 */
export function writeConversation(context: TurnContext, storage: BotStorage, changes: StoreItems): Promise<void> {
  const held = context.turnState.get<HeldLock | undefined>(heldLockKey);
  if (held?.fence && storage instanceof RedisStorage) return storage.writeFenced(changes, held.fence);
  return storage.write(changes);
}

async function sendQuietly(guards: TurnGuards, context: TurnContext, text: string, code: string): Promise<void> {
  try {
    await context.sendActivity({ type: 'message', text });
  } catch (error) {
    guards.logger.warn({ code: 'GUARD_REPLY_FAILED', reason: code, error: error instanceof Error ? error.name : 'unknown' }, 'could not tell the person');
  }
}

/** Runs `run` (the bot's turn) for this activity under the guards; see the module comment. */
export async function guardTurn(guards: TurnGuards, context: TurnContext, run: () => Promise<void>): Promise<void> {
  const activity = context.activity;
  if (!guardedTypes.has(activity.type)) return run();
  const { logger, keySecret } = guards;
  const conversation = conversationKey(keySecret, activity.channelId, activity.conversation.id);
  const logFields = { conversation: conversation.slice(-12), channel: activity.channelId };

  if (activity.type === 'message') {
    const decision = await guards.limits.message(rateKey(keySecret, activity.channelId, activity.from?.id ?? activity.conversation.id));
    if (!decision.allowed) {
      logger.warn({ code: 'RATE_LIMITED', ...logFields, firstRefusal: decision.firstRefusal, retryAfterSeconds: decision.retryAfterSeconds }, 'rate limited');
      // Answering every message of a flood would be the flood: once per window, then silence.
      if (decision.firstRefusal) await sendQuietly(guards, context, hostText(activity, 'host.slowDown'), 'RATE_LIMITED');
      return;
    }
  }

  // Activity ids are unique within a conversation; the conversation id keeps two channels' or
  // two conversations' equal ids apart. seenKey HMACs it: on SMS these ids hold a phone number.
  const id = activity.id ? seenKey(keySecret, activity.channelId, `${activity.conversation.id}\u0000${activity.id}`) : undefined;
  // Only a claim this attempt holds is given up on failure (an abandon after a failed claim would
  // just wait out another command timeout while Redis is away).
  let claimed = false;
  try {
    if (id) {
      let claim = await guards.seen.claim(id);
      if (claim.status === 'inProgress') claim = await guards.seen.waitForAnswer(id, guards.retryWaitMs);
      if (claim.status === 'answered') {
        logger.info({ code: 'RETRY_ANSWERED', ...logFields, replies: claim.response.length }, 'retry answered again');
        if (claim.response.length > 0) await context.sendActivities(claim.response.map((reply) => ({ ...reply })));
        return;
      }
      if (claim.status === 'inProgress') {
        // The first attempt is still running (on this or another instance): its replies go out from there.
        logger.warn({ code: 'RETRY_STILL_RUNNING', ...logFields }, 'retry arrived while the first attempt still runs');
        return;
      }
      claimed = true;
    }
    await withConversationLock(guards.lock, conversation, async (held) => {
      context.turnState.set(heldLockKey, held);
      const answer: StoredReply[] = [];
      let recording = true;
      context.onSendActivities(async (_context, activities, next): Promise<ResourceResponse[]> => {
        if (!recording || !id) return next();
        answer.push(...activities.map(storedReply));
        try {
          await guards.seen.complete(id, answer, conversation);
        } catch (error) {
          // The state is already written: the replies must go out even if the record could not be kept.
          logger.warn({ code: 'SEEN_COMPLETE_FAILED', ...logFields, error: error instanceof Error ? error.name : 'unknown' }, 'answer not recorded');
        }
        return next();
      });
      try {
        await run();
      } finally {
        // onTurnError's apology (sent after this returns) is not this activity's answer.
        recording = false;
      }
      if (id && answer.length === 0) await guards.seen.complete(id, answer, conversation);
    });
  } catch (error) {
    if (id && claimed) await guards.seen.abandon(id);
    if (error instanceof FencedOutError) {
      // A newer turn of this conversation took over the lock: it answers; this one says nothing.
      logger.warn({ code: error.code, ...logFields }, 'turn fenced out');
      return;
    }
    if (isTurnUnavailable(error)) {
      logger.error({ code: error.code, ...logFields }, 'turn not run');
      await sendQuietly(guards, context, hostText(activity, 'host.trouble'), error.code);
      return;
    }
    throw error;
  }
}
