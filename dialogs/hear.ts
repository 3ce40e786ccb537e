import type { Answers } from '../machines/answers.js';
import type { DateProblem } from '../machines/dateRules.js';
import type { SessionView } from '../machines/imrSession.js';
import { choiceValueSchema, type Command, type ConversationData, type Locale, type Surface, type TurnInput } from './contract.js';
import { currentChoices, type ReminderOffer } from './prompts.js';
import type { Voice } from './say.js';
import { normalize, shortcut } from './shortcuts.js';
import { understand, type Understood } from './understand/understand.js';

/**
 * The first step of a turn: what one message meant (STYLE.md "A turn reads as a pipeline"). A pressed
 * choice, a typed number, a command, or free text read by the recognizer; never the clock, never I/O.
 */

/** What one message meant, whichever way it came (a pressed choice, a number, a command, free text). */
export interface Heard {
  answers?: Answers;
  command?: Command;
  locale?: Locale;
  faq?: string;
  safety?: 'emergency' | 'crisis';
  /** The other safety line, after the first (crisis and emergency words both, or an overdose). */
  safetyAlso?: 'emergency' | 'crisis';
  /** The language the safety words were in: the line is said in it, whatever the conversation's. */
  safetyLocale?: Locale;
  ambiguousDate?: [string, string];
  reminders?: 'yes' | 'no';
  /** A carrier opt-out word (STOP, CANCEL…): not a command, and no reply from the bot. */
  carrier?: boolean;
  dateProblem?: DateProblem;
  /** A greeting or thanks: said back kindly, then the question (issue 14). */
  social?: 'greeting' | 'thanks';
  /** The language the message is written in, when it can be told (the bot answers in it). */
  language?: Locale;
  understood: boolean;
}

const nonEmpty = (answers: Answers | undefined): answers is Answers =>
  answers !== undefined && Object.values(answers).some((v) => v !== undefined);

/** A posted value first (validated; an invalid one counts as not understood), then the text. */
export function hear(input: TurnInput, view: SessionView, data: ConversationData, today: string): Heard {
  if (input.value !== undefined && input.value !== null) {
    const parsed = choiceValueSchema.safeParse(input.value);
    if (parsed.success) {
      const value = parsed.data;
      if ('answer' in value) return { answers: value.answer, understood: true };
      if ('command' in value) return { command: value.command, understood: true };
      if ('locale' in value) return { locale: value.locale, understood: true };
      return { reminders: value.reminders, understood: true };
    }
    if (!input.text?.trim()) return { understood: false };
  }
  const text = input.text ?? '';
  if (!text.trim()) return { understood: false };

  const expecting = data.pendingDate ? 'appealDate' : view.question?.slot;
  const voice = voiceOf(data.locale, input);
  // The numbers typed at an outcome pick from the list that was shown, reminder offer included.
  const offer = data.reminders === 'offered' && !view.question && !data.pendingDate ? reminderRoute(input.surface) : undefined;
  if (offer) {
    const answer = yesOrNo(text);
    if (answer) return { reminders: answer, understood: true };
  }
  const byNumber = (n: number): Heard | undefined => {
    const choice = currentChoices(view, voice, data.pendingDate, data.misses, offer)[n - 1];
    return choice ? hear({ ...input, text: undefined, value: choice.value }, view, data, today) : undefined;
  };
  const quick = shortcut(text, data.locale, expecting);
  if (quick?.kind === 'command') return { command: quick.command, understood: true };
  if (quick?.kind === 'locale') return { locale: quick.locale, understood: true };
  if (quick?.kind === 'number') return byNumber(quick.n) ?? { understood: false };
  if (quick?.kind === 'carrier') return { carrier: true, understood: false };

  const r = understand(text, { locale: data.locale, expecting, today });
  const heard: Heard = { understood: false };
  if (r.safety) Object.assign(heard, safetyOf(r));
  if (r.command) heard.command = r.command;
  if (r.switchLocale) heard.locale = r.switchLocale;
  if (r.faq) heard.faq = r.faq;
  if (nonEmpty(r.answers)) heard.answers = r.answers;
  // Dates: the recognizer reads them (a date that reads two ways is confirmed, issue 4); a future
  // one goes to the machine so it is refused with its reason; a numeric one it missed is read here.
  if (r.date?.kind === 'ambiguous') heard.ambiguousDate = r.date.options;
  else if (r.date?.kind === 'impossible') heard.dateProblem = 'impossible';
  else if (r.date?.kind === 'future') heard.answers = { ...heard.answers, appealDate: r.date.iso };
  else if (expecting === 'appealDate' && !heard.answers?.appealDate && quick?.kind === 'date') {
    heard.answers = { ...heard.answers, appealDate: quick.iso };
  }
  if (r.choiceNumber !== undefined) {
    const picked = byNumber(r.choiceNumber);
    if (picked) return { ...picked, ...safetyOf(r) };
  }
  heard.understood = Boolean(
    heard.safety || heard.command || heard.locale || heard.faq || heard.answers || heard.ambiguousDate || heard.dateProblem,
  );
  return heard;
}

function safetyOf(r: Understood): Pick<Heard, 'safety' | 'safetyAlso' | 'safetyLocale'> {
  if (!r.safety) return {};
  return { safety: r.safety, ...(r.safetyAlso ? { safetyAlso: r.safetyAlso } : {}), ...(r.safetyLocale ? { safetyLocale: r.safetyLocale } : {}) };
}

/** A plain yes or no to the reminder offer, typed (SMS, or anyone who types rather than taps). */
function yesOrNo(text: string): 'yes' | 'no' | undefined {
  const words = normalize(text).replace(/[.!]+$/, '');
  if (/^(yes|y|yeah|yep|sure|ok|okay|yes please|remind me|si|claro|si por favor|aviseme)$/.test(words)) return 'yes';
  if (/^(no|n|nope|no thanks|no thank you|no gracias)$/.test(words)) return 'no';
  return undefined;
}

/** How this channel can remind (src/channels/surface.ts sets it from the config); none in a shared chat. */
export function reminderRoute(surface: Surface): ReminderOffer {
  if (surface.shared) return undefined;
  return surface.reminders === 'message' || surface.reminders === 'calendar' ? surface.reminders : undefined;
}

export function voiceOf(locale: Locale, { surface, org }: Pick<TurnInput, 'surface' | 'org'>): Voice {
  return { locale, brief: surface.brief, staff: surface.audience === 'staff', ...(org ? { org } : {}) };
}

