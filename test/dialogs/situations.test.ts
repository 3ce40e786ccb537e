import { describe, expect, it } from 'vitest';
import { outsideImrCoverages, type Answers, type OutsideImrCoverage } from '../../machines/answers.js';
import { californiaToday, imrFilingDeadline, mediCalHearingDeadline, planAnswerDue } from '../../machines/dateRules.js';
import { phones, type PhoneKey } from '../../machines/facts.js';
import type { OutcomeId } from '../../machines/imrMachine.js';
import type { Locale, Reply } from '../../dialogs/contract.js';
import { catalogs, formatDate, type TextKey } from '../../dialogs/say.js';
import { Chat, NOW, allText, surfaces, type SurfaceName } from './chat.js';

/**
 * Issue 15: every real situation routed right, every sentence true for the person reading it. Each
 * test is named after the rule it proves and runs in both languages (and on SMS where the brief
 * text differs). Texts are matched by their fixed words (the template up to its first placeholder).
 */

const TODAY = californiaToday(NOW);
const locales: readonly Locale[] = ['en', 'es'];
const DECIDED = '2026-09-15';
const SIX_MONTHS_AGO_TODAY = '2026-05-27';
const FILED_30_DAYS_AGO = '2026-10-28';

/** The words of a text before its first placeholder: what every filled copy of it contains. */
function head(locale: Locale, key: TextKey, variant: 'full' | 'brief' | 'staff' = 'full'): string {
  const entry = catalogs[locale][key];
  const template = (variant === 'staff' ? (entry.staff ?? entry.full) : entry[variant]) ?? entry.full;
  const cut = template.split('{')[0] ?? '';
  expect(cut.length, `${key} starts with a placeholder`).toBeGreaterThan(8);
  return cut;
}

/** One message with all the answers (as a person who writes one long text), on a surface. */
function reach(answers: Answers, locale: Locale, surface: SurfaceName = 'web'): { chat: Chat; replies: Reply[] } {
  const chat = new Chat(surfaces[surface], locale);
  chat.join();
  const replies = chat.press({ answer: answers });
  return { chat, replies };
}

function outcomeOf(answers: Answers, locale: Locale, surface: SurfaceName = 'web') {
  const { chat, replies } = reach(answers, locale, surface);
  const id = chat.view().outcome?.id;
  const said = replies.filter((r) => r.outcome !== undefined);
  const full = said.find((r) => r.kind === 'outcome');
  return { chat, id, said, full, text: allText(said), replies };
}

const dmhcNecessity: Answers = { coverage: 'dmhc_plan', reason: 'medical_necessity' };
const calm: Answers = { urgency: 'not_urgent' };
const urgent: Answers = { urgency: 'urgent' };

describe.each(locales)('routing, in %s', (locale) => {
  it('O2 with a written decision: ask for an expedited IMR now, with the O1 deadline; not "call the plan", not "the plan has 30 days"', () => {
    const { id, text, full } = outcomeOf({ ...dmhcNecessity, appealStatus: 'decided', appealDate: DECIDED, ...urgent }, locale);
    expect(id).toBe('O2');
    expect(text).toContain(formatDate(imrFilingDeadline(DECIDED), locale));
    expect(text).toContain(head(locale, 'o2.meaning.decided'));
    expect(text).toContain(head(locale, 'o2d.step2.DMHC'));
    expect(text).not.toContain(head(locale, 'o2.step1.DMHC'));
    expect(text).not.toContain(head(locale, 'timeline.plan'));
    expect(full?.facts?.map((f) => f.label)).toContain(catalogs[locale]['l.deadline'].full);
  });

  it('O2 with a written decision, CDI policy: ask CDI for the expedited IMR, not the insurer’s review', () => {
    const { text } = outcomeOf({ coverage: 'cdi_policy', reason: 'medical_necessity', appealStatus: 'decided', appealDate: DECIDED, ...urgent }, locale);
    expect(text).toContain(head(locale, 'o2d.step2.CDI'));
    expect(text).not.toContain(head(locale, 'o2.step1.CDI'));
  });

  it('O2 while the appeal is pending: ask the plan to treat that appeal as urgent, and call DMHC', () => {
    const { id, text } = outcomeOf({ ...dmhcNecessity, appealStatus: 'pending', appealDate: '2026-11-20', ...urgent }, locale);
    expect(id).toBe('O2');
    expect(text).toContain(head(locale, 'o2p.step1.DMHC'));
    expect(text).toContain(phones.dmhcHelpCenter.value);
  });

  it('Medicare and Medi-Cal: asks one plan for both, or which one said no, with a "Not sure"', () => {
    const chat = new Chat(surfaces.web, locale);
    chat.join();
    const replies = chat.press({ answer: { coverage: 'dual' } });
    expect(chat.slot()).toBe('dual');
    expect(allText(replies)).toContain(catalogs[locale]['q.dual'].full);
    expect(chat.offered().map((c) => c.label)).toEqual(
      (['one_plan', 'medicare', 'medi_cal_plan', 'medi_cal_regular', 'unsure'] as const).map((v) => catalogs[locale][`c.dual.${v}`].full),
    );
    chat.press({ answer: { dual: 'medicare' } });
    expect(chat.view().outcome?.id).toBe('O10');
  });

  it('Medicare and Medi-Cal, not sure which said no: both paths, and where to look', () => {
    const { text } = outcomeOf({ coverage: 'dual', dual: 'unsure', planName: '', hearing: 'none', reason: 'medical_necessity', appealStatus: 'not_filed', ...calm }, locale);
    expect(text).toContain(head(locale, 'note.dualUnsure'));
    expect(text).toContain(phones.medicare.value);
    expect(text).toContain(phones.dmhcHelpCenter.value);
  });

  it('County Organized Health System: the State Hearing and its 120-day date lead as the sure path; the IMR is "confirm with DMHC first"', () => {
    const { full, text } = outcomeOf(
      { coverage: 'medi_cal_managed', planName: 'CalOptima', hearing: 'none', reason: 'medical_necessity', appealStatus: 'decided', appealDate: DECIDED, ...calm },
      locale,
    );
    const hearingDate = formatDate(mediCalHearingDeadline({ status: 'decided', date: DECIDED }), locale);
    expect(full?.title).toBe(catalogs[locale]['cohs.title'].full);
    expect(full?.steps?.[0]).toContain(hearingDate);
    expect(full?.steps?.[0]).toContain(phones.cdssStateHearings.value);
    expect(full?.steps?.[1]).toContain(phones.dmhcHelpCenter.value);
    expect(text).not.toContain(catalogs[locale]['o1.title'].full);
    expect(text).not.toContain(head(locale, 'o1.step3.DMHC'));
  });

  it('County Organized Health System before the plan answers: appeal first, with the DMHC check and the hearing as the sure path after', () => {
    const { id, text } = outcomeOf(
      { coverage: 'medi_cal_managed', planName: 'CalOptima', hearing: 'none', reason: 'medical_necessity', appealStatus: 'not_filed', ...calm },
      locale,
    );
    expect(id).toBe('O6');
    expect(text).toContain(catalogs[locale]['note.cohs'].full.replace('{plan}', 'CalOptima').split('{')[0]);
    expect(text).toContain(phones.dmhcHelpCenter.value);
  });

  it('an enrollment denial with no coverage is answered directly, with the 90-day State Hearing deadline', () => {
    const { chat, id, text } = outcomeOf({ reason: 'enrollment' }, locale);
    expect(id).toBe('O15');
    expect(chat.view().steps).toBe(1);
    expect(text).toContain(head(locale, 'o15.step1'));
    expect(text).toContain('90');
    expect(text).toContain(phones.coveredCalifornia.value);
    expect(text).toContain(phones.cdssPublicInquiry.value);
  });

  it('O15 for a plan that may come through a job does not speak as if the person applied to Covered California or the county', () => {
    const { text } = outcomeOf({ coverage: 'dmhc_plan', reason: 'enrollment' }, locale);
    expect(text).toContain(head(locale, 'o15.job.step1'));
    expect(text).not.toContain(head(locale, 'o15.step2'));
    expect(text).not.toContain(head(locale, 'o15.meaning'));
  });

  it('CDI policy, experimental, no appeal: O3’s CDI wording (appeal to the insurer, ask CDI), never the DMHC shortcut', () => {
    const { id, full, text } = outcomeOf({ coverage: 'cdi_policy', reason: 'experimental', appealStatus: 'not_filed', ...calm }, locale);
    expect(id).toBe('O3');
    expect(full?.title).toBe(catalogs[locale]['o3.title.CDI'].full);
    expect(text).toContain(phones.cdiHotline.value);
    expect(text).not.toContain(head(locale, 'o3.meaning'));
    expect(text).not.toContain(phones.dmhcHelpCenter.value);
  });

  it('day 30: the plan still has today; an IMR opens tomorrow (never "the plan did not answer")', () => {
    const { id, text, full } = outcomeOf({ ...dmhcNecessity, appealStatus: 'pending', appealDate: FILED_30_DAYS_AGO, ...calm }, locale);
    expect(id).toBe('O5');
    expect(planAnswerDue(FILED_30_DAYS_AGO)).toBe(TODAY);
    expect(text).toContain(catalogs[locale]['note.planLastDay'].full);
    expect(full?.facts).toContainEqual({ label: catalogs[locale]['l.daysLeft'].full, value: catalogs[locale]['v.planLastDay'].full });
    expect(text).not.toContain(head(locale, 'o4.meaning'));
  });

  it('the last day of the 6 months says "today is the last day", not "Days left: 0"', () => {
    for (const surface of ['web', 'sms'] as const) {
      const { id, text } = outcomeOf({ ...dmhcNecessity, appealStatus: 'decided', appealDate: SIX_MONTHS_AGO_TODAY, ...calm }, locale, surface);
      expect(id).toBe('O1');
      expect(text).toContain(catalogs[locale]['v.lastDay'][surface === 'sms' ? 'brief' : 'full']);
      expect(text).toContain(catalogs[locale]['note.lastDay'][surface === 'sms' ? 'brief' : 'full']);
      expect(text).not.toMatch(new RegExp(`${catalogs[locale]['l.daysLeft'].full}: 0\\b`));
    }
  });

  it('O13 says whom to ask about the options left', () => {
    const { id, text } = outcomeOf({ coverage: 'medi_cal_managed', planName: 'L.A. Care', hearing: 'held' }, locale);
    expect(id).toBe('O13');
    expect(text).toContain(head(locale, 'o13.step2'));
    expect(text).toContain(phones.healthConsumerAlliance.value);
    expect(text).toContain(phones.mediCalOmbudsman.value);
  });
});

/** The phone (or "the number on your card") each coverage outside DMHC/CDI is given (coverage-outside-imr.md). */
const outsideNumbers: Readonly<Record<OutsideImrCoverage, readonly PhoneKey[]>> = {
  tricare: ['triwest'],
  va: ['vaHealthBenefits'],
  fehb: [],
  indian_health: [],
  ccs: [],
  student_plan: ['ucShip', 'cdiHotline'],
  short_term: ['cdiHotline'],
  no_coverage: ['cdssPublicInquiry', 'coveredCalifornia'],
  gov_self_funded: ['maximusExternalReview'],
};

describe.each(locales)('coverage that is neither DMHC nor CDI, in %s', (locale) => {
  it.each(outsideImrCoverages)('%s: not a California IMR, its own path and the number that sorts it out, never the DMHC IMR steps', (coverage) => {
    for (const surface of ['web', 'sms', 'teams'] as const) {
      const { id, text } = outcomeOf({ coverage }, locale, surface);
      expect(id).toBe('O16');
      for (const key of outsideNumbers[coverage]) expect(text).toContain(phones[key].value);
      expect(text).toContain(head(locale, `o16.${coverage}.step1` as TextKey, surface === 'sms' ? 'brief' : 'full'));
      expect(text).not.toContain(head(locale, 'o1.step3.DMHC', surface === 'sms' ? 'brief' : 'full'));
      // Government employer plans are not ERISA plans: never the Department of Labor (imr-rules §2).
      expect(text).not.toContain(phones.ebsa.value);
    }
  });

  it('where no number is verified (FEHB, IHS, CCS), the one on the person’s own card or letter', () => {
    expect(outcomeOf({ coverage: 'fehb' }, locale).text).toContain(catalogs[locale]['o16.phone.card'].full);
    expect(outcomeOf({ coverage: 'indian_health' }, locale).text).toContain(catalogs[locale]['o16.phone.letter'].full);
    expect(outcomeOf({ coverage: 'ccs' }, locale).text).toContain(catalogs[locale]['o16.phone.notice'].full);
  });

  it('student plans say "as far as we know": the path is not verified for every school', () => {
    expect(outcomeOf({ coverage: 'student_plan' }, locale).full?.title).toBe(catalogs[locale]['o16.title.student_plan'].full);
    expect(catalogs[locale]['o16.title.student_plan'].full).toMatch(locale === 'en' ? /as far as we know/ : /hasta donde sabemos/);
  });

  it('TRICARE and CCS give their verified deadlines (90 days to TriWest, 30 days for the First Level Appeal)', () => {
    expect(outcomeOf({ coverage: 'tricare' }, locale).text).toMatch(/\b90\b/);
    expect(outcomeOf({ coverage: 'ccs' }, locale).text).toMatch(/\b30\b/);
  });
});

describe.each(locales)('"not sure" answers lead somewhere useful and honest, in %s', (locale) => {
  it('the hearing, appeal and urgency questions show "Not sure"', () => {
    const notSure = (slot: 'hearing' | 'appealStatus' | 'urgency', answers: Answers) => {
      const { chat } = reach(answers, locale);
      expect(chat.slot()).toBe(slot);
      expect(chat.offered().map((c) => c.label)).toContain(catalogs[locale][`c.${slot}.unsure`].full);
    };
    notSure('hearing', { coverage: 'medi_cal_managed', planName: 'L.A. Care' });
    notSure('appealStatus', dmhcNecessity);
    notSure('urgency', { ...dmhcNecessity, appealStatus: 'decided', appealDate: DECIDED });
  });

  it('hearing not sure: call DMHC before any hearing date', () => {
    const { text } = outcomeOf({ coverage: 'medi_cal_managed', planName: 'L.A. Care', hearing: 'unsure', reason: 'medical_necessity', appealStatus: 'decided', appealDate: DECIDED, ...calm }, locale);
    expect(text).toContain(head(locale, 'note.hearingUnsure'));
  });

  it('appeal status not sure: how to tell from the letters and the safe next step (ask the plan, appeal), with a way on once the answer is found', () => {
    const { chat, id, text } = outcomeOf({ ...dmhcNecessity, appealStatus: 'unsure', ...calm }, locale);
    expect(id).toBe('O6');
    expect(text).toContain(head(locale, 'note.appealUnsure'));
    expect(text).toContain(head(locale, 'o6.step1.unsure'));
    const found = chat.offered().find((c) => c.label === catalogs[locale]['c.followUp.appealDecided'].full);
    expect(found).toBeDefined();
    chat.press(found?.value);
    expect(chat.slot()).toBe('appealDate');
  });

  it('urgency not sure: the not-urgent path, plus how to ask for an urgent review if a doctor says so', () => {
    const { chat, id, text } = outcomeOf({ ...dmhcNecessity, appealStatus: 'decided', appealDate: DECIDED, urgency: 'unsure' }, locale);
    expect(id).toBe('O1');
    expect(text).toContain(head(locale, 'note.urgencyUnsure'));
    const doctor = chat.offered().find((c) => c.label === catalogs[locale]['c.followUp.urgent'].full);
    chat.press(doctor?.value);
    expect(chat.view().outcome?.id).toBe('O2');
  });

  it('an unknown date with a decision: the 6-month rule in words and "find the date printed on the letter", no made-up deadline', () => {
    const chat = new Chat(surfaces.web, locale);
    chat.join();
    chat.press({ answer: { ...dmhcNecessity, appealStatus: 'decided' } });
    const unknown = chat.offered().find((c) => c.label === catalogs[locale]['c.appealDate.unknown'].full);
    expect(unknown).toBeDefined();
    chat.press(unknown?.value);
    const replies = chat.press({ answer: calm });
    const full = replies.find((r) => r.kind === 'outcome');
    expect(chat.view().outcome?.id).toBe('O1');
    expect(full?.text).toContain(head(locale, 'o1.meaning.noDate'));
    expect(full?.facts?.map((f) => f.label)).not.toContain(catalogs[locale]['l.deadline'].full);
    const foundDate = chat.offered().find((c) => c.label === catalogs[locale]['c.followUp.foundDate'].full);
    chat.press(foundDate?.value);
    expect(chat.slot()).toBe('appealDate');
  });

  it('an unknown filing date while waiting: the plan’s 30 days in words', () => {
    const { id, text } = outcomeOf({ ...dmhcNecessity, appealStatus: 'pending', appealDateUnknown: true, ...calm }, locale);
    expect(id).toBe('O5');
    expect(text).toContain(head(locale, 'o5.step1.noDate'));
  });
});

describe.each(locales)('content: every sentence true for the reader, in %s', (locale) => {
  const docsOf = (answers: Answers) => {
    const { full } = outcomeOf(answers, locale);
    return full?.facts?.find((f) => f.label === catalogs[locale]['l.documents'].full)?.value ?? '';
  };
  const planAnswer = head(locale, 'docs.imr').split('.')[1] ?? '';

  it.each<[string, Answers, OutcomeId]>([
    ['O2 with no appeal yet', { ...dmhcNecessity, appealStatus: 'not_filed', ...urgent }, 'O2'],
    ['O4, the plan never answered', { ...dmhcNecessity, appealStatus: 'pending', appealDate: '2026-10-13', ...calm }, 'O4'],
    ['O5, waiting for the plan', { ...dmhcNecessity, appealStatus: 'pending', appealDate: '2026-11-16', ...calm }, 'O5'],
    ['O6, no appeal yet', { ...dmhcNecessity, appealStatus: 'not_filed', ...calm }, 'O6'],
  ])('"Documents" never asks for the plan’s written answer before there is one: %s', (_name, answers, id) => {
    expect(outcomeOf(answers, locale).id).toBe(id);
    const docs = docsOf(answers);
    expect(docs.length).toBeGreaterThan(10);
    expect(planAnswer.trim().length).toBeGreaterThan(5);
    expect(docs).not.toContain(planAnswer.trim());
  });

  it('"Documents" asks for the plan’s written answer once there is one (O1), the NAR for Medi-Cal', () => {
    expect(docsOf({ ...dmhcNecessity, appealStatus: 'decided', appealDate: DECIDED, ...calm })).toContain(planAnswer.trim());
    expect(docsOf({ coverage: 'medi_cal_managed', planName: 'L.A. Care', hearing: 'none', reason: 'medical_necessity', appealStatus: 'decided', appealDate: DECIDED, ...calm })).toContain('(NAR)');
  });

  it('cancelled coverage gets the complaint path without the emergency-bill and ambulance notes', () => {
    const { id, text } = outcomeOf({ coverage: 'dmhc_plan', reason: 'cancelled' }, locale);
    expect(id).toBe('O8');
    expect(text).toContain(head(locale, 'o8.meaning.cancelled'));
    expect(text).not.toContain(catalogs[locale]['o8.emergency'].full);
    expect(text).not.toContain(catalogs[locale]['o8.ambulance'].full);
    expect(text).not.toContain(head(locale, 'o8.notEmergency'));
  });

  it('a billing problem keeps the emergency notes, said only of bills after emergency care (ambulance: with a DMHC plan)', () => {
    const { text } = outcomeOf({ coverage: 'dmhc_plan', reason: 'billing' }, locale);
    expect(text).toContain(catalogs[locale]['o8.emergency'].full);
    expect(catalogs[locale]['o8.emergency'].full).toMatch(locale === 'en' ? /^If the bill is for emergency care/ : /^Si la factura es por atención de emergencia/);
    expect(text).toContain(catalogs[locale]['o8.ambulance'].full);
    expect(outcomeOf({ coverage: 'cdi_policy', reason: 'billing' }, locale).text).not.toContain(catalogs[locale]['o8.ambulance'].full);
  });

  it('the insurance-policy button does not say every PPO is CDI; a PPO alone goes to the regulator follow-up', () => {
    expect(catalogs[locale]['c.coverage.cdi_policy'].full).not.toMatch(/PPO|EPO/);
    expect(catalogs[locale]['c.coverage.cdi_policy'].brief).not.toMatch(/PPO|EPO/);
    expect(catalogs[locale]['c.coverage.unsure'].full).toMatch(/PPO/);
    const { chat } = reach({ coverage: 'unsure' }, locale);
    expect(chat.slot()).toBe('regulator');
  });

  it('Medi-Cal names the denial notice both ways (Notice of Action / Notice of Adverse Benefit Determination)', () => {
    const { text } = outcomeOf({ coverage: 'medi_cal_managed', planName: 'L.A. Care', hearing: 'none', reason: 'medical_necessity', appealStatus: 'not_filed', ...calm }, locale);
    expect(text).toContain(locale === 'en' ? 'Notice of Action' : 'Aviso de Acción');
    expect(text).toContain(locale === 'en' ? 'Notice of Adverse Benefit Determination' : 'Aviso de Determinación Adversa de Beneficios');
  });

  it('Original Medicare and Medicare Advantage are alternatives in the text, not steps 1 and 2', () => {
    const { full } = outcomeOf({ coverage: 'medicare' }, locale);
    expect(full?.text).toContain(head(locale, 'o10.original'));
    expect(full?.text).toContain(head(locale, 'o10.advantage'));
    for (const step of full?.steps ?? []) expect(step).not.toMatch(/^(Original Medicare|Medicare Advantage|Medicare Original|Si tiene)/);
  });

  it('a Medi-Cal outcome with a State Hearing date gives the number to call for it, on the web and by SMS', () => {
    for (const surface of ['web', 'sms'] as const) {
      const { text } = outcomeOf({ coverage: 'medi_cal_managed', planName: 'L.A. Care', hearing: 'none', reason: 'medical_necessity', appealStatus: 'decided', appealDate: DECIDED, ...calm }, locale, surface);
      expect(text).toContain(formatDate(mediCalHearingDeadline({ status: 'decided', date: DECIDED }), locale));
      expect(text).toContain(phones.cdssStateHearings.value);
    }
  });
});

describe('citations: follow the agency, only verified ones, and on phones not in the message', () => {
  const rule = (replies: readonly Reply[]) => replies.find((r) => r.citations)?.citations?.value ?? '';

  it('a CDI policy never cites a Knox-Keene section or a DMHC regulation', () => {
    const cdiOutcomes: Answers[] = [
      { coverage: 'cdi_policy', reason: 'medical_necessity', appealStatus: 'decided', appealDate: DECIDED, ...urgent },
      { coverage: 'cdi_policy', reason: 'medical_necessity', appealStatus: 'not_filed', ...calm },
      { coverage: 'cdi_policy', reason: 'experimental', appealStatus: 'not_filed', ...calm },
      { coverage: 'cdi_policy', reason: 'billing' },
    ];
    for (const answers of cdiOutcomes) expect(rule(outcomeOf(answers, 'en').said)).not.toMatch(/HSC|CCR|AB 716|Prospect/);
    expect(rule(outcomeOf(cdiOutcomes[0] ?? {}, 'en').said)).toBe('Ins. Code 10169.3(c)');
  });

  it('an unverified citation (Ins. Code 10169(k)) is never shown', () => {
    for (const coverage of ['dmhc_plan', 'cdi_policy'] as const) {
      const { said } = outcomeOf({ coverage, reason: 'medical_necessity', appealStatus: 'decided', appealDate: DECIDED, ...calm }, 'en');
      expect(rule(said)).not.toContain('10169(k)');
      expect(allText(said)).not.toContain('10169(k)');
    }
  });

  it('a DMHC plan’s urgent outcome cites the DMHC rules; a Medi-Cal State Hearing cites WIC 10951', () => {
    expect(rule(outcomeOf({ ...dmhcNecessity, appealStatus: 'not_filed', ...urgent }, 'en').said)).toBe('HSC 1368.01(b); HSC 1368.03(a); HSC 1374.31(a)');
    expect(rule(outcomeOf({ coverage: 'medi_cal_ffs' }, 'es').said)).toBe('WIC 10951');
  });

  it('on the web and in Teams the card carries the citations; by SMS they ride along for the plan page but are not sent', () => {
    const answers: Answers = { ...dmhcNecessity, appealStatus: 'not_filed', ...urgent };
    for (const surface of ['web', 'teams'] as const) expect(rule(outcomeOf(answers, 'en', surface).said)).toContain('HSC 1368.01(b)');
    const sms = outcomeOf(answers, 'en', 'sms');
    expect(rule(sms.said)).toContain('HSC 1368.01(b)');
    expect(sms.text).not.toContain('HSC');
    expect(sms.text).not.toContain(`${catalogs.en['l.rule'].full}:`);
  });
});
