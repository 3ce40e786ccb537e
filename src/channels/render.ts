import type { Activity } from 'botbuilder';
import type { Locale, Reply, Surface } from '../../dialogs/contract.js';
import { renderSms } from './smsRender.js';
import { twilioSmsChannelId } from './surface.js';
import { renderTeams } from './teamsRender.js';
import { renderPlain, renderWeb } from './webRender.js';

/**
 * Channel-neutral replies → activities. One renderer per channel family; this file only chooses:
 * Azure's SMS channel and the direct Twilio webhook the SMS form, Teams its cards, everything else
 * the web form (or the numbered plain text where there are no buttons).
 */

/** What a renderer may need besides the replies: the conversation's language and the person's message. */
export interface RenderTurn {
  locale: Locale;
  inboundText?: string;
}

export type Renderer = (replies: readonly Reply[], surface: Surface, turn: RenderTurn) => Partial<Activity>[];

const renderers: Record<string, Renderer> = {
  sms: renderSms,
  [twilioSmsChannelId]: renderSms,
  msteams: renderTeams,
};

export function renderReplies(replies: readonly Reply[], surface: Surface, channelId: string, turn: RenderTurn = { locale: 'en' }): Partial<Activity>[] {
  const renderer = renderers[channelId] ?? (surface.buttons ? renderWeb : renderPlain);
  return renderer(replies, surface, turn);
}
