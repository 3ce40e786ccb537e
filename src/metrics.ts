import { createHash, timingSafeEqual } from 'node:crypto';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Request, Response, Server } from 'restify';
import { commandValues, type TurnEvent } from '../dialogs/contract.js';
import { questionSlots } from '../machines/answers.js';
import type { DateProblem } from '../machines/dateRules.js';
import { outcomeIds } from '../machines/facts.js';

/**
 * Insight without PHI (issue 9): what helps, counted in codes only. Every label value passes an
 * allow-list below before it reaches prom-client, so a person's words, a phone number or an id can
 * never become a time series, whatever a caller hands in: anything unknown is counted as `other`.
 * docs/metrics.md says which question each metric answers, with PromQL.
 *
 * Each app gets its own Registry (not prom-client's global one), so tests and several apps in one
 * process do not collide.
 */

export const channelLabels = ['webchat', 'directline', 'emulator', 'msteams', 'sms', 'twilio', 'other'] as const;
export type ChannelLabel = (typeof channelLabels)[number];

/** The outcome menu and the Medi-Cal Rx follow-up are asked too, besides the statechart's slots. */
const slotLabels = [...questionSlots, 'outcome', 'mediCalRx', 'none', 'other'] as const;
const faqIds = ['whatIsImr', 'free', 'howLong', 'dmhcOrCdi', 'documents', 'whoCanHelp'] as const;
const dateProblems = ['malformed', 'impossible', 'future', 'too_old'] as const satisfies readonly DateProblem[];
export const storageOperations = ['read', 'write', 'delete', 'plan', 'other'] as const;
export type StorageOperation = (typeof storageOperations)[number];
export const planEvents = ['created', 'viewed', 'missing'] as const;
export type PlanEvent = (typeof planEvents)[number];

/** The only values each label may take. `other` absorbs everything else. */
const allowed = {
  channel: new Set<string>(channelLabels),
  slot: new Set<string>(slotLabels),
  outcome: new Set<string>([...outcomeIds, 'other']),
  command: new Set<string>([...commandValues, 'other']),
  kind: new Set<string>(['emergency', 'crisis', 'other']),
  faq: new Set<string>([...faqIds, 'other']),
  problem: new Set<string>([...dateProblems, 'other']),
  locale: new Set<string>(['en', 'es', 'other']),
  operation: new Set<string>(storageOperations),
  event: new Set<string>(planEvents),
} as const;
type LabelName = keyof typeof allowed;

/** A label value from the allow-list, or `other`. Exported so the test can prove the list holds. */
export function safeLabel(name: LabelName, value: unknown): string {
  return typeof value === 'string' && allowed[name].has(value) ? value : 'other';
}

/**
 * Bot Framework channel ids (and our own Twilio webhook) to a small fixed set. `directline` covers
 * Azure's Direct Line and the built-in endpoint; Web Chat on Azure reports `webchat`.
 */
export function channelLabel(channelId: string | undefined): ChannelLabel {
  const id = (channelId ?? '').toLowerCase();
  // src/sms/twilioWebhook.ts's activities: our own Twilio webhook, not Azure's SMS channel.
  if (id === 'twilio-sms') return 'twilio';
  return (channelLabels as readonly string[]).includes(id) ? (id as ChannelLabel) : 'other';
}

/** Turn latency: a turn is a storage read, a pure transition and a write; 1 ms to 0.5 s is normal. */
export const turnLatencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface MetricsOptions {
  /** Node process metrics (CPU, memory, event loop lag) in the same registry; on by default. */
  processMetrics?: boolean;
}

export interface Metrics {
  registry: Registry;
  /** Counts one turn's events; `seconds` is the whole turn (restore → persist → send). */
  recordTurn(events: readonly TurnEvent[], channel: string | undefined, seconds: number): void;
  recordStorageError(operation?: StorageOperation): void;
  /** A plan was stored (at an outcome), a plan page was served, or a plan link was dead. */
  recordPlan(event: PlanEvent, channel?: string): void;
}

type Labels<N extends LabelName> = Partial<Record<N, unknown>>;

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'imr_' });

  const counter = <N extends LabelName>(name: string, help: string, labelNames: readonly N[]) => {
    const metric = new Counter<N>({ name, help, labelNames, registers: [registry] });
    return (labels: Labels<N>, by = 1): void => {
      metric.inc(sanitize(labelNames, labels), by);
    };
  };

  const turns = counter('imr_turns_total', 'Turns processed (messages and joins), by channel.', ['channel']);
  const started = counter('imr_conversations_started_total', 'Conversations welcomed (the welcome was shown).', ['channel']);
  const finished = counter(
    'imr_conversations_finished_total',
    'Turns that reached an outcome (a conversation that goes back and reaches one again counts again).',
    ['channel'],
  );
  const outcomes = counter('imr_outcomes_total', 'Outcomes reached, by outcome id (imr-rules.md O1–O15); shown again after help is not counted again.', ['outcome', 'channel']);
  const asked = counter(
    'imr_questions_asked_total',
    'Questions reached, by slot; a question shown again (after help, a miss, a refused date) is not counted again.',
    ['slot', 'channel'],
  );
  const answered = counter('imr_questions_answered_total', 'Answers accepted, by slot.', ['slot', 'channel']);
  const notUnderstood = counter('imr_not_understood_total', 'Replies the bot could not read, by the question it was asking.', ['slot', 'channel']);
  const commands = counter('imr_commands_total', 'Commands used (help, back, restart, deleteData, stopReminders).', ['command', 'channel']);
  const safety = counter('imr_safety_triggers_total', 'Safety messages shown (emergency: 911; crisis: 988).', ['kind', 'channel']);
  const faq = counter('imr_faq_total', 'Questions answered from the FAQ, by FAQ id.', ['faq', 'channel']);
  const datesRefused = counter('imr_dates_refused_total', 'Dates refused and asked again, by reason (imr-rules.md §1).', ['problem']);
  const localeSwitches = counter('imr_locale_switches_total', 'Language switches, by the language chosen.', ['locale']);
  const storageErrors = counter('imr_storage_errors_total', 'Storage operations that failed.', ['operation']);
  const plans = counter('imr_plans_total', 'Plans kept at an outcome (created), plan pages served (viewed), dead plan links (missing).', ['event', 'channel']);
  const latency = new Histogram<'channel'>({
    name: 'imr_turn_duration_seconds',
    help: 'Time to process one turn, from activity in to replies sent.',
    labelNames: ['channel'],
    buckets: turnLatencyBuckets,
    registers: [registry],
  });

  return {
    registry,
    recordTurn(events, channelId, seconds) {
      const channel = channelLabel(channelId);
      turns({ channel });
      if (Number.isFinite(seconds) && seconds >= 0) latency.observe({ channel }, seconds);

      // dialogs/ emits `question` and `outcome` each time it shows one, also when it shows it again
      // after help, an FAQ, a safety message, a miss or a language switch. Only a turn that moved the
      // conversation (first welcome, an accepted answer, back, restart) reaches a question or an
      // outcome; the others repeat one, and counting them would hide where people stop.
      const moved = events.some(
        (event) => event.type === 'welcome' || event.type === 'answered' || (event.type === 'command' && (event.command === 'back' || event.command === 'restart')),
      );
      const repeatedSlots = new Set<string>();
      for (const event of events) {
        if (event.type === 'notUnderstood') repeatedSlots.add(event.slot ?? 'none');
        if (event.type === 'dateRefused') repeatedSlots.add('appealDate');
        if (event.type === 'answered') event.slots.forEach((slot) => repeatedSlots.add(slot));
      }
      let reachedOutcome = false;
      for (const event of events) {
        switch (event.type) {
          case 'welcome':
            started({ channel });
            break;
          case 'question':
            if (moved && !repeatedSlots.has(event.slot)) asked({ slot: event.slot, channel });
            break;
          case 'answered':
            for (const slot of new Set(event.slots)) answered({ slot, channel });
            break;
          case 'notUnderstood':
            notUnderstood({ slot: event.slot ?? 'none', channel });
            break;
          case 'outcome':
            if (moved) {
              outcomes({ outcome: event.id, channel });
              reachedOutcome = true;
            }
            break;
          case 'command':
            commands({ command: event.command, channel });
            break;
          case 'safety':
            safety({ kind: event.kind, channel });
            break;
          case 'faq':
            // Texts name FAQs `faq.whatIsImr`; the event may carry either form.
            faq({ faq: String(event.id).replace(/^faq\./, ''), channel });
            break;
          case 'dateRefused':
            datesRefused({ problem: event.problem });
            break;
          case 'locale':
            localeSwitches({ locale: event.locale });
            break;
        }
      }
      if (reachedOutcome) finished({ channel });
    },
    recordStorageError(operation = 'other') {
      storageErrors({ operation });
    },
    recordPlan(event, channelId) {
      plans({ event, channel: channelLabel(channelId) });
    },
  };
}

function sanitize<N extends LabelName>(labelNames: readonly N[], labels: Labels<N>): Record<N, string> {
  const out = {} as Record<N, string>;
  for (const name of labelNames) out[name] = name === 'channel' ? channelLabel(labels[name] as string | undefined) : safeLabel(name, labels[name]);
  return out;
}

export interface MetricsRouteOptions {
  metrics: Metrics;
  /** METRICS_TOKEN: when set, `Authorization: Bearer <token>` is required. */
  token?: string;
}

/** `GET /metrics` in the Prometheus text format; 401 without the right bearer token when one is set. */
export function registerMetricsRoute(server: Server, { metrics, token }: MetricsRouteOptions): void {
  const expected = token ? digest(token) : undefined;
  server.get('/metrics', async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    if (expected && !bearerMatches(req.header('authorization'), expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.send(401, { error: 'a bearer token is required' });
      return;
    }
    const body = await metrics.registry.metrics();
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.sendRaw(200, body);
  });
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time: both sides are hashed to the same length first, so neither length nor content leaks. */
function bearerMatches(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const given = digest(match?.[1] ?? '');
  return timingSafeEqual(given, expected) && match !== null;
}
