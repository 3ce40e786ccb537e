import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { planReminders } from '../../machines/reminderPlan.js';
import { reminderPersonKey } from '../../src/reminders/reminders.js';
import { ReminderScheduler } from '../../src/reminders/scheduler.js';
import { createSealer } from '../../src/reminders/sealed.js';
import { SqliteReminderStore } from '../../src/reminders/store.js';

/**
 * issue 8: "sent once with two instances running", with real instances: two Node processes, each
 * with its own connection to one SQLite file, tick at the same time until nothing is due. Every
 * reminder must be sent by exactly one of them.
 */

const run = promisify(execFile);
const SECRET = 'test-key-secret-for-reminders-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'imr-instances-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const module = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** One instance: ticks with a small claim batch and a slow sender, so the two overlap, and prints what it sent. */
const instanceScript = `
import { ReminderScheduler } from ${JSON.stringify(module('../../src/reminders/scheduler.ts'))};
import { createSealer } from ${JSON.stringify(module('../../src/reminders/sealed.ts'))};
import { SqliteReminderStore } from ${JSON.stringify(module('../../src/reminders/store.ts'))};
const [path, owner, startAt] = process.argv.slice(1);
const sent = [];
const sender = { send: async (d) => { await new Promise((r) => setTimeout(r, 2 + Math.random() * 5)); sent.push(d.reminderId); } };
const store = new SqliteReminderStore({ path });
const scheduler = new ReminderScheduler({ store, sealer: createSealer(${JSON.stringify(SECRET)}), senders: { sms: sender }, owner, batchSize: 3, now: () => new Date('2027-03-14T17:05:00Z') });
while (Date.now() < Number(startAt)) await new Promise((r) => setTimeout(r, 5));
let idle = 0;
while (idle < 3) { const report = await scheduler.tick(); idle = report.claimed === 0 ? idle + 1 : 0; }
await store.close();
process.stdout.write(JSON.stringify(sent));
`;

describe('two processes on one SQLite file', () => {
  it('send every reminder exactly once between them', async () => {
    const path = join(dir, 'imr-bot.sqlite');
    const store = new SqliteReminderStore({ path });
    const now = new Date('2026-11-27T20:00:00Z');
    const scheduler = new ReminderScheduler({ store, sealer: createSealer(SECRET), senders: {}, now: () => now });
    for (let i = 0; i < 30; i += 1) {
      const phone = `+1510555${String(1000 + i)}`;
      await scheduler.schedule({
        personKey: reminderPersonKey(SECRET, 'sms', phone),
        address: { channel: 'sms', to: phone },
        plan: planReminders({ imrDeadline: { date: '2027-03-28', daysLeft: 0 } }, 'en', now).slice(0, 1),
        agency: 'DMHC',
        locale: 'en',
        consentChannel: 'sms',
      });
    }
    await store.close();

    // Both start ticking at the same wall-clock moment, after their start-up.
    const startAt = String(Date.now() + 3000);
    const instance = (owner: string) =>
      run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', instanceScript, path, owner, startAt], { cwd: module('../..'), timeout: 60_000 });
    const [a, b] = await Promise.all([instance('a'), instance('b')]);
    const sentA = JSON.parse(a.stdout) as string[];
    const sentB = JSON.parse(b.stdout) as string[];
    const all = [...sentA, ...sentB];
    expect(all).toHaveLength(30);
    expect(new Set(all).size).toBe(30);

    const check = new SqliteReminderStore({ path });
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => check.forPerson(reminderPersonKey(SECRET, 'sms', `+1510555${String(1000 + i)}`))),
    );
    expect(statuses.flat().map((r) => [r.status, r.attempts])).toEqual(Array.from({ length: 30 }, () => ['sent', 1]));
    await check.close();
  });
});
