import { ActivityTypes, TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import { SendError, type Delivery, type ReminderSender } from './scheduler.js';

/**
 * Reminders on Teams and the other Azure Bot Service channels: a proactive message through the
 * conversation reference stored when the person said yes (CloudAdapter.continueConversationAsync).
 * The reference holds ids that identify the person (user and conversation ids, the tenant), so the
 * scheduler keeps it sealed (AES-256-GCM, src/reminders/sealed.ts) and opens it only to send.
 */

export interface ProactiveSenderOptions {
  adapter: CloudAdapter;
  /** MicrosoftAppId; '' in local mode (no authentication, loopback serviceUrls only). */
  appId: string;
  /** Local mode: refuse any serviceUrl that is not loopback, as POST /api/messages does (interfaces.md). */
  localMode: boolean;
  isLoopbackUrl: (url: string) => boolean;
  /** A send that hangs is a failed attempt, retried later; well inside the scheduler's lease. */
  timeoutMs?: number;
}

/** The part of an incoming activity to keep for later: what continueConversationAsync needs. */
export function referenceOf(activity: Partial<Activity>): Record<string, unknown> {
  return { ...TurnContext.getConversationReference(activity) };
}

export class ProactiveSender implements ReminderSender {
  constructor(private readonly options: ProactiveSenderOptions) {}

  async send(delivery: Delivery): Promise<void> {
    if (delivery.address.channel !== 'botframework') throw new SendError('WRONG_CHANNEL', true);
    const reference = delivery.address.reference as Partial<ConversationReference>;
    if (typeof reference.serviceUrl !== 'string' || typeof reference.conversation?.id !== 'string') {
      throw new SendError('REFERENCE_INCOMPLETE', true);
    }
    if (this.options.localMode && !this.options.isLoopbackUrl(reference.serviceUrl)) throw new SendError('LOCAL_MODE_SERVICE_URL', true);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SendError('CONNECTOR_TIMEOUT', false)), this.options.timeoutMs ?? 30_000);
    });
    try {
      await Promise.race([
        this.options.adapter.continueConversationAsync(this.options.appId, reference, async (context) => {
          await context.sendActivity({ type: ActivityTypes.Message, text: delivery.text });
        }),
        timeout,
      ]);
    } catch (error) {
      throw error instanceof SendError ? error : classify(error);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** The connector answers 403/404 when the bot was removed or the conversation is gone: retrying cannot help. */
function classify(error: unknown): SendError {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  if (typeof status === 'number') return new SendError(`CONNECTOR_${status}`, status === 403 || status === 404);
  return new SendError('CONNECTOR_UNREACHABLE', false, error instanceof Error ? error.name : 'unknown');
}
