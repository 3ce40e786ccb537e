import { describe, expect, it } from 'vitest';
import { outsideImrCoverages, type Answers } from '../../machines/answers.js';
import { MACHINE_VERSION } from '../../machines/imrMachine.js';
import { restoreSession, send, startSession, viewSession } from '../../machines/imrSession.js';

const today = '2026-11-27';

/** Gives all answers in one message, as a person who writes one long text would. */
function decide(answers: Answers, on = today) {
  const view = viewSession(send(startSession(on), { type: 'answer', today: on, answers }));
  return view.outcome?.id ?? `asks ${view.question?.slot}`;
}

const dmhc: Answers = { coverage: 'dmhc_plan' };
const cdi: Answers = { coverage: 'cdi_policy' };
const necessity: Answers = { reason: 'medical_necessity' };
const decidedRecently: Answers = { appealStatus: 'decided', appealDate: '2026-09-15' };
const decidedLongAgo: Answers = { appealStatus: 'decided', appealDate: '2026-03-01' };
const pendingLong: Answers = { appealStatus: 'pending', appealDate: '2026-10-01' };
const pendingShort: Answers = { appealStatus: 'pending', appealDate: '2026-11-20' };
const notFiled: Answers = { appealStatus: 'not_filed' };
const calm: Answers = { urgency: 'not_urgent' };
const urgent: Answers = { urgency: 'urgent' };
const mediCal: Answers = { coverage: 'medi_cal_managed', planName: 'L.A. Care', hearing: 'none' };

describe('each outcome of imr-rules.md §2', () => {
  it.each<[string, Answers, string]>([
    ['O1: decided within 6 months → file IMR now', { ...dmhc, ...necessity, ...decidedRecently, ...calm }, 'O1'],
    ['O1: a CDI policy decided within 6 months → file IMR now', { ...cdi, ...necessity, ...decidedRecently, ...calm }, 'O1'],
    ['O1: an emergency-payment denial is IMR-eligible', { ...dmhc, reason: 'emergency_payment', ...decidedRecently, ...calm }, 'O1'],
    ['O1: an unsure reason is treated as medical necessity', { ...dmhc, reason: 'unsure', ...decidedRecently, ...calm }, 'O1'],
    ['O1: Medi-Cal managed care goes to DMHC IMR', { ...mediCal, ...necessity, ...decidedRecently, ...calm }, 'O1'],
    ['O2: urgent and not filed → expedited review now', { ...dmhc, ...necessity, ...notFiled, ...urgent }, 'O2'],
    ['O2: urgent with a decision → expedited IMR', { ...dmhc, ...necessity, ...decidedRecently, ...urgent }, 'O2'],
    ['O2: urgent while pending', { ...cdi, ...necessity, ...pendingShort, ...urgent }, 'O2'],
    ['O3: experimental, not decided, DMHC plan → may apply now', { ...dmhc, reason: 'experimental', ...notFiled, ...calm }, 'O3'],
    ['O3: experimental while pending with DMHC', { ...dmhc, reason: 'experimental', ...pendingShort, ...calm }, 'O3'],
    ['O4: pending 30 days or more → may file IMR now', { ...dmhc, ...necessity, ...pendingLong, ...calm }, 'O4'],
    ['O5: pending under 30 days → wait for the plan', { ...dmhc, ...necessity, ...pendingShort, ...calm }, 'O5'],
    ['O6: not filed, not urgent → grievance first', { ...dmhc, ...necessity, ...notFiled, ...calm }, 'O6'],
    ['O3 (CDI wording): experimental with a CDI policy, not appealed, is not promised the DMHC shortcut', { ...cdi, reason: 'experimental', ...notFiled, ...calm }, 'O3'],
    ['O5: experimental with a CDI policy already appealed waits for the insurer', { ...cdi, reason: 'experimental', ...pendingShort, ...calm }, 'O5'],
    ['O7: decided more than 6 months ago → deadline passed, not always final', { ...dmhc, ...necessity, ...decidedLongAgo }, 'O7'],
    ['O8: billing → grievance, then consumer complaint', { ...dmhc, reason: 'billing' }, 'O8'],
    ['O9: never covered → not IMR', { ...cdi, reason: 'not_covered' }, 'O9'],
    ['O10: Medicare → Medicare appeals', { coverage: 'medicare' }, 'O10'],
    ['O11: self-funded → federal external review', { coverage: 'self_funded' }, 'O11'],
    ['O12: fee-for-service Medi-Cal → State Hearing', { coverage: 'medi_cal_ffs' }, 'O12'],
    ['O12: a Medi-Cal Rx pharmacy denial → State Hearing', { coverage: 'medi_cal_managed', mediCalRx: true }, 'O12'],
    ['O13: Medi-Cal with a hearing held → IMR not available', { ...mediCal, hearing: 'held' }, 'O13'],
    ['O13: Medi-Medi with a hearing held', { coverage: 'medi_medi', planName: 'IEHP', hearing: 'held' }, 'O13'],
    ['O14: coverage and regulator unknown → find the regulator', { coverage: 'unsure', regulator: 'unsure' }, 'O14'],
    ['O15: enrollment decision → Covered California or the county', { ...dmhc, reason: 'enrollment' }, 'O15'],
  ])('%s', (_rule, answers, outcome) => {
    expect(decide(answers)).toBe(outcome);
  });
});

describe('which outcome wins (precedence O15 without coverage, O14, O10, O11, O16, O12, O13, O15, O8, O9, O7, O2, O1, O3, O4, O5, O6)', () => {
  const everything: Answers = { ...necessity, ...decidedRecently, ...urgent };
  it.each<[string, Answers, string]>([
    ['O14 before O10: an unknown regulator is resolved before anything else', { coverage: 'unsure', regulator: 'unsure', ...everything }, 'O14'],
    ['O10 before O11..O15: Medicare ends after the first question', { coverage: 'medicare', ...everything, reason: 'billing' }, 'O10'],
    ['O11 before O12: a self-funded plan named by the follow-up', { coverage: 'unsure', regulator: 'self_funded', ...everything }, 'O11'],
    ['O12 before O13: Medi-Cal Rx even when a hearing was held', { ...mediCal, hearing: 'held', mediCalRx: true }, 'O12'],
    ['O13 before O15: a held hearing blocks IMR whatever the reason', { ...mediCal, hearing: 'held', reason: 'enrollment' }, 'O13'],
    ['O15 before O8: enrollment, not billing', { ...dmhc, ...everything, reason: 'enrollment' }, 'O15'],
    ['O8 before O7: a billing dispute past 6 months is still a complaint', { ...dmhc, reason: 'billing', ...decidedLongAgo }, 'O8'],
    ['O9 before O7: an exclusion past 6 months is still not IMR', { ...dmhc, reason: 'not_covered', ...decidedLongAgo }, 'O9'],
    ['O7 before O2: an urgent case past the deadline is told about late filing', { ...dmhc, ...necessity, ...decidedLongAgo, ...urgent }, 'O7'],
    ['O2 before O1: urgent with a decision gets expedited review', { ...dmhc, ...necessity, ...decidedRecently, ...urgent }, 'O2'],
    ['O1 before O3: experimental with a written decision files IMR now', { ...dmhc, reason: 'experimental', ...decidedRecently, ...calm }, 'O1'],
    ['O3 before O4: experimental with DMHC, plan clock run out', { ...dmhc, reason: 'experimental', ...pendingLong, ...calm }, 'O3'],
    ['O5 on day 30: the plan has all of its 30th day', { ...dmhc, ...necessity, appealStatus: 'pending', appealDate: '2026-10-28', ...calm }, 'O5'],
    ['O4 on day 31: an IMR opens the day after the plan’s 30th', { ...dmhc, ...necessity, appealStatus: 'pending', appealDate: '2026-10-27', ...calm }, 'O4'],
    ['O5 before O6: pending on day 29', { ...dmhc, ...necessity, appealStatus: 'pending', appealDate: '2026-10-29', ...calm }, 'O5'],
  ])('%s', (_rule, answers, outcome) => {
    expect(decide(answers)).toBe(outcome);
  });
});

describe('boundaries', () => {
  const base: Answers = { ...dmhc, ...necessity, ...calm, appealStatus: 'decided' };
  it('a decision exactly 6 months ago is still O1, with 0 days left', () => {
    const view = viewSession(send(startSession(today), { type: 'answer', today, answers: { ...base, appealDate: '2026-05-27' } }));
    expect(view.outcome?.id).toBe('O1');
    expect(view.outcome?.imrDeadline).toEqual({ date: '2026-11-27', daysLeft: 0 });
  });
  it('a decision 6 months and a day ago is O7, with the date it passed', () => {
    const view = viewSession(send(startSession(today), { type: 'answer', today, answers: { ...base, appealDate: '2026-05-26' } }));
    expect(view.outcome?.id).toBe('O7');
    expect(view.outcome?.imrDeadline).toEqual({ date: '2026-11-26', daysLeft: -1 });
  });
  it('a decision dated Aug 31 must be filed by Feb 28 (Feb 29 in a leap year)', () => {
    expect(decide({ ...base, appealDate: '2026-08-31' }, '2027-02-28')).toBe('O1');
    expect(decide({ ...base, appealDate: '2026-08-31' }, '2027-03-01')).toBe('O7');
    expect(decide({ ...base, appealDate: '2027-08-31' }, '2028-02-29')).toBe('O1');
  });
  it.each([
    ['2026-10-29', 'O5'],
    ['2026-10-28', 'O5'],
    ['2026-10-27', 'O4'],
  ])('an appeal filed %s (day 29/30/31 of the plan clock) is %s: the plan’s time ends at the end of day 30', (filed, outcome) => {
    expect(decide({ ...dmhc, ...necessity, ...calm, appealStatus: 'pending', appealDate: filed })).toBe(outcome);
  });
  it('an outcome moves from O1 to O7 when the deadline passes between turns', () => {
    const atO1 = send(startSession('2027-02-28'), { type: 'answer', today: '2027-02-28', answers: { ...base, appealDate: '2026-08-31' } });
    expect(viewSession(atO1).outcome?.id).toBe('O1');
    expect(viewSession(send(atO1, { type: 'clock.tick', today: '2027-03-01' })).outcome?.id).toBe('O7');
  });
});

describe('it asks only what the outcome needs, in the order of §1', () => {
  function questionsAsked(answerFor: (slot: string) => Answers): string[] {
    let snapshot = startSession(today);
    const asked: string[] = [];
    for (let i = 0; i < 12; i++) {
      const view = viewSession(snapshot);
      if (!view.question) break;
      asked.push(view.question.slot);
      snapshot = send(snapshot, { type: 'answer', today, answers: answerFor(view.question.slot) });
    }
    return asked;
  }
  it('Medicare ends after the first question', () => {
    expect(questionsAsked(() => ({ coverage: 'medicare' }))).toEqual(['coverage']);
  });
  it('a billing dispute needs no date', () => {
    const answers: Record<string, Answers> = { coverage: dmhc, reason: { reason: 'billing' } };
    expect(questionsAsked((slot) => answers[slot] ?? {})).toEqual(['coverage', 'reason']);
  });
  it('Medi-Cal managed care asks the plan name and the State Hearing before the reason', () => {
    const answers: Record<string, Answers> = {
      coverage: { coverage: 'medi_cal_managed' }, planName: { planName: 'CalOptima' }, hearing: { hearing: 'requested' },
      reason: necessity, appealStatus: { appealStatus: 'decided' }, appealDate: { appealDate: '2026-11-02' }, urgency: calm,
    };
    expect(questionsAsked((slot) => answers[slot] ?? {})).toEqual(['coverage', 'planName', 'hearing', 'reason', 'appealStatus', 'appealDate', 'urgency']);
  });
  it('an unsure coverage asks which department the letter names', () => {
    const answers: Record<string, Answers> = { coverage: { coverage: 'unsure' }, regulator: { regulator: 'cdi' }, reason: { reason: 'not_covered' } };
    expect(questionsAsked((slot) => answers[slot] ?? {})).toEqual(['coverage', 'regulator', 'reason']);
  });
  it('a decision past the deadline is not asked about urgency', () => {
    const answers: Record<string, Answers> = { coverage: cdi, reason: necessity, appealStatus: decidedLongAgo };
    expect(questionsAsked((slot) => answers[slot] ?? {})).toEqual(['coverage', 'reason', 'appealStatus']);
  });
});

describe('answers that need care', () => {
  it('a future date is refused with a reason and asked again', () => {
    const s = send(startSession(today), { type: 'answer', today, answers: { ...dmhc, ...necessity, appealStatus: 'decided', appealDate: '2026-12-25' } });
    const view = viewSession(s);
    expect(view.question?.slot).toBe('appealDate');
    expect(view.dateProblem).toBe('future');
    expect(view.answers.appealDate).toBeUndefined();
  });
  it('an impossible date (Feb 30) is refused', () => {
    const s = send(startSession(today), { type: 'answer', today, answers: { ...dmhc, ...necessity, appealStatus: 'decided', appealDate: '2026-02-30' } });
    expect(viewSession(s).dateProblem).toBe('impossible');
  });
  it('changing the appeal status drops the date that belonged to the old status', () => {
    let s = send(startSession(today), { type: 'answer', today, answers: { ...dmhc, ...necessity, ...decidedRecently, ...calm } });
    s = send(s, { type: 'answer', today, answers: { appealStatus: 'pending' } });
    expect(viewSession(s).question?.slot).toBe('appealDate');
  });
  it('O14 can go on as a DMHC plan', () => {
    let s = send(startSession(today), { type: 'answer', today, answers: { coverage: 'unsure', regulator: 'unsure' } });
    const view = viewSession(s);
    expect(view.outcome?.id).toBe('O14');
    expect(view.offers).toEqual([{ slot: 'regulator', value: 'assumed_dmhc' }]);
    s = send(s, { type: 'answer', today, answers: { regulator: 'assumed_dmhc' } });
    expect(viewSession(s).question?.slot).toBe('reason');
  });
  it('a County Organized Health System plan name is flagged for a DMHC check', () => {
    const s = send(startSession(today), { type: 'answer', today, answers: { coverage: 'medi_cal_managed', planName: 'CalOptima Health', hearing: 'none', ...necessity, ...decidedRecently, ...calm } });
    const outcome = viewSession(s).outcome;
    expect(outcome?.id).toBe('O1');
    expect(outcome?.cohsPlan).toBe(true);
    expect(outcome?.hearingDeadline).toEqual({ date: '2027-01-13', daysLeft: 47 });
  });
});

describe('issue 15: every real situation routed right', () => {
  const view = (answers: Answers, on = today) => viewSession(send(startSession(on), { type: 'answer', today: on, answers }));

  describe('coverage that is neither DMHC nor CDI is not a California IMR (O16), never the DMHC IMR steps', () => {
    it.each(outsideImrCoverages)('%s goes to O16 with its own path, asking nothing more', (coverage) => {
      const outcome = view({ coverage }).outcome;
      expect(outcome?.id).toBe('O16');
      expect(outcome?.outside).toBe(coverage);
    });
    it('even with an IMR-eligible reason and a written decision (TRICARE, VA)', () => {
      expect(decide({ coverage: 'tricare', ...necessity, ...decidedRecently, ...calm })).toBe('O16');
      expect(decide({ coverage: 'va', ...necessity, ...notFiled, ...urgent })).toBe('O16');
    });
  });

  describe('O15 before O14: an enrollment denial needs no coverage answer', () => {
    it('with no coverage given at all, it is answered directly (a State Hearing)', () => {
      const outcome = view({ reason: 'enrollment' }).outcome;
      expect(outcome?.id).toBe('O15');
      expect(outcome?.enrollment).toBe('stateHearing');
    });
    it('with no coverage, or coverage not sure, it is not stuck on the regulator question', () => {
      expect(decide({ coverage: 'no_coverage', reason: 'enrollment' })).toBe('O15');
      expect(decide({ coverage: 'unsure', reason: 'enrollment' })).toBe('O15');
    });
    it('a plan that may come from a job gets the job-or-marketplace wording', () => {
      expect(view({ ...dmhc, reason: 'enrollment' }).outcome?.enrollment).toBe('jobOrMarketplace');
      expect(view({ ...cdi, reason: 'enrollment' }).outcome?.enrollment).toBe('jobOrMarketplace');
      expect(view({ coverage: 'medi_cal_managed', planName: 'IEHP', hearing: 'none', reason: 'enrollment' }).outcome?.enrollment).toBe('stateHearing');
    });
    it('Medicare still wins over an enrollment reason (O10 before O15)', () => {
      expect(decide({ coverage: 'medicare', reason: 'enrollment' })).toBe('O10');
    });
  });

  describe('Medicare and Medi-Cal: asked whether one plan covers both, or which one said no (§2)', () => {
    it('the coverage question offers Medicare and Medi-Cal as one choice that asks, never Medi-Medi directly', () => {
      const choices = viewSession(startSession(today)).question?.choices;
      expect(choices).toContain('dual');
      expect(choices).not.toContain('medi_medi');
      expect(view({ coverage: 'dual' }).question).toEqual({ slot: 'dual', kind: 'choice', choices: ['one_plan', 'medicare', 'medi_cal_plan', 'medi_cal_regular', 'unsure'] });
    });
    it.each<[string, Answers, string]>([
      ['one plan for both is a Medi-Medi plan: its name is asked (DMHC for the Medi-Cal side)', { dual: 'one_plan' }, 'asks planName'],
      ['Medicare said no: Medicare appeals', { dual: 'medicare' }, 'O10'],
      ['a Medi-Cal plan said no: Medi-Cal managed care', { dual: 'medi_cal_plan' }, 'asks planName'],
      ['regular Medi-Cal said no: a State Hearing', { dual: 'medi_cal_regular' }, 'O12'],
      ['not sure which: both paths (as Medi-Medi)', { dual: 'unsure' }, 'asks planName'],
    ])('%s', (_rule, answers, outcome) => {
      expect(decide({ coverage: 'dual', ...answers })).toBe(outcome);
    });
    it('not sure which one said no reaches an IMR outcome that knows it', () => {
      const outcome = view({ coverage: 'dual', dual: 'unsure', planName: '', hearing: 'none', ...necessity, ...notFiled, ...calm }).outcome;
      expect(outcome?.id).toBe('O6');
      expect(outcome?.mediMedi).toBe(true);
      expect(outcome?.dualUnsure).toBe(true);
    });
  });

  describe('O2 with a written decision: an expedited IMR now and the O1 deadline; steps vary with the appeal status', () => {
    it('decided: the O1 deadline is given', () => {
      const outcome = view({ ...dmhc, ...necessity, ...decidedRecently, ...urgent }).outcome;
      expect(outcome?.id).toBe('O2');
      expect(outcome?.appealStatus).toBe('decided');
      expect(outcome?.imrDeadline).toEqual({ date: '2027-03-15', daysLeft: 108 });
    });
    it('pending: the plan’s day 30 is given, no IMR deadline', () => {
      const outcome = view({ ...dmhc, ...necessity, ...pendingShort, ...urgent }).outcome;
      expect(outcome?.appealStatus).toBe('pending');
      expect(outcome?.imrDeadline).toBeUndefined();
      expect(outcome?.planAnswerDue?.date).toBe('2026-12-20');
    });
  });

  describe('County Organized Health System plans: the State Hearing leads when it is open', () => {
    const calOptima: Answers = { coverage: 'medi_cal_managed', planName: 'CalOptima', hearing: 'none' };
    it.each<[string, Answers, boolean]>([
      ['the plan decided: the hearing is open now', { ...decidedRecently, ...calm }, true],
      ['urgent with a decision', { ...decidedRecently, ...urgent }, true],
      ['the plan missed its 30 days', { ...pendingLong, ...calm }, true],
      ['still waiting for the plan: not yet', { ...pendingShort, ...calm }, false],
      ['no appeal yet: not yet', { ...notFiled, ...calm }, false],
    ])('%s: %s', (_rule, answers, first) => {
      const outcome = view({ ...calOptima, ...necessity, ...answers }).outcome;
      expect(outcome?.cohsPlan).toBe(true);
      expect(outcome?.cohsHearingFirst).toBe(first);
    });
    it('a plan that is not on the list is not flagged', () => {
      expect(view({ coverage: 'medi_cal_managed', planName: 'L.A. Care', hearing: 'none', ...necessity, ...decidedRecently, ...calm }).outcome?.cohsPlan).toBe(false);
    });
  });

  describe('the plan’s last day and the last day to file', () => {
    it('day 30 is O5 and the plan’s day: 0 days left, an IMR opens tomorrow', () => {
      const outcome = view({ ...dmhc, ...necessity, appealStatus: 'pending', appealDate: '2026-10-28', ...calm }).outcome;
      expect(outcome?.id).toBe('O5');
      expect(outcome?.planAnswerDue).toEqual({ date: '2026-11-27', daysLeft: 0 });
    });
  });

  describe('"not sure" answers lead somewhere useful', () => {
    const mediCal: Answers = { coverage: 'medi_cal_managed', planName: 'L.A. Care' };
    it('hearing not sure goes on (it is not a held hearing), and the outcome knows to say: call DMHC before any hearing date', () => {
      expect(decide({ ...mediCal, hearing: 'unsure' })).toBe('asks reason');
      expect(view({ ...mediCal, hearing: 'unsure', ...necessity, ...decidedRecently, ...calm }).outcome?.hearingUnsure).toBe(true);
    });
    it.each<[string, Answers, string]>([
      ['appeal status not sure, not urgent: appeal to the plan first (O6), how to tell from the letters', { appealStatus: 'unsure', ...calm }, 'O6'],
      ['appeal status not sure, urgent: expedited review (O2)', { appealStatus: 'unsure', ...urgent }, 'O2'],
      ['urgency not sure: the not-urgent path (O1 with a decision)', { ...decidedRecently, urgency: 'unsure' }, 'O1'],
      ['urgency not sure, no appeal yet: O6', { ...notFiled, urgency: 'unsure' }, 'O6'],
    ])('%s', (_rule, answers, outcome) => {
      expect(decide({ ...dmhc, ...necessity, ...answers })).toBe(outcome);
    });
    it('appeal status not sure with an experimental denial and a DMHC plan: O3 (no plan step needed)', () => {
      expect(decide({ ...dmhc, reason: 'experimental', appealStatus: 'unsure', ...calm })).toBe('O3');
    });
    it('urgency not sure is flagged, so the outcome says how to ask for an urgent review', () => {
      expect(view({ ...dmhc, ...necessity, ...decidedRecently, urgency: 'unsure' }).outcome?.urgencyUnsure).toBe(true);
    });
  });

  describe('an unknown appeal date: the rule in words, never a made-up date', () => {
    it('decided, date unknown: O1 with no deadline date, the date is not asked', () => {
      const outcome = view({ ...dmhc, ...necessity, appealStatus: 'decided', appealDateUnknown: true, ...calm }).outcome;
      expect(outcome?.id).toBe('O1');
      expect(outcome?.dateUnknown).toBe(true);
      expect(outcome?.imrDeadline).toBeUndefined();
    });
    it('decided, date unknown, urgent: O2 with no deadline date', () => {
      const outcome = view({ ...dmhc, ...necessity, appealStatus: 'decided', appealDateUnknown: true, ...urgent }).outcome;
      expect(outcome?.id).toBe('O2');
      expect(outcome?.imrDeadline).toBeUndefined();
    });
    it('pending, date unknown: O5 with the 30 days in words', () => {
      const outcome = view({ ...dmhc, ...necessity, appealStatus: 'pending', appealDateUnknown: true, ...calm }).outcome;
      expect(outcome?.id).toBe('O5');
      expect(outcome?.dateUnknown).toBe(true);
      expect(outcome?.planAnswerDue).toBeUndefined();
    });
    it('"I found the date" asks the date again; the date then replaces "I don’t know"', () => {
      let s = send(startSession(today), { type: 'answer', today, answers: { ...dmhc, ...necessity, appealStatus: 'decided', appealDateUnknown: true, ...calm } });
      s = send(s, { type: 'answer', today, answers: { appealStatus: 'decided' } });
      expect(viewSession(s).question?.slot).toBe('appealDate');
      s = send(s, { type: 'answer', today, answers: { appealDate: '2026-09-15' } });
      expect(viewSession(s).outcome?.imrDeadline?.date).toBe('2027-03-15');
      expect(viewSession(s).answers.appealDateUnknown).toBeUndefined();
    });
  });

  describe('cancelled coverage', () => {
    it('goes to O8’s complaint path with no appeal questions, marked cancelled (no emergency-bill notes)', () => {
      const outcome = view({ ...dmhc, reason: 'cancelled' }).outcome;
      expect(outcome?.id).toBe('O8');
      expect(outcome?.cancelled).toBe(true);
    });
  });

  describe('stored conversations', () => {
    it('a trail stored with the old Medicare-and-Medi-Cal button (medi_medi) still restores, as a Medi-Medi plan', () => {
      const stored = { v: MACHINE_VERSION, trail: [{ at: 'coverage', answers: { coverage: 'medi_medi' } }] };
      expect(viewSession(restoreSession(stored, today)).question?.slot).toBe('planName');
    });
    it('a trail stored before day 30 changed (O4 then) restores as O5 on day 30', () => {
      const stored = { v: MACHINE_VERSION, trail: [{ at: 'coverage', answers: { ...dmhc, ...necessity, appealStatus: 'pending', appealDate: '2026-10-28', ...calm } }] };
      expect(viewSession(restoreSession(stored, today)).outcome?.id).toBe('O5');
    });
  });
});
