import { z } from 'zod';
import { answersSchema } from '../machines/answers.js';
import type { OutcomeId } from '../machines/imrMachine.js';
import type { OutcomeDetails } from '../machines/outcomeDetails.js';
import { storedSessionSchema } from '../machines/imrSession.js';

/**
 * The contract between the hosting layer (src/) and the conversation (dialogs/). src/ reads the
 * channel and builds a Surface and a TurnInput; dialogs/ answers with channel-neutral Replies;
 * src/channels/ renders them (suggested actions, Adaptive Cards, numbered SMS menus).
 */

export type Locale = 'en' | 'es';
export const localeSchema = z.enum(['en', 'es']);

/** What the channel can show. dialogs/ never reads a channel id: it reads this. */
export interface Surface {
  /** Buttons (suggested actions or card actions) can be pressed. False: numbered plain-text menu. */
  buttons: boolean;
  /** Adaptive Cards can be shown. */
  cards: boolean;
  /** Use the brief text variants (SMS). */
  brief: boolean;
  /** A soft budget for one reply's characters (SMS: 3 segments). */
  maxChars: number;
  /** Staff asking on a patient's behalf (Teams): "the patient", "they". */
  audience: 'patient' | 'staff';
  /** A channel or group chat others can read: nothing patient-specific. */
  shared: boolean;
  /**
   * How deadline reminders can reach this person (issue 8): `message` (SMS through Twilio, Teams and
   * Azure channels proactively), `calendar` (the website: an .ics link), `none` (no route: not offered).
   * Unset = `none`.
   */
  reminders?: 'message' | 'calendar' | 'none';
}

/**
 * The organisation that runs this deployment (src/config.ts ORG_NAME, ORG_HELP_PHONE, ORG_URL),
 * handed in by the host: dialogs/ reads no settings. Its texts fill `{org.name}`, `{org.phone}`,
 * `{org.url}` the way facts fill `{phone.KEY}`. Absent: nothing is said about who runs the bot.
 */
export interface OrgIdentity {
  name: string;
  /** Written like the agencies' numbers: 1-NNN-NNN-NNNN. */
  phone?: string;
  /** An https address. */
  url?: string;
}

export const commandValues = ['help', 'back', 'restart', 'deleteData', 'stopReminders'] as const;
export type Command = (typeof commandValues)[number];

/** The data a pressed choice posts back (suggested action value, Adaptive Card Action.Submit data). */
export const choiceValueSchema = z.union([
  z.object({ answer: answersSchema }).strict(),
  z.object({ command: z.enum(commandValues) }).strict(),
  z.object({ locale: localeSchema }).strict(),
  z.object({ reminders: z.enum(['yes', 'no']) }).strict(),
]);
export type ChoiceValue = z.infer<typeof choiceValueSchema>;

export interface Choice {
  label: string;
  value: ChoiceValue;
}
export interface Fact {
  label: string;
  value: string;
}
export interface Link {
  label: string;
  url: string;
}

export type ReplyKind = 'welcome' | 'question' | 'outcome' | 'info' | 'safety' | 'problem' | 'confirm';

/** One channel-neutral message. Renderers decide how it looks; they never change what it says. */
export interface Reply {
  kind: ReplyKind;
  /** A short heading (card title); optional. */
  title?: string;
  /** The message in plain text (no markdown): what SMS sends, what a card's body says. */
  text: string;
  /** Numbered next steps (outcomes). */
  steps?: string[];
  /** Label/value pairs: agency, deadline, phones (a card's FactSet). */
  facts?: Fact[];
  links?: Link[];
  choices?: Choice[];
  /**
   * The rules the reply rests on ("Rule: HSC 1368.01(b); …"), kept apart from `facts` so each
   * channel places it: a card shows it with its facts; SMS leaves it out and the plan page shows it
   * (on a phone, citations belong on the plan page, not in the message). Not counted in an SMS budget.
   */
  citations?: Fact;
  /** The outcome this reply states, for cards and metrics. */
  outcome?: OutcomeId;
}

/** What the hosting layer hands one turn. */
export interface TurnInput {
  /** `join`: the person opened the chat or was added (conversationUpdate, Web Chat's join event). */
  kind: 'message' | 'join';
  text?: string;
  /** Posted-back data (card submit, postBack), validated here with choiceValueSchema. */
  value?: unknown;
  /** The channel's locale hint (activity.locale), e.g. "es-US". */
  localeHint?: string;
  /** Time is an input: dialogs never read the clock. */
  now: Date;
  surface: Surface;
  /** Who runs this deployment (issue 17): said in the welcome, help and the outcome's free-help line. */
  org?: OrgIdentity;
}

/** What is stored per conversation. Versioned; restored with zod; answers replayed into the machine. */
export const conversationDataSchema = z.object({
  v: z.literal(1),
  locale: localeSchema,
  session: storedSessionSchema,
  welcomed: z.boolean(),
  /** Misses at the current question: re-ask with an example, then a numbered list, then the Help Center. */
  misses: z.number().int().nonnegative(),
  /** A date that could be read two ways, waiting for the person to pick. */
  pendingDate: z.array(z.string()).max(2).optional(),
  /** Reminders offered/accepted at the current outcome (issue 8). */
  reminders: z.enum(['offered', 'accepted', 'declined']).optional(),
  /** The outcome and dates the accepted reminders are for (codes and ISO dates only). */
  remindedFor: z.string().max(120).optional(),
});
export type ConversationData = z.infer<typeof conversationDataSchema>;

/** Codes for logs and metrics: never the person's words. */
export type TurnEvent =
  | { type: 'welcome' }
  | { type: 'question'; slot: string }
  | { type: 'answered'; slots: string[] }
  | { type: 'notUnderstood'; slot: string | undefined }
  | { type: 'outcome'; id: OutcomeId }
  | { type: 'command'; command: Command }
  | { type: 'safety'; kind: 'emergency' | 'crisis' }
  | { type: 'faq'; id: string }
  | { type: 'dateRefused'; problem: string }
  | { type: 'locale'; locale: Locale };

/**
 * What the host must do after the turn is stored (the turn itself does no I/O; it may run twice on a
 * write conflict, so the host acts on the result that was written, once).
 */
export type TurnEffect =
  /** The person said yes to reminders for the outcome shown: schedule them (the host records the consent). */
  | { type: 'reminders.accept'; details: OutcomeDetails }
  /** "stop reminders", "delete my data", or a carrier STOP that reached the turn: cancel every pending reminder. */
  | { type: 'reminders.cancel'; reason: 'stopReminders' | 'deleteData' | 'stop' }
  /** An outcome was stated in full: keep it as a plan (issue 9) and offer the link. */
  | { type: 'plan.keep' };

export interface TurnResult {
  replies: Reply[];
  /** The data to store; `null` means erase everything stored for this conversation now ("delete my data"). */
  data: ConversationData | null;
  events: TurnEvent[];
  /** Instructions for the host, in order; absent when there are none. */
  effects?: TurnEffect[];
}
