import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { phones } from '../../machines/facts.js';
import { activity, post, startApp, type Running } from './httpHelpers.js';

/**
 * The real turn (dialogs/turn.ts) behind POST /api/messages with expectReplies: a person who only
 * presses the offered choices (or types their numbers) reaches an outcome card, in English and Spanish.
 */

const pinnedNow = () => new Date('2026-03-14T18:00:00Z');
let running: Running | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

interface CardContent {
  version: string;
  body: { type: string; text?: string; facts?: { title: string; value: string }[]; items?: { text?: string }[] }[];
  actions: { type: string; url: string }[];
}

/** Presses (or types the number of) the first choice each time; a question without choices gets a date. */
async function walkToOutcome(url: string, conversationId: string, how: 'press' | 'number', locale: string): Promise<{ card: CardContent; transcript: string[] }> {
  const transcript: string[] = [];
  let replies = (await post(url, activity(conversationId, { type: 'conversationUpdate', membersAdded: [{ id: `user-${conversationId}`, name: '' }], locale }))).activities;
  for (let turn = 0; turn < 15; turn++) {
    transcript.push(...replies.map((reply: Partial<Activity>) => reply.text ?? '[card]'));
    const card = replies.find((reply) => reply.attachments?.length)?.attachments?.[0];
    if (card) {
      expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
      return { card: card.content as CardContent, transcript };
    }
    const first = replies.at(-1)?.suggestedActions?.actions[0];
    const next = !first
      ? activity(conversationId, { text: '2026-03-01', locale })
      : how === 'press'
        ? activity(conversationId, { text: String(first.title), value: first.value as unknown, locale })
        : activity(conversationId, { text: '1', locale });
    const result = await post(url, next);
    expect(result.status).toBe(200);
    replies = result.activities;
  }
  throw new Error(`no outcome after 15 turns:\n${transcript.join('\n')}`);
}

function cardText(card: CardContent): string {
  return JSON.stringify(card);
}

describe('a whole conversation over HTTP with expectReplies', () => {
  it.each([
    ['English, pressing choices', 'press', 'en-US'],
    ['English, typing numbers', 'number', 'en-US'],
    ['Spanish, pressing choices', 'press', 'es-US'],
    ['Spanish, typing numbers', 'number', 'es-MX'],
  ] as const)('reaches an outcome card with the agency and its phone: %s', async (_name, how, locale) => {
    running = await startApp({}, { now: pinnedNow });
    const { card, transcript } = await walkToOutcome(running.url, `conv-${how}-${locale}`, how, locale);
    expect(card.version).toBe('1.5');
    expect(card.body.some((element) => element.type === 'FactSet')).toBe(true);
    expect(cardText(card)).toContain(phones.dmhcHelpCenter.value);
    expect(card.actions.every((action) => action.type === 'Action.OpenUrl' && action.url.startsWith('https://'))).toBe(true);
    if (locale.startsWith('es')) expect(transcript[0]).toMatch(/[áéíóúñ¿¡]/);
  });
});
