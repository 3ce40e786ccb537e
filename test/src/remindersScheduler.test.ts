import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planReminders, type PlannedReminder } from '../../machines/reminderPlan.js';
import { createReminders, reminderPersonKey } from '../../src/reminders/reminders.js';
import { ReminderScheduler, type ReminderSender, type SchedulerEvent } from '../../src/reminders/scheduler.js';
import { createSealer } from '../../src/reminders/sealed.js';
import { SqliteReminderStore, type ClaimingReminderStore } from '../../src/reminders/store.js';
import { RecordingSender } from './remindersHelpers.js';

/**
 * issue 8, the embedded store and the scheduler that polls it: with a controllable clock, reminders
 * are scheduled, survive a restart, go out once with two instances ticking together, never after
 * STOP or "delete my data", never in SMS quiet hours, and a failed send is retried with backoff.
 * The same behaviours on Redis, where BullMQ runs the queue: test/src/remindersQueue.test.ts.
 */

const SECRET = 'test-key-secret-for-reminders-0123456789';
const sealer = createSealer(SECRET);
const person = reminderPersonKey(SECRET, 'sms', '+15105550123');
const otherPerson = reminderPersonKey(SECRET, 'sms', '+15105550199');

interface StoreKind {
  name: string;
  /** A store over shared backing data: calling it twice gives two "instances" of one store. */
  open(): Promise<{ open(): Promise<ClaimingReminderStore>; cleanup(): Promise<void> }>;
}

const tempDirs: string[] = [];
const kinds: StoreKind[] = [
  {
    name: 'SQLite',
    open: () => {
      const dir = mkdtempSync(join(tmpdir(), 'imr-reminders-'));
      tempDirs.push(dir);
      const path = join(dir, 'imr-bot.sqlite');
      return Promise.resolve({ open: () => Promise.resolve(new SqliteReminderStore({ path })), cleanup: () => Promise.resolve() });
    },
  },
];

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

class Clock {
  constructor(private instant: Date) {}
  now = (): Date => this.instant;
  set(iso: string): void {
    this.instant = new Date(iso);
  }
}

const imrPlan = (now: Date): PlannedReminder[] => planReminders({ imrDeadline: { date: '2027-03-28', daysLeft: 0 } }, 'en', now);

function scheduler(store: ClaimingReminderStore, clock: Clock, sender: ReminderSender, extra: { owner?: string; events?: SchedulerEvent[]; maxAttempts?: number } = {}) {
  return new ReminderScheduler({
    store,
    sealer,
    senders: { sms: sender, botframework: sender },
    now: clock.now,
    owner: extra.owner,
    leaseMs: 60_000,
    backoffMs: 60_000,
    maxAttempts: extra.maxAttempts ?? 3,
    onEvent: (event) => extra.events?.push(event),
  });
}

const smsAddress = { channel: 'sms' as const, to: '+15105550123' };

for (const kind of kinds) {
  describe(`reminders on ${kind.name}`, () => {
    it('schedules the reminders a person agreed to, records the consent, and keeps the phone number sealed', async () => {
      const backing = await kind.open();
      const store = await backing.open();
      const clock = new Clock(new Date('2026-11-27T20:00:00Z'));
      const consent = await scheduler(store, clock, new RecordingSender()).schedule({
        personKey: person,
        address: smsAddress,
        plan: imrPlan(clock.now()),
        agency: 'DMHC',
        locale: 'en',
        consentChannel: 'sms',
      });
      expect(consent).toMatchObject({ channel: 'sms', delivery: 'sms', locale: 'en', at: '2026-11-27T20:00:00.000Z' });
      expect(consent.agreed).toEqual([{ subject: 'imrDeadline', date: '2027-03-28', kinds: ['imrDeadline.d14', 'imrDeadline.d2'] }]);
      expect(await store.consents(person)).toEqual([consent]);
      const rows = await store.forPerson(person);
      expect(rows.map((r) => [r.kind, new Date(r.dueAt).toISOString(), r.status])).toEqual([
        ['imrDeadline.d14', '2027-03-14T17:00:00.000Z', 'pending'],
        ['imrDeadline.d2', '2027-03-26T17:00:00.000Z', 'pending'],
      ]);
      expect(rows.every((r) => !r.payload.includes('5550123'))).toBe(true);
      await store.close();
      await backing.cleanup();
    });

    it('sends nothing early, then sends on time after a restart, in the person’s language with the agency number', async () => {
      const backing = await kind.open();
      const clock = new Clock(new Date('2026-11-27T20:00:00Z'));
      const first = await backing.open();
      await scheduler(first, clock, new RecordingSender()).schedule({
        personKey: person,
        address: smsAddress,
        plan: planReminders({ imrDeadline: { date: '2027-03-28', daysLeft: 0 } }, 'es', clock.now()),
        agency: 'CDI',
        locale: 'es',
        consentChannel: 'sms',
      });
      await first.close();

      // "Restart": a new store and scheduler on the same backing data.
      const store = await backing.open();
      const sender = new RecordingSender();
      const instance = scheduler(store, clock, sender);
      clock.set('2027-03-14T16:59:00Z');
      expect((await instance.tick()).sent).toBe(0);
      clock.set('2027-03-14T17:00:00Z');
      expect((await instance.tick()).sent).toBe(1);
      expect(sender.sent).toHaveLength(1);
      expect(sender.sent[0]?.address).toEqual(smsAddress);
      expect(sender.sent[0]?.text).toContain('28 de marzo de 2027');
      expect(sender.sent[0]?.text).toContain('en 14 días');
      expect(sender.sent[0]?.text).toContain('1-800-927-4357');
      expect(sender.sent[0]?.text).toContain('STOP');
      expect((await instance.tick()).sent).toBe(0);
      const rows = await store.forPerson(person);
      expect(rows.map((r) => r.status)).toEqual(['sent', 'pending']);
      // Once sent, the sealed address is wiped: nothing kept that is not needed.
      expect(rows[0]?.payload).toBe('');
      await store.close();
      await backing.cleanup();
    });

    it('sends each reminder once when two instances tick at the same moment', async () => {
      const backing = await kind.open();
      const clock = new Clock(new Date('2026-11-27T20:00:00Z'));
      const a = await backing.open();
      const b = await backing.open();
      const senderA = new RecordingSender();
      const senderB = new RecordingSender();
      const one = scheduler(a, clock, senderA, { owner: 'instance-a' });
      const two = scheduler(b, clock, senderB, { owner: 'instance-b' });
      for (let i = 0; i < 5; i += 1) {
        const key = reminderPersonKey(SECRET, 'sms', `+1510555010${i}`);
        await one.schedule({ personKey: key, address: { channel: 'sms', to: `+1510555010${i}` }, plan: imrPlan(clock.now()), agency: 'DMHC', locale: 'en', consentChannel: 'sms' });
      }
      clock.set('2027-03-27T17:00:00Z');
      const reports = await Promise.all([one.tick(), two.tick(), one.tick(), two.tick()]);
      expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(10);
      const all = [...senderA.sent, ...senderB.sent].map((d) => `${d.address.channel === 'sms' ? d.address.to : ''}|${d.reminderId}`);
      expect(all).toHaveLength(10);
      expect(new Set(all).size).toBe(10);
      await a.close();
      await b.close();
      await backing.cleanup();
    });

    it('sends again only when an instance died mid-send and its lease ran out', async () => {
      const backing = await kind.open();
      const store = await backing.open();
      const clock = new Clock(new Date('2027-03-13T20:00:00Z'));
      await scheduler(store, clock, new RecordingSender()).schedule({
        personKey: person,
        address: smsAddress,
        plan: imrPlan(clock.now()),
        agency: 'DMHC',
        locale: 'en',
        consentChannel: 'sms',
      });
      clock.set('2027-03-14T17:00:00Z');
      // The instance that claims it "dies": it never finishes.
      const claimed = await store.claimDue({ now: clock.now().getTime(), leaseMs: 60_000, owner: 'dead', channels: ['sms'], limit: 10 });
      expect(claimed).toHaveLength(1);
      const sender = new RecordingSender();
      const survivor = scheduler(store, clock, sender, { owner: 'survivor' });
      clock.set('2027-03-14T17:00:59Z');
      expect((await survivor.tick()).sent).toBe(0);
      clock.set('2027-03-14T17:01:00Z');
      expect((await survivor.tick()).sent).toBe(1);
      // The dead instance's late "sent" is refused: its claim is gone.
      expect(await store.finish(claimed[0]?.id ?? '', 'dead', 'sent', clock.now().getTime())).toBe(false);
      await store.close();
      await backing.cleanup();
    });

    it('sends nothing after STOP or "stop reminders", and "delete my data" erases the reminders and the consent', async () => {
      const backing = await kind.open();
      const store = await backing.open();
      const clock = new Clock(new Date('2026-11-27T20:00:00Z'));
      const sender = new RecordingSender();
      const instance = scheduler(store, clock, sender);
      const request = { address: smsAddress, plan: imrPlan(clock.now()), agency: 'DMHC' as const, locale: 'en' as const, consentChannel: 'sms' };
      await instance.schedule({ ...request, personKey: person });
      await instance.schedule({ ...request, personKey: otherPerson });

      expect(await instance.cancel(person, 'stop')).toBe(2);
      expect((await store.forPerson(person)).map((r) => [r.status, r.payload])).toEqual([
        ['cancelled', ''],
        ['cancelled', ''],
      ]);
      expect((await store.consents(person))[0]).toMatchObject({ withdrawnAt: '2026-11-27T20:00:00.000Z', withdrawnBy: 'stop' });
      clock.set('2027-03-27T17:00:00Z');
      await instance.tick();
      // Only the other person's two reminders went out.
      expect(sender.sent).toHaveLength(2);
      expect(sender.sent.every((d) => d.address.channel === 'sms' && d.address.to === smsAddress.to)).toBe(true);
      expect((await store.consents(otherPerson))[0]?.withdrawnAt).toBeUndefined();

      await instance.cancel(otherPerson, 'deleteData');
      expect(await store.forPerson(otherPerson)).toEqual([]);
      expect(await store.consents(otherPerson)).toEqual([]);
      await store.close();
      await backing.cleanup();
    });

    it('holds SMS in quiet hours until 8 am California time, but not chat reminders', async () => {
      const backing = await kind.open();
      const store = await backing.open();
      const clock = new Clock(new Date('2027-03-13T20:00:00Z'));
      const sender = new RecordingSender();
      const instance = scheduler(store, clock, sender);
      const plan = imrPlan(clock.now());
      await instance.schedule({ personKey: person, address: smsAddress, plan, agency: 'DMHC', locale: 'en', consentChannel: 'sms' });
      await instance.schedule({
        personKey: otherPerson,
        address: { channel: 'botframework', reference: { serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'c1' } } },
        plan,
        agency: 'DMHC',
        locale: 'en',
        consentChannel: 'msteams',
      });
      // The instance was down all day; it comes back at 22:30 PDT on the 14th.
      clock.set('2027-03-15T05:30:00Z');
      await instance.tick();
      expect(sender.sent.map((d) => d.address.channel)).toEqual(['botframework']);
      clock.set('2027-03-15T14:59:00Z');
      await instance.tick();
      expect(sender.sent).toHaveLength(1);
      clock.set('2027-03-15T15:00:00Z'); // 08:00 PDT
      await instance.tick();
      expect(sender.sent.map((d) => d.address.channel)).toEqual(['botframework', 'sms']);
      await store.close();
      await backing.cleanup();
    });

    it('retries a failed send with growing waits, then gives up and marks it failed', async () => {
      const backing = await kind.open();
      const store = await backing.open();
      const clock = new Clock(new Date('2027-03-13T20:00:00Z'));
      const sender = new RecordingSender();
      const events: SchedulerEvent[] = [];
      const instance = scheduler(store, clock, sender, { events, maxAttempts: 3 });
      await instance.schedule({ personKey: person, address: smsAddress, plan: imrPlan(clock.now()), agency: 'DMHC', locale: 'en', consentChannel: 'sms' });
      sender.failures = 1;
      clock.set('2027-03-14T17:00:00Z');
      expect(await instance.tick()).toMatchObject({ retried: 1, sent: 0 });
      // First retry after 1 minute.
      clock.set('2027-03-14T17:00:59Z');
      expect((await instance.tick()).claimed).toBe(0);
      clock.set('2027-03-14T17:01:00Z');
      expect(await instance.tick()).toMatchObject({ sent: 1 });
      expect(sender.sent).toHaveLength(1);

      // The 2-day reminder fails every time: 1 minute, then 2 minutes, then failed after 3 attempts.
      sender.failures = 10;
      clock.set('2027-03-26T17:00:00Z');
      expect(await instance.tick()).toMatchObject({ retried: 1 });
      clock.set('2027-03-26T17:01:00Z');
      expect(await instance.tick()).toMatchObject({ retried: 1 });
      clock.set('2027-03-26T17:02:59Z');
      expect((await instance.tick()).claimed).toBe(0);
      clock.set('2027-03-26T17:03:00Z');
      expect(await instance.tick()).toMatchObject({ failed: 1 });
      const rows = await store.forPerson(person);
      expect(rows.map((r) => [r.status, r.attempts, r.lastError])).toEqual([
        ['sent', 2, 'TWILIO_503'],
        ['failed', 3, 'TWILIO_503'],
      ]);
      expect(events.filter((e) => e.type === 'retry').map((e) => e.code)).toEqual(['TWILIO_503', 'TWILIO_503', 'TWILIO_503']);
      await store.close();
      await backing.cleanup();
    });

    it('moves an SMS retry that would land in quiet hours to 8 am', async () => {
      const backing = await kind.open();
      const store = await backing.open();
      const clock = new Clock(new Date('2027-03-13T20:00:00Z'));
      const sender = new RecordingSender();
      const instance = scheduler(store, clock, sender);
      await instance.schedule({ personKey: person, address: smsAddress, plan: imrPlan(clock.now()), agency: 'DMHC', locale: 'en', consentChannel: 'sms' });
      sender.failures = 1;
      clock.set('2027-03-15T03:59:30Z'); // 20:59:30 PDT: the retry a minute later would be 21:00:30
      expect(await instance.tick()).toMatchObject({ retried: 1 });
      clock.set('2027-03-15T14:59:59Z');
      expect((await instance.tick()).claimed).toBe(0);
      clock.set('2027-03-15T15:00:00Z');
      expect(await instance.tick()).toMatchObject({ sent: 1 });
      await store.close();
      await backing.cleanup();
    });

    it('drops a reminder found after its date has passed instead of sending a wrong count of days', async () => {
      const backing = await kind.open();
      const store = await backing.open();
      const clock = new Clock(new Date('2027-03-13T20:00:00Z'));
      const sender = new RecordingSender();
      const instance = scheduler(store, clock, sender);
      await instance.schedule({ personKey: person, address: smsAddress, plan: imrPlan(clock.now()), agency: 'DMHC', locale: 'en', consentChannel: 'sms' });
      clock.set('2027-03-29T17:00:00Z');
      expect(await instance.tick()).toMatchObject({ expired: 2, sent: 0 });
      expect(sender.sent).toEqual([]);
      await store.close();
      await backing.cleanup();
    });
  });
}

describe('the polling loop', () => {
  it('ticks on its own after start() and stops cleanly', async () => {
    const store = new SqliteReminderStore({ path: ':memory:' });
    const clock = new Clock(new Date('2027-03-13T20:00:00Z'));
    const sender = new RecordingSender();
    const instance = scheduler(store, clock, sender);
    await instance.schedule({ personKey: person, address: smsAddress, plan: imrPlan(clock.now()), agency: 'DMHC', locale: 'en', consentChannel: 'sms' });
    clock.set('2027-03-27T17:00:00Z');
    instance.start(5);
    await expect.poll(() => sender.sent.length, { timeout: 2000 }).toBe(2);
    await instance.stop();
    await store.close();
  });
});

describe('createReminders (what the bot calls)', () => {
  const settings = {
    STORAGE: 'memory' as const,
    SQLITE_PATH: ':memory:',
    REDIS_URL: undefined,
    KEY_SECRET: SECRET,
    MicrosoftAppId: undefined,
    localMode: true,
    TWILIO_ACCOUNT_SID: undefined,
    TWILIO_AUTH_TOKEN: undefined,
    TWILIO_FROM: undefined,
    TWILIO_API_BASE_URL: 'https://api.twilio.com',
  };

  it('replaces the reminders when the person says yes again with other dates, and offers nothing without a date ahead', async () => {
    const clock = new Clock(new Date('2026-11-27T20:00:00Z'));
    const sender = new RecordingSender();
    const reminders = createReminders(settings, { now: clock.now, senders: { sms: sender } });
    expect(reminders.channels).toEqual(['sms']);
    const base = { personKey: person, channelId: 'sms', agency: 'DMHC' as const, locale: 'en' as const, target: { kind: 'message' as const, address: smsAddress } };
    const first = await reminders.accept({ ...base, dates: { imrDeadline: { date: '2027-03-28', daysLeft: 121 } } });
    expect(first.consent?.agreed.map((a) => a.date)).toEqual(['2027-03-28']);
    // "back", a corrected decision date, a new outcome, yes again.
    await reminders.accept({ ...base, dates: { imrDeadline: { date: '2027-04-02', daysLeft: 126 } } });
    const rows = await reminders.store.forPerson(person);
    expect(rows.filter((r) => r.status === 'pending').map((r) => r.aboutDate)).toEqual(['2027-04-02', '2027-04-02']);
    expect((await reminders.store.consents(person)).map((c) => c.withdrawnBy)).toEqual(['replaced', undefined]);

    expect(await reminders.accept({ ...base, personKey: otherPerson, dates: { imrDeadline: { date: '2026-11-20', daysLeft: -7 } } })).toEqual({ plan: [] });
    expect(await reminders.store.consents(otherPerson)).toEqual([]);

    clock.set('2027-03-19T17:00:00Z');
    await reminders.scheduler.tick();
    expect(sender.sent.map((d) => d.text)).toEqual([expect.stringContaining('April 2, 2027 (in 14 days)')]);
    await reminders.close();
  });
});
