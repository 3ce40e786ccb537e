import { TeamsActivityHandler, TurnContext, type Activity, type StoreItem } from 'botbuilder';
import type { OrgIdentity, TurnInput, TurnResult } from '../../dialogs/contract.js';
import { renderReplies } from '../channels/render.js';
import { surfaceFor } from '../channels/surface.js';
import { submittedValue } from '../channels/teamsRender.js';
import { conversationKey } from '../keys.js';
import { eventCodes, newCorrelationId, type Logger } from '../log.js';
import type { BotStorage } from '../storage/createStorage.js';
import { isETagConflict } from '../storage/storageErrors.js';
import type { ErasureTarget } from './erasure.js';
import type { TurnEffects } from './turnEffects.js';
import { writeConversation } from '../turns/turnGuard.js';

/** dialogs/turn.ts's runTurn: pure, so the host can run it twice when a write conflicts. */
export type TurnRunner = (input: TurnInput, stored: unknown) => TurnResult;

export interface ImrBotDeps {
  storage: BotStorage;
  keySecret: string;
  logger: Logger;
  runTurn: TurnRunner;
  /** Time is an input (STYLE.md §3): tests pin it. */
  now?: () => Date;
  /** Reminders, plans and metrics (src/bot/turnEffects.ts); absent, the turn only talks. */
  effects?: TurnEffects;
  /** The deploying organisation (src/org.ts), handed to every turn; absent, none is named. */
  org?: OrgIdentity;
  /** "delete my data": everything of the conversation and the person (src/bot/erasure.ts); absent, only the conversation row. */
  erase?: (target: ErasureTarget) => Promise<void>;
}

/** What one conversation's row holds; `data` is dialogs' ConversationData, validated by dialogs on restore. */
interface StoredConversation extends StoreItem {
  data: unknown;
}

/** Web Chat sends this event when the page opens the chat (our page's join, like the Web Chat samples). */
export const webChatJoinEvent = 'webchat/join';

/**
 * The bot on the Bot Framework protocol: each activity becomes one turn of dialogs/ —
 * restore → runTurn → persist → send. A TeamsActivityHandler so Teams specifics can be added here
 * later; nothing here looks at the channel id except through src/channels/.
 */
export class ImrBot extends TeamsActivityHandler {
  private readonly deps: ImrBotDeps;

  constructor(deps: ImrBotDeps) {
    super();
    this.deps = deps;
    this.onMessage(async (context, next) => {
      await this.turn(context, 'message');
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      // Welcome the person, not the bot joining its own conversation.
      const people = (context.activity.membersAdded ?? []).filter((member) => member.id !== context.activity.recipient.id);
      if (people.length > 0) await this.turn(context, 'join');
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === webChatJoinEvent) await this.turn(context, 'join');
      await next();
    });
  }

  private async turn(context: TurnContext, kind: TurnInput['kind']): Promise<void> {
    const { storage, keySecret, logger, runTurn } = this.deps;
    const started = performance.now();
    const activity = context.activity;
    const key = conversationKey(keySecret, activity.channelId, activity.conversation.id);
    const turnId = correlationIdOf(context);
    const surface = surfaceFor({ channelId: activity.channelId, conversationType: activity.conversation.conversationType, reminderRoutes: this.deps.effects?.reminderRoutes });
    // Teams: "@IMR Guide what is an IMR?" is understood as "what is an IMR?".
    const text = kind === 'message' && activity.text ? TurnContext.removeRecipientMention(activity).trim() : undefined;
    const input: TurnInput = {
      kind,
      text,
      value: kind === 'message' ? submittedValue(activity.value as unknown) : undefined,
      localeHint: activity.locale,
      now: this.deps.now?.() ?? new Date(),
      surface,
      ...(this.deps.org ? { org: this.deps.org } : {}),
    };

    let result: TurnResult | undefined;
    let retried = false;
    for (let attempt = 0; result === undefined; attempt++) {
      const items = await storage.read([key]);
      const stored = items[key] as StoredConversation | undefined;
      const candidate = runTurn(input, stored?.data);
      try {
        if (candidate.data === null) {
          // "delete my data": erased at once, everywhere, before anything is said about it.
          if (this.deps.erase) await this.deps.erase({ channelId: activity.channelId, conversationId: activity.conversation.id, userId: activity.from.id });
          else await storage.delete([key]);
        } else {
          const item: StoredConversation = { data: candidate.data, eTag: stored?.eTag ?? '*' };
          // Fenced by the conversation's lock on Redis: a turn overtaken by a newer one cannot overwrite it.
          await writeConversation(context, storage, { [key]: item });
        }
        result = candidate;
      } catch (error) {
        // Two turns of one conversation at once (a double tap): redo this one on the other's result.
        if (attempt === 0 && isETagConflict(error)) {
          retried = true;
          continue;
        }
        throw error;
      }
    }

    // After the write, once: reminders scheduled or cancelled, the plan kept; their replies go out with the turn's.
    const extra = (await this.deps.effects?.apply({ context, result, surface, conversationKey: key, now: input.now, turnId })) ?? [];
    const locale = result.data?.locale ?? (activity.locale?.toLowerCase().startsWith('es') ? 'es' : 'en');
    const activities = renderReplies([...result.replies, ...extra], surface, activity.channelId, { locale, inboundText: text });
    if (activities.length > 0) await context.sendActivities(activities);
    this.deps.effects?.recordTurn(result, activity.channelId, (performance.now() - started) / 1000);
    logger.info(
      {
        turnId,
        conversation: key.slice(-12),
        channel: activity.channelId,
        kind,
        events: eventCodes(result.events),
        outcomes: result.replies.flatMap((reply) => (reply.outcome ? [reply.outcome] : [])),
        erased: result.data === null,
        retried,
        replies: activities.length,
        ms: Math.round(performance.now() - started),
      },
      'turn',
    );
  }
}

const correlationKey = Symbol('correlationId');

/** One id per turn, shared by the turn log line and, if it fails, the error log and the person's message. */
export function correlationIdOf(context: TurnContext): string {
  const existing = context.turnState.get<string | undefined>(correlationKey);
  if (existing) return existing;
  const id = newCorrelationId();
  context.turnState.set(correlationKey, id);
  return id;
}

/** The person's side of a failed turn: a kind sentence and a way forward, never a stack trace. */
export function turnErrorMessage(activity: Pick<Activity, 'locale'>, correlationId: string): string {
  if (activity.locale?.toLowerCase().startsWith('es')) {
    return `Lo siento, algo falló de nuestro lado. Sus respuestas siguen guardadas: envíe su última respuesta otra vez. (Código: ${correlationId})`;
  }
  return `Sorry, something went wrong on our side. Your answers are still saved: please send your last answer again. (Code: ${correlationId})`;
}
