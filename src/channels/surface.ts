import type { Surface } from '../../dialogs/contract.js';

/**
 * The one place that turns a channel id into what the channel can show (STYLE.md §4): dialogs/
 * reads the Surface, never the channel id.
 */

/** Web Chat (Direct Line, ours or Azure's), the Emulator, the terminal chat. */
export const webSurface: Surface = { buttons: true, cards: true, brief: false, maxChars: 4000, audience: 'patient', shared: false };

/** 459 characters = 3 GSM-7 segments of 153 (a longer SMS is split and may arrive out of order). */
export const smsSurface: Surface = { buttons: false, cards: false, brief: true, maxChars: 459, audience: 'patient', shared: false };

const teamsSurface: Surface = { buttons: true, cards: true, brief: false, maxChars: 4000, audience: 'staff', shared: false };

/** The direct Twilio webhook's activities (src/sms/twilioWebhook.ts); Azure's own SMS channel is 'sms'. */
export const twilioSmsChannelId = 'twilio-sms';

export interface ChannelFacts {
  channelId: string;
  /** activity.conversation.conversationType (Teams: 'personal', 'groupChat', 'channel'). */
  conversationType?: string;
}

export function surfaceFor({ channelId, conversationType }: ChannelFacts): Surface {
  switch (channelId) {
    case 'sms':
    case twilioSmsChannelId:
      return smsSurface;
    case 'msteams':
      // Others can read a channel or group chat: nothing patient-specific there.
      return { ...teamsSurface, shared: conversationType === 'channel' || conversationType === 'groupChat' };
    default:
      // webchat, directline, emulator, test, and anything new: the richest surface we know renders everywhere.
      return webSurface;
  }
}
