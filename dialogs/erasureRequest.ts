import { understand } from './understand/understand.js';

/**
 * Whether a message asks for "delete my data", read by the same recognizer as a turn. The host asks
 * this where no turn runs: an SMS number that opted out (STOP) gets no turn and no reply, but its
 * data must still be erasable (issue 13, F6). `today` (California, yyyy-MM-dd) is only there because
 * the recognizer reads dates too.
 */
export function asksToDeleteData(text: string, today: string): boolean {
  return (['en', 'es'] as const).some((locale) => understand(text, { locale, today }).command === 'deleteData');
}
