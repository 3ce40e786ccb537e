import type { Config } from '../config.js';
import { SendError, type Delivery, type ReminderSender } from './scheduler.js';

/**
 * SMS reminders through Twilio's Messages API:
 * `POST {TWILIO_API_BASE_URL}/2010-04-01/Accounts/{SID}/Messages.json`, form-encoded To/From/Body,
 * HTTP Basic auth SID:AUTH_TOKEN. Node's fetch, not the `twilio` client: that client builds its
 * hosts from region/edge names (api.{edge}.{region}.twilio.com) and has no base-URL setting, so
 * pointing it at TWILIO_API_BASE_URL would mean rewriting URLs inside a custom RequestClient.
 * One POST is simpler than that and is exactly what tests can check against a stand-in.
 */

export type TwilioSettings = Pick<Config, 'TWILIO_ACCOUNT_SID' | 'TWILIO_AUTH_TOKEN' | 'TWILIO_FROM' | 'TWILIO_API_BASE_URL'>;

export interface TwilioSenderOptions {
  accountSid: string;
  authToken: string;
  /** The Twilio number (E.164) or a Messaging Service SID (MG...). */
  from: string;
  /** https://api.twilio.com, or a test stand-in. */
  baseUrl: string;
  /** A send that hangs is a failed attempt, retried later (the lease must outlast this). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * Twilio error codes that no retry can fix (Twilio's error dictionary): 21211 invalid To number,
 * 21610 the person replied STOP (Twilio blocks sends to them), 21612/21614 not reachable by SMS,
 * 21408 no permission for the region.
 */
const permanentTwilioCodes = new Set([21211, 21408, 21610, 21612, 21614]);

export class TwilioSender implements ReminderSender {
  private readonly url: string;
  private readonly authorization: string;

  constructor(private readonly options: TwilioSenderOptions) {
    const base = options.baseUrl.replace(/\/+$/, '');
    this.url = `${base}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
    this.authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  }

  async send(delivery: Delivery): Promise<void> {
    if (delivery.address.channel !== 'sms') throw new SendError('WRONG_CHANNEL', true);
    const from = this.options.from;
    const body = new URLSearchParams({ To: delivery.address.to, Body: delivery.text });
    body.set(from.startsWith('MG') ? 'MessagingServiceSid' : 'From', from);
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(this.url, {
        method: 'POST',
        headers: { authorization: this.authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: body.toString(),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      throw new SendError('TWILIO_UNREACHABLE', false, error instanceof Error ? error.name : 'fetch failed');
    }
    if (response.status === 201 || response.status === 200) {
      await response.body?.cancel();
      return;
    }
    const detail = (await response.json().catch(() => ({}))) as { code?: unknown };
    const twilioCode = typeof detail.code === 'number' ? detail.code : undefined;
    // Everything else is retried with backoff up to maxAttempts: 5xx and 429 pass, and a 401 from
    // wrong credentials can be fixed by the operator before the attempts run out.
    const permanent = twilioCode !== undefined && permanentTwilioCodes.has(twilioCode);
    throw new SendError(`TWILIO_${response.status}${twilioCode !== undefined ? `_${twilioCode}` : ''}`, permanent);
  }
}

/** The SMS sender when the Twilio settings are all there; undefined when SMS reminders are off. */
export function twilioSenderFrom(settings: TwilioSettings): TwilioSender | undefined {
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: from } = settings;
  if (!accountSid || !authToken || !from) return undefined;
  return new TwilioSender({ accountSid, authToken, from, baseUrl: settings.TWILIO_API_BASE_URL });
}
