import { KEEP_UNTIL_DELETED } from '../storage/retention.js';
import type { Activity, StoreItem } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import twilio from 'twilio';
import { z } from 'zod';
import type { AppDeps } from '../app.js';
import { smsKeyword } from '../channels/smsKeywords.js';
import { smsCount } from '../../dialogs/plain.js';
import { twilioSmsChannelId } from '../channels/surface.js';
import { hmacKey } from '../keys.js';
import { reminderPersonKey } from '../reminders/reminders.js';
import type { CancelReason } from '../reminders/store.js';
import { InProcessConversationLock, withConversationLock, type ConversationLock } from '../turns/conversationLock.js';
import { createRateLimits, type RateLimits } from '../turns/rateLimits.js';
import { LocalSeenActivities, MemoryAnswers, seenKey, type SeenActivities } from '../turns/seenActivities.js';
import { asksToDeleteData } from '../../dialogs/erasureRequest.js';
import { californiaToday } from '../../machines/dateRules.js';
import { conversationKey } from '../keys.js';
import { isTurnUnavailable, troubleSms } from '../turns/turnGuard.js';

/**
 * POST /api/sms: Twilio's incoming-message webhook, for organisations without Azure Bot Service
 * (Botkit's shape, typed: verify the signature first, map the webhook to an activity, map the
 * replies back to TwiML). The turn runs in-process through `deps.deliver`, so it is the same bot,
 * storage and renderer as /api/messages (channel 'twilio-sms' → the SMS surface).
 *
 * The phone number never leaves this file: storage keys, the conversation id, from.id and the
 * opt-out record are keyed HMACs of it (KEY_SECRET), and nothing here logs it.
 */

export const twilioWebhookPath = '/api/sms';

/** Twilio's form fields we use (twilio.com/docs/messaging/guides/webhook-request); others pass through unread. */
export const twilioInboundSchema = z.looseObject({
  MessageSid: z.string().min(1).max(64),
  From: z.string().min(1).max(64),
  To: z.string().min(1).max(64),
  Body: z.string().max(1600).default(''),
  AccountSid: z.string().max(64).optional(),
  NumMedia: z.string().optional(),
});
export type TwilioInbound = z.infer<typeof twilioInboundSchema>;

export interface TwilioWebhookOptions {
  /** Reminders to cancel on STOP (src/reminders: createReminders(...).cancel). */
  reminders?: { cancel(personKey: string, reason: CancelReason): Promise<number> };
  rateLimits?: RateLimits;
  seen?: SeenActivities<string>;
  lock?: ConversationLock;
  /** How long a retry waits for the first attempt of the same MessageSid (Twilio gives up after 15 s). */
  retryWaitMs?: number;
}

interface OptOutItem extends StoreItem {
  at: string;
}

const emptyTwiml = new twilio.twiml.MessagingResponse().toString();

export function twiml(messages: readonly string[]): string {
  const response = new twilio.twiml.MessagingResponse();
  for (const text of messages) response.message(text);
  return response.toString();
}

/** The keyed id of a phone number: what storage, locks, limits and logs see instead of the number. */
export function smsNumberKey(keySecret: string, phoneNumber: string): string {
  return hmacKey(keySecret, 'sms/number', phoneNumber.trim());
}

/** The conversation id of a number's SMS conversation (an HMAC inside: never the number itself). */
export function smsConversationId(numberKey: string): string {
  return `sms:${numberKey}`;
}

/** Where the opt-out is kept: its own key, so "delete my data" (which erases the conversation) leaves it. */
export function smsOptOutKey(numberKey: string): string {
  return `sms-optout/${numberKey}`;
}

/**
 * The URL Twilio signed: PUBLIC_BASE_URL + path and query when set; otherwise the request's own
 * Host (behind a proxy that terminates TLS, X-Forwarded-Proto says https). Set PUBLIC_BASE_URL in
 * production: then a signature Twilio made for another URL can never match, whatever Host says.
 */
export function signedUrl(req: Request, publicBaseUrl: string | undefined): string {
  const pathAndQuery = req.url ?? twilioWebhookPath;
  if (publicBaseUrl) return `${publicBaseUrl.replace(/\/+$/, '')}${pathAndQuery}`;
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim();
  const protocol = forwarded === 'https' || req.isSecure() ? 'https' : 'http';
  return `${protocol}://${req.headers.host ?? 'localhost'}${pathAndQuery}`;
}

function formParams(body: unknown): Record<string, string> | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string') out[name] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[name] = value.join(',');
    else return undefined;
  }
  return out;
}

function sendTwiml(res: Response, status: number, body: string): void {
  res.setHeader('content-type', 'text/xml; charset=utf-8');
  res.sendRaw(status, body);
}

/** Mounts POST /api/sms when TWILIO_AUTH_TOKEN is set; without it the route does not exist (404). */
export function registerTwilioWebhook(server: Server, deps: AppDeps, options: TwilioWebhookOptions = {}): void {
  const { config, storage, logger, deliver } = deps;
  const authToken = config.TWILIO_AUTH_TOKEN;
  if (!authToken) return;
  const secret = config.KEY_SECRET;
  const rateLimits = options.rateLimits ?? createRateLimits();
  const seen = options.seen ?? new LocalSeenActivities<string>({ answers: new MemoryAnswers(), keyPrefix: 'seen/twilio/' });
  const lock = options.lock ?? new InProcessConversationLock();
  const retryWaitMs = options.retryWaitMs ?? 12_000;

  const isOptedOut = async (numberKey: string): Promise<boolean> => {
    const key = smsOptOutKey(numberKey);
    const items = await storage.read([key]);
    const item = items[key] as OptOutItem | undefined;
    return item !== undefined;
  };

  /** The turn for one new message; returns the TwiML to answer (and to answer any retry with). */
  const answer = async (inbound: TwilioInbound, numberKey: string): Promise<string> => {
    const keyword = smsKeyword(inbound.Body);
    const optOutKey = smsOptOutKey(numberKey);

    if (keyword === 'optOut') {
      // CTIA / Twilio: the opt-out is Twilio's to confirm ("You have successfully been unsubscribed…"); we send nothing.
      // Kept until START, past STATE_TTL_DAYS and "delete my data" (CTIA: honour STOP until the person opts back in).
      await storage.write({ [optOutKey]: { at: new Date().toISOString(), [KEEP_UNTIL_DELETED]: true, eTag: '*' } satisfies OptOutItem });
      const cancelled = (await options.reminders?.cancel(reminderPersonKey(secret, twilioSmsChannelId, numberKey), 'stop')) ?? 0;
      logger.info({ code: 'SMS_OPT_OUT', number: numberKey.slice(-12), cancelledReminders: cancelled }, 'sms opt-out');
      return emptyTwiml;
    }
    if (await isOptedOut(numberKey)) {
      // F6 of the 2026-11-29 review: "delete my data" is honoured whatever the opt-out state; only
      // the opt-out itself is kept. Nothing is sent: the number opted out (CTIA).
      if (keyword !== 'optIn' && deps.erasure && asksToDeleteData(inbound.Body, californiaToday(new Date()))) {
        await deps.erasure.erase({ channelId: twilioSmsChannelId, conversationId: smsConversationId(numberKey), userId: numberKey });
        logger.info({ code: 'SMS_ERASED_WHILE_OPTED_OUT', number: numberKey.slice(-12) }, 'sms data erased while opted out');
        return emptyTwiml;
      }
      if (keyword !== 'optIn') return emptyTwiml;
      // START, YES, UNSTOP: Twilio confirms the opt-in itself.
      await storage.delete([optOutKey]);
      logger.info({ code: 'SMS_OPT_IN', number: numberKey.slice(-12) }, 'sms opt-in');
      return emptyTwiml;
    }

    const limited = await rateLimits.message(numberKey);
    if (!limited.allowed) return emptyTwiml;

    const activity: Partial<Activity> = {
      type: 'message',
      id: hmacKey(secret, 'sms/message', inbound.MessageSid),
      channelId: twilioSmsChannelId,
      // deliver() returns the replies instead of posting them: this URL is never called.
      serviceUrl: 'http://127.0.0.1/twilio-sms',
      timestamp: new Date(),
      conversation: { id: smsConversationId(numberKey), isGroup: false, conversationType: 'personal', name: '' },
      from: { id: numberKey, name: '', role: 'user' },
      recipient: { id: 'imr-guide-sms', name: 'IMR Guide', role: 'bot' },
      text: inbound.Body,
      // In memory only, for the one thing that needs the real number: sealing a reminder address
      // (src/reminders/sealed.ts) when the person says yes. Never stored or logged as it is.
      channelData: { sms: { from: inbound.From, to: inbound.To } },
      // HELP and INFO (Twilio's help words) mean the bot's help command too: one reply with both.
      ...(keyword === 'help' ? { value: { command: 'help' } } : {}),
    };
    const replies = await withConversationLock(lock, numberKey, () => deliver(activity));
    const texts = replies.flatMap((reply) => (reply.type === 'message' && reply.text ? [reply.text] : []));

    const sent: string[] = [];
    for (const text of texts) {
      // SMS pumping: every text costs money, so each one is counted against the number's hourly cap first.
      const decision = await rateLimits.sms(numberKey, smsCount(text).segments);
      if (!decision.allowed) {
        logger.warn({ code: 'SMS_CAP_REACHED', number: numberKey.slice(-12), retryAfterSeconds: decision.retryAfterSeconds }, 'sms cap reached');
        break;
      }
      sent.push(text);
    }
    return sent.length ? twiml(sent) : emptyTwiml;
  };

  server.post(twilioWebhookPath, async (req: Request, res: Response) => {
    const params = formParams(req.body as unknown);
    const signature = req.header('x-twilio-signature');
    // Verify before reading anything: an unsigned or forged request (or one signed for another URL) runs nothing.
    if (!params || !signature || !twilio.validateRequest(authToken, signature, signedUrl(req, config.PUBLIC_BASE_URL), params)) {
      logger.warn({ code: 'TWILIO_SIGNATURE_REFUSED' }, 'twilio webhook refused: signature');
      res.send(403, { error: 'invalid Twilio signature' });
      return;
    }
    const parsed = twilioInboundSchema.safeParse(params);
    if (!parsed.success) {
      logger.warn({ code: 'TWILIO_BODY_INVALID', fields: parsed.error.issues.map((issue) => issue.path.join('.')) }, 'twilio webhook body invalid');
      res.send(400, { error: 'not a Twilio message webhook' });
      return;
    }
    const inbound = parsed.data;
    if (config.TWILIO_ACCOUNT_SID && inbound.AccountSid && inbound.AccountSid !== config.TWILIO_ACCOUNT_SID) {
      res.send(403, { error: 'another Twilio account' });
      return;
    }

    const numberKey = smsNumberKey(secret, inbound.From);
    const id = seenKey(secret, twilioSmsChannelId, inbound.MessageSid);
    // issue 7, Faults: storage away → a short "try again in a minute" as TwiML, never a 500 with no SMS.
    const trouble = (error: { code: string }) => {
      logger.error({ code: error.code }, 'twilio turn not run');
      sendTwiml(res, 200, twiml([troubleSms()]));
    };
    let claim: Awaited<ReturnType<typeof seen.claim>>;
    try {
      claim = await seen.claim(id);
      if (claim.status === 'inProgress') claim = await seen.waitForAnswer(id, retryWaitMs);
    } catch (error) {
      if (!isTurnUnavailable(error)) throw error;
      trouble(error);
      return;
    }
    if (claim.status === 'answered') {
      sendTwiml(res, 200, claim.response);
      return;
    }
    if (claim.status === 'inProgress') {
      // The first attempt is still running: it will answer; a 503 lets Twilio's fallback (if any) decide.
      res.setHeader('retry-after', '5');
      res.send(503, { error: 'this message is still being answered' });
      return;
    }

    let body: string;
    try {
      body = await answer(inbound, numberKey);
    } catch (error) {
      await seen.abandon(id);
      if (isTurnUnavailable(error)) {
        trouble(error);
        return;
      }
      logger.error({ code: 'TWILIO_TURN_FAILED', error: error instanceof Error ? error.name : 'unknown' }, 'twilio turn failed');
      res.send(500, { error: 'could not answer' });
      return;
    }
    try {
      // Under the conversation's key: "delete my data" erases this answer with the conversation.
      await seen.complete(id, body, conversationKey(secret, twilioSmsChannelId, smsConversationId(numberKey)));
    } catch (error) {
      // The turn is written: its replies go out even if the record for a retry could not be kept.
      logger.warn({ code: 'TWILIO_SEEN_COMPLETE_FAILED', error: error instanceof Error ? error.name : 'unknown' }, 'answer not recorded');
    }
    sendTwiml(res, 200, body);
  });
}
