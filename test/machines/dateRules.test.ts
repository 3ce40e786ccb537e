import { describe, expect, it } from 'vitest';
import {
  californiaToday,
  checkPastDate,
  daysBetween,
  imrFilingDeadline,
  isPastImrDeadline,
  mediCalHearingDeadline,
  planAnswerDue,
  planClockRanOut,
} from '../../machines/dateRules.js';

describe('the IMR filing deadline (6 months from the written decision)', () => {
  it.each([
    ['2026-03-03', '2026-09-03'],
    ['2026-08-31', '2027-02-28'], // clamped at month end
    ['2027-08-31', '2028-02-29'], // leap year
    ['2026-02-28', '2026-08-28'],
    ['2025-12-31', '2026-06-30'],
    ['2026-03-08', '2026-09-08'], // the day the clocks spring forward
    ['2026-11-01', '2027-05-01'], // the day the clocks fall back
  ])('a decision dated %s can be taken to IMR until %s', (decision, deadline) => {
    expect(imrFilingDeadline(decision)).toBe(deadline);
  });

  it('is still open on the deadline day itself and closed the day after', () => {
    expect(isPastImrDeadline('2026-05-27', '2026-11-27')).toBe(false);
    expect(isPastImrDeadline('2026-05-26', '2026-11-27')).toBe(true);
  });

  it('counts days left in calendar days across the clock changes', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(daysBetween('2026-11-27', '2027-02-28')).toBe(93);
  });
});

describe("the plan's 30-day clock", () => {
  it('ends 30 days after the appeal was filed', () => {
    expect(planAnswerDue('2026-01-31')).toBe('2026-03-02');
    expect(planAnswerDue('2028-01-31')).toBe('2028-03-01');
  });

  // Issue 15: the plan has all of day 30; an IMR opens the day after.
  it.each([
    [29, false],
    [30, false],
    [31, true],
  ])('on day %i after filing the clock has run out: %s (the plan’s time ends at the end of day 30)', (day, ranOut) => {
    const filed = '2026-10-01';
    const today = new Date(Date.UTC(2026, 9, 1 + day, 20)).toISOString().slice(0, 10);
    expect(planClockRanOut(filed, today)).toBe(ranOut);
  });
});

describe('the Medi-Cal State Hearing (120 days)', () => {
  it('runs from the Notice of Appeal Resolution', () => {
    expect(mediCalHearingDeadline({ status: 'decided', date: '2026-11-01' })).toBe('2027-03-01');
  });
  it("runs from day 30 when the plan has not answered", () => {
    expect(mediCalHearingDeadline({ status: 'pending', date: '2026-10-01' })).toBe('2027-02-28');
  });
});

describe('dates people give', () => {
  const today = '2026-11-27';
  it('accepts a real past date', () => {
    expect(checkPastDate('2026-11-27', today)).toEqual({ ok: true, iso: '2026-11-27' });
  });
  it.each([
    ['2026-11-28', 'future'],
    ['2026-02-30', 'impossible'],
    ['2025-02-29', 'impossible'],
    ['2026-13-01', 'impossible'],
    ['2016-11-26', 'too_old'],
    ['March 3', 'malformed'],
  ])('refuses %s as %s', (iso, problem) => {
    expect(checkPastDate(iso, today)).toEqual({ ok: false, problem });
  });
  it('accepts Feb 29 in a leap year and a date exactly 10 years back', () => {
    expect(checkPastDate('2024-02-29', today).ok).toBe(true);
    expect(checkPastDate('2016-11-27', today).ok).toBe(true);
  });
});

describe('California time', () => {
  it('is still yesterday in California late in the UTC night', () => {
    expect(californiaToday(new Date('2026-11-27T07:30:00Z'))).toBe('2026-11-26');
    expect(californiaToday(new Date('2026-11-27T08:30:00Z'))).toBe('2026-11-27');
  });
  it('follows daylight saving time', () => {
    expect(californiaToday(new Date('2026-07-01T06:59:00Z'))).toBe('2026-06-30');
    expect(californiaToday(new Date('2026-07-01T07:00:00Z'))).toBe('2026-07-01');
  });
});
