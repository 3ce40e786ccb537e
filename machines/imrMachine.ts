import { assign, setup } from 'xstate';
import { z } from 'zod';
import {
  answersSchema,
  appealStatusValues,
  coverageChoiceValues,
  dualValues,
  hearingValues,
  isoDateSchema,
  outsideImrCoverages,
  reasonValues,
  urgencyValues,
  type Answers,
  type Coverage,
  type QuestionSlot,
} from './answers.js';
import type { OutcomeId } from './facts.js';
import { checkPastDate, isPastImrDeadline, planClockRanOut, type DateProblem } from './dateRules.js';

/**
 * The IMR decision of imr-rules.md as a statechart. The flow lives here; what is said lives in
 * dialogs/, how it looks in src/channels/.
 *
 * Every answer is recorded as a step of the trail (the answers given at one question, in one
 * message); the answers are the trail folded in order. `command.back` drops the last step, so it
 * returns to the question where that step was given, with its answers cleared. The trail is also
 * what is persisted: replaying it rebuilds the conversation even after the machine changes.
 */

export { outcomeIds } from './facts.js';
export type { OutcomeId } from './facts.js';

/** Bump when the statechart changes in a way stored conversations should know of (they are replayed, never wiped). */
export const MACHINE_VERSION = 1;

export const stepSchema = z.object({
  at: z.string().max(20),
  answers: answersSchema,
});
export type Step = z.infer<typeof stepSchema>;

export interface ImrContext {
  today: string;
  trail: Step[];
  answers: Answers;
  /** The question (or outcome) the person is at: the step an answer is recorded against. */
  at: QuestionSlot | OutcomeId | 'start';
  /** Why the last date given was not accepted; cleared by the next event. */
  dateProblem: DateProblem | undefined;
}

const today = isoDateSchema;
export const imrEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer'), today, answers: answersSchema }),
  z.object({ type: z.literal('command.back'), today }),
  z.object({ type: z.literal('command.restart'), today }),
  z.object({ type: z.literal('clock.tick'), today }),
]);
export type ImrEvent = z.infer<typeof imrEventSchema>;

const mediCalManaged: readonly Coverage[] = ['medi_cal_managed', 'medi_medi'];

/**
 * The coverage the rules route on: `unsure` resolved by the regulator follow-up
 * (routing details, §2: a brand that sells both kinds is never guessed from the brand alone).
 */
export function effectiveCoverage(answers: Answers): Coverage | undefined {
  if (answers.coverage === 'dual') return dualCoverage(answers);
  if (answers.coverage !== 'unsure') return answers.coverage;
  switch (answers.regulator) {
    case 'dmhc':
    case 'assumed_dmhc':
      return 'dmhc_plan';
    case 'cdi':
      return 'cdi_policy';
    case 'self_funded':
      return 'self_funded';
    default:
      return 'unsure';
  }
}

/**
 * Medicare and Medi-Cal (§2): routed by which one sent the denial. One plan for both is Medi-Medi
 * (the Medi-Cal side to DMHC, plus the Medicare path); not sure is treated the same way, so both
 * paths are given.
 */
function dualCoverage(answers: Answers): Coverage {
  switch (answers.dual) {
    case 'medicare':
      return 'medicare';
    case 'medi_cal_plan':
      return 'medi_cal_managed';
    case 'medi_cal_regular':
      return 'medi_cal_ffs';
    case 'one_plan':
    case 'unsure':
      return 'medi_medi';
    default:
      return 'dual';
  }
}

export type Agency = 'DMHC' | 'CDI';

/** §2 "Agency choice": DMHC for Knox-Keene plans and Medi-Cal managed care; CDI for insurance policies. */
export function imrAgency(answers: Answers): Agency {
  return effectiveCoverage(answers) === 'cdi_policy' ? 'CDI' : 'DMHC';
}

/**
 * Folds the trail into answers. A changed appeal status drops the date that belonged to the old one;
 * a date given replaces "I don't know the date", and the other way round; the status given again
 * without "I don't know the date" (the outcome's "I found the date") asks for the date again.
 */
export function foldTrail(trail: readonly Step[]): Answers {
  const answers: Answers = {};
  for (const step of trail) {
    const given = step.answers;
    if (given.appealStatus !== undefined && given.appealStatus !== answers.appealStatus && given.appealDate === undefined) {
      delete answers.appealDate;
    }
    if (given.appealDate !== undefined || (given.appealStatus !== undefined && given.appealDateUnknown === undefined)) {
      delete answers.appealDateUnknown;
    }
    if (given.appealDateUnknown !== undefined) delete answers.appealDate;
    if (given.coverage !== undefined && given.coverage !== answers.coverage && given.regulator === undefined) {
      delete answers.regulator;
    }
    if (given.coverage !== undefined && given.coverage !== answers.coverage && given.dual === undefined) {
      delete answers.dual;
    }
    Object.assign(answers, given);
  }
  return answers;
}

/** Keeps the answers that are acceptable; a refused date is reported instead of recorded. */
function acceptAnswers(given: Answers, todayIso: string): { accepted: Answers; dateProblem: DateProblem | undefined } {
  const accepted: Answers = {};
  for (const [slot, value] of Object.entries(given) as [keyof Answers, Answers[keyof Answers]][]) {
    if (value !== undefined) Object.assign(accepted, { [slot]: value });
  }
  if (accepted.appealDate === undefined) return { accepted, dateProblem: undefined };
  const check = checkPastDate(accepted.appealDate, todayIso);
  if (check.ok) return { accepted, dateProblem: undefined };
  delete accepted.appealDate;
  return { accepted, dateProblem: check.problem };
}

const question = (slot: QuestionSlot, kind: 'choice' | 'date' | 'text', choices: readonly string[] = []) => ({
  question: { slot, kind, choices },
});

const is = (answers: Answers, ...coverage: Coverage[]) => {
  const c = effectiveCoverage(answers);
  return c !== undefined && coverage.includes(c);
};
const isImrReason = (answers: Answers) =>
  answers.reason !== undefined && !['billing', 'cancelled', 'enrollment', 'not_covered'].includes(answers.reason);
const outside: readonly Coverage[] = outsideImrCoverages;
/** An appeal (grievance) the person has not filed, or does not know they filed. */
const notAppealed = (answers: Answers) => answers.appealStatus === 'not_filed' || answers.appealStatus === 'unsure';

export const imrMachine = setup({
  types: {
    context: {} as ImrContext,
    events: {} as ImrEvent,
    input: {} as { today: string },
  },
  guards: {
    // §2 "an enrollment reason needs no coverage answer (O15 before O14: someone without coverage has no regulator to find)".
    isEnrollmentWithoutCoverage: ({ context }) => {
      const { answers } = context;
      if (answers.reason !== 'enrollment') return false;
      const coverage = effectiveCoverage(answers);
      return coverage === undefined || coverage === 'unsure' || coverage === 'no_coverage';
    },
    needsCoverage: ({ context }) => context.answers.coverage === undefined,
    // §2: Medicare and Medi-Cal, not yet said whether one plan covers both or which one said no.
    needsDual: ({ context }) => context.answers.coverage === 'dual' && context.answers.dual === undefined,
    needsRegulator: ({ context }) => context.answers.coverage === 'unsure' && context.answers.regulator === undefined,
    regulatorStillUnknown: ({ context }) => effectiveCoverage(context.answers) === 'unsure',
    isMedicare: ({ context }) => is(context.answers, 'medicare'),
    isSelfFunded: ({ context }) => is(context.answers, 'self_funded'),
    // O16: TRICARE, VA, FEHB, IHS, CCS, student plans, short-term plans, no coverage, self-insured government plans.
    isOutsideCaliforniaImr: ({ context }) => is(context.answers, ...outside),
    // O12: fee-for-service Medi-Cal, or a Medi-Cal Rx pharmacy denial (secondary source).
    isStateHearingPath: ({ context }) =>
      is(context.answers, 'medi_cal_ffs') ||
      (context.answers.mediCalRx === true && is(context.answers, 'medi_cal_managed', 'medi_medi')),
    // §1: the plan name is always asked for Medi-Cal managed care, to catch County Organized Health Systems.
    needsPlanName: ({ context }) => is(context.answers, ...mediCalManaged) && context.answers.planName === undefined,
    needsHearing: ({ context }) => is(context.answers, ...mediCalManaged) && context.answers.hearing === undefined,
    // O13: a State Hearing held on the same issue blocks the IMR (WIC 10951.5 per imr-rules.md §2).
    hearingWasHeld: ({ context }) => is(context.answers, ...mediCalManaged) && context.answers.hearing === 'held',
    needsReason: ({ context }) => context.answers.reason === undefined,
    isEnrollmentDecision: ({ context }) => context.answers.reason === 'enrollment',
    // O8: billing, and the plan cancelling coverage (imr-rules §1 `billing`).
    isBillingDispute: ({ context }) => context.answers.reason === 'billing' || context.answers.reason === 'cancelled',
    isNeverCovered: ({ context }) => context.answers.reason === 'not_covered',
    needsAppealStatus: ({ context }) => isImrReason(context.answers) && context.answers.appealStatus === undefined,
    needsAppealDate: ({ context }) =>
      (context.answers.appealStatus === 'decided' || context.answers.appealStatus === 'pending') &&
      context.answers.appealDate === undefined &&
      context.answers.appealDateUnknown !== true,
    // O7: 6 months from the date printed on the written decision (28 CCR 1300.74.30; Ins. Code 10169(k)).
    isPastFilingDeadline: ({ context }) =>
      context.answers.appealStatus === 'decided' &&
      context.answers.appealDate !== undefined &&
      isPastImrDeadline(context.answers.appealDate, context.today),
    needsUrgency: ({ context }) => context.answers.urgency === undefined,
    isUrgent: ({ context }) => context.answers.urgency === 'urgent',
    hasWrittenDecision: ({ context }) => context.answers.appealStatus === 'decided',
    // O3: 28 CCR 1300.70.4(b)(2): DMHC enrollees may apply for an experimental IMR without the plan grievance.
    isExperimentalWithDmhc: ({ context }) =>
      context.answers.reason === 'experimental' && imrAgency(context.answers) === 'DMHC',
    // O3 for CDI: not promised the DMHC shortcut; appeal to the insurer (expedited if urgent) and ask CDI.
    isExperimentalWithCdiNotAppealed: ({ context }) =>
      context.answers.reason === 'experimental' && imrAgency(context.answers) === 'CDI' && notAppealed(context.answers),
    // O4: HSC 1368.01(a): the plan has 30 days; from the day after the 30th the person may file.
    planMissedItsClock: ({ context }) =>
      context.answers.appealStatus === 'pending' &&
      context.answers.appealDate !== undefined &&
      planClockRanOut(context.answers.appealDate, context.today),
    isWaitingForPlan: ({ context }) => context.answers.appealStatus === 'pending',
  },
  actions: {
    recordAnswers: assign(({ context, event }) => {
      if (event.type !== 'answer') return {};
      const { accepted, dateProblem } = acceptAnswers(event.answers, event.today);
      const trail = Object.keys(accepted).length > 0 ? [...context.trail, { at: context.at, answers: accepted }] : context.trail;
      return { today: event.today, trail, answers: foldTrail(trail), dateProblem };
    }),
    dropLastStep: assign(({ context, event }) => {
      const trail = context.trail.slice(0, -1);
      return { today: event.today, trail, answers: foldTrail(trail), dateProblem: undefined };
    }),
    forgetEverything: assign(({ event }) => ({ today: event.today, trail: [], answers: {}, dateProblem: undefined })),
    setToday: assign(({ event }) => ({ today: event.today })),
    markAt: assign((_, params: { at: ImrContext['at'] }) => ({ at: params.at })),
  },
}).createMachine({
  id: 'imr',
  description: 'Can this Californian get an Independent Medical Review, from which agency, by when?',
  context: ({ input }) => ({ today: input.today, trail: [], answers: {}, at: 'start', dateProblem: undefined }),
  initial: 'routing',
  on: {
    answer: { target: '.routing', actions: 'recordAnswers' },
    'command.back': { target: '.routing', actions: 'dropLastStep' },
    'command.restart': { target: '.routing', actions: 'forgetEverything' },
    'clock.tick': { target: '.routing', actions: 'setToday' },
  },
  states: {
    routing: {
      description:
        'Moves to the first unanswered question that matters, or to the outcome that wins by the precedence of imr-rules.md §2: O15 when no coverage is needed, then O14, O10, O11, O16, O12, O13, O15, O8, O9, O7, O2, O1, O3, O4, O5, O6.',
      always: [
        { guard: 'isEnrollmentWithoutCoverage', target: 'O15' },
        { guard: 'needsCoverage', target: 'askingCoverage' },
        { guard: 'needsDual', target: 'askingDual' },
        { guard: 'needsRegulator', target: 'askingRegulator' },
        { guard: 'regulatorStillUnknown', target: 'O14' },
        { guard: 'isMedicare', target: 'O10' },
        { guard: 'isSelfFunded', target: 'O11' },
        { guard: 'isOutsideCaliforniaImr', target: 'O16' },
        { guard: 'isStateHearingPath', target: 'O12' },
        { guard: 'needsPlanName', target: 'askingPlanName' },
        { guard: 'needsHearing', target: 'askingHearing' },
        { guard: 'hearingWasHeld', target: 'O13' },
        { guard: 'needsReason', target: 'askingReason' },
        { guard: 'isEnrollmentDecision', target: 'O15' },
        { guard: 'isBillingDispute', target: 'O8' },
        { guard: 'isNeverCovered', target: 'O9' },
        { guard: 'needsAppealStatus', target: 'askingAppealStatus' },
        { guard: 'needsAppealDate', target: 'askingAppealDate' },
        { guard: 'isPastFilingDeadline', target: 'O7' },
        { guard: 'needsUrgency', target: 'askingUrgency' },
        { guard: 'isUrgent', target: 'O2' },
        { guard: 'hasWrittenDecision', target: 'O1' },
        { guard: 'isExperimentalWithDmhc', target: 'O3' },
        { guard: 'isExperimentalWithCdiNotAppealed', target: 'O3' },
        { guard: 'planMissedItsClock', target: 'O4' },
        { guard: 'isWaitingForPlan', target: 'O5' },
        { target: 'O6' },
      ],
    },

    askingCoverage: {
      description: 'Waits for the kind of coverage: it decides the agency, or that IMR does not apply.',
      entry: { type: 'markAt', params: { at: 'coverage' } },
      meta: question('coverage', 'choice', coverageChoiceValues),
    },
    askingDual: {
      description: 'Medicare and Medi-Cal: one plan for both, or which one sent the denial (it decides the path).',
      entry: { type: 'markAt', params: { at: 'dual' } },
      meta: question('dual', 'choice', dualValues),
    },
    askingRegulator: {
      description: 'Coverage is unsure, or the brand sells both kinds: which department the denial letter names.',
      entry: { type: 'markAt', params: { at: 'regulator' } },
      meta: question('regulator', 'choice', ['dmhc', 'cdi', 'self_funded', 'unsure']),
    },
    askingPlanName: {
      description: 'Medi-Cal managed care: the plan name, to catch County Organized Health System plans.',
      entry: { type: 'markAt', params: { at: 'planName' } },
      meta: question('planName', 'text'),
    },
    askingHearing: {
      description: 'Medi-Cal: whether a State Hearing on this denial was asked for or held.',
      entry: { type: 'markAt', params: { at: 'hearing' } },
      meta: question('hearing', 'choice', hearingValues),
    },
    askingReason: {
      description: 'Waits for why the plan said no: only some reasons go to IMR.',
      entry: { type: 'markAt', params: { at: 'reason' } },
      meta: question('reason', 'choice', reasonValues),
    },
    askingAppealStatus: {
      description: 'Waits for whether the plan appeal (grievance) was decided, is pending, or not filed.',
      entry: { type: 'markAt', params: { at: 'appealStatus' } },
      meta: question('appealStatus', 'choice', appealStatusValues),
    },
    askingAppealDate: {
      description: 'Waits for the date on the written decision (decided) or the date the appeal was filed (pending).',
      entry: { type: 'markAt', params: { at: 'appealDate' } },
      meta: question('appealDate', 'date'),
    },
    askingUrgency: {
      description: 'Waits for whether a doctor says waiting would seriously threaten the person’s health.',
      entry: { type: 'markAt', params: { at: 'urgency' } },
      meta: question('urgency', 'choice', urgencyValues),
    },

    O1: outcome('O1', 'File an IMR now: a written decision within the last 6 months (or its date not known: the 6-month rule in words).'),
    O2: outcome('O2', 'Urgent: with a written decision, an expedited IMR now and the O1 deadline; otherwise an urgent appeal (3 days) and a call to the agency.'),
    O3: outcome(
      'O3',
      'Experimental denial: with a DMHC plan, may apply for IMR now without the plan grievance; with a CDI policy not yet appealed, appeal to the insurer and ask CDI.',
    ),
    O4: outcome('O4', 'The plan missed its 30 days: may file an IMR now.'),
    O5: outcome('O5', 'Wait for the plan until the end of its 30th day (or, date unknown, count 30 days from the appeal), then file.'),
    O6: outcome('O6', 'File a grievance (appeal) with the plan first.'),
    O7: outcome('O7', 'The 6-month deadline passed, but a late filing may still be accepted.'),
    O8: outcome('O8', 'A billing dispute: not IMR; grievance, then a consumer complaint.'),
    O9: outcome('O9', 'Never covered by the contract: not IMR; grievance and complaint if it is a covered benefit.'),
    O10: outcome('O10', 'Medicare: not California IMR; Medicare appeals.'),
    O11: outcome('O11', 'Self-funded employer plan: federal external review.'),
    O12: outcome('O12', 'Fee-for-service Medi-Cal or Medi-Cal Rx: a State Hearing, not IMR.'),
    O13: outcome('O13', 'A State Hearing was held on this issue: IMR is not available for this denial.'),
    O14: {
      ...outcome('O14', 'Find the regulator; then go on as a DMHC plan if the person wants.'),
      meta: { outcome: 'O14', offers: [{ slot: 'regulator', value: 'assumed_dmhc' }] },
    },
    O15: outcome('O15', 'An eligibility or enrollment decision: not IMR; a State Hearing within 90 days, or the employer or plan for job coverage.'),
    O16: outcome('O16', 'Coverage that is neither DMHC nor CDI: not a California IMR; the path a source verifies, or the one number that sorts it out.'),
  },
});

function outcome(id: OutcomeId, description: string) {
  return {
    description,
    tags: ['outcome'],
    entry: { type: 'markAt' as const, params: { at: id } },
    meta: { outcome: id } as { outcome: OutcomeId; offers?: { slot: string; value: string }[] },
  };
}
