import { createRequire } from 'node:module';
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { phones } from '../../machines/facts.js';
import { adaptiveCardContentType } from '../../src/channels/teamsRender.js';
import { post, startApp, type Running } from './httpHelpers.js';

/**
 * Microsoft Teams through /api/messages with expectReplies, with activities shaped like the ones
 * Teams sends (personal chat, a channel message that @mentions the bot, a card submit). Every card
 * is parsed by the Adaptive Cards library itself and must be a clean 1.5 card.
 */

interface ParseEvent {
  message: string;
}
interface AdaptiveCardsLib {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void; validateProperties(): { validationEvents: ParseEvent[] } };
  SerializationContext: new () => { eventCount: number; getEventAt(index: number): ParseEvent };
}
// The package's own ESM build has extensionless imports Node cannot load; its UMD bundle parses fine in Node.
const adaptiveCards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCardsLib;

interface CardAction {
  type: string;
  title: string;
  url?: string;
  data?: Record<string, unknown>;
}
interface CardJson {
  type: string;
  version: string;
  body: { type: string; text?: string; facts?: { title: string; value: string }[]; items?: { text?: string }[] }[];
  actions?: CardAction[];
}

function expectAdaptiveCard15(json: unknown): CardJson {
  const card = new adaptiveCards.AdaptiveCard();
  const context = new adaptiveCards.SerializationContext();
  card.parse(json, context);
  const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  expect(events, JSON.stringify(json)).toEqual([]);
  expect(card.validateProperties().validationEvents.map((e) => e.message)).toEqual([]);
  const parsed = json as CardJson;
  expect(parsed.type).toBe('AdaptiveCard');
  expect(parsed.version).toBe('1.5');
  return parsed;
}

const pinnedNow = () => new Date('2026-03-14T18:00:00Z');
let running: Running | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

const tenant = { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' };
const bot = { id: '28:00000000-0000-0000-0000-0000000b0700', name: 'IMR Guide' };
const staff = { id: '29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrWigYA', name: 'Dana Reyes', aadObjectId: '6b5d6e47-4f8a-4c5b-9f11-2c3a1e0d7b21' };
let sequence = 0;

function teamsActivity(conversation: Activity['conversation'], fields: Partial<Activity>): Partial<Activity> {
  sequence += 1;
  return {
    type: 'message',
    id: `1710439200${String(sequence).padStart(3, '0')}`,
    timestamp: new Date('2026-03-14T18:00:00Z'),
    serviceUrl: 'http://127.0.0.1:9/amer/',
    channelId: 'msteams',
    from: staff,
    conversation,
    recipient: bot,
    locale: 'en-US',
    textFormat: 'plain',
    entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web', timezone: 'America/Los_Angeles' }],
    channelData: { tenant },
    deliveryMode: 'expectReplies',
    ...fields,
  };
}

const personal = { id: 'a:1Jq3LxW9v0pQ4mTnC8dE2rYhS5uK7oBfZ6gA', conversationType: 'personal', tenantId: tenant.id, isGroup: false, name: '' } as Activity['conversation'];
const channel = { id: '19:7c5b1c3a9f8e4d2b8a6e@thread.tacv2;messageid=1710439200000', conversationType: 'channel', tenantId: tenant.id, isGroup: true, name: '' } as Activity['conversation'];
const groupChat = { id: '19:meeting_a1b2c3@thread.v2', conversationType: 'groupChat', tenantId: tenant.id, isGroup: true, name: '' } as Activity['conversation'];
const channelData = { tenant, teamsChannelId: '19:7c5b1c3a9f8e4d2b8a6e@thread.tacv2', teamsTeamId: '19:team0001@thread.tacv2', channel: { id: '19:7c5b1c3a9f8e4d2b8a6e@thread.tacv2' }, team: { id: '19:team0001@thread.tacv2' } };
const mention = { type: 'mention', text: '<at>IMR Guide</at>', mentioned: { id: bot.id, name: bot.name } };

/** Checks what every Teams reply must be: no suggested actions, and any card a clean Adaptive Card 1.5. */
function cardsOf(replies: Partial<Activity>[]): CardJson[] {
  const cards: CardJson[] = [];
  for (const reply of replies) {
    expect(reply.suggestedActions).toBeUndefined();
    for (const attachment of reply.attachments ?? []) {
      expect(attachment.contentType).toBe(adaptiveCardContentType);
      cards.push(expectAdaptiveCard15(attachment.content));
    }
  }
  return cards;
}

async function send(url: string, fields: Partial<Activity>, conversation = personal): Promise<Partial<Activity>[]> {
  const result = await post(url, teamsActivity(conversation, fields));
  expect(result.status).toBe(200);
  return result.activities;
}

/** Every Action.Submit of a card, in its actions or in ActionSets of its body. */
function submits(card: CardJson): CardAction[] {
  const found: CardAction[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      if ((node as { type?: unknown }).type === 'Action.Submit') found.push(node as CardAction);
      else Object.values(node).forEach(walk);
    }
  };
  walk([card.body, card.actions ?? []]);
  return found;
}
const textOf = (replies: Partial<Activity>[]): string => JSON.stringify(replies);

describe('Teams, personal chat', () => {
  it('asks with Adaptive Card buttons whose submits reach an outcome card with a FactSet and the agency link', async () => {
    running = await startApp({}, { now: pinnedNow });
    const { url } = running;
    const welcome = await send(url, { type: 'conversationUpdate', membersAdded: [{ id: staff.id, name: staff.name }, { id: bot.id, name: bot.name }] });
    // Staff wording, and the pointer to DMHC's Authorized Assistant form.
    expect(textOf(welcome)).toMatch(/a patient/);
    expect(textOf(welcome)).toMatch(/Authorized Assistant/);
    let cards = cardsOf(welcome);

    const pick = (card: CardJson, label: RegExp): Record<string, unknown> => {
      const action = submits(card).find((a) => label.test(a.title));
      expect(action, `no ${String(label)} in ${submits(card).map((a) => a.title).join(', ')}`).toBeDefined();
      return action?.data ?? {};
    };
    // The data a submit posts back, as Teams delivers it: as `value`, with no text.
    const press = async (label: RegExp): Promise<Partial<Activity>[]> => {
      const card = cards.at(-1);
      if (!card) throw new Error('no card to press');
      return send(url, { value: pick(card, label) });
    };

    for (const label of [/HMO|Kaiser/, /Not needed|necessary/i, /said no/]) {
      const replies = await press(label);
      cards = cardsOf(replies);
      expect(cards.length).toBeGreaterThan(0);
    }
    // The date is typed.
    cards = cardsOf(await send(url, { text: '1/20/2026' }));
    const outcomeReplies = await press(/not urgent/i);
    const outcome = cardsOf(outcomeReplies).find((card) => card.body.some((element) => element.type === 'FactSet'));
    expect(outcome, textOf(outcomeReplies)).toBeDefined();
    if (!outcome) return;
    const facts = outcome.body.find((element) => element.type === 'FactSet')?.facts ?? [];
    expect(facts.find((fact) => fact.title === 'Agency')?.value).toMatch(/^DMHC/);
    expect(facts).toContainEqual({ title: 'Deadline', value: 'July 20, 2026' });
    expect(JSON.stringify(facts)).toContain(phones.dmhcHelpCenter.value);
    const open = (outcome.actions ?? []).filter((a) => a.type === 'Action.OpenUrl');
    expect(open.some((a) => a.url?.startsWith('https://www.dmhc.ca.gov/'))).toBe(true);
    expect(JSON.stringify(outcome.body)).toMatch(/"1\. /);
  });

  it('reads a typed message with the bot @mentioned in it as if the mention were not there', async () => {
    running = await startApp({}, { now: pinnedNow });
    const { url } = running;
    await send(url, { type: 'conversationUpdate', membersAdded: [{ id: staff.id, name: staff.name }] });
    const replies = await send(url, { text: '<at>IMR Guide</at> 1', entities: [mention] });
    expect(textOf(replies)).toMatch(/Got it: an HMO or Kaiser plan/);
  });

  it('takes a submit whose value carries Teams\' msteams part', async () => {
    running = await startApp({}, { now: pinnedNow });
    const { url } = running;
    const cards = cardsOf(await send(url, { type: 'conversationUpdate', membersAdded: [{ id: staff.id, name: staff.name }] }));
    const data = submits(cards.at(-1) ?? { type: '', version: '', body: [] })[0]?.data;
    expect(data).toMatchObject({ msteams: { type: 'messageBack' } });
    const replies = await send(url, { value: data });
    expect(textOf(replies)).toMatch(/Got it:/);
  });
});

describe('Teams, shared conversations', () => {
  it.each([
    ['a channel, with the bot @mentioned', channel],
    ['a group chat', groupChat],
  ] as const)('in %s, answers in general and offers a personal chat, asking nothing about a patient', async (_name, conversation) => {
    running = await startApp({}, { now: pinnedNow });
    const { url } = running;
    const replies = await send(url, { text: '<at>IMR Guide</at> what is an IMR?', entities: [mention], channelData }, conversation);
    expect(replies.length).toBeGreaterThan(0);
    expect(textOf(replies)).toMatch(/private chat/);
    const cards = cardsOf(replies);
    expect(cards.flatMap(submits)).toEqual([]);
    expect(textOf(replies)).not.toMatch(/What kind of health coverage/);

    // Even a number or a date gets no patient-specific question there.
    const again = await send(url, { text: '<at>IMR Guide</at> 1', entities: [mention], channelData }, conversation);
    expect(cardsOf(again).flatMap(submits)).toEqual([]);
    expect(textOf(again)).not.toMatch(/Got it/);
  });
});
