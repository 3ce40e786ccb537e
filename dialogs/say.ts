import { format, parseISO } from 'date-fns';
import { enUS, es as esLocale } from 'date-fns/locale';
import { phones, timelines, type PhoneKey, type TimelineKey } from '../machines/facts.js';
import type { Locale, OrgIdentity } from './contract.js';
import { en, type TextKey } from './texts/en.js';
import { es } from './texts/es.js';
import type { Text } from './texts/text.js';

export type { TextKey } from './texts/en.js';

export const catalogs: Readonly<Record<Locale, Readonly<Record<TextKey, Text>>>> = { en, es };

/** How to speak this turn: which catalog, which variant. */
export interface Voice {
  locale: Locale;
  /** SMS: the brief variants. */
  brief: boolean;
  /** Clinic staff asking for a patient: the staff variants where a text has one. */
  staff: boolean;
  /** The deploying organisation, for `{org.name}`, `{org.phone}`, `{org.url}` (issue 17). */
  org?: OrgIdentity;
}

export type Vars = Partial<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z][\w.]*)\}/g;

/** The names of every `{placeholder}` a template uses. */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * `{phone.KEY}` and `{t.KEY}` come from machines/facts.ts: the catalogs never write a phone number
 * or a deadline number themselves, so one fact changed there changes every text that states it.
 */
export function factPlaceholder(name: string): string | undefined {
  const [kind, key] = name.split('.', 2) as [string, string | undefined];
  if (key === undefined) return undefined;
  if (kind === 'phone' && Object.hasOwn(phones, key)) return phones[key as PhoneKey].value;
  if (kind === 't' && Object.hasOwn(timelines, key)) return String(timelines[key as TimelineKey].value);
  return undefined;
}

/** Fills a template; a placeholder nobody fills is a bug, so it throws (the catalog test catches it first). */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = vars[name] ?? factPlaceholder(name);
    if (value === undefined) throw new Error(`No value for {${name}}`);
    return String(value);
  });
}

export function variant(entry: Text, voice: Voice): string {
  if (voice.brief) return entry.brief;
  if (voice.staff && entry.staff !== undefined) return entry.staff;
  return entry.full;
}

export function say(voice: Voice, key: TextKey, vars: Vars = {}): string {
  return fill(variant(catalogs[voice.locale][key], voice), voice.org ? { ...orgVars(voice.org), ...vars } : vars);
}

/** `{org.name}`, `{org.phone}`, `{org.url}`: only the parts the organisation set (a text using another one is a bug, and throws). */
function orgVars(org: OrgIdentity): Vars {
  return { 'org.name': org.name, 'org.phone': org.phone, 'org.url': org.url };
}

/** Whether the catalog has this key (keys built from slot values are checked before use). */
export function hasText(key: string): key is TextKey {
  return Object.hasOwn(en, key);
}

/** A California calendar date for people: "May 3, 2027" / "3 de mayo de 2027" (date-fns with its `es` locale). */
export function formatDate(iso: string, locale: Locale): string {
  const date = parseISO(iso);
  return locale === 'es' ? format(date, "d 'de' MMMM 'de' yyyy", { locale: esLocale }) : format(date, 'MMMM d, yyyy', { locale: enUS });
}
