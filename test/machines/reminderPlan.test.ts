import { describe, expect, it } from 'vitest';
import { outcomeDetails } from '../../machines/outcomeDetails.js';
import {
  agreedDates,
  hasReminderDates,
  inQuietHours,
  outsideQuietHours,
  planReminders,
  type PlannedReminder,
} from '../../machines/reminderPlan.js';

const at = (iso: string) => new Date(iso);
const step = (date: string) => ({ date, daysLeft: 0 });
const times = (plan: PlannedReminder[]) => plan.map((r) => [r.kind, r.aboutDate, r.dueAt]);

describe('planReminders', () => {
  it('reminds 14 and 2 days before the IMR deadline at 10:00 California time, across the spring clock change', () => {
    // 2027-03-14 is the day clocks go forward: 10:00 PDT = 17:00Z.
    const plan = planReminders({ imrDeadline: step('2027-03-28') }, 'en', at('2026-11-27T12:00:00Z'));
    expect(times(plan)).toEqual([
      ['imrDeadline.d14', '2027-03-28', '2027-03-14T17:00:00.000Z'],
      ['imrDeadline.d2', '2027-03-28', '2027-03-26T17:00:00.000Z'],
    ]);
  });

  it('reminds on the plan’s 30th day, its last, on the autumn clock change day too (10:00 PST = 18:00Z)', () => {
    const plan = planReminders({ planAnswerDue: step('2026-11-01') }, 'es', at('2026-10-01T12:00:00Z'));
    expect(times(plan)).toEqual([
      ['planAnswerDue.d14', '2026-11-01', '2026-10-18T17:00:00.000Z'],
      ['planAnswerDue.d2', '2026-11-01', '2026-10-30T17:00:00.000Z'],
      ['planAnswerDue.d0', '2026-11-01', '2026-11-01T18:00:00.000Z'],
    ]);
    expect(plan.every((r) => r.locale === 'es')).toBe(true);
  });

  it('counts back across month ends and leap days', () => {
    const plan = planReminders({ hearingDeadline: step('2028-03-01') }, 'en', at('2027-12-01T00:00:00Z'));
    // 2028 is a leap year: 2 days before March 1 is February 28, 14 days before is February 16.
    expect(times(plan)).toEqual([
      ['hearingDeadline.d14', '2028-03-01', '2028-02-16T18:00:00.000Z'],
      ['hearingDeadline.d2', '2028-03-01', '2028-02-28T18:00:00.000Z'],
    ]);
    const january = planReminders({ imrDeadline: step('2027-01-01') }, 'en', at('2026-12-01T00:00:00Z'));
    expect(january.map((r) => r.dueAt)).toEqual(['2026-12-18T18:00:00.000Z', '2026-12-30T18:00:00.000Z']);
  });

  it('skips reminders whose time has passed and dates already gone', () => {
    // 5 days before the deadline: the 14-day reminder is gone, the 2-day one is left.
    const plan = planReminders({ imrDeadline: step('2026-12-02'), hearingDeadline: step('2026-11-20') }, 'en', at('2026-11-27T12:00:00Z'));
    expect(times(plan)).toEqual([['imrDeadline.d2', '2026-12-02', '2026-11-30T18:00:00.000Z']]);
    // At 10:00 exactly the reminder is due now, not ahead: skipped.
    expect(planReminders({ planAnswerDue: step('2026-11-27') }, 'en', at('2026-11-27T18:00:00Z'))).toEqual([]);
    expect(planReminders({ planAnswerDue: step('2026-11-27') }, 'en', at('2026-11-27T17:59:00Z'))).toHaveLength(1);
  });

  it('plans every date of a Medi-Cal outcome in time order, and groups them for the consent', () => {
    const details = outcomeDetails(
      'O1',
      { coverage: 'medi_cal_managed', planName: 'L.A. Care', hearing: 'none', reason: 'medical_necessity', appealStatus: 'decided', appealDate: '2026-11-20', urgency: 'not_urgent' },
      '2026-11-27',
    );
    const plan = planReminders(details, 'en', at('2026-11-27T20:00:00Z'));
    expect(plan.map((r) => r.dueAt)).toEqual([...plan.map((r) => r.dueAt)].sort());
    expect(agreedDates(plan)).toEqual([
      { subject: 'imrDeadline', date: '2027-05-20', kinds: ['imrDeadline.d14', 'imrDeadline.d2'] },
      { subject: 'hearingDeadline', date: '2027-03-20', kinds: ['hearingDeadline.d14', 'hearingDeadline.d2'] },
    ]);
    expect(hasReminderDates(details, at('2026-11-27T20:00:00Z'))).toBe(true);
    expect(hasReminderDates({}, at('2026-11-27T20:00:00Z'))).toBe(false);
  });
});

describe('quiet hours', () => {
  it('moves a message due between 9 pm and 8 am California time to 8 am', () => {
    // 22:00 PST on Nov 26 → 08:00 PST Nov 27 (16:00Z).
    expect(outsideQuietHours(at('2026-11-27T06:00:00Z')).toISOString()).toBe('2026-11-27T16:00:00.000Z');
    // 03:00 PDT → 08:00 PDT the same morning (15:00Z).
    expect(outsideQuietHours(at('2027-06-01T10:00:00Z')).toISOString()).toBe('2027-06-01T15:00:00.000Z');
    // 21:00 sharp is quiet, 20:59 and 08:00 are not.
    expect(inQuietHours(at('2026-11-28T05:00:00Z'))).toBe(true);
    expect(inQuietHours(at('2026-11-28T04:59:00Z'))).toBe(false);
    expect(inQuietHours(at('2026-11-27T16:00:00Z'))).toBe(false);
    expect(outsideQuietHours(at('2026-11-27T17:00:00Z')).toISOString()).toBe('2026-11-27T17:00:00.000Z');
  });

  it('lands on 8 am local across the night the clocks go back', () => {
    // 23:30 PDT on Oct 31 2026; the next 8:00 is PST (16:00Z).
    expect(outsideQuietHours(at('2026-11-01T06:30:00Z')).toISOString()).toBe('2026-11-01T16:00:00.000Z');
  });
});
