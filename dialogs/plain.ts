import type { Reply } from './contract.js';

/**
 * The plain-text form of a reply: what an SMS carries, and the measure of its length budget. It
 * lays a reply out the way src/channels' numbered plain-text renderer does (sections apart by a blank
 * line, choices as "1. label"), so the budget measured here is the message sent.
 */
export function plainText(reply: Reply): string {
  const parts: string[] = [];
  if (reply.title) parts.push(reply.title);
  parts.push(reply.text);
  if (reply.steps?.length) parts.push(reply.steps.map((step, i) => `${i + 1}. ${step}`).join('\n'));
  if (reply.facts?.length) parts.push(reply.facts.map((fact) => `${fact.label}: ${fact.value}`).join('\n'));
  if (reply.links?.length) parts.push(reply.links.map((link) => `${link.label}: ${link.url}`).join('\n'));
  if (reply.choices?.length) parts.push(reply.choices.map((choice, i) => `${i + 1}. ${choice.label}`).join('\n'));
  return parts.join('\n\n');
}

/**
 * A reply's facts with its citations last: what a channel with room (a card, the plan page, a
 * clinic note) shows. SMS and the SMS budget use `facts` alone (Reply.citations).
 */
export function factsWithCitations(reply: Pick<Reply, 'facts' | 'citations'>): Reply['facts'] {
  if (!reply.citations) return reply.facts;
  return [...(reply.facts ?? []), reply.citations];
}

/* GSM 03.38: the basic set (one septet each) and the extension set (two: escape + char). */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

/** Septets one character costs in GSM-7 (1, or 2 for the extension set), or undefined when it is outside GSM-7. */
export function gsmSeptets(ch: string): 1 | 2 | undefined {
  if (GSM_BASIC.includes(ch)) return 1;
  if (GSM_EXTENDED.includes(ch)) return 2;
  return undefined;
}

/** Characters an SMS counts: GSM-7 septets, or UTF-16 units when anything falls outside GSM-7. */
export function smsLength(text: string): { gsm7: boolean; length: number } {
  let septets = 0;
  for (const ch of text) {
    const cost = gsmSeptets(ch);
    if (cost === undefined) return { gsm7: false, length: text.length };
    septets += cost;
  }
  return { gsm7: true, length: septets };
}

/** Three concatenated segments: 3 × 153 GSM-7 characters, or 3 × 67 UCS-2 characters (accents like á, í, ó, ú). */
export const SMS_THREE_SEGMENTS = { gsm7: 459, ucs2: 201 } as const;

/** Whether a reply fits the channel's budget and, in SMS, three segments. */
export function fitsBudget(reply: Reply, maxChars: number): boolean {
  const { gsm7, length } = smsLength(plainText(reply));
  return length <= Math.min(maxChars, gsm7 ? SMS_THREE_SEGMENTS.gsm7 : SMS_THREE_SEGMENTS.ucs2);
}
