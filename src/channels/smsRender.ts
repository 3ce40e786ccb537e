import type { Activity } from 'botbuilder';
import type { Locale, Reply, Surface } from '../../dialogs/contract.js';
import { smsSegments } from '../../dialogs/plain.js';
import { smsKeyword, unhonouredOptOut } from './smsKeywords.js';

/**
 * SMS: plain text on any phone. No markup, no cards, no buttons: choices are a numbered menu the
 * person answers by number ("Reply 1, 2 or 3"), facts are "Label: value" lines, links bare URLs.
 * A turn's replies go out as one message when they fit three segments (a longer SMS is split by
 * the carrier and parts may arrive out of order), otherwise as few messages of at most three
 * segments each, cut between replies, then between lines, then between sentences.
 */

/** What the renderer knows about the turn besides its replies. */
export interface SmsTurn {
  locale: Locale;
  /** The person's message, for the carrier keywords (HELP gets the carrier help too). */
  inboundText?: string;
}

export const maxSegmentsPerMessage = 3;

const words = {
  en: {
    // CTIA Messaging Principles: the first message says who is texting, that rates may apply, and how to stop and get help.
    disclosure: 'Msg & data rates may apply. Reply STOP to stop, HELP for help.',
    carrierHelp: 'Reply STOP to stop texts. Msg & data rates may apply.',
    howToStop: 'To stop texts from this number, reply STOP.',
    reply: (list: string) => `Reply ${list}`,
    or: 'or',
    to: (n: number) => `Reply a number from 1 to ${n}`,
  },
  es: {
    disclosure: 'Pueden aplicar tarifas de mensajes y datos. Responda STOP para parar, HELP para ayuda.',
    carrierHelp: 'Responda STOP para no recibir mas mensajes. Pueden aplicar tarifas de mensajes y datos.',
    howToStop: 'Para no recibir mas mensajes de este numero, responda STOP.',
    reply: (list: string) => `Responda ${list}`,
    or: 'o',
    to: (n: number) => `Responda un numero del 1 al ${n}`,
  },
} as const;

/** "Reply 1, 2 or 3"; a long menu says the range instead. */
export function replyHint(count: number, locale: Locale): string {
  const w = words[locale];
  if (count > 5) return w.to(count);
  const numbers = Array.from({ length: count }, (_, i) => String(i + 1));
  if (numbers.length === 1) return w.reply('1');
  return w.reply(`${numbers.slice(0, -1).join(', ')} ${w.or} ${numbers.at(-1) ?? ''}`);
}

/** One reply as plain text; the hint line is separate so it can be left off when it alone would cost a message. */
function replyBlock(reply: Reply, locale: Locale): { body: string; hint?: string } {
  const parts: string[] = [];
  const head = [reply.title, reply.text].filter((part): part is string => Boolean(part?.trim()));
  if (head.length) parts.push(head.join('\n'));
  if (reply.steps?.length) parts.push(reply.steps.map((step, i) => `${i + 1}. ${step}`).join('\n'));
  if (reply.facts?.length) parts.push(reply.facts.map((fact) => `${fact.label}: ${fact.value}`).join('\n'));
  if (reply.links?.length) parts.push(reply.links.map((link) => `${link.label}: ${link.url}`).join('\n'));
  if (reply.choices?.length) {
    parts.push(reply.choices.map((choice, i) => `${i + 1}. ${choice.label}`).join('\n'));
    return { body: parts.join('\n\n'), hint: replyHint(reply.choices.length, locale) };
  }
  return { body: parts.join('\n\n') };
}

const fits = (text: string): boolean => smsSegments(text) <= maxSegmentsPerMessage;

/** A block too long for one message, cut at the widest boundary that makes each piece fit. */
function splitBlock(text: string): string[] {
  if (fits(text)) return [text];
  for (const separator of ['\n\n', '\n', ' ']) {
    const pieces = separator === ' ' ? text.split(/(?<=[.!?:])\s+/) : text.split(separator);
    if (pieces.length < 2) continue;
    const joiner = separator === ' ' ? ' ' : separator;
    const packed = pack(pieces, joiner);
    if (packed.every(fits)) return packed;
    return packed.flatMap((piece) => (fits(piece) ? [piece] : splitBlock(piece)));
  }
  return hardSplit(text);
}

/** Last resort (one unbroken run of words longer than three segments): cut between words. */
function hardSplit(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const token of text.split(/(\s+)/)) {
    if (current && !fits(current + token)) {
      out.push(current.trim());
      current = token.trimStart();
    } else current += token;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Greedy: as many consecutive pieces per message as fit. */
function pack(pieces: readonly string[], joiner: string): string[] {
  const out: string[] = [];
  let current: string | undefined;
  for (const piece of pieces) {
    if (current === undefined) current = piece;
    else if (fits(current + joiner + piece)) current = current + joiner + piece;
    else {
      out.push(current);
      current = piece;
    }
  }
  if (current !== undefined) out.push(current);
  return out;
}

/** The texts of one SMS turn, each at most three segments. */
export function smsMessages(replies: readonly Reply[], turn: SmsTurn): string[] {
  const w = words[turn.locale];
  const keyword = smsKeyword(turn.inboundText);
  const welcomed = replies.some((reply) => reply.kind === 'welcome');
  const blocks: string[] = [];
  let carrierHelpSaid = false;
  for (const reply of replies) {
    const block = replyBlock(reply, turn.locale);
    let body = block.body;
    if (reply.kind === 'welcome') body = `${body}\n${w.disclosure}`;
    else if (keyword === 'help' && !welcomed && !carrierHelpSaid) {
      // One reply that is both the carrier's help (how to stop) and the bot's help for this question.
      body = `${body}\n${w.carrierHelp}`;
      carrierHelpSaid = true;
    }
    if (block.hint && fits(`${body}\n${block.hint}`)) body = `${body}\n${block.hint}`;
    blocks.push(body);
  }
  if (blocks.length === 0 && unhonouredOptOut(turn.inboundText)) blocks.push(w.howToStop);
  if (keyword === 'help' && !welcomed && !carrierHelpSaid) blocks.unshift(w.carrierHelp);
  return pack(blocks, '\n\n').flatMap(splitBlock);
}

export function renderSms(replies: readonly Reply[], _surface: Surface, turn: SmsTurn): Partial<Activity>[] {
  return smsMessages(replies, turn).map((text) => ({ type: 'message', text, textFormat: 'plain' }));
}
