import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import { CALIFORNIA_TIME_ZONE } from './dateRules.js';
import type { OutcomeDetails } from './outcomeDetails.js';

/**
 * Which reminders to send for an outcome's dates (issue 8): 14 and 2 days before each date ahead,
 * and on the plan's 30th day (its last), at 10:00 California time. Pure: `now` is an input, the
 * result is UTC instants that a scheduler stores. Nothing here knows how a reminder is sent.
 */

/** The dates a person can be reminded of (OutcomeDetails' dated steps). */
export const reminderSubjects = ['imrDeadline', 'planAnswerDue', 'hearingDeadline'] as const;
export type ReminderSubject = (typeof reminderSubjects)[number];

export const reminderKinds = [
  'imrDeadline.d14',
  'imrDeadline.d2',
  'planAnswerDue.d14',
  'planAnswerDue.d2',
  'planAnswerDue.d0',
  'hearingDeadline.d14',
  'hearingDeadline.d2',
] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export type ReminderLocale = 'en' | 'es';

/** Days before each date. The plan's 30th day, its last, is itself a reminder: with no answer by its end, the person may file the next day (HSC 1368.01(a)). */
const LEADS: Readonly<Record<ReminderSubject, readonly number[]>> = {
  imrDeadline: [14, 2],
  planAnswerDue: [14, 2, 0],
  hearingDeadline: [14, 2],
};

/** Product rule: reminders go out mid-morning, when offices (DMHC, CDSS) are open to call. */
export const REMINDER_HOUR = 10;
/** Product rule (issue 8): no SMS from 9 pm to 8 am California time; a message due then waits for 8 am. */
export const QUIET_FROM_HOUR = 21;
export const QUIET_UNTIL_HOUR = 8;

export interface PlannedReminder {
  kind: ReminderKind;
  subject: ReminderSubject;
  /** 14, 2 or 0. */
  daysBefore: number;
  /** The date the reminder is about, yyyy-MM-dd, California. */
  aboutDate: string;
  /** When to send it: an ISO 8601 UTC instant (`…Z`). */
  dueAt: string;
  locale: ReminderLocale;
}

/** The dates a person agrees to be reminded of, for the confirmation and the consent record. */
export interface AgreedDate {
  subject: ReminderSubject;
  date: string;
  kinds: ReminderKind[];
}

export type ReminderDates = Pick<OutcomeDetails, 'imrDeadline' | 'planAnswerDue' | 'hearingDeadline'>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function californiaDateAt(iso: string, hour: number): TZDate {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not a calendar date: ${iso}`);
  return new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), hour, 0, 0, 0, CALIFORNIA_TIME_ZONE);
}

/** Whether `instant` falls in SMS quiet hours (9 pm to 8 am California time). */
export function inQuietHours(instant: Date): boolean {
  const hour = new TZDate(instant.getTime(), CALIFORNIA_TIME_ZONE).getHours();
  return hour >= QUIET_FROM_HOUR || hour < QUIET_UNTIL_HOUR;
}

/** `instant`, or the next 8:00 California time when it falls in quiet hours (issue 8: moved to 8 am). */
export function outsideQuietHours(instant: Date): Date {
  if (!inQuietHours(instant)) return instant;
  const local = new TZDate(instant.getTime(), CALIFORNIA_TIME_ZONE);
  // Before midnight the next morning is tomorrow; after midnight it is today.
  const day = local.getHours() >= QUIET_FROM_HOUR ? addDays(local, 1) : local;
  const morning = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), QUIET_UNTIL_HOUR, 0, 0, 0, CALIFORNIA_TIME_ZONE);
  return new Date(morning.getTime());
}

/**
 * The reminders to schedule for the dates of an outcome, in time order. A date already passed gets
 * none (O7's deadline is history, not something to remind of); a reminder whose time is not after
 * `now` is skipped rather than sent late with a wrong "days left".
 */
export function planReminders(dates: ReminderDates, locale: ReminderLocale, now: Date): PlannedReminder[] {
  const planned: PlannedReminder[] = [];
  for (const subject of reminderSubjects) {
    const step = dates[subject];
    if (!step) continue;
    const day = californiaDateAt(step.date, REMINDER_HOUR);
    for (const daysBefore of LEADS[subject]) {
      // addDays on a TZDate keeps 10:00 local across the clock changes (10:00 PDT = 17:00Z, PST = 18:00Z).
      const at = outsideQuietHours(new Date(addDays(day, -daysBefore).getTime()));
      if (at.getTime() <= now.getTime()) continue;
      planned.push({
        kind: `${subject}.d${daysBefore}` as ReminderKind,
        subject,
        daysBefore,
        aboutDate: step.date,
        dueAt: at.toISOString(),
        locale,
      });
    }
  }
  return planned.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.kind.localeCompare(b.kind));
}

/** The plan grouped by date: what the confirmation names and the consent records. */
export function agreedDates(plan: readonly PlannedReminder[]): AgreedDate[] {
  const bySubject = new Map<ReminderSubject, AgreedDate>();
  for (const reminder of plan) {
    const entry = bySubject.get(reminder.subject) ?? { subject: reminder.subject, date: reminder.aboutDate, kinds: [] };
    entry.kinds.push(reminder.kind);
    bySubject.set(reminder.subject, entry);
  }
  return reminderSubjects.flatMap((subject) => {
    const entry = bySubject.get(subject);
    return entry ? [entry] : [];
  });
}

/** Whether an outcome has any date worth offering reminders for (the turn offers only then). */
export function hasReminderDates(dates: ReminderDates, now: Date): boolean {
  return planReminders(dates, 'en', now).length > 0;
}
