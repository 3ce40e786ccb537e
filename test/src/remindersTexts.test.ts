import { describe, expect, it } from 'vitest';
import { phones } from '../../machines/facts.js';
import { reminderKinds } from '../../machines/reminderPlan.js';
import { defaultReminderCatalog, reminderText, reminderTextKeys, type ReminderCatalog } from '../../src/reminders/texts.js';

/** issue 8: a reminder is in the person's language, names the agency's number and what to do, and fits an SMS. */

const allVars = { date: 'D', when: 'W', n: 3, agency: 'DMHC', agencyPhone: phones.dmhcHelpCenter.value };

describe('reminder texts', () => {
  it('has every text in English and Spanish, with no placeholder left unfilled', () => {
    for (const locale of ['en', 'es'] as const) {
      for (const key of reminderTextKeys) {
        const text = defaultReminderCatalog(key, allVars, locale);
        expect(text.length, `${locale} ${key}`).toBeGreaterThan(0);
        expect(text, `${locale} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('says each reminder with the right agency number and the right count of days, within three SMS segments', () => {
    for (const locale of ['en', 'es'] as const) {
      for (const kind of reminderKinds) {
        for (const agency of ['DMHC', 'CDI'] as const) {
          const days = Number(kind.split('.d')[1]);
          const today = days === 14 ? '2027-03-14' : days === 2 ? '2027-03-26' : '2027-03-28';
          const text = reminderText(defaultReminderCatalog, { kind, aboutDate: '2027-03-28', agency, locale, channel: 'sms' }, today);
          const phone = kind.startsWith('hearing') ? phones.cdssStateHearings.value : agency === 'CDI' ? phones.cdiHotline.value : phones.dmhcHelpCenter.value;
          expect(text, `${locale} ${kind} ${agency}`).toContain(phone);
          expect(text).toContain(locale === 'es' ? '28 de marzo de 2027' : 'March 28, 2027');
          expect(text).toContain('STOP');
          // src/channels/surface.ts: an SMS reply's budget is 459 characters (3 segments).
          expect(text.length).toBeLessThanOrEqual(459);
        }
      }
    }
    const en = (today: string) => reminderText(defaultReminderCatalog, { kind: 'imrDeadline.d2', aboutDate: '2027-03-28', agency: 'DMHC', locale: 'en', channel: 'botframework' }, today);
    expect(en('2027-03-26')).toContain('(in 2 days)');
    // Sent a day late after an outage: the count is today's, not the plan's.
    expect(en('2027-03-27')).toContain('(tomorrow)');
    expect(en('2027-03-27')).toContain('Type "stop reminders"');
  });

  it('takes its words from any catalog plugged in (the dialogs catalog, once it has reminder keys)', () => {
    const seen: string[] = [];
    const catalog: ReminderCatalog = (key, vars, locale) => {
      seen.push(`${locale}:${key}`);
      return `[${key} ${String(vars.date ?? '')}]`;
    };
    const text = reminderText(catalog, { kind: 'planAnswerDue.d0', aboutDate: '2026-12-10', agency: 'DMHC', locale: 'es', channel: 'sms' }, '2026-12-10');
    expect(text).toBe('[reminder.planAnswerDue.today 10 de diciembre de 2026] [reminder.stop.sms ]');
    expect([...seen].sort()).toEqual(['es:reminder.planAnswerDue.today', 'es:reminder.stop.sms', 'es:reminder.when.today']);
  });
});
