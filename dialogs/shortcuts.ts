import type { QuestionSlot } from '../machines/answers.js';
import type { Command, Locale } from './contract.js';
import { carrierWords } from './understand/vocabulary.js';

/**
 * The few things read before the recognizer, all in one place so the recognizer can take them
 * over: a command said on its own, a bare number picking a choice, and a numeric date at the
 * date question. Never CANCEL, STOP, END, QUIT or UNSUBSCRIBE: on SMS those words unsubscribe the
 * person at the carrier, so they are not commands here.
 */

export type Shortcut =
  | { kind: 'command'; command: Command }
  | { kind: 'locale'; locale: Locale }
  | { kind: 'number'; n: number }
  | { kind: 'date'; iso: string }
  | { kind: 'carrier' };

/** Lower case, no accents, no punctuation around the words, single spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.,!?¿¡"']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const commandPhrases: Readonly<Record<string, Command>> = {
  help: 'help',
  ayuda: 'help',
  back: 'back',
  'go back': 'back',
  atras: 'back',
  regresar: 'back',
  'start over': 'restart',
  restart: 'restart',
  menu: 'restart',
  'empezar de nuevo': 'restart',
  'delete my data': 'deleteData',
  'borrar mis datos': 'deleteData',
  'stop reminders': 'stopReminders',
  'parar recordatorios': 'stopReminders',
};

const localePhrases: Readonly<Record<string, Locale>> = { espanol: 'es', english: 'en', ingles: 'en', spanish: 'es' };

function withoutPoliteness(text: string): string {
  return text.replace(/^(please|por favor) /, '').replace(/ (please|por favor)$/, '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * 2026-03-14 in any language; 3/14/2026 in English (month first) and 14/3/2026 in Spanish (day
 * first), as people write them in each language. Two-digit years are this century. The result may
 * be an impossible date (2026-02-30): the machine refuses it and says why (imr-rules.md §1).
 */
export function numericDate(text: string, locale: Locale): string | undefined {
  const trimmed = text.trim();
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (isoMatch) return `${isoMatch[1]}-${pad(Number(isoMatch[2]))}-${pad(Number(isoMatch[3]))}`;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(trimmed);
  if (!match) return undefined;
  const [first, second, yearText] = [Number(match[1]), Number(match[2]), match[3] ?? ''];
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const [month, day] = locale === 'es' ? [second, first] : [first, second];
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function shortcut(text: string, locale: Locale, expecting: QuestionSlot | undefined): Shortcut | undefined {
  const words = withoutPoliteness(normalize(text));
  // STOP, CANCEL, END, QUIT, UNSUBSCRIBE…: the carrier (or Twilio) answers those on SMS; the bot stays silent.
  if (carrierWords.test(words)) return { kind: 'carrier' };
  const command = commandPhrases[words];
  if (command) return { kind: 'command', command };
  const switchTo = localePhrases[words];
  if (switchTo) return { kind: 'locale', locale: switchTo };
  if (/^\d{1,2}$/.test(words)) return { kind: 'number', n: Number(words) };
  if (expecting === 'appealDate') {
    const iso = numericDate(text, locale);
    if (iso) return { kind: 'date', iso };
  }
  return undefined;
}
