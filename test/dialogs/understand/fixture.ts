import type { Answers, QuestionSlot } from '../../../machines/answers.js';
import type { Understood } from '../../../dialogs/understand/understand.js';

/** What one phrasing must yield. Everything left out must be absent from the recognizer's answer. */
export type Expect = Omit<Partial<Understood>, 'answers' | 'understood'> & { answers?: Partial<Answers> };

export interface Fixture {
  text: string;
  expecting?: QuestionSlot;
  expect: Expect;
  /** `understood: false` is implied when expect is empty. */
}

/** Several phrasings, one meaning: the table reads like the question sheet an advocate keeps. */
export function group(expecting: QuestionSlot | undefined, expect: Expect, texts: readonly string[]): Fixture[] {
  return texts.map((text) => (expecting ? { text, expecting, expect } : { text, expect }));
}

/** Phrasings that must be "not understood" (nothing filed, no command, no safety). */
export function notUnderstood(expecting: QuestionSlot | undefined, texts: readonly string[]): Fixture[] {
  return group(expecting, {}, texts);
}

export function one(text: string, expect: Expect, expecting?: QuestionSlot): Fixture {
  return expecting ? { text, expecting, expect } : { text, expect };
}
