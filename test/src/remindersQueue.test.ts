import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { planReminders, type PlannedReminder } from '../../machines/reminderPlan.js';
import { RedisReminderStore } from '../../src/reminders/redisStore.js';
import { reminderPersonKey } from '../../src/reminders/reminders.js';
import { ReminderScheduler, type ReminderSender, type SchedulerEvent } from '../../src/reminders/scheduler.js';
import { createSealer } from '../../src/reminders/sealed.js';
import { TwilioSender } from '../../src/reminders/twilioSender.js';
import { createRedisClient } from '../../src/storage/redisClient.js';
import { dropPrefix, ready, redisAvailable, redisUrl, testClient, testPrefix } from './redisEnv.js';
import { RecordingSender } from './remindersHelpers.js';

/**
 * issue 8 on Redis, where BullMQ runs the queue (issue 20), against the real Redis: reminders are
 * scheduled as delayed jobs, survive a restart, go out once across instances (1,000 of them, two
 * instances, through a stand-in of Twilio's Messages API), again only when an instance died
 * mid-send, never after STOP or "delete my data", never in SMS quiet hours, and a failed send is
 * retried with backoff. BullMQ keeps real time, so the scheduler's clock runs offset from it: it
 * starts just before the moment a test is about, and reminders fall due a second or so later.
 */

const SECRET = 'test-key-secret-for-reminders-0123456789';
const sealer = createSealer(SECRET);
const rootPrefix = testPrefix('queue');
const opened: { close(): Promise<void> }[] = [];
let admin: Redis | undefined;

afterEach(async () => {
  await Promise.all(opened.splice(0).map((resource) => resource.close()));
});
afterAll(async () => {
  if (!admin) return;
  await dropPrefix(admin, rootPrefix);
  admin.disconnect();
});

/** A clock that runs at real speed from `iso`. */
function clockFrom(iso: string): () => Date {
  const offset = Date.parse(iso) - Date.now();
  return () => new Date(Date.now() + offset);
}

async function backing(): Promise<{ prefix: string; open: () => Promise<RedisReminderStore> }> {
  admin ??= await ready(testClient('queue-admin'));
  const prefix = `${rootPrefix}${Math.random().toString(36).slice(2)}:`;
  // Each "instance" has its own connections, as separate processes would.
  const open = async () => {
    const store = new RedisReminderStore({
      client: await ready(testClient('queue-instance')),
      workerClient: () => createRedisClient({ url: redisUrl ?? '', connectionName: 'imr-test-queue-worker', maxReconnectDelayMs: 200, worker: true }),
      keyPrefix: prefix,
      ownsClient: true,
    });
    opened.push(store);
    return store;
  };
  return { prefix, open };
}

function scheduler(store: RedisReminderStore, now: () => Date, sender: ReminderSender, extra: { events?: SchedulerEvent[]; leaseMs?: number; backoffMs?: number; batchSize?: number } = {}): ReminderScheduler {
  const instance = new ReminderScheduler({
    store,
    sealer,
    senders: { sms: sender, botframework: sender },
    now,
    leaseMs: extra.leaseMs ?? 5000,
    backoffMs: extra.backoffMs ?? 200,
    maxAttempts: 3,
    batchSize: extra.batchSize,
    onEvent: (event) => extra.events?.push(event),
  });
  opened.unshift({ close: () => instance.stop() });
  return instance;
}

/** One instance on fresh keys, its clock starting at `iso`, sending to a RecordingSender. */
async function oneInstance(iso: string, extra: { backoffMs?: number } = {}) {
  const { prefix, open } = await backing();
  const store = await open();
  const now = clockFrom(iso);
  const sender = new RecordingSender();
  const events: SchedulerEvent[] = [];
  return { prefix, store, now, sender, events, instance: scheduler(store, now, sender, { ...extra, events }) };
}

/** One reminder due at `dueAt`, about `aboutDate` (planReminders leaves out reminders already due). */
const dueAt = (iso: string, aboutDate = '2027-03-28'): PlannedReminder[] => [
  { kind: 'imrDeadline.d2', subject: 'imrDeadline', daysBefore: 2, aboutDate, dueAt: iso, locale: 'en' },
];

const phone = (i: number) => `+1510555${String(1000 + i)}`;
const person = (i: number) => reminderPersonKey(SECRET, 'sms', phone(i));
const sms = (i: number) => ({ channel: 'sms' as const, to: phone(i) });
const request = { agency: 'DMHC' as const, locale: 'en' as const, consentChannel: 'sms' };

/** The score BullMQ gives a delayed job is its due time × 4096 (plus a counter): when it will run. */
async function delayedUntil(prefix: string, id: string): Promise<number | undefined> {
  const score = await admin?.zscore(`${prefix}jobs:delayed`, id);
  return score == null ? undefined : Math.floor(Number(score) / 4096);
}

describe.skipIf(!redisAvailable)('reminders on Redis (BullMQ)', () => {
  it('schedules the reminders a person agreed to as delayed jobs, records the consent, and keeps the phone number sealed', async () => {
    const { prefix, open } = await backing();
    const store = await open();
    const now = clockFrom('2026-11-27T20:00:00Z');
    const consent = await scheduler(store, now, new RecordingSender()).schedule({ ...request, personKey: person(1), address: sms(1), plan: planReminders({ imrDeadline: { date: '2027-03-28', daysLeft: 0 } }, 'en', now()) });
    expect(consent.agreed).toEqual([{ subject: 'imrDeadline', date: '2027-03-28', kinds: ['imrDeadline.d14', 'imrDeadline.d2'] }]);
    expect(await store.consents(person(1))).toEqual([consent]);
    const rows = await store.forPerson(person(1));
    expect(rows.map((r) => [r.kind, new Date(r.dueAt).toISOString(), r.status])).toEqual([
      ['imrDeadline.d14', '2027-03-14T17:00:00.000Z', 'pending'],
      ['imrDeadline.d2', '2027-03-26T17:00:00.000Z', 'pending'],
    ]);
    expect(rows.every((r) => !r.payload.includes('5551001'))).toBe(true);
    // Due in about 107 days of BullMQ's own (real) time, counted from the consent.
    const until = await delayedUntil(prefix, rows[0]?.id ?? '');
    expect((until ?? 0) - Date.now()).toBeGreaterThan(106 * 86_400_000);
  });

  it('sends nothing early, then sends on time after a restart, in the person’s language with the agency number', async () => {
    const { open } = await backing();
    const now = clockFrom('2027-03-14T16:59:58.500Z');
    const first = await open();
    await scheduler(first, now, new RecordingSender()).schedule({
      ...request,
      personKey: person(2),
      address: sms(2),
      plan: planReminders({ imrDeadline: { date: '2027-03-28', daysLeft: 0 } }, 'es', now()),
      agency: 'CDI',
      locale: 'es',
    });
    await first.close();

    // "Restart": a new store and worker on the same Redis.
    const store = await open();
    const sender = new RecordingSender();
    scheduler(store, now, sender).start();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(sender.sent).toEqual([]);
    await expect.poll(() => sender.sent.length, { timeout: 5000 }).toBe(1);
    expect(sender.sent[0]?.address).toEqual(sms(2));
    expect(sender.sent[0]?.text).toContain('28 de marzo de 2027');
    expect(sender.sent[0]?.text).toContain('en 14 días');
    expect(sender.sent[0]?.text).toContain('1-800-927-4357');
    expect(sender.sent[0]?.text).toContain('STOP');
    await expect.poll(async () => (await store.forPerson(person(2))).map((r) => [r.status, r.payload])).toEqual([
      ['sent', ''],
      ['pending', expect.any(String)],
    ]);
  });

  it('sends 1,000 due reminders exactly once with two instances, through a stand-in of Twilio’s Messages API', async () => {
    // Twilio's API cannot be reached from here: a loopback server that answers as it does.
    const received: string[] = [];
    const twilio: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push(new URLSearchParams(body).get('To') ?? '');
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end('{"sid":"SM0123456789abcdef0123456789abcdef","status":"queued"}');
      });
    });
    await new Promise<void>((resolve) => twilio.listen(0, '127.0.0.1', resolve));
    opened.push({ close: () => new Promise<void>((resolve) => twilio.close(() => resolve())) });
    const sender = new TwilioSender({ accountSid: 'AC0123456789abcdef0123456789abcdef', authToken: 'token', from: '+15105550100', baseUrl: `http://127.0.0.1:${(twilio.address() as AddressInfo).port}` });

    const { open } = await backing();
    const now = clockFrom('2027-03-26T16:59:59Z');
    const a = await open();
    const b = await open();
    const eventsA: SchedulerEvent[] = [];
    const eventsB: SchedulerEvent[] = [];
    const one = scheduler(a, now, sender, { events: eventsA, batchSize: 10 });
    const two = scheduler(b, now, sender, { events: eventsB, batchSize: 10 });
    const count = 1000;
    for (let i = 0; i < count; i += 1) await (i % 2 ? one : two).schedule({ ...request, personKey: person(i), address: sms(i), plan: dueAt('2027-03-26T17:00:00.000Z') });
    const started = Date.now();
    one.start();
    two.start();
    await expect.poll(() => received.length, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(count);
    const tookMs = Date.now() - started;
    // Nothing arrives late either.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(received).toHaveLength(count);
    expect(new Set(received).size).toBe(count);
    const [sentByA = 0, sentByB = 0] = [eventsA, eventsB].map((events) => events.filter((e) => e.type === 'sent').length);
    expect(sentByA).toBeGreaterThan(0);
    expect(sentByB).toBeGreaterThan(0);
    expect(sentByA + sentByB).toBe(count);
    const rows = (await Promise.all(Array.from({ length: count }, (_, i) => a.forPerson(person(i))))).flat();
    expect(new Set(rows.map((r) => `${r.status} ${r.attempts} ${r.payload}`))).toEqual(new Set(['sent 1 ']));
    expect(tookMs).toBeLessThan(60_000);
  }, 120_000);

  it('sends again only when an instance died mid-send and its lock ran out', async () => {
    const { prefix, open } = await backing();
    const store = await open();
    const now = clockFrom('2027-03-26T16:59:59Z');
    await scheduler(store, now, new RecordingSender()).schedule({ ...request, personKey: person(3), address: sms(3), plan: dueAt('2027-03-26T17:00:00.000Z') });

    // Another process takes the reminder, starts sending, and is killed before it records anything.
    const module = (path: string) => fileURLToPath(new URL(path, import.meta.url));
    const script = `
      import { RedisReminderStore } from ${JSON.stringify(module('../../src/reminders/redisStore.ts'))};
      import { ReminderScheduler } from ${JSON.stringify(module('../../src/reminders/scheduler.ts'))};
      import { createSealer } from ${JSON.stringify(module('../../src/reminders/sealed.ts'))};
      import { createRedisClient } from ${JSON.stringify(module('../../src/storage/redisClient.ts'))};
      const url = ${JSON.stringify(redisUrl)};
      const store = new RedisReminderStore({ client: createRedisClient({ url }), workerClient: () => createRedisClient({ url, worker: true }), keyPrefix: ${JSON.stringify(prefix)} });
      const sender = { send: () => { process.stdout.write('sending\\n'); return new Promise(() => undefined); } };
      new ReminderScheduler({ store, sealer: createSealer(${JSON.stringify(SECRET)}), senders: { sms: sender }, leaseMs: 1000, now: () => new Date(Date.now() + ${now().getTime() - Date.now()}) }).start();
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: module('../..'), stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('sending') && resolve()));
    child.kill('SIGKILL');
    expect((await store.forPerson(person(3)))[0]?.status).toBe('claimed');

    const sender = new RecordingSender();
    scheduler(store, now, sender, { leaseMs: 1000 }).start();
    await expect.poll(() => sender.sent.length, { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await store.forPerson(person(3)))[0]?.status).toBe('sent');
  }, 30_000);

  it('sends nothing after STOP or "stop reminders", and "delete my data" erases the reminders, the consent and the jobs', async () => {
    const { prefix, store, sender, instance } = await oneInstance('2027-03-26T16:59:59Z');
    const plan = [...dueAt('2027-03-26T17:00:00.000Z'), { ...dueAt('2027-03-26T17:00:00.000Z')[0], kind: 'imrDeadline.d14' } as PlannedReminder];
    await instance.schedule({ ...request, personKey: person(4), address: sms(4), plan });
    await instance.schedule({ ...request, personKey: person(5), address: sms(5), plan });

    expect(await instance.cancel(person(4), 'stop')).toBe(2);
    expect((await store.forPerson(person(4))).map((r) => [r.status, r.payload])).toEqual([
      ['cancelled', ''],
      ['cancelled', ''],
    ]);
    expect((await store.consents(person(4)))[0]).toMatchObject({ withdrawnBy: 'stop' });
    instance.start();
    await expect.poll(() => sender.sent.length, { timeout: 5000 }).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sender.sent.map((d) => d.address)).toEqual([sms(5), sms(5)]);
    expect((await store.consents(person(5)))[0]?.withdrawnAt).toBeUndefined();

    const ids = (await store.forPerson(person(5))).map((r) => r.id);
    await instance.cancel(person(5), 'deleteData');
    expect(await store.forPerson(person(5))).toEqual([]);
    expect(await store.consents(person(5))).toEqual([]);
    const redis = await ready(testClient('queue-check'));
    opened.push({ close: () => Promise.resolve(redis.disconnect()) });
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.filter((key) => ids.some((id) => key.includes(id)))).toEqual([]);
    const queue = new Queue('jobs', { connection: redis, prefix: prefix.replace(/:$/, '') });
    for (const id of ids) expect(await queue.getJob(id)).toBeUndefined();
    await queue.close();
  });

  it('holds SMS in quiet hours until 8 am California time, but not chat reminders', async () => {
    // 22:29:59 PDT: the instance was down all day and comes back now.
    const { prefix, store, now, sender, instance } = await oneInstance('2027-03-15T05:29:59Z');
    const plan = dueAt('2027-03-15T05:30:00.000Z');
    await instance.schedule({ ...request, personKey: person(6), address: sms(6), plan });
    await instance.schedule({ ...request, personKey: person(7), address: { channel: 'botframework', reference: { serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'c1' } } }, plan, consentChannel: 'msteams' });
    instance.start();
    await expect.poll(() => sender.sent.map((d) => d.address.channel), { timeout: 5000 }).toEqual(['botframework']);
    const [held] = await store.forPerson(person(6));
    await expect.poll(() => delayedUntil(prefix, held?.id ?? '')).toBeDefined();
    // Until 08:00 PDT (15:00Z), 9.5 hours on: not an attempt.
    const until = (await delayedUntil(prefix, held?.id ?? '')) ?? 0;
    expect(Math.abs(until - (Date.now() + (Date.parse('2027-03-15T15:00:00Z') - now().getTime())))).toBeLessThan(5000);
    expect((await store.forPerson(person(6)))[0]).toMatchObject({ status: 'pending', attempts: 0 });
    expect(sender.sent).toHaveLength(1);
  });

  it('retries a failed send with growing waits, then gives up and marks it failed', async () => {
    const { store, now, sender, events, instance } = await oneInstance('2027-03-26T16:59:59.500Z', { backoffMs: 200 });
    await instance.schedule({ ...request, personKey: person(8), address: sms(8), plan: dueAt('2027-03-26T17:00:00.000Z') });
    sender.failures = 1;
    instance.start();
    await expect.poll(async () => (await store.forPerson(person(8))).map((r) => [r.status, r.attempts, r.lastError]), { timeout: 5000 }).toEqual([['sent', 2, 'TWILIO_503']]);
    const gaps = () => sender.tries.slice(1).map((at, i) => at - (sender.tries[i] ?? at));
    expect(gaps()[0]).toBeGreaterThanOrEqual(200);

    // This one fails every time: 200 ms, then 400 ms, then failed after 3 attempts.
    sender.failures = 10;
    sender.tries.length = 0;
    await instance.schedule({ ...request, personKey: person(9), address: sms(9), plan: dueAt(new Date(now().getTime() + 300).toISOString()) });
    await expect.poll(async () => (await store.forPerson(person(9))).map((r) => [r.status, r.attempts, r.lastError, r.payload]), { timeout: 5000 }).toEqual([['failed', 3, 'TWILIO_503', '']]);
    expect(sender.tries).toHaveLength(3);
    expect(gaps()[0]).toBeGreaterThanOrEqual(200);
    expect(gaps()[1]).toBeGreaterThanOrEqual(400);
    expect(events.filter((e) => e.type === 'retry').map((e) => e.code)).toEqual(['TWILIO_503', 'TWILIO_503', 'TWILIO_503']);
  });

  it('moves an SMS retry that would land in quiet hours to 8 am', async () => {
    // 20:59:59.5 PDT: the retry a second later would be at 21:00:00.5.
    const { prefix, store, now, sender, instance } = await oneInstance('2027-03-15T03:59:59.500Z', { backoffMs: 1000 });
    await instance.schedule({ ...request, personKey: person(10), address: sms(10), plan: dueAt('2027-03-15T03:59:59.600Z') });
    sender.failures = 1;
    instance.start();
    await expect.poll(() => sender.tries.length, { timeout: 5000 }).toBe(1);
    const [row] = await store.forPerson(person(10));
    await expect.poll(() => delayedUntil(prefix, row?.id ?? ''), { timeout: 5000 }).toBeGreaterThan(Date.now() + 10 * 3_600_000);
    expect(Math.abs(((await delayedUntil(prefix, row?.id ?? '')) ?? 0) - (Date.now() + (Date.parse('2027-03-15T15:00:00Z') - now().getTime())))).toBeLessThan(5000);
    expect(sender.tries).toHaveLength(1);
  });

  it('drops a reminder found after its date has passed instead of sending a wrong count of days', async () => {
    const { store, sender, instance } = await oneInstance('2027-03-29T17:00:00Z');
    await instance.schedule({ ...request, personKey: person(11), address: sms(11), plan: dueAt('2027-03-26T17:00:00.000Z') });
    instance.start();
    await expect.poll(async () => (await store.forPerson(person(11))).map((r) => r.status), { timeout: 5000 }).toEqual(['expired']);
    expect(sender.sent).toEqual([]);
  });
});
