import { z } from 'zod';
import { appealStatusValues, isoDateSchema, reasonValues, type Answers } from './answers.js';
import { planAnswerDue, planUrgentAnswerDue } from './dateRules.js';
import type { OutcomeId } from './facts.js';
import type { OutcomeDetails } from './outcomeDetails.js';

/**
 * What a filing kit (issue 18) is made from: the outcome's codes and dates, never the person's words
 * (the plan's name aside, which the plan page prints anyway). It is kept with the plan, so the kit is
 * written again in the reader's language each time the plan is opened, and its drafts can only ever
 * hold these codes, these dates and blanks for what only the person knows.
 */

/**
 * The outcomes that lead to a filing: the IMR (O1–O4, O7, with a State Hearing beside it for Medi-Cal
 * managed care), the grievance to the plan first (O5, O6), and the State Hearing itself (O12).
 */
export const kitOutcomes = ['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O12'] as const satisfies readonly OutcomeId[];
export type KitOutcome = (typeof kitOutcomes)[number];

export const filingCaseSchema = z.object({
  outcome: z.enum(kitOutcomes),
  agency: z.enum(['DMHC', 'CDI']),
  /** Medi-Cal through a plan (or Medi-Medi): a State Hearing beside the IMR. */
  mediCal: z.boolean(),
  reason: z.enum(reasonValues).optional(),
  appealStatus: z.enum(appealStatusValues).optional(),
  urgent: z.boolean(),
  /** The date the person gave: on the written decision (decided), or the day the appeal was filed (pending). */
  appealDate: isoDateSchema.optional(),
  imrDeadline: isoDateSchema.optional(),
  planAnswerDue: isoDateSchema.optional(),
  hearingDeadline: isoDateSchema.optional(),
  /** A State Hearing was already asked for: the kit does not draft another. */
  hearingRequested: z.boolean(),
  /** A County Organized Health System member: the State Hearing leads, the IMR is "check with DMHC first" (issue 15). */
  cohsHearingFirst: z.boolean().default(false),
  /** Not sure it is urgent: the kit says how to ask for a fast review. */
  urgencyUnsure: z.boolean().default(false),
  /** The day the kit was made (California). */
  made: isoDateSchema,
  /** A grievance the plan gets on `made` is due by this day (30 days), or by `urgentDue` if urgent (3 days). */
  sentTodayDue: isoDateSchema,
  urgentDue: isoDateSchema,
  planName: z.string().max(80).optional(),
});
export type FilingCase = z.infer<typeof filingCaseSchema>;

export function isKitOutcome(id: OutcomeId): id is KitOutcome {
  return (kitOutcomes as readonly OutcomeId[]).includes(id);
}

/** The kit's case for an outcome, or undefined when the outcome leads to no filing the kit drafts. */
export function filingCaseFrom(details: OutcomeDetails, answers: Answers, today: string): FilingCase | undefined {
  if (!isKitOutcome(details.id)) return undefined;
  const planName = answers.planName?.trim();
  // Checked, not trusted: a kit that would not read back is left out rather than breaking the plan.
  const kase = filingCaseSchema.safeParse({
    outcome: details.id,
    agency: details.agency,
    mediCal: details.mediCal,
    ...(answers.reason !== undefined && { reason: answers.reason }),
    ...(answers.appealStatus !== undefined && { appealStatus: answers.appealStatus }),
    urgent: details.urgent,
    ...(answers.appealDate !== undefined && { appealDate: answers.appealDate }),
    ...(details.imrDeadline && { imrDeadline: details.imrDeadline.date }),
    ...(details.planAnswerDue && { planAnswerDue: details.planAnswerDue.date }),
    ...(details.hearingDeadline && { hearingDeadline: details.hearingDeadline.date }),
    hearingRequested: details.hearingRequested,
    cohsHearingFirst: details.cohsHearingFirst === true,
    urgencyUnsure: details.urgencyUnsure === true,
    made: today,
    sentTodayDue: planAnswerDue(today),
    urgentDue: planUrgentAnswerDue(today),
    ...(planName && { planName }),
  } satisfies FilingCase);
  return kase.success ? kase.data : undefined;
}
