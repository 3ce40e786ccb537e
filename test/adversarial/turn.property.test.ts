import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conversationDataSchema, type ChoiceValue, type Surface, type TurnInput, type TurnResult } from '../../dialogs/contract.js';
import { runTurn } from '../../dialogs/turn.js';
import { smsSurface, webSurface } from '../../src/channels/surface.js';

/**
 * Whatever a person (or a broken client) sends, a turn answers and never throws, and what it
 * stores survives the trip through storage (JSON) and carries the next turn (STYLE.md §8: expected
 * trouble is a state, not an exception).
 */

const now = new Date('2026-03-14T18:00:00Z');
const staffSurface: Surface = { buttons: true, cards: true, brief: false, maxChars: 4000, audience: 'staff', shared: false };
const sharedSurface: Surface = { ...staffSurface, shared: true };
const surfaces = fc.constantFrom(webSurface, smsSurface, staffSurface, sharedSurface);

/** Text a person could plausibly send, and text no person would. */
const rtl = fc.constantFrom('לא אושר', 'رفضت خطتي', '\u202Eevil\u202C', 'مرحبا Kaiser');
const controls = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const emoji = fc.constantFrom('👍', '🏥💊', '👨‍👩‍👧‍👦', '🇺🇸', '\uD83D', '\uDE00');
const words = fc.constantFrom(
  'Kaiser', 'Blue Shield', 'Medi-Cal', 'not medically necessary', 'experimental', 'they said no in writing', 'still waiting',
  'October 3', '3/4/2026', '2/30/2026', '12/31/2099', 'yesterday', 'not urgent', 'urgent', 'yes', 'no', '1', '2', '9', '0',
  'help', 'back', 'restart', 'start over', 'delete my data', 'STOP', 'español', 'english', 'ayuda', 'atrás', '¿qué es un IMR?',
  'I want to kill myself', '911', 'no hearing', 'I asked for one', 'Medicare', 'my employer', '',
);
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(words, rtl, controls, emoji), { maxLength: 12 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'binary', minLength: 9_000, maxLength: 10_000 }),
  words,
);

/** Posted values: the shapes a real button sends, near misses, and anything at all. */
const choiceValues: fc.Arbitrary<ChoiceValue> = fc.oneof(
  fc.constantFrom<ChoiceValue>(
    { command: 'help' }, { command: 'back' }, { command: 'restart' }, { command: 'deleteData' }, { command: 'stopReminders' },
    { locale: 'es' }, { locale: 'en' }, { reminders: 'yes' }, { reminders: 'no' },
    { answer: { coverage: 'dmhc_plan', planName: 'Kaiser' } }, { answer: { coverage: 'medi_cal_managed' } }, { answer: { reason: 'medical_necessity' } },
    { answer: { appealStatus: 'decided' } }, { answer: { appealDate: '2026-01-31' } }, { answer: { appealDate: '2099-01-01' } },
    { answer: { appealDate: '2026-02-30' } }, { answer: { urgency: 'urgent' } }, { answer: { urgency: 'not_urgent' } }, { answer: { hearing: 'held' } },
  ),
  fc.record({ answer: fc.record({ planName: fc.string({ maxLength: 80 }) }) }),
);
const junkValues = fc.oneof(fc.anything(), fc.record({ answer: fc.anything() }), fc.record({ command: fc.string() }), fc.constant({ answer: { coverage: 'nope' } }));

type Step = { kind: 'text'; text: string } | { kind: 'value'; value: unknown; text?: string } | { kind: 'press'; index: number } | { kind: 'join' };
const steps: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: anyText.map((text): Step => ({ kind: 'text', text })) },
  { weight: 3, arbitrary: fc.nat({ max: 9 }).map((index): Step => ({ kind: 'press', index })) },
  { weight: 2, arbitrary: choiceValues.map((value): Step => ({ kind: 'value', value })) },
  { weight: 1, arbitrary: fc.tuple(junkValues, fc.option(anyText, { nil: undefined })).map(([value, text]): Step => ({ kind: 'value', value, text })) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'join' }) },
);

function checkResult(result: TurnResult): void {
  expect(Array.isArray(result.replies)).toBe(true);
  for (const reply of result.replies) {
    expect(typeof reply.text).toBe('string');
    // SMS splits an outcome: a follow-up may carry only its links and the numbered menu.
    const says = reply.text.length + (reply.links?.length ?? 0) + (reply.choices?.length ?? 0) + (reply.facts?.length ?? 0);
    expect(says).toBeGreaterThan(0);
  }
  if (result.data === null) return;
  // What storage gives back is JSON: it must parse as conversation data, unchanged.
  const restored: unknown = JSON.parse(JSON.stringify(result.data));
  const parsed = conversationDataSchema.safeParse(restored);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  expect(parsed.data).toEqual(result.data);
}

function inputFor(step: Step, surface: Surface, last: TurnResult | undefined, localeHint: string): TurnInput {
  const base = { now, surface, localeHint };
  switch (step.kind) {
    case 'join':
      return { ...base, kind: 'join' };
    case 'text':
      return { ...base, kind: 'message', text: step.text };
    case 'value':
      return { ...base, kind: 'message', value: step.value, text: step.text };
    case 'press': {
      const choices = last?.replies.flatMap((reply) => reply.choices ?? []) ?? [];
      const choice = choices.length > 0 ? choices[step.index % choices.length] : undefined;
      return choice ? { ...base, kind: 'message', text: choice.label, value: choice.value } : { ...base, kind: 'message', text: String(step.index) };
    }
  }
}

describe('a turn under any input', () => {
  it('answers any single message (unicode, right-to-left, emoji, control characters, 10,000 characters) without throwing', () => {
    fc.assert(
      fc.property(anyText, surfaces, fc.constantFrom('en-US', 'es-MX', undefined, '💥'), (text, surface, localeHint) => {
        const result = runTurn({ kind: 'message', text, now, surface, localeHint }, undefined);
        checkResult(result);
      }),
      { numRuns: 300 },
    );
  });

  it('treats any stored value it cannot read as a new conversation, and still answers', () => {
    fc.assert(
      fc.property(fc.anything(), anyText, (stored, text) => {
        checkResult(runTurn({ kind: 'message', text, now, surface: webSurface }, stored));
      }),
      { numRuns: 200 },
    );
  });

  it('survives any order of answers, commands, pressed choices and junk values, and what it stores restores and carries the next turn', () => {
    fc.assert(
      fc.property(fc.array(steps, { minLength: 1, maxLength: 25 }), surfaces, fc.constantFrom('en-US', 'es-US'), (sequence, surface, localeHint) => {
        let stored: unknown;
        let last: TurnResult | undefined;
        for (const step of sequence) {
          const input = inputFor(step, surface, last, localeHint);
          const result = runTurn(input, stored);
          checkResult(result);
          // The stored form (JSON) gives the same next turn as the in-memory one.
          const roundTripped: unknown = result.data === null ? undefined : JSON.parse(JSON.stringify(result.data));
          const probe: TurnInput = { kind: 'message', text: 'help', now, surface, localeHint };
          expect(runTurn(probe, roundTripped)).toEqual(runTurn(probe, result.data ?? undefined));
          stored = roundTripped;
          last = result;
        }
      }),
      { numRuns: 150 },
    );
  });
});
