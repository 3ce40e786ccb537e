import { carrierWords } from '../../dialogs/understand/vocabulary.js';
import { normalize } from '../../dialogs/shortcuts.js';

/**
 * SMS keywords, matched the way Twilio matches them: the whole message, one word, any case,
 * spaces around ignored ("STOP PLEASE" is not a keyword).
 *
 * Twilio's default keywords on long codes, as Twilio documents them:
 * - opt-out: STOP, UNSUBSCRIBE, END, QUIT, STOPALL, REVOKE, OPTOUT, CANCEL
 *   (twilio.com/docs/messaging/tutorials/advanced-opt-out: "By default, Twilio handles standard
 *   English-language reply messages — STOP, UNSUBSCRIBE, END, QUIT, STOPALL, REVOKE, OPTOUT, and CANCEL");
 * - opt-in: START, YES, UNSTOP; help: HELP, INFO (Twilio support article 223134027, "Twilio support
 *   for opt-out keywords (SMS STOP filtering)").
 * Twilio honours no Spanish keyword by default: Spanish ones exist only where the operator adds them
 * with Advanced Opt-Out. So Spanish words are not treated as opt-outs here (that would silence a
 * person whom Twilio never confirmed as opted out); see `unhonouredOptOut`.
 */

export const optOutKeywords = ['stop', 'unsubscribe', 'end', 'quit', 'stopall', 'revoke', 'optout', 'cancel'] as const;
export const optInKeywords = ['start', 'yes', 'unstop'] as const;
/** HELP and INFO are Twilio's; AYUDA is ours (the bot's Spanish help word), so a Spanish speaker gets the same help. */
export const helpKeywords = ['help', 'info', 'ayuda'] as const;

export type SmsKeyword = 'optOut' | 'optIn' | 'help';

function word(text: string | undefined): string {
  return (text ?? '').trim().toLowerCase();
}

export function smsKeyword(text: string | undefined): SmsKeyword | undefined {
  const w = word(text);
  if ((optOutKeywords as readonly string[]).includes(w)) return 'optOut';
  if ((optInKeywords as readonly string[]).includes(w)) return 'optIn';
  if ((helpKeywords as readonly string[]).includes(w)) return 'help';
  return undefined;
}

/**
 * A word the bot reads as "stop" (dialogs' carrier words: PARAR, BAJA, CANCELAR…) that Twilio does
 * not honour by default: the bot stays silent on it, so the SMS layer says how to really stop.
 */
export function unhonouredOptOut(text: string | undefined): boolean {
  if (smsKeyword(text) !== undefined) return false;
  // As dialogs reads it: "stop please" and "por favor parar" are the bot's silent carrier words too.
  const words = normalize(text ?? '').replace(/^(please|por favor) /, '').replace(/ (please|por favor)$/, '');
  return carrierWords.test(words);
}
