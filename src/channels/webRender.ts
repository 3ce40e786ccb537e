import { factsWithCitations, plainText as layOut } from '../../dialogs/plain.js';
import type { Activity, Attachment, CardAction } from 'botbuilder';
import type { Choice, Reply, Surface } from '../../dialogs/contract.js';

/**
 * Web Chat (and the Emulator): text with suggested actions; an outcome as an Adaptive Card 1.5
 * (Web Chat 4.18 renders up to 1.6; Teams up to 1.5). A pressed choice posts its ChoiceValue back
 * as `value` and shows its label in the transcript, so the person sees what they chose.
 * Both render text as Markdown, so line breaks and numbered steps are written for Markdown here.
 */

export function renderWeb(replies: readonly Reply[], surface: Surface): Partial<Activity>[] {
  return choicesLast(replies).map((reply) => {
    const activity: Partial<Activity> =
      surface.cards && (reply.kind === 'outcome' || reply.facts?.length) ? cardActivity(reply) : { type: 'message', text: webText(reply) };
    if (reply.choices?.length) {
      activity.suggestedActions = { to: [], actions: reply.choices.map(choiceAction) };
    }
    return activity;
  });
}

/**
 * Web Chat shows suggested actions only while their activity is the last one: a reply after the
 * question (the host's plan link after the calendar offer) made its buttons vanish. The question with
 * choices moves after the replies that carry none, so it stays next to its buttons.
 */
export function choicesLast(replies: readonly Reply[]): Reply[] {
  let lastAsking = -1;
  replies.forEach((reply, i) => {
    if (reply.choices?.length) lastAsking = i;
  });
  const asking = replies[lastAsking];
  if (asking === undefined || lastAsking === replies.length - 1) return [...replies];
  return [...replies.slice(0, lastAsking), ...replies.slice(lastAsking + 1), asking];
}

/** A message in Markdown: its lines as paragraphs, its links as links (a bare "/plan/…" path is not one). */
function webText(reply: Reply): string {
  const text = markdownLines(plainText({ ...reply, facts: factsWithCitations(reply), links: [] }, false));
  const links = (reply.links ?? []).map((link) => `[${link.label.replace(/([\\[\]])/g, '\\$1')}](${link.url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29')})`);
  return links.length > 0 ? `${text}\n\n${links.join('\n\n')}` : text;
}

/** No buttons: every part as plain text, choices as a numbered menu the person answers by number. */
export function renderPlain(replies: readonly Reply[]): Partial<Activity>[] {
  return replies.map((reply) => ({ type: 'message', text: plainText(reply, true) }));
}

/**
 * Markdown joins single line breaks into one line ("Got it: Kaiser. Why did the plan say no?" ran
 * together in Web Chat): each line becomes its own paragraph, as the dialogs wrote it.
 */
export function markdownLines(text: string): string {
  return text.split(/\n+/).join('\n\n');
}

function choiceAction(choice: Choice): CardAction {
  return { type: 'messageBack', title: choice.label, displayText: choice.label, text: choice.label, value: choice.value };
}

/** The plain-text layout is the one dialogs/ measures its SMS budget with; without numbered choices when they are buttons. */
export function plainText(reply: Reply, numberedChoices: boolean): string {
  return layOut(numberedChoices ? reply : { ...reply, choices: undefined });
}

interface CardElement {
  type: string;
  [field: string]: unknown;
}

function cardActivity(reply: Reply): Partial<Activity> {
  const body: CardElement[] = [];
  if (reply.title) body.push({ type: 'TextBlock', text: reply.title, size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' });
  body.push({ type: 'TextBlock', text: markdownLines(reply.text), wrap: true });
  if (reply.steps?.length) {
    // One Markdown list in one TextBlock: a TextBlock per step made a list per step, each numbered "1."
    // in Web Chat, and a screen reader heard five lists of one item.
    const list = reply.steps.map((step, i) => `${i + 1}. ${step}`).join('\n');
    body.push({ type: 'Container', items: [{ type: 'TextBlock', text: list, wrap: true }] });
  }
  const facts = factsWithCitations(reply);
  if (facts?.length) {
    body.push({ type: 'FactSet', facts: facts.map((fact) => ({ title: fact.label, value: fact.value })) });
  }
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    // Read aloud and shown where cards are not (notifications, screen readers without card support).
    fallbackText: plainText({ ...reply, facts: factsWithCitations(reply) }, false),
    speak: reply.text,
    body,
    actions: (reply.links ?? []).map((link) => ({ type: 'Action.OpenUrl', title: link.label, url: link.url })),
  };
  const attachment: Attachment = { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
  return { type: 'message', attachments: [attachment] };
}
