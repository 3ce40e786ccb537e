import * as chrono from 'chrono-node';
import { addDays, addMonths, addYears, format, isValid } from 'date-fns';
import type { Locale } from './understand.js';

/**
 * Dates as people write them. Numeric dates: English month first, Spanish day first; when both
 * readings are real and differ (3/4) the person is asked (imr-rules §1). A year left out means the
 * most recent such date on or before today. chrono-node reads English words; the Spanish words it
 * misses ("hace dos semanas", "el martes pasado", "del 2026") are read here.
 */
export type DateReading =
  | { kind: 'date'; iso: string; index: number }
  | { kind: 'ambiguous'; options: [string, string]; index: number }
  | { kind: 'impossible'; index: number }
  | { kind: 'future'; iso: string; index: number };

interface Ymd { y: number; m: number; d: number }

const monthsEn = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthsEs = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const monthEnRe = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const monthEsRe = '(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
const numberWords: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  un: 1, una: 1, uno: 1, primero: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
  veinte: 20, veintiuno: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26,
  veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, 'treinta y uno': 31,
};
const numWordRe = `(\\d{1,2}|${Object.keys(numberWords).sort((a, b) => b.length - a.length).join('|')})`;
const weekdays: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6,
};

function num(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (numberWords[s] ?? NaN);
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parseToday(today: string): Ymd {
  const [y, m, d] = today.split('-').map(Number);
  return { y: y ?? 1970, m: m ?? 1, d: d ?? 1 };
}

/** Month and day, year given or not: a real date, or null when the day does not exist. */
function resolve(m: number, d: number, year: number | undefined, today: string): Ymd | null {
  if (m < 1 || m > 12 || d < 1) return null;
  if (year !== undefined) {
    const y = year < 100 ? 2000 + year : year;
    return d <= daysIn(y, m) ? { y, m, d } : null;
  }
  const t = parseToday(today);
  // Year left out: the most recent such date on or before today (imr-rules §1).
  let y = t.y;
  if (iso({ y, m, d: Math.min(d, daysIn(y, m)) }) > today) y -= 1;
  if (d > daysIn(y, m)) {
    // Feb 29 with no year: the last leap year; any other overflow (Feb 30) is no date at all.
    if (m === 2 && d === 29) {
      while (daysIn(y, 2) < 29) y -= 1;
      return { y, m, d };
    }
    return null;
  }
  return { y, m, d };
}

function finish(ymd: Ymd | null, today: string, index: number): DateReading {
  if (!ymd) return { kind: 'impossible', index };
  const s = iso(ymd);
  return s > today ? { kind: 'future', iso: s, index } : { kind: 'date', iso: s, index };
}

function shift(today: string, unit: string, n: number): string {
  const t = parseToday(today);
  const base = new Date(t.y, t.m - 1, t.d, 12);
  const moved = /^(day|dia)/.test(unit) ? addDays(base, n)
    : /^(week|semana)/.test(unit) ? addDays(base, 7 * n)
    : /^(month|mes)/.test(unit) ? addMonths(base, n)
    : addYears(base, n);
  return format(moved, 'yyyy-MM-dd');
}

function lastWeekday(today: string, wd: number): string {
  const t = parseToday(today);
  const base = new Date(t.y, t.m - 1, t.d, 12);
  let back = (base.getDay() - wd + 7) % 7;
  if (back === 0) back = 7;
  return format(addDays(base, -back), 'yyyy-MM-dd');
}

/** Every date the text holds, in order of appearance. `text` is normalized (lower case, no accents). */
export function readDates(text: string, locale: Locale, today: string): DateReading[] {
  const out: DateReading[] = [];
  let rest = text;
  const take = (re: RegExp, f: (m: RegExpMatchArray & { index: number }) => DateReading | null): void => {
    for (const m of rest.matchAll(new RegExp(re.source, 'g'))) {
      const r = f(m);
      if (r) out.push(r);
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
  };

  take(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/, (m) => finish(resolve(Number(m[2]), Number(m[3]), Number(m[1]), today), today, m.index));
  take(/\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?\b/, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = m[3] === undefined ? undefined : Number(m[3]);
    const [first, second] = locale === 'es' ? [resolve(b, a, year, today), resolve(a, b, year, today)] : [resolve(a, b, year, today), resolve(b, a, year, today)];
    if (first && second && a !== b) return { kind: 'ambiguous', options: [iso(first), iso(second)], index: m.index };
    return finish(first ?? second, today, m.index);
  });
  // Month names, both languages (people mix them); "3 de marzo del 2026", "marzo 3", "March 3rd, 2026", "the 3rd of March".
  const yearTail = '(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4}))?';
  take(new RegExp(`\\b${numWordRe}\\s+de\\s+${monthEsRe}${yearTail}`), (m) =>
    finish(resolve(monthIndexEs(m[2] ?? ''), num(m[1] ?? ''), m[3] ? Number(m[3]) : undefined, today), today, m.index));
  take(new RegExp(`\\b${monthEsRe}\\s+(\\d{1,2})\\b${yearTail}`), (m) =>
    finish(resolve(monthIndexEs(m[1] ?? ''), Number(m[2]), m[3] ? Number(m[3]) : undefined, today), today, m.index));
  take(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+of\\s+${monthEnRe}${yearTail}`), (m) =>
    finish(resolve(monthIndexEn(m[2] ?? ''), Number(m[1]), m[3] ? Number(m[3]) : undefined, today), today, m.index));
  take(new RegExp(`\\b${monthEnRe}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b${yearTail}`), (m) =>
    finish(resolve(monthIndexEn(m[1] ?? ''), Number(m[2]), m[3] ? Number(m[3]) : undefined, today), today, m.index));
  // Relative dates.
  take(/\b(today|hoy)\b/, (m) => ({ kind: 'date', iso: today, index: m.index }));
  take(/\b(day before yesterday|anteayer|antier)\b/, (m) => ({ kind: 'date', iso: shift(today, 'day', -2), index: m.index }));
  take(/\b(yesterday|ayer)\b/, (m) => ({ kind: 'date', iso: shift(today, 'day', -1), index: m.index }));
  take(/\btomorrow\b|(?<!\b(la|por|en|de|esta) )\bmanana\b/, (m) => ({ kind: 'future', iso: shift(today, 'day', 1), index: m.index }));
  take(new RegExp(`\\b${numWordRe}\\s+(days?|weeks?|months?|years?)\\s+ago\\b`), (m) =>
    dated(shift(today, m[2] ?? 'day', -num(m[1] ?? '')), m.index));
  take(new RegExp(`\\bhace\\s+${numWordRe}\\s+(dias?|semanas?|mes|meses|anos?)\\b`), (m) =>
    dated(shift(today, m[2] ?? 'dia', -num(m[1] ?? '')), m.index));
  take(/\b(?:last|this past|past)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/, (m) =>
    ({ kind: 'date', iso: lastWeekday(today, weekdays[m[1] ?? ''] ?? 0), index: m.index }));
  take(/\b(?:el\s+)?(?:(domingo|lunes|martes|miercoles|jueves|viernes|sabado)\s+pasado|pasado\s+(domingo|lunes|martes|miercoles|jueves|viernes|sabado))\b/, (m) =>
    ({ kind: 'date', iso: lastWeekday(today, weekdays[m[1] ?? m[2] ?? ''] ?? 0), index: m.index }));

  if (out.length === 0 && locale === 'en') out.push(...chronoEn(rest, today));
  return out.sort((a, b) => a.index - b.index);
}

function dated(s: string, index: number): DateReading | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? { kind: 'date', iso: s, index } : null;
}

function monthIndexEn(s: string): number {
  return monthsEn.indexOf(s.slice(0, 3)) + 1;
}

function monthIndexEs(s: string): number {
  return s === 'setiembre' ? 9 : monthsEs.indexOf(s) + 1;
}

/** chrono for English word dates the rules above do not cover; "last week" or "March" alone is no date. */
function chronoEn(text: string, today: string): DateReading[] {
  const t = parseToday(today);
  const ref = new Date(t.y, t.m - 1, t.d, 12);
  const results: DateReading[] = [];
  for (const r of chrono.en.parse(text, ref, { forwardDate: false })) {
    if (!r.start.isCertain('day') || /\b(week|month|year)\b/.test(r.text) && !/\bago\b/.test(r.text)) continue;
    const m = r.start.get('month');
    const d = r.start.get('day');
    if (m === null || d === null) continue;
    const year = r.start.isCertain('year') ? (r.start.get('year') ?? undefined) : undefined;
    const ymd = resolve(m, d, year, today);
    if (ymd && isValid(new Date(ymd.y, ymd.m - 1, ymd.d))) results.push(finish(ymd, today, r.index));
  }
  return results;
}
