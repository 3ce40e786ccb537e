import { describe, expect, it } from 'vitest';
import { planReminders } from '../../machines/reminderPlan.js';
import { ReminderScheduler, type Delivery } from '../../src/reminders/scheduler.js';
import { createSealer } from '../../src/reminders/sealed.js';
import { SqliteReminderStore } from '../../src/reminders/store.js';

/** issue 8: where a reminder goes identifies a person; it is stored sealed (AES-256-GCM, key from KEY_SECRET). */

const SECRET = 'test-key-secret-for-reminders-0123456789';

describe('sealed reminder addresses', () => {
  it('open only with the same KEY_SECRET and purpose, and never after being altered', () => {
    const sealer = createSealer(SECRET);
    const sealed = sealer.seal('+15105550123');
    expect(sealed).not.toContain('5550123');
    expect(sealer.seal('+15105550123')).not.toBe(sealed);
    expect(sealer.open(sealed)).toBe('+15105550123');
    expect(() => createSealer(`${SECRET}-other`).open(sealed)).toThrow();
    expect(() => createSealer(SECRET, 'reminders/calendar').open(sealed)).toThrow();
    const [version, iv, body, tag] = sealed.split('.');
    const flipped = Buffer.from(body ?? '', 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => sealer.open([version, iv, flipped.toString('base64url'), tag].join('.'))).toThrow();
  });

  it('are never sent when KEY_SECRET changed: the reminder is marked failed instead', async () => {
    const store = new SqliteReminderStore({ path: ':memory:' });
    let now = new Date('2026-11-27T20:00:00Z');
    const sent: Delivery[] = [];
    const sender = { send: (d: Delivery) => Promise.resolve(void sent.push(d)) };
    const before = new ReminderScheduler({ store, sealer: createSealer(SECRET), senders: { sms: sender }, now: () => now });
    await before.schedule({
      personKey: 'person',
      address: { channel: 'sms', to: '+15105550123' },
      plan: planReminders({ imrDeadline: { date: '2027-03-28', daysLeft: 0 } }, 'en', now),
      agency: 'DMHC',
      locale: 'en',
      consentChannel: 'sms',
    });
    const after = new ReminderScheduler({ store, sealer: createSealer(`${SECRET}-rotated`), senders: { sms: sender }, now: () => now });
    now = new Date('2027-03-14T17:00:00Z');
    expect(await after.tick()).toMatchObject({ failed: 1, sent: 0 });
    expect(sent).toEqual([]);
    expect((await store.forPerson('person')).map((r) => [r.status, r.lastError])).toEqual([
      ['failed', 'PAYLOAD_UNREADABLE'],
      ['pending', undefined],
    ]);
    await store.close();
  });
});
