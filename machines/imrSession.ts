import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { z } from 'zod';
import type { Answers, QuestionSlot } from './answers.js';
import { MACHINE_VERSION, foldTrail, imrMachine, stepSchema, type ImrContext, type ImrEvent, type OutcomeId, type Step } from './imrMachine.js';
import { outcomeDetails, type OutcomeDetails } from './outcomeDetails.js';
import type { DateProblem } from './dateRules.js';

/**
 * One turn = restore → transition → persist (STYLE.md §2). No actor lives between requests: the
 * stored form is the answers' trail plus a version, and restoring replays it into the machine,
 * so a conversation survives a new release of the statechart instead of being wiped.
 */

export type ImrSnapshot = SnapshotFrom<typeof imrMachine>;

export const storedSessionSchema = z.object({
  v: z.number().int().nonnegative(),
  trail: z.array(stepSchema).max(200),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

export function startSession(today: string): ImrSnapshot {
  return initialTransition(imrMachine, { today })[0];
}

/**
 * Rebuilds the conversation; whatever does not parse starts over, never throws. A conversation stored
 * by this version of the machine is folded from its trail and routed once; one stored by another
 * version is replayed step by step through the new machine, so a release never wipes it.
 */
export function restoreSession(stored: unknown, today: string): ImrSnapshot {
  const parsed = storedSessionSchema.safeParse(stored);
  if (!parsed.success) return startSession(today);
  const { v, trail } = parsed.data;
  if (v === MACHINE_VERSION) {
    const context: ImrContext = { today, trail, answers: foldTrail(trail), at: 'start', dateProblem: undefined };
    return send(imrMachine.resolveState({ value: 'askingCoverage', context }), { type: 'clock.tick', today });
  }
  return replaySession(trail, today);
}

/** Replays stored steps through the machine, as a new release does with conversations stored by an older one. */
export function replaySession(trail: readonly Step[], today: string): ImrSnapshot {
  let snapshot = startSession(today);
  for (const step of trail) snapshot = send(snapshot, { type: 'answer', today, answers: step.answers });
  return snapshot;
}

export function persistSession(snapshot: ImrSnapshot): StoredSession {
  return { v: MACHINE_VERSION, trail: snapshot.context.trail.map((step: Step) => ({ at: step.at, answers: step.answers })) };
}

export function send(snapshot: ImrSnapshot, event: ImrEvent): ImrSnapshot {
  return transition(imrMachine, snapshot, event)[0];
}

export interface QuestionView {
  slot: QuestionSlot;
  kind: 'choice' | 'date' | 'text';
  choices: readonly string[];
}

/** What the conversation layer needs to speak: the question being asked, or the outcome reached. */
export interface SessionView {
  answers: Answers;
  today: string;
  question?: QuestionView;
  outcome?: OutcomeDetails;
  /** Choices an outcome offers that are answers (O14: go on as a DMHC plan). */
  offers: { slot: string; value: string }[];
  dateProblem: DateProblem | undefined;
  /** How many steps `back` can undo. */
  steps: number;
}

interface StateMeta {
  question?: QuestionView;
  outcome?: OutcomeId;
  offers?: { slot: string; value: string }[];
}

export function viewSession(snapshot: ImrSnapshot): SessionView {
  const meta = Object.values(snapshot.getMeta() as Record<string, StateMeta | undefined>).find((m) => m !== undefined);
  const { answers, today, dateProblem, trail } = snapshot.context;
  return {
    answers,
    today,
    question: meta?.question,
    outcome: meta?.outcome ? outcomeDetails(meta.outcome, answers, today) : undefined,
    offers: meta?.offers ?? [],
    dateProblem,
    steps: trail.length,
  };
}
