import { createHash, randomBytes } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';
import { z } from 'zod';
import { localeSchema, type Locale, type Reply, type Surface, type TurnResult } from '../../dialogs/contract.js';
import { isoDateSchema } from '../../machines/answers.js';
import { californiaToday } from '../../machines/dateRules.js';
import { filingCaseFrom, filingCaseSchema, type FilingCase } from '../../machines/filingCase.js';
import { outcomeIds } from '../../machines/facts.js';
import type { OutcomeDetails } from '../../machines/outcomeDetails.js';
import { restoreSession, send, viewSession } from '../../machines/imrSession.js';
import { isETagConflict } from '../storage/storageErrors.js';

/**
 * A plan to keep (issue 9): at an outcome the host stores what the bot said — already in the
 * person's language — under an unguessable, expiring token, in the same botbuilder Storage as the
 * conversations (so it works on SQLite and on Redis with several instances).
 *
 * The token is never stored: the plan's key is a hash of it, so someone reading the database
 * cannot turn a row into a working link. Each conversation has an index row listing its plans, so
 * "delete my data" (deletePlansFor) erases them with the conversation: botbuilder's Storage cannot
 * list keys.
 */

const DAY_MS = 86_400_000;
/** A conversation that goes back and forth between outcomes keeps its latest plans, not hundreds. */
export const maxPlansPerConversation = 20;

const TOKEN_BYTES = 32;
/** 32 bytes in base64url: 43 characters, no padding. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** Links a plan may carry: web pages and phone numbers, nothing a browser would run. */
const safeUrl = z.string().max(2000).refine((url) => /^(https?:|tel:)/i.test(url), 'only http(s) and tel links');

const planReplySchema = z.object({
  title: z.string().max(300).optional(),
  text: z.string().max(10_000),
  steps: z.array(z.string().max(2000)).max(30).optional(),
  facts: z.array(z.object({ label: z.string().max(200), value: z.string().max(2000) })).max(40).optional(),
  links: z.array(z.object({ label: z.string().max(300), url: safeUrl })).max(20).optional(),
  /** The rules the outcome rests on (Reply.citations): on the page, even when the SMS left them out. */
  citations: z.object({ label: z.string().max(200), value: z.string().max(2000) }).optional(),
  outcome: z.enum(outcomeIds).optional(),
});
export type PlanReply = z.infer<typeof planReplySchema>;

/** The dates a calendar file can hold (machines/outcomeDetails.ts names them). */
export const planDateKinds = ['imrDeadline', 'planAnswerDue', 'hearingDeadline'] as const;
export const planDateSchema = z.object({ kind: z.enum(planDateKinds), date: isoDateSchema });
export type PlanDate = z.infer<typeof planDateSchema>;

export const planSchema = z.object({
  v: z.literal(1),
  locale: localeSchema,
  /** Staff (Teams) plans speak of "the patient". */
  audience: z.enum(['patient', 'staff']),
  outcome: z.enum(outcomeIds),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  /** The answers summary lines ("Plan type: a DMHC plan"), in the person's language. */
  summary: z.array(z.string().max(500)).max(20),
  replies: z.array(planReplySchema).min(1).max(10),
  dates: z.array(planDateSchema).max(planDateKinds.length),
  /** Set by reminders when it serves the calendar file under its own token. */
  calendarToken: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/).optional(),
  /**
   * Issue 18: what the filing kit is written from (codes, dates, the plan's name), at outcomes that
   * lead to a filing. A kit this release cannot read leaves the plan readable, without the kit.
   */
  kit: filingCaseSchema.optional().catch(undefined),
});
export type Plan = z.infer<typeof planSchema>;

interface PlanItem extends StoreItem {
  plan: Plan;
}

const indexSchema = z.object({
  plans: z.array(z.object({ key: z.string(), expiresAt: z.iso.datetime() })).max(maxPlansPerConversation),
});
type PlanIndex = z.infer<typeof indexSchema>;
interface IndexItem extends StoreItem, PlanIndex {}

export function newPlanToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function isPlanToken(token: string): boolean {
  return tokenPattern.test(token);
}

/** Where a plan lives: a hash of its token, never the token itself. */
export function planStorageKey(token: string): string {
  return `plan/${createHash('sha256').update(token, 'utf8').digest('base64url')}`;
}

/** The index row of one conversation's plans (conversationKey is src/keys.ts's conversationKey). */
export function planIndexKey(conversationKey: string): string {
  return `plans-of/${conversationKey}`;
}

/**
 * The replies of a turn that belong in a plan: the outcome's, without buttons. The short outcome
 * menu shown again after help is a question that names the outcome: it is not a plan.
 */
export function planReplies(replies: readonly Reply[]): PlanReply[] {
  return replies
    .filter((reply) => reply.kind === 'outcome')
    .map(({ title, text, steps, facts, links, citations, outcome }) => ({
      ...(title !== undefined && { title }),
      text,
      ...(steps?.length && { steps: [...steps] }),
      ...(facts?.length && { facts: facts.map(({ label, value }) => ({ label, value })) }),
      ...(links?.length && { links: links.filter((link) => /^(https?:|tel:)/i.test(link.url)).map(({ label, url }) => ({ label, url })) }),
      ...(citations !== undefined && { citations: { label: citations.label, value: citations.value } }),
      ...(outcome !== undefined && { outcome }),
    }));
}

/** The dates still ahead that a calendar file can hold; a passed deadline (O7) has no reminder. */
export function planDatesFrom(details: OutcomeDetails | undefined): PlanDate[] {
  if (!details) return [];
  const dates: PlanDate[] = [];
  for (const kind of planDateKinds) {
    const step = details[kind];
    if (step && step.daysLeft >= 0) dates.push({ kind, date: step.date });
  }
  return dates;
}

/**
 * What a finished turn gives a plan: its outcome replies, language, audience and dates. Undefined
 * when the turn stated no outcome in full (or erased the conversation).
 */
export function planInputFromTurn(
  result: Pick<TurnResult, 'replies' | 'data'>,
  surface: Pick<Surface, 'audience'>,
  now: Date,
): Pick<CreatePlanInput, 'replies' | 'locale' | 'audience' | 'dates' | 'now' | 'kit'> | undefined {
  if (!result.data || !result.replies.some((reply) => reply.kind === 'outcome')) return undefined;
  const today = californiaToday(now);
  // As dialogs/turn.ts does: a deadline can pass between two turns (O1 becomes O7).
  const snapshot = send(restoreSession(result.data.session, today), { type: 'clock.tick', today });
  const view = viewSession(snapshot);
  const kit = view.outcome && filingCaseFrom(view.outcome, view.answers, today);
  return {
    replies: result.replies,
    locale: result.data.locale,
    audience: surface.audience,
    dates: planDatesFrom(view.outcome),
    now,
    ...(kit && { kit }),
  };
}

export interface CreatePlanInput {
  /** src/keys.ts conversationKey: the row "delete my data" erases. */
  conversationKey: string;
  locale: Locale;
  audience: 'patient' | 'staff';
  /** The turn's replies; only the outcome's are kept (planReplies). */
  replies: readonly Reply[];
  summary: readonly string[];
  dates?: readonly PlanDate[];
  calendarToken?: string;
  /** The filing kit's case (issue 18), when the outcome leads to a filing. */
  kit?: FilingCase;
  now: Date;
  /** STATE_TTL_DAYS: a plan lasts as long as the conversation data would. */
  ttlDays: number;
}

export interface CreatedPlan {
  token: string;
  plan: Plan;
}

/** Stores a plan and links it to its conversation. Undefined when the replies state no outcome. */
export async function createPlan(storage: Storage, input: CreatePlanInput): Promise<CreatedPlan | undefined> {
  const replies = planReplies(input.replies);
  const outcome = replies.find((reply) => reply.outcome !== undefined)?.outcome;
  if (outcome === undefined) return undefined;
  const plan = planSchema.parse({
    v: 1,
    locale: input.locale,
    audience: input.audience,
    outcome,
    createdAt: input.now.toISOString(),
    expiresAt: new Date(input.now.getTime() + input.ttlDays * DAY_MS).toISOString(),
    summary: [...input.summary],
    replies,
    dates: [...(input.dates ?? [])],
    ...(input.calendarToken !== undefined && { calendarToken: input.calendarToken }),
    ...(input.kit !== undefined && { kit: input.kit }),
  } satisfies Plan);

  const token = newPlanToken();
  const key = planStorageKey(token);
  // Index first: a plan that exists must always be reachable by "delete my data".
  await updateIndex(storage, input.conversationKey, (index) => {
    const live = index.plans.filter((entry) => Date.parse(entry.expiresAt) > input.now.getTime());
    live.push({ key, expiresAt: plan.expiresAt });
    const dropped = live.splice(0, Math.max(0, live.length - maxPlansPerConversation));
    return { index: { plans: live }, dropped: dropped.map((entry) => entry.key) };
  });
  const item: PlanItem = { plan, eTag: '*' };
  await storage.write({ [key]: item });
  return { token, plan };
}

async function updateIndex(
  storage: Storage,
  conversationKey: string,
  change: (index: PlanIndex) => { index: PlanIndex; dropped: string[] },
): Promise<void> {
  const indexKey = planIndexKey(conversationKey);
  for (let attempt = 0; ; attempt++) {
    const stored = (await storage.read([indexKey]))[indexKey] as IndexItem | undefined;
    const parsed = indexSchema.safeParse(stored ?? { plans: [] });
    const { index, dropped } = change(parsed.success ? parsed.data : { plans: [] });
    try {
      const item: IndexItem = { ...index, eTag: stored?.eTag ?? '*' };
      await storage.write({ [indexKey]: item });
      if (dropped.length > 0) await storage.delete(dropped);
      return;
    } catch (error) {
      // Two outcomes of one conversation at once (a double tap): redo on the other's index.
      if (attempt < 2 && isETagConflict(error)) continue;
      throw error;
    }
  }
}

/** The plan behind a token, or undefined when the token is malformed, unknown, deleted or expired. */
export async function readPlan(storage: Storage, token: string, now: Date): Promise<Plan | undefined> {
  if (!isPlanToken(token)) return undefined;
  const key = planStorageKey(token);
  const item = (await storage.read([key]))[key] as PlanItem | undefined;
  const parsed = planSchema.safeParse(item?.plan);
  if (!parsed.success) return undefined;
  if (Date.parse(parsed.data.expiresAt) <= now.getTime()) return undefined;
  return parsed.data;
}

/** "Delete my data": every plan of the conversation, and the index row. Safe to call when there are none. */
export async function deletePlansFor(storage: Storage, conversationKey: string): Promise<void> {
  const indexKey = planIndexKey(conversationKey);
  const stored = (await storage.read([indexKey]))[indexKey] as IndexItem | undefined;
  const parsed = indexSchema.safeParse(stored ?? { plans: [] });
  const keys = parsed.success ? parsed.data.plans.map((entry) => entry.key) : [];
  await storage.delete([...keys, indexKey]);
}

