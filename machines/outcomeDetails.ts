import type { Answers, Coverage } from './answers.js';
import {
  daysBetween,
  imrFilingDeadline,
  mediCalHearingDeadline,
  planAnswerDue,
} from './dateRules.js';
import { countyOrganizedHealthSystems } from './facts.js';
import { effectiveCoverage, imrAgency, type Agency, type OutcomeId } from './imrMachine.js';

export interface DatedStep {
  /** yyyy-MM-dd, California. */
  date: string;
  /** Calendar days from today to `date`: negative once it has passed. */
  daysLeft: number;
}

/** Everything an outcome's texts need that is computed, not said: agency, dates, the notes that apply. */
export interface OutcomeDetails {
  id: OutcomeId;
  agency: Agency;
  coverage: Coverage | undefined;
  /** O1, O2 with a written decision, O7 (passed): the last day to file the IMR. */
  imrDeadline?: DatedStep;
  /** O4/O5: the day the plan's 30 days end (the first day an IMR can be filed). */
  planAnswerDue?: DatedStep;
  /** Medi-Cal managed care: the last day to ask for a State Hearing (120 days). */
  hearingDeadline?: DatedStep;
  mediCal: boolean;
  mediMedi: boolean;
  /** The plan name looks like a County Organized Health System plan: confirm with DMHC (list unverified). */
  cohsPlan: boolean;
  /** A State Hearing was asked for but not yet held: call DMHC before the hearing date. */
  hearingRequested: boolean;
  /** The person did not know the regulator and chose to go on as a DMHC plan (O14). */
  assumedDmhc: boolean;
  experimental: boolean;
  urgent: boolean;
  decided: boolean;
}

const dated = (date: string, today: string): DatedStep => ({ date, daysLeft: daysBetween(today, date) });

export function isCountyOrganizedPlan(planName: string | undefined): boolean {
  if (!planName) return false;
  const name = planName.toLowerCase();
  return countyOrganizedHealthSystems.value.some((plan) => name.includes(plan.toLowerCase()));
}

export function outcomeDetails(id: OutcomeId, answers: Answers, today: string): OutcomeDetails {
  const coverage = effectiveCoverage(answers);
  const mediCal = coverage === 'medi_cal_managed' || coverage === 'medi_medi';
  const { appealStatus, appealDate } = answers;
  const decided = appealStatus === 'decided' && appealDate !== undefined;
  const pending = appealStatus === 'pending' && appealDate !== undefined;
  const details: OutcomeDetails = {
    id,
    agency: imrAgency(answers),
    coverage,
    mediCal,
    mediMedi: coverage === 'medi_medi',
    cohsPlan: mediCal && isCountyOrganizedPlan(answers.planName),
    hearingRequested: mediCal && answers.hearing === 'requested',
    assumedDmhc: answers.coverage === 'unsure' && answers.regulator === 'assumed_dmhc',
    experimental: answers.reason === 'experimental',
    urgent: answers.urgency === 'urgent',
    decided,
  };
  if (decided && ['O1', 'O2', 'O7'].includes(id)) details.imrDeadline = dated(imrFilingDeadline(appealDate), today);
  if (pending && ['O2', 'O4', 'O5'].includes(id)) details.planAnswerDue = dated(planAnswerDue(appealDate), today);
  if (mediCal && (decided || pending) && ['O1', 'O2', 'O3', 'O4', 'O5', 'O7'].includes(id)) {
    details.hearingDeadline = dated(mediCalHearingDeadline({ status: decided ? 'decided' : 'pending', date: appealDate }), today);
  }
  return details;
}
