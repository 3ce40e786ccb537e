import { gsmSeptets, smsCount } from '../../dialogs/plain.js';
import type { Plan } from './planStore.js';
import { chrome, fill, formatPlanInstant, keyDates, withoutStaleCounts } from './planTexts.js';

/**
 * The plan as plain text. Teams (`brief: false`): one copy-friendly block a clinic can paste into a
 * note. SMS (`brief: true`): at most two messages of at most 459 GSM-7 characters each (3 segments
 * of 153: a longer SMS is split by the carrier and may arrive out of order), keeping the outcome,
 * its facts and the link to the full plan, and leaving out what does not fit, least useful first.
 */

export const smsMessageLimit = 459;
export const smsMaxMessages = 2;

/** Typography the texts use that GSM-7 lacks: swapped so the message is not sent as UCS-2 (70 a segment). */
export function toGsmPunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\u2022/g, '-');
}

/**
 * Septets a text costs in GSM-7. A character outside GSM-7 (Spanish á, í, ó, ú) counts one here;
 * it makes the carrier send the message as UCS-2, which the SMS channel accounts for, not this split.
 */
export function gsm7Length(text: string): number {
  let length = 0;
  for (const char of text) length += gsmSeptets(char) ?? 1;
  return length;
}

/** Whether every character is in GSM-7 (the message costs 153 a segment, not 67). */
export function isGsm7(text: string): boolean {
  return smsCount(text).encoding === 'GSM-7';
}

export interface PlanSummaryOptions {
  /** SMS: at most two messages. */
  brief: boolean;
  /** The plan page's public address (PUBLIC_BASE_URL + /plan/<token>), when there is one. */
  planUrl?: string;
  /** Count the days left again from this instant (key dates, stale counts left out); without it, the stored facts say it. */
  now?: Date;
}

interface Piece {
  text: string;
  /** 0 = always kept; higher numbers are left out first when two messages are not enough. */
  rank: number;
}

function pieces(plan: Plan, options: PlanSummaryOptions): Piece[] {
  const words = chrome[plan.locale];
  const out: Piece[] = [];
  const first = plan.replies[0];
  out.push({ text: first?.title ?? words.title[plan.audience], rank: 0 });
  if (!options.brief) {
    out.push({ text: fill(words.made, { date: formatPlanInstant(plan.createdAt, plan.locale), until: formatPlanInstant(plan.expiresAt, plan.locale) }), rank: 5 });
  }
  if (options.now) {
    for (const line of keyDates(plan, options.now)) out.push({ text: `${line.label}: ${line.date} (${words.daysLeft(line.daysLeft)})`, rank: 1 });
  }
  if (!options.brief && plan.summary.length > 0) {
    out.push({ text: `${words.answers[plan.audience]}:`, rank: 6 });
    for (const line of plan.summary) out.push({ text: `- ${line}`, rank: 6 });
  }
  plan.replies.forEach((reply, index) => {
    if (index > 0 && reply.title !== undefined) out.push({ text: reply.title, rank: 3 });
    for (const paragraph of reply.text.split(/\n+/).filter((line) => line.trim() !== '')) out.push({ text: paragraph, rank: 4 });
    const facts = options.now ? withoutStaleCounts(reply.facts ?? []) : (reply.facts ?? []);
    for (const fact of facts) out.push({ text: `${fact.label}: ${fact.value}`, rank: 1 });
    // The rules cited: in a clinic note, not in the SMS (Reply.citations).
    if (reply.citations && !options.brief) out.push({ text: `${reply.citations.label}: ${reply.citations.value}`, rank: 5 });
    if (reply.steps?.length) {
      if (!options.brief) out.push({ text: `${words.steps}:`, rank: 2 });
      reply.steps.forEach((step, n) => out.push({ text: `${n + 1}. ${step}`, rank: 2 }));
    }
    for (const link of reply.links ?? []) out.push({ text: `${link.label}: ${link.url.replace(/^tel:/i, '')}`, rank: 5 });
  });
  if (options.planUrl) out.push({ text: `${words.planLink}: ${options.planUrl}`, rank: 0 });
  if (!options.brief) out.push({ text: words.disclaimer, rank: 7 });
  return out;
}

export function planSummaryText(plan: Plan, options: PlanSummaryOptions): string[] {
  const all = pieces(plan, options);
  if (!options.brief) return [all.map((piece) => piece.text).join('\n')];

  const lines = all.map((piece) => ({ ...piece, text: toGsmPunctuation(piece.text) }));
  let kept = lines;
  let messages = pack(kept.map((piece) => piece.text));
  while (messages.length > smsMaxMessages) {
    // Leave out the least useful line, the last one first among equals (later steps before earlier).
    let drop = -1;
    for (let i = 0; i < kept.length; i++) {
      const piece = kept[i];
      if (piece && piece.rank > 0 && (drop < 0 || piece.rank >= (kept[drop]?.rank ?? 0))) drop = i;
    }
    if (drop < 0) break;
    kept = kept.filter((_, i) => i !== drop);
    messages = pack(kept.map((piece) => piece.text));
  }
  return messages.slice(0, smsMaxMessages);
}

/** Lines into messages of at most smsMessageLimit septets, breaking between lines; an overlong line is cut at a word. */
function pack(lines: string[]): string[] {
  const messages: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = fitLine(raw);
    const joined = current === '' ? line : `${current}\n${line}`;
    if (gsm7Length(joined) <= smsMessageLimit) {
      current = joined;
    } else {
      messages.push(current);
      current = line;
    }
  }
  if (current !== '') messages.push(current);
  return messages;
}

function fitLine(line: string): string {
  if (gsm7Length(line) <= smsMessageLimit) return line;
  let cut = '';
  for (const word of line.split(' ')) {
    const next = cut === '' ? word : `${cut} ${word}`;
    if (gsm7Length(`${next}...`) > smsMessageLimit) break;
    cut = next;
  }
  return `${cut}...`;
}
