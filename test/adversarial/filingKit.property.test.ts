import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filingKit } from '../../dialogs/filingKit.js';
import { appealStatusValues, reasonValues } from '../../machines/answers.js';
import { filingCaseSchema, kitOutcomes } from '../../machines/filingCase.js';
import { kitHtml } from '../../src/plan/kitHtml.js';
import { kitText } from '../../src/plan/kitText.js';

/**
 * Any case the kit can be kept with (any outcome, agency, reason, status, urgency, any dates or none,
 * any plan name a person could type) gives a kit in both languages and both voices, never an
 * exception, never a blank marker or an unfilled placeholder, and its page escapes the plan name.
 */

const isoDate = fc.date({ min: new Date('2016-01-01T12:00:00Z'), max: new Date('2028-12-31T12:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const planName = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.constantFrom('<script>alert(1)</script>', 'Kaiser & "Blue" <Shield>', '{plan} {blank.name}', '\uE000x\uE001', 'L.A. Care'),
);

const kase = fc
  .record(
    {
      outcome: fc.constantFrom(...kitOutcomes),
      agency: fc.constantFrom('DMHC' as const, 'CDI' as const),
      mediCal: fc.boolean(),
      reason: fc.constantFrom(...reasonValues),
      appealStatus: fc.constantFrom(...appealStatusValues),
      urgent: fc.boolean(),
      appealDate: isoDate,
      imrDeadline: isoDate,
      planAnswerDue: isoDate,
      hearingDeadline: isoDate,
      hearingRequested: fc.boolean(),
      cohsHearingFirst: fc.boolean(),
      urgencyUnsure: fc.boolean(),
      made: isoDate,
      sentTodayDue: isoDate,
      urgentDue: isoDate,
      planName,
    },
    { requiredKeys: ['outcome', 'agency', 'mediCal', 'urgent', 'hearingRequested', 'made', 'sentTodayDue', 'urgentDue'] },
  )
  .map((c) => filingCaseSchema.parse(c));

describe('a filing kit from any case', () => {
  it('is written in both languages and voices without an exception, a stray marker or an unfilled placeholder', () => {
    fc.assert(
      fc.property(kase, fc.constantFrom('en' as const, 'es' as const), fc.constantFrom('patient' as const, 'staff' as const), (c, locale, audience) => {
        const kit = filingKit(c, locale, audience);
        const text = kitText(kit);
        const html = kitHtml(kit);
        expect(kit.sections.length).toBeGreaterThan(0);
        const withoutName = c.planName ? text.replaceAll(c.planName.replace(/[\uE000\uE001]/g, ''), '') : text;
        expect(withoutName).not.toMatch(/[\uE000\uE001]|\{[A-Za-z][\w.]*\}|undefined|NaN/);
        expect(html).not.toMatch(/<script/i);
        if (c.planName && /[<>&"]/.test(c.planName)) expect(html).not.toContain(c.planName);
      }),
      { numRuns: 400 },
    );
  });
});
