import { californiaToday } from '../machines/dateRules.js';
import { restoreSession, viewSession } from '../machines/imrSession.js';
import type { ConversationData, Surface } from './contract.js';
import { summaryParts } from './prompts.js';

/**
 * The answers given, one line each, in the person's language (issue 9: a kept plan says what it
 * rests on). The same words the conversation uses when it says "Got it: …", so a plan never words
 * an answer differently from the chat.
 */
export function answersSummaryLines(data: ConversationData, surface: Pick<Surface, 'audience'>, now: Date): string[] {
  const view = viewSession(restoreSession(data.session, californiaToday(now)));
  const voice = { locale: data.locale, brief: false, staff: surface.audience === 'staff' };
  return summaryParts(view.answers, view.answers, voice).map((line) => line.charAt(0).toUpperCase() + line.slice(1));
}
