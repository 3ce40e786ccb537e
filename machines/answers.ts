import { z } from 'zod';

/**
 * The answers the flow collects (imr-rules.md §1). Every slot is optional: answers arrive in any
 * order, several at once. Values are codes, never the person's words (planName is the one free
 * text, and only a plan's brand name, never a member ID).
 */

/**
 * imr-rules §2 "Coverage that is neither DMHC nor CDI": none is a California IMR as far as our
 * sources show; each gets the path coverage-outside-imr.md verifies (outcome O16).
 */
export const outsideImrCoverages = [
  'gov_self_funded',
  'tricare',
  'va',
  'fehb',
  'indian_health',
  'ccs',
  'student_plan',
  'short_term',
  'no_coverage',
] as const;
export type OutsideImrCoverage = (typeof outsideImrCoverages)[number];

export const coverageValues = [
  'dmhc_plan',
  'cdi_policy',
  'medi_cal_managed',
  'medi_cal_ffs',
  'medicare',
  'medi_medi',
  'self_funded',
  'unsure',
  // imr-rules §2 "Coverage that is neither DMHC nor CDI" (coverage-outside-imr.md), and Medicare with
  // Medi-Cal before the person has said whether it is one plan (the `dual` follow-up asks).
  'dual',
  ...outsideImrCoverages,
] as const;

/**
 * The coverage question's own choices (the rest are recognised when people name them). Medicare
 * with Medi-Cal is offered as `dual`, never as `medi_medi` directly: whether one plan covers both
 * is asked (issue 15: "I'm on Medicare and Medi-Cal" was taken as one plan without asking).
 */
export const coverageChoiceValues = [
  'dmhc_plan',
  'cdi_policy',
  'medi_cal_managed',
  'medi_cal_ffs',
  'medicare',
  'dual',
  'self_funded',
  'unsure',
] as const satisfies readonly (typeof coverageValues)[number][];

/**
 * §2 "A person with separate Medicare and Medi-Cal plans is routed by which plan sent the denial":
 * one plan for both (Medi-Medi), or which side said no.
 */
export const dualValues = ['one_plan', 'medicare', 'medi_cal_plan', 'medi_cal_regular', 'unsure'] as const;

/**
 * The follow-up when coverage is `unsure` or a brand sells both kinds (§2 routing details):
 * which regulator the denial letter or Evidence of Coverage names, or that the employer pays
 * claims itself. `assumed_dmhc` is the O14 choice "go on as a DMHC plan".
 */
export const regulatorValues = ['dmhc', 'cdi', 'self_funded', 'unsure', 'assumed_dmhc'] as const;
export const reasonValues = [
  'medical_necessity',
  'emergency_payment',
  'experimental',
  'billing',
  'enrollment',
  'not_covered',
  'unsure',
  /** The plan cancelled, ended or rescinded the coverage (O8's complaint path, without the ER-bill notes). */
  'cancelled',
] as const;
/** Every question can be answered "I don't know" (issue 14: no dead ends). */
export const appealStatusValues = ['decided', 'pending', 'not_filed', 'unsure'] as const;
export const urgencyValues = ['urgent', 'not_urgent', 'unsure'] as const;
export const hearingValues = ['none', 'requested', 'held', 'unsure'] as const;

export type Coverage = (typeof coverageValues)[number];
export type Regulator = (typeof regulatorValues)[number];
export type Reason = (typeof reasonValues)[number];
export type AppealStatus = (typeof appealStatusValues)[number];
export type Urgency = (typeof urgencyValues)[number];
export type Hearing = (typeof hearingValues)[number];
export type Dual = (typeof dualValues)[number];

/** A calendar date in California, `yyyy-MM-dd`. Whether it is a real, acceptable date is dateRules' job. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const answersSchema = z.object({
  coverage: z.enum(coverageValues).optional(),
  dual: z.enum(dualValues).optional(),
  regulator: z.enum(regulatorValues).optional(),
  /** A plan's brand name ("Kaiser", "CalOptima"), or "" when the person does not know or skips. */
  planName: z.string().max(80).optional(),
  hearing: z.enum(hearingValues).optional(),
  reason: z.enum(reasonValues).optional(),
  /** A Medi-Cal pharmacy (Medi-Cal Rx) denial: O12 (secondary source). Only set from what people say. */
  mediCalRx: z.boolean().optional(),
  appealStatus: z.enum(appealStatusValues).optional(),
  /** `decided`: the date printed on the written decision; `pending`: the date the appeal was filed. */
  appealDate: isoDateSchema.optional(),
  /** The person does not know the date (the outcome then says how to count it from the letter). */
  appealDateUnknown: z.literal(true).optional(),
  urgency: z.enum(urgencyValues).optional(),
});

export type Answers = z.infer<typeof answersSchema>;
export type Slot = keyof Answers;

/** Slots the statechart asks as questions, in the order of imr-rules.md §1. */
export const questionSlots = [
  'coverage',
  'dual',
  'regulator',
  'planName',
  'hearing',
  'reason',
  'appealStatus',
  'appealDate',
  'urgency',
] as const satisfies readonly Slot[];
export type QuestionSlot = (typeof questionSlots)[number];
