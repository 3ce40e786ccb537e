import restify, { type Server } from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import type { Surface, TurnEvent, TurnInput } from '../../dialogs/contract.js';
import { runTurn } from '../../dialogs/turn.js';
import { channelLabel, createMetrics, registerMetricsRoute, safeLabel, type Metrics } from '../../src/metrics.js';

const MARKER = 'MARKER-7f3a9c';
const PHONE = '555-867-5309';
const PHONE_DIGITS = '5558675309';

const servers: Server[] = [];
afterEach(async () => {
  const closing = servers.splice(0).map(
    (server) =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  );
  await Promise.all(closing);
});

async function serve(metrics: Metrics, token?: string): Promise<string> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  registerMetricsRoute(server, { metrics, ...(token !== undefined && { token }) });
  servers.push(server);
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${server.address().port}`;
}

/** One labelled value of a counter or histogram sample (`_bucket`, `_count`), 0 when that series does not exist. */
async function value(metrics: Metrics, name: string, labels: Record<string, string>): Promise<number> {
  const family = name.replace(/_(bucket|count|sum)$/, '');
  const metric = metrics.registry.getSingleMetric(family);
  if (!metric) throw new Error(`no metric ${family}`);
  const { values } = await metric.get();
  const match = values.find(
    (v) => ((v as { metricName?: string }).metricName ?? family) === name && Object.entries(labels).every(([k, want]) => String(v.labels[k]) === want),
  );
  return match?.value ?? 0;
}

const web: Surface = { buttons: true, cards: true, brief: false, maxChars: 4000, audience: 'patient', shared: false };
const now = new Date('2026-12-01T18:00:00Z');

/** A conversation through the real turn (dialogs/turn.ts), the marker and a phone number typed and posted where words go. */
function scriptedConversation(metrics: Metrics, channel: string): void {
  const steps: Pick<TurnInput, 'kind' | 'text' | 'value'>[] = [
    { kind: 'join' },
    { kind: 'message', text: `${MARKER} call me at ${PHONE}` },
    { kind: 'message', value: { answer: { coverage: 'dmhc_plan' } } },
    { kind: 'message', value: { answer: { planName: `${MARKER} Health ${PHONE}` } } },
    { kind: 'message', value: { answer: { reason: 'medical_necessity' } } },
    { kind: 'message', value: { answer: { appealStatus: 'decided' } } },
    { kind: 'message', value: { answer: { appealDate: '2026-11-02' } } },
    { kind: 'message', value: { answer: { urgency: 'not_urgent' } } },
    { kind: 'message', text: 'help' },
  ];
  let stored: unknown;
  for (const step of steps) {
    const result = runTurn({ ...step, now, surface: web }, stored);
    stored = result.data;
    metrics.recordTurn(result.events, channel, 0.004);
  }
}

describe('metrics', () => {
  it('counts a conversation from welcome to its outcome, once, and shows it on /metrics', async () => {
    const metrics = createMetrics({ processMetrics: false });
    scriptedConversation(metrics, 'webchat');

    expect(await value(metrics, 'imr_turns_total', { channel: 'webchat' })).toBe(9);
    expect(await value(metrics, 'imr_conversations_started_total', { channel: 'webchat' })).toBe(1);
    // The outcome is shown again after "help": reached once, finished once.
    expect(await value(metrics, 'imr_outcomes_total', { outcome: 'O1', channel: 'webchat' })).toBe(1);
    expect(await value(metrics, 'imr_conversations_finished_total', { channel: 'webchat' })).toBe(1);
    expect(await value(metrics, 'imr_not_understood_total', { slot: 'coverage', channel: 'webchat' })).toBe(1);
    expect(await value(metrics, 'imr_questions_answered_total', { slot: 'urgency', channel: 'webchat' })).toBe(1);
    expect(await value(metrics, 'imr_commands_total', { command: 'help', channel: 'webchat' })).toBe(1);
    // Asked once, not again after the miss.
    expect(await value(metrics, 'imr_questions_asked_total', { slot: 'coverage', channel: 'webchat' })).toBe(1);
    expect(await value(metrics, 'imr_turn_duration_seconds_count', { channel: 'webchat' })).toBe(9);

    const body = await (await fetch(`${await serve(metrics)}/metrics`)).text();
    expect(body).toContain('imr_outcomes_total{outcome="O1",channel="webchat"} 1');
  });

  it('holds neither the marker nor the phone number after a conversation containing both', async () => {
    const metrics = createMetrics({ processMetrics: false });
    scriptedConversation(metrics, 'sms');
    const body = await (await fetch(`${await serve(metrics)}/metrics`)).text();
    expect(body).toContain('imr_outcomes_total{outcome="O1",channel="sms"} 1');
    expect(body).not.toContain(MARKER);
    expect(body.replace(/\D/g, '')).not.toContain(PHONE_DIGITS);
  });

  it('counts codes it does not know as "other", so words and numbers in events never become labels', async () => {
    const metrics = createMetrics({ processMetrics: false });
    // Events as a careless caller might build them: text where codes belong.
    const leaky = [
      { type: 'welcome' },
      { type: 'question', slot: `${MARKER} ${PHONE}` },
      { type: 'answered', slots: [MARKER, 'coverage'] },
      { type: 'notUnderstood', slot: PHONE },
      { type: 'outcome', id: MARKER },
      { type: 'command', command: MARKER },
      { type: 'safety', kind: PHONE },
      { type: 'faq', id: `faq.${MARKER}` },
      { type: 'dateRefused', problem: MARKER },
      { type: 'locale', locale: MARKER },
    ] as unknown as TurnEvent[];
    metrics.recordTurn(leaky, `+1${PHONE_DIGITS}`, 0.002);
    metrics.recordStorageError(MARKER as 'read');
    metrics.recordPlan(MARKER as 'created', MARKER);

    const body = await metrics.registry.metrics();
    expect(body).not.toContain(MARKER);
    expect(body.replace(/\D/g, '')).not.toContain(PHONE_DIGITS);
    expect(await value(metrics, 'imr_outcomes_total', { outcome: 'other', channel: 'other' })).toBe(1);
    expect(await value(metrics, 'imr_questions_answered_total', { slot: 'other', channel: 'other' })).toBe(1);
    expect(await value(metrics, 'imr_questions_answered_total', { slot: 'coverage', channel: 'other' })).toBe(1);
    expect(await value(metrics, 'imr_storage_errors_total', { operation: 'other' })).toBe(1);
  });

  it('names channels from a small fixed set', () => {
    expect(['webchat', 'directline', 'emulator', 'msteams', 'sms', 'twilio', 'MSTeams', 'test', '+15558675309', undefined].map(channelLabel)).toEqual([
      'webchat',
      'directline',
      'emulator',
      'msteams',
      'sms',
      'twilio',
      'msteams',
      'other',
      'other',
      'other',
    ]);
    expect(safeLabel('slot', 'appealDate')).toBe('appealDate');
    expect(safeLabel('slot', 'appealDate ')).toBe('other');
  });

  it('puts turn latency in millisecond buckets', async () => {
    const metrics = createMetrics({ processMetrics: false });
    metrics.recordTurn([], 'msteams', 0.003);
    metrics.recordTurn([], 'msteams', 0.3);
    expect(await value(metrics, 'imr_turn_duration_seconds_bucket', { channel: 'msteams', le: '0.0025' })).toBe(0);
    expect(await value(metrics, 'imr_turn_duration_seconds_bucket', { channel: 'msteams', le: '0.005' })).toBe(1);
    expect(await value(metrics, 'imr_turn_duration_seconds_bucket', { channel: 'msteams', le: '0.5' })).toBe(2);
  });

  it('keeps each app’s counts apart: two registries in one process do not collide', async () => {
    const first = createMetrics();
    const second = createMetrics();
    first.recordTurn([{ type: 'welcome' }], 'webchat', 0.001);
    expect(await value(first, 'imr_turns_total', { channel: 'webchat' })).toBe(1);
    expect(await value(second, 'imr_turns_total', { channel: 'webchat' })).toBe(0);
    expect(await first.registry.metrics()).toContain('imr_process_cpu_seconds_total');
  });
});

describe('GET /metrics', () => {
  it('refuses a request without the right bearer token when METRICS_TOKEN is set', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const base = await serve(metrics, 's3cret-metrics-token');
    const none = await fetch(`${base}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.text()).not.toContain('imr_turns_total');
    expect((await fetch(`${base}/metrics`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { Authorization: 's3cret-metrics-token' } })).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { Authorization: 'Bearer s3cret-metrics-token-and-more' } })).status).toBe(401);

    const ok = await fetch(`${base}/metrics`, { headers: { Authorization: 'Bearer s3cret-metrics-token' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    expect(await ok.text()).toContain('# TYPE imr_turns_total counter');
  });

  it('is open when no token is configured', async () => {
    const metrics = createMetrics({ processMetrics: false });
    const response = await fetch(`${await serve(metrics)}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('imr_turn_duration_seconds');
  });
});
