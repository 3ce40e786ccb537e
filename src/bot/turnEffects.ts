import type { Storage, TurnContext } from 'botbuilder';
import { answersSummaryLines } from '../../dialogs/answersSummary.js';
import type { Locale, Reply, Surface, TurnEffect, TurnResult } from '../../dialogs/contract.js';
import { say, type Voice } from '../../dialogs/say.js';
import { reminderDelivery, type ReminderRoutes } from '../channels/surface.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Metrics } from '../metrics.js';
import { planKitText } from '../plan/kitText.js';
import { createPlan, planInputFromTurn } from '../plan/planStore.js';
import { planSummaryText } from '../plan/planSummaryText.js';
import { referenceOf } from '../reminders/proactiveSender.js';
import { reminderPersonKey, type AcceptTarget, type Reminders } from '../reminders/reminders.js';
import { reminderAddressSchema } from '../reminders/scheduler.js';
import { isETagConflict } from '../storage/storageErrors.js';

/**
 * What the host does with a turn's effects (dialogs/contract.ts TurnEffect), once the turn's data is
 * stored: runTurn is pure and may run twice on an eTag conflict, so effects are acted on only for
 * the result that was written. Reminders (issue 8): schedule on yes, cancel on "stop reminders",
 * STOP and "delete my data". Plans (issue 9): keep each outcome stated in full, offer its link.
 *
 * Returns replies to send after the turn's own: the calendar link, the plan link or card, or an
 * apology when reminders could not be set up (the confirmation must never promise what failed).
 */

export interface TurnEffectsDeps {
  config: Pick<Config, 'KEY_SECRET' | 'PUBLIC_BASE_URL' | 'STATE_TTL_DAYS'>;
  storage: Storage;
  logger: Logger;
  reminders?: Pick<Reminders, 'accept' | 'cancel' | 'channels'>;
  metrics?: Metrics;
}

export interface EffectTurn {
  context: TurnContext;
  result: TurnResult;
  surface: Surface;
  /** src/keys.ts conversationKey: the row "delete my data" erased, and the key of its plans. */
  conversationKey: string;
  now: Date;
  turnId: string;
}

/** The SMS webhook (src/sms/twilioWebhook.ts) hands the sender's number in channelData, in memory only. */
interface SmsChannelData {
  sms?: { from?: unknown };
}

export class TurnEffects {
  constructor(private readonly deps: TurnEffectsDeps) {}

  /** For src/channels/surface.ts: which reminder routes this config gives. */
  get reminderRoutes(): ReminderRoutes {
    const channels = this.deps.reminders?.channels ?? [];
    return { sms: channels.includes('sms'), botframework: channels.includes('botframework'), calendar: this.deps.reminders !== undefined };
  }

  async apply(turn: EffectTurn): Promise<Reply[]> {
    const effects: readonly TurnEffect[] = turn.result.effects ?? [];
    const erased = turn.result.data === null;
    const extra: Reply[] = [];
    // "delete my data" already erased plans and reminders with the conversation (src/bot/erasure.ts).
    const cancels = erased ? [] : effects.filter((effect) => effect.type === 'reminders.cancel');
    for (const effect of cancels) await this.guarded(turn, 'REMINDERS_CANCEL_FAILED', () => this.cancel(turn, effect.reason));
    for (const effect of effects) {
      if (effect.type === 'reminders.accept') extra.push(...(await this.accept(turn, effect.details)));
      if (effect.type === 'plan.keep') extra.push(...(await this.keepPlan(turn)));
    }
    return extra;
  }

  /** After the replies are sent: the turn's events, counted in codes only (src/metrics.ts). */
  recordTurn(result: TurnResult, channelId: string, seconds: number): void {
    this.deps.metrics?.recordTurn(result.events, channelId, seconds);
  }

  private personKey(turn: EffectTurn): string {
    const { channelId, from } = turn.context.activity;
    return reminderPersonKey(this.deps.config.KEY_SECRET, channelId, from.id);
  }

  private async cancel(turn: EffectTurn, reason: 'stopReminders' | 'deleteData' | 'stop'): Promise<void> {
    if (!this.deps.reminders) return;
    const cancelled = await this.deps.reminders.cancel(this.personKey(turn), reason);
    this.deps.logger.info({ code: 'REMINDERS_CANCELLED', turnId: turn.turnId, reason, cancelled }, 'reminders cancelled');
  }

  private async accept(turn: EffectTurn, details: Extract<TurnEffect, { type: 'reminders.accept' }>['details']): Promise<Reply[]> {
    const voice = this.voice(turn);
    const failed: Reply[] = [{ kind: 'problem', text: say(voice, 'reminders.failed') }];
    const { reminders } = this.deps;
    const target = this.targetOf(turn);
    if (!reminders || !target) {
      this.deps.logger.warn({ code: 'REMINDERS_NO_ROUTE', turnId: turn.turnId }, 'reminders accepted without a route');
      return failed;
    }
    try {
      const accepted = await reminders.accept({
        personKey: this.personKey(turn),
        channelId: turn.context.activity.channelId,
        dates: details,
        agency: details.agency,
        locale: voice.locale,
        target,
      });
      this.deps.logger.info({ code: 'REMINDERS_ACCEPTED', turnId: turn.turnId, reminders: accepted.plan.length, delivery: target.kind }, 'reminders accepted');
      if (!accepted.calendarPath) return [];
      const url = this.absolute(accepted.calendarPath);
      return [{ kind: 'info', text: say(voice, 'reminders.calendarLink', { url }), links: [{ label: say(voice, 'reminders.calendarOpen'), url }] }];
    } catch (error) {
      this.deps.metrics?.recordStorageError('other');
      this.deps.logger.error({ code: 'REMINDERS_ACCEPT_FAILED', turnId: turn.turnId, error: error instanceof Error ? error.name : 'unknown' }, 'reminders accept failed');
      return failed;
    }
  }

  /** Where this person's reminders go (docs/reminders.md "How reminders reach people"). */
  private targetOf(turn: EffectTurn): AcceptTarget | undefined {
    const activity = turn.context.activity;
    switch (reminderDelivery(activity.channelId)) {
      case 'sms': {
        const to = (activity.channelData as SmsChannelData | undefined)?.sms?.from;
        const address = reminderAddressSchema.safeParse({ channel: 'sms', to });
        return address.success ? { kind: 'message', address: address.data } : undefined;
      }
      case 'botframework':
        return { kind: 'message', address: { channel: 'botframework', reference: referenceOf(activity) } };
      case 'calendar':
        return { kind: 'calendar' };
    }
  }

  private async keepPlan(turn: EffectTurn): Promise<Reply[]> {
    const { result, surface, now } = turn;
    if (surface.shared || !result.data) return [];
    const input = planInputFromTurn(result, surface, now);
    if (!input) return [];
    const voice = this.voice(turn);
    let created: Awaited<ReturnType<typeof createPlan>>;
    try {
      created = await createPlan(this.deps.storage, {
        ...input,
        conversationKey: turn.conversationKey,
        summary: answersSummaryLines(result.data, surface, now),
        ttlDays: this.deps.config.STATE_TTL_DAYS,
      });
    } catch (error) {
      this.deps.metrics?.recordStorageError('plan');
      this.deps.logger.error({ code: 'PLAN_CREATE_FAILED', turnId: turn.turnId, error: error instanceof Error ? error.name : 'unknown' }, 'plan not kept');
      return [];
    }
    if (!created) return [];
    this.deps.metrics?.recordPlan('created', turn.context.activity.channelId);
    const path = `/plan/${created.token}`;
    const url = this.deps.config.PUBLIC_BASE_URL ? this.absolute(path) : undefined;
    // Issue 18: the plan page carries a filing kit at outcomes that lead to a filing; the link says so.
    const offer = (link: string) => [say(voice, 'plan.offer', { url: link }), ...(created.plan.kit ? [say(voice, 'kit.offer')] : [])].join('\n');
    if (surface.brief) {
      // SMS: the outcome's own messages already carry the plan; one more message carries the link.
      return url ? [{ kind: 'info', text: offer(url) }] : [];
    }
    if (surface.audience === 'staff') {
      // Teams: copy-friendly text for a clinic note, in a card, with the printable page; then the
      // filing kit as a plain-text message, which Teams lets staff copy whole.
      const [note = ''] = planSummaryText(created.plan, { brief: false, now, ...(url ? { planUrl: url } : {}) });
      const kit = planKitText(created.plan);
      return [
        { kind: 'info', title: say(voice, 'plan.noteTitle'), text: note, ...(url ? { links: [{ label: say(voice, 'plan.open'), url }] } : {}) },
        ...(kit ? [{ kind: 'info' as const, text: kit }] : []),
      ];
    }
    // The website: the page is on this origin, so a path works where no public URL is configured.
    const link = url ?? path;
    return [{ kind: 'info', text: offer(link), links: [{ label: say(voice, 'plan.open'), url: link }] }];
  }

  private absolute(path: string): string {
    const base = this.deps.config.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? '';
    return `${base}${path}`;
  }

  private voice(turn: EffectTurn): Voice {
    const locale: Locale = turn.result.data?.locale ?? (turn.context.activity.locale?.toLowerCase().startsWith('es') ? 'es' : 'en');
    return { locale, brief: turn.surface.brief, staff: turn.surface.audience === 'staff' };
  }

  /** An effect that failed is logged and counted; the turn's answer still goes out. */
  private async guarded(turn: EffectTurn, code: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (!isETagConflict(error)) this.deps.metrics?.recordStorageError(code.startsWith('PLAN') ? 'plan' : 'other');
      this.deps.logger.error({ code, turnId: turn.turnId, error: error instanceof Error ? error.name : 'unknown' }, 'turn effect failed');
    }
  }
}
