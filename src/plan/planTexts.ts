import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enUS, es } from 'date-fns/locale';
import type { Fact, Locale } from '../../dialogs/contract.js';
import { catalogs } from '../../dialogs/say.js';
import { CALIFORNIA_TIME_ZONE, californiaToday, daysBetween } from '../../machines/dateRules.js';
import type { Plan, PlanDate } from './planStore.js';

/**
 * The words around a kept plan (page headings, the dead-link page, the SMS/Teams wrappers). What the
 * plan says is the outcome's own replies, written by dialogs/ in the person's language; these are
 * only the frame, so they live with the page rather than in the conversation's catalog.
 */

type Audience = Plan['audience'];

interface PlanChrome {
  title: Record<Audience, string>;
  made: string;
  keyDates: string;
  dateKind: Record<PlanDate['kind'], Record<Audience, string>>;
  daysLeft: (n: number) => string;
  asOf: string;
  calendar: string;
  answers: Record<Audience, string>;
  steps: string;
  links: string;
  planLink: string;
  print: string;
  privacy: string;
  disclaimer: string;
  dateFormat: string;
}

export const chrome: Record<Locale, PlanChrome> = {
  en: {
    title: { patient: 'Your IMR plan', staff: 'IMR plan for a patient' },
    made: 'Made on {date}. This page works until {until}, then it is deleted.',
    keyDates: 'Key dates',
    dateKind: {
      imrDeadline: { patient: 'Last day to ask for an IMR', staff: 'Last day to ask for an IMR' },
      planAnswerDue: { patient: 'Your plan must answer by', staff: 'The plan must answer by' },
      hearingDeadline: { patient: 'Last day to ask for a State Hearing', staff: 'Last day to ask for a State Hearing' },
    },
    daysLeft: (n) => (n === 0 ? 'today is the last day' : n === 1 ? '1 day left' : `${n} days left`),
    asOf: 'Days counted from {today}.',
    calendar: 'Add this date to your calendar (.ics file)',
    answers: { patient: 'What you told me', staff: 'What you told me about the case' },
    steps: 'Next steps',
    links: 'Links',
    planLink: 'Your plan',
    print: 'To keep this plan, print it or save it as a PDF from your browser’s Print menu.',
    privacy: 'Anyone with this link can open this page. To delete it now, ask the chat to delete your data.',
    disclaimer: 'This is general information, not legal or medical advice.',
    dateFormat: 'MMMM d, yyyy',
  },
  es: {
    title: { patient: 'Su plan para la IMR', staff: 'Plan de IMR para un paciente' },
    made: 'Hecho el {date}. Esta página funciona hasta el {until}; después se borra.',
    keyDates: 'Fechas clave',
    dateKind: {
      imrDeadline: { patient: 'Último día para pedir la IMR', staff: 'Último día para pedir la IMR' },
      planAnswerDue: { patient: 'Su plan debe responder a más tardar el', staff: 'El plan debe responder a más tardar el' },
      hearingDeadline: { patient: 'Último día para pedir una Audiencia Estatal', staff: 'Último día para pedir una Audiencia Estatal' },
    },
    daysLeft: (n) => (n === 0 ? 'hoy es el último día' : n === 1 ? 'queda 1 día' : `quedan ${n} días`),
    asOf: 'Días contados desde el {today}.',
    calendar: 'Agregar esta fecha a su calendario (archivo .ics)',
    answers: { patient: 'Lo que me dijo', staff: 'Lo que me dijo sobre el caso' },
    steps: 'Próximos pasos',
    links: 'Enlaces',
    planLink: 'Su plan',
    print: 'Para guardar este plan, imprímalo o guárdelo como PDF desde el menú Imprimir de su navegador.',
    privacy: 'Cualquier persona con este enlace puede abrir esta página. Para borrarla ahora, pida en el chat que borre sus datos.',
    disclaimer: 'Esta es información general, no asesoría legal ni médica.',
    dateFormat: "d 'de' MMMM 'de' yyyy",
  },
};

/** A California calendar date (yyyy-MM-dd) in the person's language: "May 27, 2027", "27 de mayo de 2027". */
export function formatPlanDate(iso: string, locale: Locale): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return format(new TZDate(year, month - 1, day, CALIFORNIA_TIME_ZONE), chrome[locale].dateFormat, { locale: locale === 'es' ? es : enUS });
}

/** The California date of an instant (a plan's createdAt, expiresAt, or now). */
export function formatPlanInstant(instant: string | Date, locale: Locale): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  return formatPlanDate(californiaToday(at), locale);
}

export interface DatedLine {
  label: string;
  date: string;
  daysLeft: number;
}

/** The plan's dates still ahead at `now`, counted again each time (a stored "181 days left" goes stale). */
export function keyDates(plan: Plan, now: Date): DatedLine[] {
  const today = californiaToday(now);
  return plan.dates
    .map((entry) => ({
      label: chrome[plan.locale].dateKind[entry.kind][plan.audience],
      date: formatPlanDate(entry.date, plan.locale),
      daysLeft: daysBetween(today, entry.date),
    }))
    .filter((line) => line.daysLeft >= 0);
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * "Days left" as the bot said it at the outcome: true that day, stale the next. Where the plan is
 * shown again later, the key dates are counted again instead, and these facts are left out.
 */
const staleLabels = new Set(
  Object.values(catalogs).flatMap((catalog) =>
    [catalog['l.daysLeft'], catalog['l.daysSince']].flatMap((entry) => [entry.full, entry.brief, ...(entry.staff ? [entry.staff] : [])]),
  ),
);

export function withoutStaleCounts(facts: readonly Fact[]): Fact[] {
  return facts.filter((fact) => !staleLabels.has(fact.label));
}
