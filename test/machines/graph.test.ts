import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { outsideImrCoverages, type Answers } from '../../machines/answers.js';
import { imrMachine, outcomeIds, type ImrEvent } from '../../machines/imrMachine.js';
import {
  persistSession,
  replaySession,
  restoreSession,
  send,
  viewSession,
  type ImrSnapshot,
} from '../../machines/imrSession.js';

const today = '2026-11-27';

/** The dates a person might give: recent and old decisions, appeals filed a week or two months ago. */
const dates = ['2026-11-20', '2026-09-15', '2026-03-01'];
const planNames = ['', 'CalOptima'];

/**
 * Pressing the offered choices: one answer per question, like a person on the buttons, plus back.
 * Also what people name without a button: coverage outside DMHC/CDI (TRICARE, VA…: issue 14's
 * recognizer), "I don't know the date" (the date question's one choice), and an outcome's follow-ups.
 */
function eventsAt(snapshot: ImrSnapshot): ImrEvent[] {
  const view = viewSession(snapshot);
  const answers: Answers[] = [];
  if (view.question) {
    const { slot, kind, choices } = view.question;
    const values: readonly string[] = kind === 'date' ? dates : kind === 'text' ? planNames : choices;
    for (const value of values) answers.push({ [slot]: value });
    if (slot === 'coverage') for (const coverage of outsideImrCoverages) answers.push({ coverage });
    if (slot === 'appealDate') answers.push({ appealDateUnknown: true });
  }
  // "I found the date", once per path: found, then "I don't know the date" again, would loop for ever.
  const followedUp = snapshot.context.trail.some((step) => /^O\d+$/.test(step.at));
  if (view.outcome && !followedUp && view.answers.appealDateUnknown && view.answers.appealStatus) {
    answers.push({ appealStatus: view.answers.appealStatus });
  }
  for (const offer of view.offers) answers.push({ [offer.slot]: offer.value });
  if (view.outcome?.coverage === 'medi_cal_managed' && !view.answers.mediCalRx) answers.push({ mediCalRx: true });
  return [
    ...answers.map((a): ImrEvent => ({ type: 'answer', today, answers: a })),
    { type: 'command.back', today },
  ];
}

const serializeState = (snapshot: ImrSnapshot) =>
  JSON.stringify([snapshot.value, snapshot.context.answers, snapshot.context.trail.length]);

const paths = getShortestPaths(imrMachine, { input: { today }, events: eventsAt, serializeState, limit: 300_000 });
const stateOf = (snapshot: ImrSnapshot) => String(snapshot.value);

describe('the statechart as a graph (xstate/graph shortest paths, pressing choices)', () => {
  it('reaches every outcome O1–O16', () => {
    const reached = new Set(paths.map((p) => viewSession(p.state).outcome?.id).filter(Boolean));
    expect([...reached].sort()).toEqual([...outcomeIds].sort());
  });

  it('has no state that cannot reach an outcome', () => {
    const stuck = new Set<string>();
    const checked = new Set<string>();
    for (const path of paths) {
      const name = stateOf(path.state);
      if (path.state.hasTag('outcome') || checked.has(name)) continue;
      checked.add(name);
      const onward = getShortestPaths(imrMachine, {
        input: { today },
        fromState: path.state,
        events: (s: ImrSnapshot) => eventsAt(s).filter((e) => e.type === 'answer'),
        serializeState,
        toState: (s: ImrSnapshot) => s.hasTag('outcome'),
        limit: 10_000,
      });
      if (onward.length === 0) stuck.add(name);
    }
    expect(checked.size).toBeGreaterThanOrEqual(8);
    expect([...stuck]).toEqual([]);
  });

  it('lands on the previous question when back is pressed at any question or outcome', () => {
    let checkedPaths = 0;
    for (const path of paths) {
      const events = path.steps.filter((step) => !step.event.type.startsWith('xstate.'));
      if (events.length === 0 || events.some((step) => step.event.type !== 'answer')) continue;
      // The question at which the last answer was given: the state just before the last step.
      const lastIndex = path.steps.indexOf(events[events.length - 1]!);
      const previous = stateOf(path.steps[lastIndex - 1]!.state);
      const afterBack = send(path.state, { type: 'command.back', today });
      expect(stateOf(afterBack), `back from ${stateOf(path.state)}`).toBe(previous);
      expect(afterBack.context.answers).toEqual(path.steps[lastIndex - 1]!.state.context.answers);
      checkedPaths++;
    }
    expect(checkedPaths).toBeGreaterThan(50);
  });

  it('restoring or replaying the stored answers gives the same state everywhere', () => {
    for (const path of paths) {
      const stored = JSON.parse(JSON.stringify(persistSession(path.state))) as unknown;
      const restored = restoreSession(stored, today);
      expect(restored.value).toEqual(path.state.value);
      expect(restored.context.answers).toEqual(path.state.context.answers);
      const replayed = replaySession(path.state.context.trail, today);
      expect(replayed.value).toEqual(path.state.value);
      expect(replayed.context.answers).toEqual(path.state.context.answers);
    }
  });
});

describe('restoring stored conversations', () => {
  it('starts over, without throwing, when what is stored is not a conversation', () => {
    for (const junk of [undefined, null, 42, 'x', { v: 1, trail: [{ at: 'coverage', answers: { coverage: 'nope' } }] }]) {
      expect(viewSession(restoreSession(junk, today)).question?.slot).toBe('coverage');
    }
  });
  it('keeps a conversation stored by an older version of the machine: answers are replayed, not wiped', () => {
    const olderRelease = { v: 0, trail: [{ at: 'coverage', answers: { coverage: 'dmhc_plan' } }, { at: 'reason', answers: { reason: 'billing' } }] };
    expect(viewSession(restoreSession(olderRelease, today)).outcome?.id).toBe('O8');
  });
});
