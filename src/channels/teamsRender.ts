import type { Activity, Attachment } from 'botbuilder';
import type { Choice, Reply, Surface } from '../../dialogs/contract.js';
import { factsWithCitations } from '../../dialogs/plain.js';
import { plainText } from './webRender.js';

/**
 * Microsoft Teams: a question is an Adaptive Card 1.5 whose Action.Submit buttons post the
 * ChoiceValue back (the same answers as Web Chat's buttons and SMS numbers); an outcome is a card
 * with a FactSet (agency, deadline, phones), numbered steps and Action.OpenUrl to the agency's
 * page. Teams shows no suggested actions in channels and group chats, so none are sent anywhere.
 * Everything else is a plain-text message (textFormat plain: Teams would read `_` and `*` as markdown).
 */

export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';
const maxCardActions = 5;

interface CardElement {
  type: string;
  [field: string]: unknown;
}

/**
 * Action.Submit data: the ChoiceValue, plus Teams' messageBack so the pressed label shows in the
 * chat as the staff member's own message (learn.microsoft.com, Teams "Adaptive Cards actions":
 * `msteams.type: messageBack`, `displayText`). The bot strips `msteams` again (submittedValue).
 */
function submitAction(choice: Choice): CardElement {
  return {
    type: 'Action.Submit',
    title: choice.label,
    data: { ...choice.value, msteams: { type: 'messageBack', displayText: choice.label, value: choice.value } },
  };
}

function card(reply: Reply): Attachment {
  const body: CardElement[] = [];
  if (reply.title) body.push({ type: 'TextBlock', text: reply.title, size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' });
  body.push({ type: 'TextBlock', text: reply.text, wrap: true });
  if (reply.steps?.length) {
    body.push({ type: 'Container', items: reply.steps.map((step, i) => ({ type: 'TextBlock', text: `${i + 1}. ${step}`, wrap: true })) });
  }
  const facts = factsWithCitations(reply);
  if (facts?.length) {
    body.push({ type: 'FactSet', facts: facts.map((fact) => ({ title: fact.label, value: fact.value })) });
  }
  const links = (reply.links ?? []).map((link) => ({ type: 'Action.OpenUrl', title: link.label, url: link.url }));
  const choices = (reply.choices ?? []).map(submitAction);
  let actions: CardElement[] = [...links, ...choices];
  if (actions.length > maxCardActions) {
    // Hosts show at most 5 actions in a row (Teams' and the default host config's maxActions): a
    // longer menu is a column of one-button ActionSets, so every choice stays in sight.
    body.push({ type: 'Container', spacing: 'Medium', items: choices.map((action) => ({ type: 'ActionSet', actions: [action] })) });
    actions = links;
  }
  const content = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    // Shown in notifications and the activity feed, where cards are not.
    fallbackText: plainText(reply, true),
    speak: reply.text,
    body,
    ...(actions.length ? { actions } : {}),
  };
  return { contentType: adaptiveCardContentType, content };
}

function needsCard(reply: Reply): boolean {
  // Every question is a card, with or without buttons (the date question is typed), so questions look alike.
  return Boolean(reply.choices?.length || reply.facts?.length || reply.steps?.length || reply.links?.length || reply.kind === 'outcome' || reply.kind === 'question');
}

export function renderTeams(replies: readonly Reply[], surface: Surface): Partial<Activity>[] {
  return replies.map((reply) =>
    surface.cards && needsCard(reply)
      ? { type: 'message', attachments: [card(reply)] }
      : { type: 'message', text: plainText({ ...reply, facts: factsWithCitations(reply) }, true), textFormat: 'plain' },
  );
}

/**
 * A card submit's `value` as the ChoiceValue it carries: Teams adds the `msteams` part of the data
 * (or merges `msteams.value` into it); dialogs validates the rest strictly, so it is removed here.
 */
export function submittedValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('msteams' in value)) return value;
  const { msteams, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return rest;
  // Only messageBack's own value came through.
  return typeof msteams === 'object' && msteams !== null && 'value' in msteams ? msteams.value : undefined;
}
