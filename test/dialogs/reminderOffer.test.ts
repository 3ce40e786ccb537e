import { describe, expect, it } from 'vitest';
import { answersSummaryLines } from '../../dialogs/answersSummary.js';
import type { ConversationData, Surface, TurnResult } from '../../dialogs/contract.js';
import { fitsBudget } from '../../dialogs/plain.js';
import { runTurn } from '../../dialogs/turn.js';

/**
 * Issue 8 in the conversation: at an outcome with a date ahead the bot offers reminders (by message
 * or as a calendar file, as the channel allows); a yes names the dates and how to stop and asks the
 * host to schedule them; "stop reminders" and "delete my data" ask it to cancel them. Issue 9: every
 * outcome stated in full asks the host to keep a plan.
 */

const now = new Date('2026-03-14T18:00:00Z');
const sms: Surface = { buttons: false, cards: false, brief: true, maxChars: 459, audience: 'patient', shared: false, reminders: 'message' };
const web: Surface = { buttons: true, cards: true, brief: false, maxChars: 4000, audience: 'patient', shared: false, reminders: 'calendar' };
const noRoute: Surface = { ...web, reminders: 'none' };

function talk(surface: Surface, messages: readonly string[], localeHint = 'en-US'): { results: TurnResult[]; data: ConversationData | null } {
  let stored: unknown;
  const results: TurnResult[] = [];
  for (const text of messages) {
    const result = runTurn({ kind: 'message', text, now, surface, localeHint }, stored);
    results.push(result);
    stored = result.data;
  }
  return { results, data: results.at(-1)?.data ?? null };
}

const text = (result: TurnResult | undefined) => (result?.replies ?? []).map((reply) => [reply.text, ...(reply.choices ?? []).map((c) => c.label)].join('\n')).join('\n');
/** DMHC plan, not medically necessary, decided 1/20/2026 (deadline July 20, 2026), not urgent. */
const toO1 = ['hi', '1', '1', '1', '1/20/2026', '2'];

describe('the reminder offer', () => {
  it('comes with an outcome that has a date ahead, as the first choices, and the outcome asks to be kept as a plan', () => {
    const { results, data } = talk(sms, toO1);
    const outcome = results.at(-1);
    expect(text(outcome)).toContain('Want a text two weeks and two days before each date?');
    const choices = outcome?.replies.flatMap((reply) => reply.choices ?? []) ?? [];
    expect(choices.slice(0, 2).map((choice) => choice.value)).toEqual([{ reminders: 'yes' }, { reminders: 'no' }]);
    expect(outcome?.effects).toContainEqual({ type: 'plan.keep' });
    expect(data?.reminders).toBe('offered');
    for (const reply of outcome?.replies ?? []) expect(fitsBudget(reply, sms.maxChars)).toBe(true);
  });

  it('on SMS, "1" says yes: the dates, what is sent and STOP, and asks the host to schedule them', () => {
    const { results, data } = talk(sms, [...toO1, '1']);
    const yes = results.at(-1);
    expect(text(yes)).toContain('July 20, 2026');
    expect(text(yes)).toContain('reply STOP');
    const accept = yes?.effects?.find((effect) => effect.type === 'reminders.accept');
    expect(accept?.type === 'reminders.accept' && accept.details.imrDeadline?.date).toBe('2026-07-20');
    expect(data?.reminders).toBe('accepted');
    for (const reply of yes?.replies ?? []) expect(fitsBudget(reply, sms.maxChars)).toBe(true);
  });

  it('in Spanish, a typed "sí" says yes and the confirmation is in Spanish', () => {
    const { results } = talk(sms, ['hola', '1', '1', '1', '20/1/2026', '2', 'sí'], 'es-US');
    const yes = results.at(-1);
    expect(text(yes)).toContain('20 de julio de 2026');
    expect(text(yes)).toContain('responda STOP');
    expect(yes?.effects?.some((effect) => effect.type === 'reminders.accept')).toBe(true);
  });

  it('on the website offers the dates as a calendar file and tells how to stop nowhere (nothing will be sent)', () => {
    const { results } = talk(web, [...toO1, 'yes']);
    expect(text(results.at(-2))).toContain('Do you want these dates in your calendar?');
    expect(text(results.at(-1))).toContain('The calendar file has these dates');
    expect(results.at(-1)?.effects?.some((effect) => effect.type === 'reminders.accept')).toBe(true);
  });

  it('a no is kept and the offer is not made again at the same outcome', () => {
    const { results, data } = talk(sms, [...toO1, '2', 'help']);
    expect(text(results.at(-2))).toContain('no reminders');
    expect(results.at(-2)?.effects?.some((effect) => effect.type === 'reminders.accept') ?? false).toBe(false);
    expect(data?.reminders).toBe('declined');
    expect(text(results.at(-1))).not.toContain('Yes, remind me');
  });

  it('is not made where no reminder can reach the person, nor when the deadline has passed', () => {
    const quiet = talk(noRoute, toO1).results.at(-1);
    expect(quiet?.replies.some((reply) => reply.outcome === 'O1')).toBe(true);
    expect(quiet?.replies.flatMap((reply) => reply.choices ?? []).some((choice) => 'reminders' in choice.value)).toBe(false);
    // Decided 2025-08-01: the six months ended on 2026-02-01 (O7): nothing to remind of.
    const late = talk(sms, ['hi', '1', '1', '1', '8/1/2025', '2']).results.at(-1);
    expect(late?.replies.some((reply) => reply.outcome === 'O7')).toBe(true);
    expect(text(late)).not.toContain('Yes, remind me');
  });
});

describe('stopping', () => {
  it('"stop reminders" asks the host to cancel them', () => {
    const { results } = talk(sms, [...toO1, '1', 'stop reminders']);
    expect(results.at(-1)?.effects).toContainEqual({ type: 'reminders.cancel', reason: 'stopReminders' });
  });

  it('"delete my data" asks the host to cancel them as it erases the conversation', () => {
    const { results } = talk(sms, [...toO1, '1', 'delete my data']);
    expect(results.at(-1)?.data).toBeNull();
    expect(results.at(-1)?.effects).toContainEqual({ type: 'reminders.cancel', reason: 'deleteData' });
  });
});

describe('the answers of a kept plan', () => {
  it('are said in the person\'s words of the chat, one per line', () => {
    const { data } = talk(web, toO1);
    if (!data) throw new Error('no data');
    const lines = answersSummaryLines(data, web, now);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('\n')).toContain('January 20, 2026');
  });
});

describe('plans kept', () => {
  it('once when an outcome is reached, not again when it is only said again after a message the bot did not understand', () => {
    const { results } = talk(web, [...toO1, 'purple elephants']);
    expect(results.at(-2)?.effects).toContainEqual({ type: 'plan.keep' });
    expect(results.at(-1)?.replies.some((reply) => reply.kind === 'outcome')).toBe(true);
    expect(results.at(-1)?.effects ?? []).not.toContainEqual({ type: 'plan.keep' });
  });
});

describe('reminders and changed answers', () => {
  it('stops the reminders when back moves the dates they were for, says so, and offers them again', () => {
    // Back twice: past urgency, to the date, which is corrected; the new outcome has a new deadline.
    const { results, data } = talk(web, [...toO1, '1', 'back', 'back', '1/25/2026', 'not urgent']);
    expect(results.at(-3)?.effects ?? []).toEqual([]);
    const corrected = results.at(-1);
    expect(corrected?.effects).toContainEqual({ type: 'reminders.cancel', reason: 'stopReminders' });
    expect(text(corrected)).toContain('stopped the reminders for the old dates');
    expect(JSON.stringify(corrected?.replies)).toContain('July 25, 2026');
    expect(data?.reminders).toBe('offered');
  });

  it('keeps the reminders when going back and answering the same again changes nothing about the dates', () => {
    const { results, data } = talk(web, [...toO1, '1', 'back', 'not urgent']);
    expect(results.at(-1)?.effects ?? []).not.toContainEqual({ type: 'reminders.cancel', reason: 'stopReminders' });
    expect(data?.reminders).toBe('accepted');
  });
});
