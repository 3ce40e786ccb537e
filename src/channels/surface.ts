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
  /** Which reminder routes the config gives (src/reminders: createReminders(...).channels, and the calendar). Unset: none. */
  reminderRoutes?: ReminderRoutes;
}

export interface ReminderRoutes {
  /** TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM are all set. */
  sms: boolean;
  /** Proactive messages through the Bot Framework adapter (Teams, Azure's channels). */
  botframework: boolean;
  /** GET /calendar/:token.ics is mounted. */
  calendar: boolean;
}

export function surfaceFor({ channelId, conversationType, reminderRoutes }: ChannelFacts): Surface {
  const routes = reminderRoutes ?? { sms: false, botframework: false, calendar: false };
  const by = (available: boolean): NonNullable<Surface['reminders']> => (available ? 'message' : 'none');
  switch (channelId) {
    case twilioSmsChannelId:
      return { ...smsSurface, reminders: by(routes.sms) };
    case 'sms':
      // Azure's SMS channel: a proactive message through the conversation reference, like Teams.
      return { ...smsSurface, reminders: by(routes.botframework) };
    case 'msteams': {
      // Others can read a channel or group chat: nothing patient-specific there.
      const shared = conversationType === 'channel' || conversationType === 'groupChat';
      return { ...teamsSurface, shared, reminders: shared ? 'none' : by(routes.botframework) };
    }
    default:
      // webchat, directline, emulator, test, and anything new: the richest surface we know renders everywhere.
      // A web page is closed after the chat: a calendar file keeps the dates instead of messages.
      return { ...webSurface, reminders: routes.calendar ? 'calendar' : 'none' };
  }
}

/** How a yes to reminders is kept on this channel: a text to the phone, a proactive chat message, or a calendar file. */
export function reminderDelivery(channelId: string): 'sms' | 'botframework' | 'calendar' {
  switch (channelId) {
    case twilioSmsChannelId:
      return 'sms';
    case 'sms':
    case 'msteams':
      return 'botframework';
    default:
      return 'calendar';
  }
}
