import { conversationKey } from '../keys.js';
import type { Logger } from '../log.js';
import { deletePlansFor } from '../plan/planStore.js';
import { reminderPersonKey, type Reminders } from '../reminders/reminders.js';
import type { BotStorage } from '../storage/createStorage.js';
import type { SeenActivities } from '../turns/seenActivities.js';

/**
 * "delete my data" (issue 13, F3/F6 of the 2026-11-29 review): every row keyed to the conversation or
 * to the person is erased, on every channel and every backend, before the bot says so:
 *
 * | what | keyed by | erased by |
 * |---|---|---|
 * | the conversation (answers, language, the plan name typed) | conversation | here, last |
 * | its plans and their index | conversation | deletePlansFor |
 * | reminders, consent records, calendar links | person | reminders.cancel(…, 'deleteData') |
 * | the answers kept for channel retries (sealed replies that echo what was typed) | conversation | seen.forget |
 * | the Direct Line transcript (everything typed on the website) | conversation | registered by src/directline |
 *
 * Kept, on purpose: an SMS opt-out (carriers require STOP to hold until START; it holds an HMAC and a
 * date), the rate-limit counts (a number under an HMAC that expires within the hour; erasing them
 * would let a flood reset its own limit by asking), and the answer to this very request (the
 * confirmation, so a channel's retry of it is answered the same; it expires in 24 hours).
 *
 * The conversation row goes last: if anything before it fails, the turn fails and the person hears
 * "something went wrong, your answers are still saved", which is then true, and can ask again.
 * Afterwards the store is scrubbed (SQLite: the WAL is checkpointed and truncated; with
 * secure_delete the freed pages are already zeros), so the text is not left on disk either.
 */

export interface ErasureTarget {
  channelId: string;
  /** The channel's conversation id, as in the activity. */
  conversationId: string;
  /** The person's id on the channel (activity.from.id). */
  userId: string;
}

/** What a channel keeps of its own (the built-in Direct Line's transcript). */
export type Eraser = (target: ErasureTarget) => Promise<void>;

export interface ErasureDeps {
  storage: BotStorage;
  keySecret: string;
  logger: Logger;
  reminders?: Pick<Reminders, 'cancel'>;
  /** The turn guard's and the Twilio webhook's answers for retries. */
  seen?: readonly Pick<SeenActivities<unknown>, 'forget'>[];
}

export class Erasure {
  private readonly erasers: Eraser[] = [];

  constructor(private readonly deps: ErasureDeps) {}

  /** A channel that keeps rows of its own adds its eraser (called before the conversation row goes). */
  register(eraser: Eraser): void {
    this.erasers.push(eraser);
  }

  async erase(target: ErasureTarget): Promise<void> {
    const { storage, keySecret, logger } = this.deps;
    const key = conversationKey(keySecret, target.channelId, target.conversationId);
    await deletePlansFor(storage, key);
    const cancelled = (await this.deps.reminders?.cancel(reminderPersonKey(keySecret, target.channelId, target.userId), 'deleteData')) ?? 0;
    for (const seen of this.deps.seen ?? []) await seen.forget(key);
    for (const eraser of this.erasers) await eraser(target);
    await storage.delete([key]);
    const scrubbed = (await storage.scrub?.()) ?? true;
    if (!scrubbed) logger.warn({ code: 'ERASE_SCRUB_DEFERRED', conversation: key.slice(-12) }, 'deleted rows stay in the WAL until the next checkpoint');
    logger.info({ code: 'DATA_ERASED', conversation: key.slice(-12), channel: target.channelId, cancelledReminders: cancelled }, 'data erased');
  }
}
