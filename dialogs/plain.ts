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

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsCount {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export const segmentLimits = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
} as const satisfies Record<SmsEncoding, { single: number; part: number }>;

/**
 * How many SMS segments a text costs, as carriers bill it (3GPP TS 23.038) and Twilio counts it:
 * - GSM-7 when every character is in the basic set (1 septet) or the extension table (escape +
 *   character = 2 septets): 160 septets in a single message, 153 per part once concatenated (the
 *   user data header takes 7).
 * - UCS-2 as soon as one character is outside both (á, í, ó, ú, “curly quotes”, emoji…): 70 UTF-16
 *   units in a single message, 67 per part; a character outside the BMP (most emoji) is a
 *   surrogate pair and counts 2.
 * - A character is never split between two parts (an escape pair, a surrogate pair): the part
 *   it does not fit in ends early.
 * ñ, Ñ, ¿, ¡, é, É, ü and à are in the GSM-7 basic set: "¿Tiene un plan?" stays GSM-7.
 * Twilio's own calculator (sms-segments-calculator) checks this in test/src/smsSegments.test.ts; it
 * is not used here because it takes 3 ms for one 423-character message, 200 times this.
 */
export function smsCount(text: string): SmsCount {
  const chars = [...text];
  const encoding: SmsEncoding = chars.every((ch) => gsmSeptets(ch) !== undefined) ? 'GSM-7' : 'UCS-2';
  const costs = chars.map((ch) => (encoding === 'GSM-7' ? (gsmSeptets(ch) ?? 0) : ch.length));
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  const { single, part } = segmentLimits[encoding];
  if (units <= single) return { encoding, units, segments: units === 0 ? 0 : 1 };
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > part) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { encoding, units, segments };
}

export function smsSegments(text: string): number {
  return smsCount(text).segments;
}

/** Whether a reply fits the channel's budget and three SMS segments (3 × 153 GSM-7 characters, or 3 × 67 UCS-2: accents like á, í, ó, ú). */
export function fitsBudget(reply: Reply, maxChars: number): boolean {
  const { units, segments } = smsCount(plainText(reply));
  return units <= maxChars && segments <= 3;
}
