import type { Locale, Surface } from '../../dialogs/contract.js';
import { californiaToday, imrFilingDeadline, mediCalHearingDeadline, planAnswerDue, planUrgentAnswerDue } from '../../machines/dateRules.js';
import { filingCaseFrom, type FilingCase, type KitOutcome } from '../../machines/filingCase.js';
import { Chat, NOW, answer, type Step } from './chat.js';

/**
 * Conversations that end at each outcome leading to a filing (issue 18), answered by pressing the
 * choices, as a person would. The dates are counted back from the pinned NOW (2026-11-27), each day
 * above 12 so no numeric form reads two ways.
 */

export const DECIDED_RECENTLY = '2026-09-15';
export const DECIDED_LONG_AGO = '2026-03-13';
export const FILED_LONG_AGO = '2026-10-13';
export const FILED_RECENTLY = '2026-11-16';

export interface KitPath {
  name: string;
  outcome: KitOutcome;
  agency: 'DMHC' | 'CDI';
  steps: Step[];
  /** Medi-Cal through a plan: a State Hearing beside the IMR. */
  mediCal?: boolean;
  /** The dates (ISO) the kit must state, computed by machines/dateRules.ts from the answers. */
  dates: string[];
}

const TODAY = californiaToday(NOW);

const s = (slot: Step['slot'], value: string): Step => ({ slot, value });
const dmhc = (reason = 'medical_necessity') => [s('coverage', 'dmhc_plan'), s('reason', reason)];
const mediCal = (plan = 'L.A. Care') => [s('coverage', 'medi_cal_managed'), s('planName', plan), s('hearing', 'none'), s('reason', 'medical_necessity')];

export const kitPaths: readonly KitPath[] = [
  {
    name: 'O1, a DMHC plan decided two months ago',
    outcome: 'O1',
    agency: 'DMHC',
    steps: [...dmhc(), s('appealStatus', 'decided'), s('appealDate', DECIDED_RECENTLY), s('urgency', 'not_urgent')],
    dates: [DECIDED_RECENTLY, imrFilingDeadline(DECIDED_RECENTLY)],
  },
  {
    name: 'O1, Medi-Cal through a plan, with the State Hearing beside the IMR',
    outcome: 'O1',
    agency: 'DMHC',
    mediCal: true,
    steps: [...mediCal(), s('appealStatus', 'decided'), s('appealDate', DECIDED_RECENTLY), s('urgency', 'not_urgent')],
    dates: [DECIDED_RECENTLY, imrFilingDeadline(DECIDED_RECENTLY), mediCalHearingDeadline({ status: 'decided', date: DECIDED_RECENTLY })],
  },
  {
    name: 'O1, a County Organized Health System plan: the State Hearing first',
    outcome: 'O1',
    agency: 'DMHC',
    mediCal: true,
    steps: [...mediCal('CalOptima'), s('appealStatus', 'decided'), s('appealDate', DECIDED_RECENTLY), s('urgency', 'not_urgent')],
    dates: [DECIDED_RECENTLY, imrFilingDeadline(DECIDED_RECENTLY), mediCalHearingDeadline({ status: 'decided', date: DECIDED_RECENTLY })],
  },
  {
    name: 'O1, decided on a date the person does not know',
    outcome: 'O1',
    agency: 'DMHC',
    steps: [...dmhc(), s('appealStatus', 'decided'), s('appealDateUnknown', 'true'), s('urgency', 'not_urgent')],
    dates: [],
  },
  {
    name: 'O1, not sure it is urgent',
    outcome: 'O1',
    agency: 'DMHC',
    steps: [...dmhc(), s('appealStatus', 'decided'), s('appealDate', DECIDED_RECENTLY), s('urgency', 'unsure')],
    dates: [DECIDED_RECENTLY, imrFilingDeadline(DECIDED_RECENTLY)],
  },
  {
    name: 'O2, urgent before any appeal',
    outcome: 'O2',
    agency: 'DMHC',
    steps: [...dmhc(), s('appealStatus', 'not_filed'), s('urgency', 'urgent')],
    dates: [TODAY, planUrgentAnswerDue(TODAY)],
  },
  {
    name: 'O2, urgent with a written decision, an insurance policy',
    outcome: 'O2',
    agency: 'CDI',
    steps: [s('coverage', 'cdi_policy'), s('reason', 'medical_necessity'), s('appealStatus', 'decided'), s('appealDate', DECIDED_RECENTLY), s('urgency', 'urgent')],
    dates: [DECIDED_RECENTLY, imrFilingDeadline(DECIDED_RECENTLY)],
  },
  {
    name: 'O2, urgent, Medi-Cal appeal filed last week',
    outcome: 'O2',
    agency: 'DMHC',
    mediCal: true,
    steps: [...mediCal(), s('appealStatus', 'pending'), s('appealDate', FILED_RECENTLY), s('urgency', 'urgent')],
    dates: [FILED_RECENTLY, planUrgentAnswerDue(TODAY), planAnswerDue(FILED_RECENTLY), mediCalHearingDeadline({ status: 'pending', date: FILED_RECENTLY })],
  },
  {
    name: 'O3, experimental, a DMHC plan',
    outcome: 'O3',
    agency: 'DMHC',
    steps: [...dmhc('experimental'), s('appealStatus', 'not_filed'), s('urgency', 'not_urgent')],
    dates: [],
  },
  {
    name: 'O3, experimental, an insurance policy: the insurer first',
    outcome: 'O3',
    agency: 'CDI',
    steps: [s('coverage', 'cdi_policy'), s('reason', 'experimental'), s('appealStatus', 'not_filed'), s('urgency', 'not_urgent')],
    dates: [TODAY, planAnswerDue(TODAY)],
  },
  {
    name: 'O4, the plan missed its 30 days',
    outcome: 'O4',
    agency: 'DMHC',
    steps: [...dmhc(), s('appealStatus', 'pending'), s('appealDate', FILED_LONG_AGO), s('urgency', 'not_urgent')],
    dates: [FILED_LONG_AGO, planAnswerDue(FILED_LONG_AGO)],
  },
  {
    name: 'O4, Medi-Cal plan missed its 30 days',
    outcome: 'O4',
    agency: 'DMHC',
    mediCal: true,
    steps: [...mediCal(), s('appealStatus', 'pending'), s('appealDate', FILED_LONG_AGO), s('urgency', 'not_urgent')],
    dates: [FILED_LONG_AGO, planAnswerDue(FILED_LONG_AGO), mediCalHearingDeadline({ status: 'pending', date: FILED_LONG_AGO })],
  },
  {
    name: 'O5, appeal filed last week',
    outcome: 'O5',
    agency: 'DMHC',
    steps: [...dmhc(), s('appealStatus', 'pending'), s('appealDate', FILED_RECENTLY), s('urgency', 'not_urgent')],
    dates: [FILED_RECENTLY, planAnswerDue(FILED_RECENTLY)],
  },
  {
    name: 'O5, appealed on a date the person does not know',
    outcome: 'O5',
    agency: 'DMHC',
    steps: [...dmhc(), s('appealStatus', 'pending'), s('appealDateUnknown', 'true'), s('urgency', 'not_urgent')],
    dates: [],
  },
  {
    name: 'O6, emergency care unpaid, an insurance policy',
    outcome: 'O6',
    agency: 'CDI',
    steps: [s('coverage', 'cdi_policy'), s('reason', 'emergency_payment'), s('appealStatus', 'not_filed'), s('urgency', 'not_urgent')],
    dates: [TODAY, planAnswerDue(TODAY)],
  },
  {
    name: 'O6, Medi-Cal through a plan, no appeal yet',
    outcome: 'O6',
    agency: 'DMHC',
    mediCal: true,
    steps: [...mediCal(), s('appealStatus', 'not_filed'), s('urgency', 'not_urgent')],
    dates: [TODAY, planAnswerDue(TODAY)],
  },
  {
    name: 'O7, a DMHC plan decided eight months ago',
    outcome: 'O7',
    agency: 'DMHC',
    steps: [...dmhc(), s('appealStatus', 'decided'), s('appealDate', DECIDED_LONG_AGO)],
    dates: [DECIDED_LONG_AGO, imrFilingDeadline(DECIDED_LONG_AGO)],
  },
  {
    name: 'O7, an insurance policy decided eight months ago',
    outcome: 'O7',
    agency: 'CDI',
    steps: [s('coverage', 'cdi_policy'), s('reason', 'medical_necessity'), s('appealStatus', 'decided'), s('appealDate', DECIDED_LONG_AGO)],
    dates: [DECIDED_LONG_AGO, imrFilingDeadline(DECIDED_LONG_AGO)],
  },
  { name: 'O12, regular Medi-Cal: the State Hearing', outcome: 'O12', agency: 'DMHC', steps: [s('coverage', 'medi_cal_ffs')], dates: [] },
];

/** Runs a path to its outcome; the plan's name is typed, as people do. */
export function chatTo(path: Pick<KitPath, 'steps'>, surface: Surface, locale: Locale, now: Date = NOW): Chat {
  const chat = new Chat(surface, locale, now);
  chat.join();
  for (const step of path.steps) {
    if (step.slot === 'planName') chat.say(step.value);
    else if (step.slot === 'appealDateUnknown') chat.press({ answer: { appealDateUnknown: true } });
    else answer(chat, step, 'values');
  }
  return chat;
}

/** What the host keeps for the kit at the end of a path (as src/plan/planStore.ts planInputFromTurn does). */
export function kitCaseOf(chat: Chat): FilingCase | undefined {
  const view = chat.view();
  return view.outcome && filingCaseFrom(view.outcome, view.answers, californiaToday(chat.now));
}
