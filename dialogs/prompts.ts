import type { Answers, QuestionSlot } from '../machines/answers.js';
import type { SessionView } from '../machines/imrSession.js';
import type { Choice, ChoiceValue, Reply } from './contract.js';
import { orgLines } from './org.js';
import { formatDate, hasText, say, type TextKey, type Voice } from './say.js';

/**
 * How each question is said and which choices it offers. The machine decides what to ask
 * (QuestionView: slot, kind, choices); this module decides the words.
 */

const answer = (answers: Answers): ChoiceValue => ({ answer: answers });

function valueLabel(voice: Voice, slot: string, value: string): string {
  const key = `c.${slot}.${value}`;
  return hasText(key) ? say(voice, key) : value;
}

/** How reminders are offered at an outcome (issue 8): by message, as a calendar file, or not at all. */
export type ReminderOffer = 'message' | 'calendar' | undefined;

/** The yes/no of a reminder offer: first, since it is the one thing at an outcome that cannot wait. */
export function reminderChoices(offer: ReminderOffer, voice: Voice): Choice[] {
  if (!offer) return [];
  return [
    { label: say(voice, offer === 'calendar' ? 'c.reminders.yes.calendar' : 'c.reminders.yes.message'), value: { reminders: 'yes' } },
    { label: say(voice, 'c.reminders.no'), value: { reminders: 'no' } },
  ];
}

/**
 * An outcome reached on a "not sure" answer offers the answer that would change it, once the person
 * knows more (issue 15): the plan's written answer found, a doctor who says it is urgent, the date found.
 * "I found the date" gives the appeal status again without the unknown date, so the date is asked.
 */
function followUps(view: SessionView, voice: Voice): Choice[] {
  const { answers } = view;
  const choices: Choice[] = [];
  if (answers.appealStatus === 'unsure') choices.push({ label: say(voice, 'c.followUp.appealDecided'), value: answer({ appealStatus: 'decided' }) });
  if (answers.appealDateUnknown && answers.appealStatus) {
    choices.push({ label: say(voice, 'c.followUp.foundDate'), value: answer({ appealStatus: answers.appealStatus }) });
  }
  if (answers.urgency === 'unsure') choices.push({ label: say(voice, 'c.followUp.urgent'), value: answer({ urgency: 'urgent' }) });
  return choices;
}

/** Outcomes always offer Back and Start over; O14 also offers its answers ("Go on as a DMHC plan"). */
function outcomeChoices(view: SessionView, voice: Voice, offer: ReminderOffer): Choice[] {
  const offers = view.offers.map(({ slot, value }) => ({
    label: valueLabel(voice, slot, value),
    value: answer({ [slot]: value }),
  }));
  return [
    ...reminderChoices(offer, voice),
    ...offers,
    ...followUps(view, voice),
    { label: say(voice, 'c.back'), value: { command: 'back' } },
    { label: say(voice, 'c.restart'), value: { command: 'restart' } },
  ];
}

/**
 * The choices of what the person is being asked now, in the order shown. A typed number ("2")
 * picks from this same list, so buttons, card actions and SMS menus all mean the same thing.
 */
export function currentChoices(view: SessionView, voice: Voice, pendingDate?: readonly string[], misses = 0, offer?: ReminderOffer): Choice[] {
  const choices = questionChoices(view, voice, pendingDate, offer);
  // After three misses: the option to start over (the Help Center number is in the text).
  if (misses >= 3 && (view.question || pendingDate?.length)) choices.push({ label: say(voice, 'c.restart'), value: { command: 'restart' } });
  return choices;
}

function questionChoices(view: SessionView, voice: Voice, pendingDate?: readonly string[], offer?: ReminderOffer): Choice[] {
  if (pendingDate && pendingDate.length > 0) {
    return pendingDate.map((iso) => ({ label: formatDate(iso, voice.locale), value: answer({ appealDate: iso }) }));
  }
  const question = view.question;
  if (!question) return view.outcome ? outcomeChoices(view, voice, offer) : [];
  if (question.slot === 'planName') return [{ label: say(voice, 'c.planName.unknown'), value: answer({ planName: '' }) }];
  // The date is typed; not knowing it is an answer too (the outcome then says the rule in words).
  if (question.slot === 'appealDate') return [{ label: say(voice, 'c.appealDate.unknown'), value: answer({ appealDateUnknown: true }) }];
  return question.choices.map((value) => ({
    label: valueLabel(voice, question.slot, value),
    value: answer({ [question.slot]: value }),
  }));
}

export function questionText(view: SessionView, voice: Voice): string {
  const slot = view.question?.slot;
  if (slot === undefined) return say(voice, 'q.outcomeMenu');
  if (slot === 'regulator' && view.answers.planName) return say(voice, 'q.regulatorBrand', { plan: view.answers.planName });
  if (slot === 'appealDate') return say(voice, view.answers.appealStatus === 'pending' ? 'q.appealDate.pending' : 'q.appealDate.decided');
  return say(voice, `q.${slot}`);
}

export function questionReply(
  view: SessionView,
  voice: Voice,
  options: { pendingDate?: readonly string[]; misses?: number; lead?: string; tail?: string; offer?: ReminderOffer } = {},
): Reply {
  const question = options.pendingDate?.length
    ? say(voice, 'date.ambiguous', {
        a: formatDate(options.pendingDate[0] ?? '', voice.locale),
        b: formatDate(options.pendingDate[1] ?? '', voice.locale),
      })
    : questionText(view, voice);
  const choices = currentChoices(view, voice, options.pendingDate, options.misses, options.offer);
  const text = [options.lead, question, options.tail].filter((part) => part !== undefined && part !== '').join('\n');
  return { kind: 'question', text, ...(choices.length ? { choices } : {}) };
}

export function exampleFor(slot: QuestionSlot | undefined, voice: Voice): string {
  return say(voice, slot ? `example.${slot}` : 'example.outcome');
}

export function helpFor(slot: QuestionSlot | undefined, voice: Voice): string {
  // issue 17: help names the organisation that runs the bot and how to reach it (SMS HELP included: carriers ask for a contact).
  return [say(voice, slot ? `help.${slot}` : 'help.outcome'), say(voice, 'help.commands'), ...orgLines(voice, { website: true })].join(' ');
}

const summaryOrder: readonly (keyof Answers)[] = [
  'planName',
  'coverage',
  'dual',
  'regulator',
  'hearing',
  'reason',
  'appealStatus',
  'appealDate',
  'appealDateUnknown',
  'urgency',
];

/**
 * What was understood, in a few words: "Kaiser, an HMO or Kaiser plan (DMHC), appeal denied,
 * decision dated March 3, 2026". Said back at once instead of a confirmation turn; `back` corrects.
 */
export function summarize(given: Answers, all: Answers, voice: Voice): string {
  return summaryParts(given, all, voice).join(', ');
}

export function summaryParts(given: Answers, all: Answers, voice: Voice): string[] {
  const parts: string[] = [];
  const said = new Set<keyof Answers>();
  // "Kaiser (a DMHC plan)" and "appeal denied on March 3, 2026": two answers said as one.
  const planCoverage = `s.planCoverage.${given.coverage ?? ''}`;
  if (given.planName && hasText(planCoverage)) said.add('coverage');
  const decidedOn = given.appealStatus === 'decided' && given.appealDate !== undefined;
  if (decidedOn) said.add('appealDate');
  for (const slot of summaryOrder) {
    const value = given[slot];
    if (value === undefined || said.has(slot)) continue;
    if (slot === 'planName' && value !== '' && hasText(planCoverage)) {
      parts.push(say(voice, planCoverage, { plan: String(value) }));
      continue;
    }
    if (slot === 'appealStatus' && decidedOn) {
      parts.push(say(voice, 's.appealDecidedOn', { date: formatDate(String(given.appealDate), voice.locale) }));
      continue;
    }
    if (slot === 'planName') parts.push(value === '' ? say(voice, 's.planUnknown') : say(voice, 's.plan', { plan: String(value) }));
    else if (slot === 'appealDate') {
      const key: TextKey = all.appealStatus === 'pending' ? 's.appealDate.pending' : 's.appealDate.decided';
      parts.push(say(voice, key, { date: formatDate(String(value), voice.locale) }));
    } else if (slot === 'mediCalRx') continue;
    else {
      const key = `s.${slot}.${String(value)}`;
      if (hasText(key)) parts.push(say(voice, key));
    }
  }
  return parts;
}
