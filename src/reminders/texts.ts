import { format } from 'date-fns';
import { enUS, es as esLocale } from 'date-fns/locale';
import { daysBetween } from '../../machines/dateRules.js';
import { phones, timelines, type PhoneKey, type TimelineKey } from '../../machines/facts.js';
import type { Agency } from '../../machines/imrMachine.js';
import type { ReminderKind, ReminderLocale, ReminderSubject } from '../../machines/reminderPlan.js';

/**
 * The words of a reminder. The dialogs catalog (dialogs/texts/) had no reminder texts when this was
 * written, so a default English/Spanish set lives here; `ReminderCatalog` is the seam for plugging
 * the dialogs catalog in instead (`(key, vars, locale) => say({ locale, brief: true, staff: false }, key, vars)`)
 * once it has these keys. Phone numbers and day counts are never written here: `{phone.KEY}` and
 * `{t.KEY}` come from machines/facts.ts, `{agencyPhone}` is the agency's number from there too.
 */

export const reminderTextKeys = [
  'reminder.imrDeadline',
  'reminder.planAnswerDue.before',
  'reminder.planAnswerDue.today',
  'reminder.hearingDeadline',
  'reminder.when.today',
  'reminder.when.tomorrow',
  'reminder.when.days',
  'reminder.stop.sms',
  'reminder.stop.chat',
  'calendar.name',
  'calendar.imrDeadline',
  'calendar.planAnswerDue',
  'calendar.hearingDeadline',
  'calendar.call.agency',
  'calendar.call.hearing',
] as const;
export type ReminderTextKey = (typeof reminderTextKeys)[number];

export type ReminderVars = Partial<Record<string, string | number>>;

/** Any text catalog: the default one below, or the dialogs catalog behind an adapter. */
export type ReminderCatalog = (key: ReminderTextKey, vars: ReminderVars, locale: ReminderLocale) => string;

const templates: Readonly<Record<ReminderLocale, Readonly<Record<ReminderTextKey, string>>>> = {
  en: {
    'reminder.imrDeadline':
      'IMR reminder: the last day to ask {agency} for an Independent Medical Review is {date} ({when}). Call {agency} at {agencyPhone} to file or to get the form. It is free.',
    'reminder.planAnswerDue.before':
      'IMR reminder: your health plan has until {date} ({when}) to answer your appeal. If it has not answered by then, you can ask {agency} for an IMR. Call {agencyPhone}.',
    'reminder.planAnswerDue.today':
      'IMR reminder: today, {date}, is the last of the plan\'s {t.planGrievanceDays} days to answer your appeal. If it has not answered by the end of today, you can ask {agency} for an IMR from tomorrow. Call {agencyPhone}.',
    'reminder.hearingDeadline':
      'Medi-Cal reminder: the last day to ask for a State Hearing on this denial is {date} ({when}). File the IMR first if you have not. For a hearing, call {phone.cdssStateHearings}.',
    'reminder.when.today': 'today',
    'reminder.when.tomorrow': 'tomorrow',
    'reminder.when.days': 'in {n} days',
    'reminder.stop.sms': 'Reply STOP to end reminders.',
    'reminder.stop.chat': 'Type "stop reminders" to end them.',
    'calendar.name': 'IMR deadlines',
    'calendar.imrDeadline': 'Last day to file an IMR with {agency}',
    'calendar.planAnswerDue': 'Last of the plan\'s {t.planGrievanceDays} days: no answer by tonight, IMR with {agency} from tomorrow',
    'calendar.hearingDeadline': 'Last day to ask for a Medi-Cal State Hearing',
    'calendar.call.agency': 'Call {agency} at {agencyPhone} to file or to get the form. It is free.',
    'calendar.call.hearing': 'File the IMR first if you have not. For a hearing, call {phone.cdssStateHearings}.',
  },
  es: {
    'reminder.imrDeadline':
      'Recordatorio de IMR: el último día para pedir a {agency} una Revisión Médica Independiente es el {date} ({when}). Llame a {agency} al {agencyPhone} para presentarla o pedir el formulario. Es gratis.',
    'reminder.planAnswerDue.before':
      'Recordatorio de IMR: su plan de salud tiene hasta el {date} ({when}) para responder a su apelación. Si no responde para entonces, puede pedir una IMR a {agency}. Llame al {agencyPhone}.',
    'reminder.planAnswerDue.today':
      'Recordatorio de IMR: hoy, {date}, es el último de los {t.planGrievanceDays} días que tiene su plan para responder a su apelación. Si no responde antes de que termine el día, puede pedir una IMR a {agency} desde mañana. Llame al {agencyPhone}.',
    'reminder.hearingDeadline':
      'Recordatorio de Medi-Cal: el último día para pedir una Audiencia Estatal sobre esta negación es el {date} ({when}). Si aún no lo hizo, presente primero la IMR. Para la audiencia, llame al {phone.cdssStateHearings}.',
    'reminder.when.today': 'hoy',
    'reminder.when.tomorrow': 'mañana',
    'reminder.when.days': 'en {n} días',
    'reminder.stop.sms': 'Responda STOP para no recibir más recordatorios.',
    'reminder.stop.chat': 'Escriba "parar recordatorios" para no recibir más.',
    'calendar.name': 'Fechas límite de IMR',
    'calendar.imrDeadline': 'Último día para pedir una IMR a {agency}',
    'calendar.planAnswerDue': 'Último de los {t.planGrievanceDays} días del plan: sin respuesta hoy, IMR a {agency} desde mañana',
    'calendar.hearingDeadline': 'Último día para pedir una Audiencia Estatal de Medi-Cal',
    'calendar.call.agency': 'Llame a {agency} al {agencyPhone} para presentarla o pedir el formulario. Es gratis.',
    'calendar.call.hearing': 'Si aún no lo hizo, presente primero la IMR. Para la audiencia, llame al {phone.cdssStateHearings}.',
  },
};

const PLACEHOLDER = /\{([A-Za-z][\w.]*)\}/g;

function factValue(name: string): string | undefined {
  const [kind, key] = name.split('.', 2) as [string, string | undefined];
  if (key === undefined) return undefined;
  if (kind === 'phone' && Object.hasOwn(phones, key)) return phones[key as PhoneKey].value;
  if (kind === 't' && Object.hasOwn(timelines, key)) return String(timelines[key as TimelineKey].value);
  return undefined;
}

/** The default catalog. A placeholder nobody fills is a bug: it throws rather than text a person "{date}". */
export const defaultReminderCatalog: ReminderCatalog = (key, vars, locale) =>
  templates[locale][key].replace(PLACEHOLDER, (_, name: string) => {
    const value = vars[name] ?? factValue(name);
    if (value === undefined) throw new Error(`reminder text ${key}: no value for {${name}}`);
    return String(value);
  });

/** imr-rules.md §2 "Agency choice": each agency's own line (the number people call to file). */
export function agencyPhone(agency: Agency): string {
  return agency === 'CDI' ? phones.cdiHotline.value : phones.dmhcHelpCenter.value;
}

/** A California calendar date for people: "March 28, 2027" / "28 de marzo de 2027". */
export function formatReminderDate(iso: string, locale: ReminderLocale): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  return locale === 'es' ? format(date, "d 'de' MMMM 'de' yyyy", { locale: esLocale }) : format(date, 'MMMM d, yyyy', { locale: enUS });
}

export interface ReminderMessage {
  kind: ReminderKind;
  aboutDate: string;
  agency: Agency;
  locale: ReminderLocale;
  channel: 'sms' | 'botframework';
}

function subjectOf(kind: ReminderKind): ReminderSubject {
  return kind.split('.')[0] as ReminderSubject;
}

/**
 * The text of one reminder, as of `today` (California date, yyyy-MM-dd): "days left" is counted
 * when it is sent, so a reminder sent late after an outage still states the right count.
 */
export function reminderText(catalog: ReminderCatalog, message: ReminderMessage, today: string): string {
  const { locale } = message;
  const left = daysBetween(today, message.aboutDate);
  const when =
    left <= 0
      ? catalog('reminder.when.today', {}, locale)
      : left === 1
        ? catalog('reminder.when.tomorrow', {}, locale)
        : catalog('reminder.when.days', { n: left }, locale);
  const vars: ReminderVars = {
    date: formatReminderDate(message.aboutDate, locale),
    when,
    n: left,
    agency: message.agency,
    agencyPhone: agencyPhone(message.agency),
  };
  const subject = subjectOf(message.kind);
  const key: ReminderTextKey =
    subject === 'planAnswerDue' ? (left <= 0 ? 'reminder.planAnswerDue.today' : 'reminder.planAnswerDue.before') : `reminder.${subject}`;
  // SMS: STOP is the carrier-level opt-out word (Twilio honours it); chat channels use the bot's command.
  const stop = catalog(message.channel === 'sms' ? 'reminder.stop.sms' : 'reminder.stop.chat', {}, locale);
  return `${catalog(key, vars, locale)} ${stop}`;
}
