import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { phones } from '../../machines/facts.js';
import { activity, post, startApp, type Running } from './httpHelpers.js';
import { expectNativeSms } from './smsHelpers.js';

/**
 * Azure Bot Service's SMS channel: activities with channelId "sms" through /api/messages
 * (expectReplies). Replies must be what a basic phone shows well: plain text, numbered choices.
 */

const pinnedNow = () => new Date('2026-03-14T18:00:00Z');
let running: Running | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

const phone = '+15105550177';
const sms = (text: string, locale = 'en-US'): Partial<Activity> =>
  activity(phone, { channelId: 'sms', text, locale, from: { id: phone, name: '' }, recipient: { id: '+15105550000', name: '' } });

async function say(url: string, text: string, locale?: string): Promise<string[]> {
  const result = await post(url, sms(text, locale));
  expect(result.status).toBe(200);
  for (const reply of result.activities) {
    expect(reply.attachments ?? []).toEqual([]);
    expect(reply.suggestedActions).toBeUndefined();
    expectNativeSms(reply.text ?? '');
  }
  return result.activities.map((reply) => reply.text ?? '');
}

describe('the Azure SMS channel', () => {
  it('reaches an outcome by numbers and a typed date, in plain text with numbered choices', async () => {
    running = await startApp({}, { now: pinnedNow });
    const { url } = running;
    const first = (await say(url, 'hi')).join('\n');
    expect(first).toContain('Reply STOP to stop, HELP for help.');
    expect(first).toMatch(/\n1\. [^\n]+\n2\. /);
    for (const answer of ['1', '1', '1', '1/20/2026']) await say(url, answer);
    const outcome = (await say(url, '2')).join('\n');
    expect(outcome).toContain('Agency: DMHC');
    expect(outcome).toContain('Deadline: July 20, 2026');
    expect(outcome).toContain(phones.dmhcHelpCenter.value);
    // Azure's SMS channel can get proactive reminders: the outcome ends with the offer (issue 8).
    expect(outcome).toMatch(/Want a text [^\n]+\n\n1\. Yes, remind me\n2\. No reminders\n3\. Back\n4\. Start over\nReply 1, 2, 3 or 4$/);
  });

  it('in Spanish, says "Responda" with the numbers and stays within three segments', async () => {
    running = await startApp({}, { now: pinnedNow });
    const { url } = running;
    const first = (await say(url, 'hola', 'es-US')).join('\n');
    expect(first).toContain('Responda STOP para parar, HELP para ayuda.');
    expect(first).toMatch(/Responda un numero del 1 al \d/);
    for (const answer of ['1', '1', '1', '20/1/2026']) await say(url, answer, 'es-US');
    const outcome = (await say(url, '2', 'es-US')).join('\n');
    expect(outcome).toContain(phones.dmhcHelpCenter.value);
    expect(outcome).toMatch(/Responda 1, 2, 3 o 4$/);
  });

  it('stays silent on STOP: the carrier confirms it', async () => {
    running = await startApp({}, { now: pinnedNow });
    await say(running.url, 'hi');
    expect(await say(running.url, 'STOP')).toEqual([]);
  });
});
