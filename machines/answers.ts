import { z } from 'zod';

/**
 * The answers the flow collects (imr-rules.md §1). Every slot is optional: answers arrive in any
 * order, several at once. Values are codes, never the person's words (planName is the one free
 * text, and only a plan's brand name, never a member ID).
 */
export const coverageValues = [
  'dmhc_plan',
  'cdi_policy',
  'medi_cal_managed',
  'medi_cal_ffs',
  'medicare',
  'medi_medi',
  'self_funded',
  'unsure',
] as const;

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
] as const;
export const appealStatusValues = ['decided', 'pending', 'not_filed'] as const;
export const urgencyValues = ['urgent', 'not_urgent'] as const;
export const hearingValues = ['none', 'requested', 'held'] as const;

export type Coverage = (typeof coverageValues)[number];
export type Regulator = (typeof regulatorValues)[number];
export type Reason = (typeof reasonValues)[number];
export type AppealStatus = (typeof appealStatusValues)[number];
export type Urgency = (typeof urgencyValues)[number];
export type Hearing = (typeof hearingValues)[number];

/** A calendar date in California, `yyyy-MM-dd`. Whether it is a real, acceptable date is dateRules' job. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const answersSchema = z.object({
  coverage: z.enum(coverageValues).optional(),
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
  urgency: z.enum(urgencyValues).optional(),
});

export type Answers = z.infer<typeof answersSchema>;
export type Slot = keyof Answers;

/** Slots the statechart asks as questions, in the order of imr-rules.md §1. */
export const questionSlots = [
  'coverage',
  'regulator',
  'planName',
  'hearing',
  'reason',
  'appealStatus',
  'appealDate',
  'urgency',
] as const satisfies readonly Slot[];
export type QuestionSlot = (typeof questionSlots)[number];
