import { californiaToday } from '../machines/dateRules.js';
import { agreedDates, hasReminderDates, planReminders } from '../machines/reminderPlan.js';
import { persistSession, restoreSession, send, viewSession, type ImrSnapshot, type SessionView } from '../machines/imrSession.js';
import {
  conversationDataSchema,
  type ConversationData,
  type Locale,
  type Reply,
  type TurnEffect,
  type TurnEvent,
  type TurnInput,
  type TurnResult,
} from './contract.js';
import { outcomeReplies } from './outcomeReplies.js';
import { orgLines } from './org.js';
import { fitsBudget } from './plain.js';
import { currentChoices, exampleFor, helpFor, questionReply, summaryParts, type ReminderOffer } from './prompts.js';
import { formatDate, hasText, say, type Voice } from './say.js';
import { hear, reminderRoute, voiceOf, type Heard } from './hear.js';

/**
 * One turn: restore → understand → machine events → replies → persist (STYLE.md §2).
 * Framework-free and clock-free: the hosting layer passes `now` and the surface; the turn never
 * throws on stored data (anything that does not parse is a new conversation).
 */

function localeFromHint(hint: string | undefined): Locale {
  return hint?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

function newConversation(localeHint: string | undefined, snapshot: ImrSnapshot): ConversationData {
  return { v: 1, locale: localeFromHint(localeHint), session: persistSession(snapshot), welcomed: false, misses: 0 };
}

/** The safety line(s), first in the turn: 988 for a crisis, 911 for an emergency, both when both. */
function safetyReply(heard: Heard, voice: Voice): Reply {
  const v = heard.safetyLocale ? { ...voice, locale: heard.safetyLocale } : voice;
  const line = (kind: 'emergency' | 'crisis') => say(v, kind === 'crisis' ? 'safety.crisis' : 'safety.emergency');
  const lines = [heard.safety === 'crisis' ? line('crisis') : line('emergency')];
  if (heard.safetyAlso) lines.push(line(heard.safetyAlso));
  return { kind: 'safety', text: lines.join('\n') };
}

const info = (text: string): Reply => ({ kind: 'info', text });

export function runTurn(input: TurnInput, stored: unknown): TurnResult {
  const today = californiaToday(input.now);
  const restored = conversationDataSchema.safeParse(stored);
  let snapshot = restoreSession(restored.success ? restored.data.session : undefined, today);
  // A deadline can pass between two turns: O1 becomes O7 on the day after the last day to file.
  snapshot = send(snapshot, { type: 'clock.tick', today });
  const data: ConversationData = restored.success ? { ...restored.data } : newConversation(input.localeHint, snapshot);
  const replies: Reply[] = [];
  const events: TurnEvent[] = [];
  const effects: TurnEffect[] = [];
  let voice = voiceOf(data.locale, input);

  const finish = (): TurnResult => {
    data.session = persistSession(snapshot);
    return { replies, data, events, ...(effects.length ? { effects } : {}) };
  };

  /** Reminders are offered once per outcome with a date ahead, until the person answers (issue 8). */
  const offerFor = (view: SessionView): ReminderOffer => {
    const route = reminderRoute(input.surface);
    if (!route || !view.outcome || view.question || data.pendingDate) return undefined;
    if (data.reminders === 'accepted' || data.reminders === 'declined') return undefined;
    return hasReminderDates(view.outcome, input.now) ? route : undefined;
  };

  /**
   * Reminders were accepted for the dates of the outcome shown then. When changed answers lead to an
   * outcome with other dates (back, a corrected date), the old reminders would remind of a wrong day:
   * they are stopped, said so, and the new outcome offers reminders again.
   */
  const datesOf = (view: SessionView) =>
    view.outcome ? [view.outcome.id, view.outcome.imrDeadline?.date, view.outcome.planAnswerDue?.date, view.outcome.hearingDeadline?.date].join('|') : '';
  const stopRemindersIfDatesMoved = () => {
    const current = viewSession(snapshot);
    if (data.reminders !== 'accepted' || !current.outcome || datesOf(current) === data.remindedFor) return;
    delete data.reminders;
    delete data.remindedFor;
    effects.push({ type: 'reminders.cancel', reason: 'stopReminders' });
    replies.push(info(say(voice, 'reminders.datesChanged')));
  };

  const welcome = () => {
    if (data.welcomed) return;
    data.welcomed = true;
    events.push({ type: 'welcome' });
    if (input.surface.shared) return;
    const lines = [say(voice, 'welcome.what'), say(voice, 'welcome.disclaimer')];
    if (voice.staff) lines.push(say(voice, 'welcome.staff'));
    lines.push(...orgLines(voice, { website: false }));
    replies.push({ kind: 'welcome', text: lines.join('\n') });
  };

  /** "Got it: …" with as many of the answers as fit one SMS reply (all of them elsewhere). */
  const gotIt = (parts: readonly string[]): string | undefined => {
    for (let n = parts.length; n > 0; n--) {
      const text = say(voice, 'got', { summary: parts.slice(0, n).join(', ') + (n < parts.length ? '…' : '') });
      if (!input.surface.brief || fitsBudget(info(text), input.surface.maxChars)) return text;
    }
    return undefined;
  };

  /** The question being asked, or the outcome: in full after a change, as a short menu after an aside. */
  const prompt = (mode: { fullOutcome: boolean; lead?: string; tail?: string; keepPlan?: boolean }) => {
    const view = viewSession(snapshot);
    const asking = { misses: data.misses, ...(data.pendingDate ? { pendingDate: data.pendingDate } : {}), ...mode };
    if (view.question || data.pendingDate) {
      const reply = questionReply(view, voice, asking);
      if (input.surface.brief && mode.lead && !fitsBudget(reply, input.surface.maxChars)) {
        // SMS: the lead goes in its own message when both do not fit in three segments.
        replies.push(info(mode.lead), questionReply(view, voice, { ...asking, lead: undefined }));
      } else replies.push(reply);
      events.push({ type: 'question', slot: view.question?.slot ?? 'appealDate' });
      return;
    }
    if (!view.outcome) return;
    events.push({ type: 'outcome', id: view.outcome.id });
    const offer = offerFor(view);
    if (offer) data.reminders = 'offered';
    if (mode.fullOutcome) {
      if (mode.lead) replies.push(info(mode.lead));
      replies.push(...outcomeReplies(view, voice, input.surface, offer));
      if (mode.keepPlan !== false) effects.push({ type: 'plan.keep' });
    } else {
      const menu = questionReply(view, voice, { ...asking, offer });
      menu.outcome = view.outcome.id;
      replies.push(menu);
    }
  };

  if (input.kind === 'join') {
    if (data.welcomed) return finish();
    if (input.surface.shared) {
      welcome();
      replies.push(info(say(voice, 'shared.general')));
      return finish();
    }
    welcome();
    prompt({ fullOutcome: true });
    return finish();
  }

  const firstMessage = !data.welcomed;
  const before = viewSession(snapshot);
  const heard = hear(input, before, data, today);
  if (heard.carrier) {
    // A carrier STOP that reaches the bot (Azure's SMS channel) ends reminders too (issue 8).
    effects.push({ type: 'reminders.cancel', reason: 'stop' });
    return finish();
  }

  // Safety first, whatever else the message says (product rule: 911 for an emergency, 988 for a crisis).
  if (heard.safety) {
    replies.push(safetyReply(heard, voice));
    events.push({ type: 'safety', kind: heard.safety });
    if (heard.safetyAlso) events.push({ type: 'safety', kind: heard.safetyAlso });
  }
  if (heard.command === 'deleteData') {
    events.push({ type: 'command', command: 'deleteData' });
    return { replies: [...replies, info(say(voice, 'deleted'))], data: null, events, effects: [{ type: 'reminders.cancel', reason: 'deleteData' }] };
  }
  if (heard.locale && heard.locale !== data.locale) {
    data.locale = heard.locale;
    voice = voiceOf(data.locale, input);
    events.push({ type: 'locale', locale: data.locale });
  }
  welcome();

  // A channel others can read: nothing patient-specific, no questions about the case.
  if (input.surface.shared) {
    if (heard.faq && hasText(`faq.${heard.faq}`)) replies.push(info(say(voice, `faq.${heard.faq}` as Parameters<typeof say>[1])));
    replies.push(info(say(voice, 'shared.general')));
    return finish();
  }

  if (heard.locale) {
    replies.push(info(say(voice, 'locale.switched')));
    prompt({ fullOutcome: true });
    return finish();
  }

  if (heard.command) {
    events.push({ type: 'command', command: heard.command });
    data.misses = 0;
    switch (heard.command) {
      case 'help':
        replies.push(info(helpFor(before.question?.slot, voice)));
        prompt({ fullOutcome: false });
        break;
      case 'back':
        // The outcome (and its dates) may change: the reminder offer is made again for the new one.
        if (data.reminders !== 'accepted') delete data.reminders;
        if (data.pendingDate) delete data.pendingDate;
        else if (before.steps === 0) replies.push(info(say(voice, 'back.nothing')));
        else {
          snapshot = send(snapshot, { type: 'command.back', today });
          replies.push(info(say(voice, 'back.done')));
          stopRemindersIfDatesMoved();
        }
        prompt({ fullOutcome: true });
        break;
      case 'restart':
        snapshot = send(snapshot, { type: 'command.restart', today });
        delete data.pendingDate;
        delete data.reminders;
        replies.push(info(say(voice, 'restart.done')));
        prompt({ fullOutcome: true });
        break;
      case 'stopReminders':
        data.reminders = 'declined';
        effects.push({ type: 'reminders.cancel', reason: 'stopReminders' });
        replies.push(info(say(voice, 'reminders.stopped')));
        prompt({ fullOutcome: false });
        break;
    }
    return finish();
  }

  if (heard.reminders) {
    const details = before.outcome;
    const route = reminderRoute(input.surface);
    if (heard.reminders === 'yes' && details && route && hasReminderDates(details, input.now)) {
      data.reminders = 'accepted';
      data.remindedFor = datesOf(before);
      const dates = agreedDates(planReminders(details, data.locale, input.now))
        .map((agreed) => say(voice, `reminders.date.${agreed.subject}`, { date: formatDate(agreed.date, data.locale) }))
        .join('; ');
      const lines = [say(voice, route === 'calendar' ? 'reminders.accepted.calendar' : 'reminders.accepted.message', { dates })];
      // SMS: STOP is the carrier's opt-out word; chat channels use the bot's own command.
      if (route === 'message') lines.push(say(voice, input.surface.brief ? 'reminders.stopHow.sms' : 'reminders.stopHow.chat'));
      replies.push({ kind: 'confirm', text: lines.join(' ') });
      effects.push({ type: 'reminders.accept', details });
    } else if (heard.reminders === 'no') {
      data.reminders = 'declined';
      replies.push(info(say(voice, 'reminders.declined')));
    }
    prompt({ fullOutcome: false });
    return finish();
  }

  if (heard.faq && hasText(`faq.${heard.faq}`)) {
    events.push({ type: 'faq', id: heard.faq });
    replies.push(info(say(voice, `faq.${heard.faq}` as Parameters<typeof say>[1])));
    if (!heard.answers) {
      prompt({ fullOutcome: false });
      return finish();
    }
  }

  if (heard.ambiguousDate) {
    data.pendingDate = heard.ambiguousDate;
    data.misses = 0;
    prompt({ fullOutcome: false });
    return finish();
  }

  if (heard.dateProblem && !heard.answers) {
    events.push({ type: 'dateRefused', problem: heard.dateProblem });
    replies.push({ kind: 'problem', text: say(voice, `date.${heard.dateProblem}`) });
    prompt({ fullOutcome: false });
    return finish();
  }

  if (heard.answers) {
    const stepsBefore = snapshot.context.trail.length;
    snapshot = send(snapshot, { type: 'answer', today, answers: heard.answers });
    const after = viewSession(snapshot);
    const grew = snapshot.context.trail.length > stepsBefore;
    const accepted = grew ? snapshot.context.trail[snapshot.context.trail.length - 1]?.answers : undefined;
    if (accepted) {
      data.misses = 0;
      delete data.pendingDate;
      events.push({ type: 'answered', slots: Object.keys(accepted) });
    }
    const got = accepted ? gotIt(summaryParts(accepted, after.answers, voice)) : undefined;
    if (after.dateProblem) {
      events.push({ type: 'dateRefused', problem: after.dateProblem });
      if (got) replies.push(info(got));
      replies.push({ kind: 'problem', text: say(voice, `date.${after.dateProblem}`) });
      prompt({ fullOutcome: false });
      return finish();
    }
    if (accepted) {
      stopRemindersIfDatesMoved();
      prompt({ fullOutcome: true, ...(got ? { lead: got } : {}) });
      return finish();
    }
  }

  if (heard.safety || heard.faq) {
    prompt({ fullOutcome: false });
    return finish();
  }

  // Not understood. On a first message ("hi") the welcome and the first question are the answer.
  if (firstMessage) {
    prompt({ fullOutcome: true });
    return finish();
  }
  events.push({ type: 'notUnderstood', slot: before.question?.slot });
  if (!before.question && !data.pendingDate) {
    // At an outcome the outcome is said again (its days left, or an O7 once the deadline has passed).
    // Said again, not new: the plan kept when it was reached still holds (no second link to pay for on SMS).
    prompt({ fullOutcome: true, keepPlan: false, lead: say(voice, 'miss.first', { example: exampleFor(undefined, voice) }) });
    return finish();
  }
  data.misses += 1;
  const slot = before.question?.slot;
  if (data.misses === 1) {
    prompt({ fullOutcome: false, lead: say(voice, 'miss.first', { example: exampleFor(data.pendingDate ? 'appealDate' : slot, voice) }) });
  } else if (data.misses === 2) {
    const choices = currentChoices(before, voice, data.pendingDate);
    if (choices.length === 0) prompt({ fullOutcome: false, lead: say(voice, 'miss.first', { example: exampleFor(slot, voice) }) });
    else {
      // On SMS the renderer numbers the choices already; elsewhere the list is written out too.
      const tail = input.surface.buttons ? [say(voice, 'miss.second'), ...choices.map((c, i) => `${i + 1}. ${c.label}`)].join('\n') : say(voice, 'miss.second');
      prompt({ fullOutcome: false, tail });
    }
  } else {
    prompt({ fullOutcome: false, lead: say(voice, 'miss.third') });
  }
  return finish();
}
