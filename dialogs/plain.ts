import type { Reply } from './contract.js';

/**
 * The plain-text form of a reply: what an SMS carries, and the measure of its length budget.
 * src/channels' SMS renderer can use it as is; dialogs/ uses it to keep brief replies within 3 SMS segments.
 */
export function plainText(reply: Reply): string {
  const lines: string[] = [];
  if (reply.title) lines.push(reply.title);
  if (reply.text) lines.push(reply.text);
  reply.steps?.forEach((step, i) => lines.push(`${i + 1}. ${step}`));
  reply.facts?.forEach((fact) => lines.push(`${fact.label}: ${fact.value}`));
  reply.links?.forEach((link) => lines.push(`${link.label}: ${link.url}`));
  reply.choices?.forEach((choice, i) => lines.push(`${i + 1} ${choice.label}`));
  return lines.join('\n');
}

/* GSM 03.38: the basic set (one septet each) and the extension set (two: escape + char). */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

/** Characters an SMS counts: GSM-7 septets, or UTF-16 units when anything falls outside GSM-7. */
export function smsLength(text: string): { gsm7: boolean; length: number } {
  let septets = 0;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) septets += 1;
    else if (GSM_EXTENDED.includes(ch)) septets += 2;
    else return { gsm7: false, length: text.length };
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
