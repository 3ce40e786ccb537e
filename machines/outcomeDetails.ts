import { outsideImrCoverages, type AppealStatus, type Answers, type Coverage, type OutsideImrCoverage } from './answers.js';
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
  /** Calendar days from today to `date`: negative once it has passed; 0 on the day itself (the last day). */
  daysLeft: number;
}

/** Who decides an enrollment decision (O15): a State Hearing path, or a job plan's own (issue 15). */
export type EnrollmentPath = 'stateHearing' | 'jobOrMarketplace';

/**
 * Everything an outcome's texts need that is computed, not said: agency, dates, the notes that apply.
 * The fields issue 15 added are optional (absent = false) so details stored or built elsewhere still fit.
 */
export interface OutcomeDetails {
  id: OutcomeId;
  agency: Agency;
  coverage: Coverage | undefined;
  /** O1, O2 with a written decision, O7 (passed): the last day to file the IMR. */
  imrDeadline?: DatedStep;
  /** O2/O4/O5: the plan's last day to answer (day 30); an IMR can be filed from the day after. */
  planAnswerDue?: DatedStep;
  /** Medi-Cal managed care: the last day to ask for a State Hearing (120 days). */
  hearingDeadline?: DatedStep;
  mediCal: boolean;
  mediMedi: boolean;
  /** The plan name looks like a County Organized Health System plan: confirm with DMHC (list unverified). */
  cohsPlan: boolean;
  /**
   * A County Organized Health System member whose State Hearing is open now (the plan decided, or
   * its 30 days ran out): the State Hearing leads as the sure path, the IMR is "confirm with DMHC first".
   */
  cohsHearingFirst?: boolean;
  /** A State Hearing was asked for but not yet held: call DMHC before the hearing date. */
  hearingRequested: boolean;
  /** Medi-Cal, not sure whether a State Hearing was asked for: call DMHC before any hearing date. */
  hearingUnsure?: boolean;
  /** The person did not know the regulator and chose to go on as a DMHC plan (O14). */
  assumedDmhc: boolean;
  experimental: boolean;
  urgent: boolean;
  /** Not sure whether it is urgent: the not-urgent path, plus how to ask for an urgent review. */
  urgencyUnsure?: boolean;
  /** The plan answered the appeal in writing and its date is known (the 6-month clock runs). */
  decided: boolean;
  /** The appeal status as answered (`unsure`: how to tell from the letters, and the safe next step). */
  appealStatus?: AppealStatus;
  /** Decided or pending, but the person does not know the date: the rule is said in words. */
  dateUnknown?: boolean;
  /** Medicare and Medi-Cal, not sure which one said no: both paths are given. */
  dualUnsure?: boolean;
  /** The plan cancelled the coverage (O8 without the emergency-bill notes). */
  cancelled?: boolean;
  /** O16: the coverage that is not a California IMR. */
  outside?: OutsideImrCoverage;
  /** O15: who decides. */
  enrollment?: EnrollmentPath;
}

const dated = (date: string, today: string): DatedStep => ({ date, daysLeft: daysBetween(today, date) });

export function isCountyOrganizedPlan(planName: string | undefined): boolean {
  if (!planName) return false;
  const name = planName.toLowerCase();
  return countyOrganizedHealthSystems.value.some((plan) => name.includes(plan.toLowerCase()));
}

const isOutside = (coverage: Coverage | undefined): coverage is OutsideImrCoverage =>
  (outsideImrCoverages as readonly (Coverage | undefined)[]).includes(coverage);

/** Coverage through a plan that may come from a job: O15 must not speak as if the person applied to Covered California. */
const jobOrMarketplace: readonly (Coverage | undefined)[] = ['dmhc_plan', 'cdi_policy'];

export function outcomeDetails(id: OutcomeId, answers: Answers, today: string): OutcomeDetails {
  const coverage = effectiveCoverage(answers);
  const mediCal = coverage === 'medi_cal_managed' || coverage === 'medi_medi';
  const { appealStatus, appealDate } = answers;
  const decided = appealStatus === 'decided' && appealDate !== undefined;
  const pending = appealStatus === 'pending' && appealDate !== undefined;
  const cohsPlan = mediCal && isCountyOrganizedPlan(answers.planName);
  const details: OutcomeDetails = {
    id,
    agency: imrAgency(answers),
    coverage,
    mediCal,
    mediMedi: coverage === 'medi_medi',
    cohsPlan,
    cohsHearingFirst: false,
    hearingRequested: mediCal && answers.hearing === 'requested',
    hearingUnsure: mediCal && answers.hearing === 'unsure',
    assumedDmhc: answers.coverage === 'unsure' && answers.regulator === 'assumed_dmhc',
    experimental: answers.reason === 'experimental',
    urgent: answers.urgency === 'urgent',
    urgencyUnsure: answers.urgency === 'unsure',
    decided,
    appealStatus,
    dateUnknown: (appealStatus === 'decided' || appealStatus === 'pending') && answers.appealDateUnknown === true,
    dualUnsure: answers.coverage === 'dual' && answers.dual === 'unsure',
    cancelled: answers.reason === 'cancelled',
  };
  if (decided && ['O1', 'O2', 'O7'].includes(id)) details.imrDeadline = dated(imrFilingDeadline(appealDate), today);
  if (pending && ['O2', 'O4', 'O5'].includes(id)) details.planAnswerDue = dated(planAnswerDue(appealDate), today);
  if (mediCal && (decided || pending) && ['O1', 'O2', 'O3', 'O4', 'O5', 'O7'].includes(id)) {
    details.hearingDeadline = dated(mediCalHearingDeadline({ status: decided ? 'decided' : 'pending', date: appealDate }), today);
  }
  // WIC 10951(b): the hearing is open once the plan has decided, or its 30 days have run out.
  const hearingOpen = decided || (details.planAnswerDue !== undefined && details.planAnswerDue.daysLeft < 0);
  details.cohsHearingFirst = cohsPlan && hearingOpen && ['O1', 'O2', 'O4'].includes(id);
  if (id === 'O16' && isOutside(coverage)) details.outside = coverage;
  if (id === 'O15') details.enrollment = jobOrMarketplace.includes(coverage) ? 'jobOrMarketplace' : 'stateHearing';
  return details;
}
