import type { Answers, QuestionSlot } from '../../machines/answers.js';
import { restoreSession, viewSession, type SessionView } from '../../machines/imrSession.js';
import { californiaToday } from '../../machines/dateRules.js';
import type { ChoiceValue, Locale, Reply, Surface, TurnResult } from '../../dialogs/contract.js';
import { plainText } from '../../dialogs/plain.js';
import { runTurn } from '../../dialogs/turn.js';

/** The three surfaces src/ builds: Web Chat, SMS and Teams (clinic staff). */
export const surfaces: Readonly<Record<'web' | 'sms' | 'teams', Surface>> = {
  web: { buttons: true, cards: false, brief: false, maxChars: 4000, audience: 'patient', shared: false },
  sms: { buttons: false, cards: false, brief: true, maxChars: 459, audience: 'patient', shared: false },
  teams: { buttons: true, cards: true, brief: false, maxChars: 28000, audience: 'staff', shared: false },
};
export type SurfaceName = keyof typeof surfaces;

/** Noon in California on 2026-11-27: every date below is counted from it. */
export const NOW = new Date('2026-11-27T20:00:00Z');

/**
 * A conversation as the hosting layer runs it: each turn gets the stored data back after a trip
 * through JSON (as SQLite or Redis would store it), so a process restart between turns is the normal case.
 */
export class Chat {
  stored: unknown;
  last: TurnResult | undefined;
  now: Date;

  constructor(
    readonly surface: Surface,
    readonly locale: Locale,
    now: Date = NOW,
  ) {
    this.now = now;
  }

  private turn(input: { kind: 'message' | 'join'; text?: string; value?: unknown }): Reply[] {
    const result = runTurn({ ...input, now: this.now, surface: this.surface, localeHint: this.locale === 'es' ? 'es-US' : 'en-US' }, this.stored);
    this.last = result;
    this.stored = result.data === null ? null : (JSON.parse(JSON.stringify(result.data)) as unknown);
    return result.replies;
  }

  join(): Reply[] {
    return this.turn({ kind: 'join' });
  }
  say(text: string): Reply[] {
    return this.turn({ kind: 'message', text });
  }
  /** A posted value: a choice's, or anything a client might post (validated by the turn). */
  press(value: unknown): Reply[] {
    return this.turn({ kind: 'message', value });
  }

  /** The choices of the last reply that has any: what a button or a number can pick. */
  offered(): { label: string; value: ChoiceValue }[] {
    const withChoices = [...(this.last?.replies ?? [])].reverse().find((r) => r.choices?.length);
    return withChoices?.choices ?? [];
  }

  view(): SessionView {
    const data = this.stored as { session?: unknown } | null;
    return viewSession(restoreSession(data?.session, californiaToday(this.now)));
  }

  slot(): QuestionSlot | undefined {
    return this.view().question?.slot;
  }
}

export type Step = { slot: keyof Answers; value: string };

/** Answers one question the way a person on this surface would: pressing the choice, or typing its number. */
export function answer(chat: Chat, step: Step, by: 'values' | 'numbers'): Reply[] {
  if (step.slot === 'appealDate') {
    if (by === 'values') return chat.press({ answer: { appealDate: step.value } });
    const [y, m, d] = step.value.split('-').map(Number) as [number, number, number];
    return chat.say(chat.locale === 'es' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`);
  }
  const offered = chat.offered();
  const index = offered.findIndex((c) => 'answer' in c.value && (c.value.answer as Record<string, unknown>)[step.slot] === step.value);
  if (index < 0) throw new Error(`${step.slot}=${step.value} is not offered; offered: ${offered.map((c) => c.label).join(' | ')}`);
  const choice = offered[index];
  if (!choice) throw new Error('unreachable');
  return by === 'values' ? chat.press(choice.value) : chat.say(String(index + 1));
}

export function allText(replies: readonly Reply[]): string {
  return replies.map(plainText).join('\n');
}
