import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, differenceInCalendarDays, format, subYears } from 'date-fns';
import { timelines } from './facts.js';

/** Every date the bot reasons about is a calendar date in California. */
export const CALIFORNIA_TIME_ZONE = 'America/Los_Angeles';

/** A date people give that the bot refuses, with the reason it explains back to them. */
export type DateProblem = 'malformed' | 'impossible' | 'future' | 'too_old';
export type DateCheck = { ok: true; iso: string } | { ok: false; problem: DateProblem };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight of a California calendar date, or undefined when no such day exists (Feb 30). */
function californiaDay(iso: string): TZDate | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new TZDate(year, month - 1, day, CALIFORNIA_TIME_ZONE);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return undefined;
  return date;
}

function mustDay(iso: string): TZDate {
  const date = californiaDay(iso);
  if (!date) throw new RangeError(`not a calendar date: ${iso}`);
  return date;
}

const toIso = (date: Date): string => format(date, 'yyyy-MM-dd');

/**
 * Time-zone arithmetic is the costly part of a turn, and the same few dates recur in every turn of a
 * conversation: pure results are remembered (bounded, oldest forgotten first).
 */
function remembered<A extends string[], R>(compute: (...args: A) => R, limit = 2_000): (...args: A) => R {
  const memory = new Map<string, R>();
  return (...args: A): R => {
    const key = args.join('|');
    const known = memory.get(key);
    if (known !== undefined || memory.has(key)) return known as R;
    const result = compute(...args);
    if (memory.size >= limit) memory.delete(memory.keys().next().value as string);
    memory.set(key, result);
    return result;
  };
}

/** Today's calendar date in California at the instant `now` (the caller reads the clock, not this module). */
export function californiaToday(now: Date): string {
  return toIso(new TZDate(now.getTime(), CALIFORNIA_TIME_ZONE));
}

/**
 * A date a person gave for something that already happened (a written decision, an appeal filed).
 * imr-rules.md §1: a future date, an impossible date (Feb 30) or one more than 10 years back is
 * refused with a clear message and asked again.
 */
export const checkPastDate = remembered(function checkPastDate(iso: string, today: string): DateCheck {
  if (!ISO_DATE.test(iso)) return { ok: false, problem: 'malformed' };
  const date = californiaDay(iso);
  if (!date) return { ok: false, problem: 'impossible' };
  const now = mustDay(today);
  if (differenceInCalendarDays(date, now) > 0) return { ok: false, problem: 'future' };
  if (differenceInCalendarDays(date, subYears(now, timelines.oldestDateYears.value)) < 0) {
    return { ok: false, problem: 'too_old' };
  }
  return { ok: true, iso };
});

/** Calendar days from `fromIso` to `toIso` (negative when `toIso` is earlier). */
export const daysBetween = remembered(function daysBetween(fromIso: string, toIso: string): number {
  return differenceInCalendarDays(mustDay(toIso), mustDay(fromIso));
});

/**
 * The last day to file an IMR: the date on the plan's written decision + 6 months
 * (28 CCR 1300.74.30; Ins. Code 10169(k)). date-fns clamps at month end: Aug 31 → Feb 28/29.
 */
export const imrFilingDeadline = remembered(function imrFilingDeadline(decisionIso: string): string {
  return toIso(addMonths(mustDay(decisionIso), timelines.imrFilingMonths.value));
});

/**
 * The plan's last day to answer an appeal: filing date + 30 days (HSC 1368.01(a): plans resolve
 * grievances within 30 days). The plan has all of that day; an IMR can be filed from the day after.
 */
export const planAnswerDue = remembered(function planAnswerDue(filedIso: string): string {
  return toIso(addDays(mustDay(filedIso), timelines.planGrievanceDays.value));
});

/** Whether the plan's 30 days have run out by `today`: they end at the end of day 30, so from day 31. */
export function planClockRanOut(filedIso: string, today: string): boolean {
  return daysBetween(planAnswerDue(filedIso), today) > 0;
}

/**
 * Medi-Cal managed care: the State Hearing must be asked within 120 days of the Notice of Appeal
 * Resolution, or of day 30 when the plan does not answer (WIC 10951; imr-rules.md §2).
 */
export function mediCalHearingDeadline(appeal: { status: 'decided' | 'pending'; date: string }): string {
  const start = appeal.status === 'decided' ? appeal.date : planAnswerDue(appeal.date);
  return toIso(addDays(mustDay(start), timelines.mediCalHearingDays.value));
}

/** Whether the filing deadline for a decision dated `decisionIso` has passed by `today`. */
export function isPastImrDeadline(decisionIso: string, today: string): boolean {
  return daysBetween(imrFilingDeadline(decisionIso), today) > 0;
}

/**
 * An urgent grievance the plan gets on `receivedIso` must be decided within 3 days (HSC 1368.01(b):
 * an imminent and serious threat to health): the filing kit's urgent letter gives this date.
 */
export const planUrgentAnswerDue = remembered(function planUrgentAnswerDue(receivedIso: string): string {
  return toIso(addDays(mustDay(receivedIso), timelines.planUrgentDays.value));
});
