import type { Answers, Coverage, QuestionSlot, Regulator } from '../../machines/answers.js';
import { readDates, type DateReading } from './dates.js';
import { normalize } from './normalize.js';
import { safetyIn, type SafetyHeard } from './safety.js';
import {
  appealRules,
  appealWord,
  bareNo,
  bareUnsure,
  bareYes,
  brands,
  carrierWords,
  commands,
  coverageCues,
  coverageNegation,
  faqs,
  hearingRules,
  localeSwitches,
  notYet,
  planNameFiller,
  reasonRules,
  regulatorUnsure,
  skipWords,
  urgencyRules,
  type Brand,
  type Rule,
} from './vocabulary.js';

export type Locale = 'en' | 'es';
export type Command = 'help' | 'back' | 'restart' | 'deleteData' | 'stopReminders';
export type FaqId = 'whatIsImr' | 'isItFree' | 'howLong' | 'dmhcOrCdi' | 'documents' | 'whoCanHelp';
export interface UnderstandContext {
  locale: Locale;
  expecting?: QuestionSlot;
  today: string /* yyyy-MM-dd, California */;
}
export interface Understood {
  answers: Partial<Answers>;
  command?: Command;
  switchLocale?: Locale;
  faq?: FaqId;
  /** The safety line shown first: 988 for crisis words, 911 for an emergency (safety.ts). */
  safety?: 'emergency' | 'crisis';
  /** The other safety line, after the first: crisis and emergency words both, or an overdose (911 then 988). */
  safetyAlso?: 'emergency' | 'crisis';
  /** The language the safety words were written in, when it is one: the line is said in it. */
  safetyLocale?: Locale;
  choiceNumber?: number;
  yesNo?: 'yes' | 'no' | 'unsure';
  date?: { kind: 'ambiguous'; options: [string, string] } | { kind: 'impossible' } | { kind: 'future'; iso: string };
  understood: boolean;
}

/**
 * Turns one message into answers, or into nothing. Precision over recall: a phrase that could be
 * read two ways files no answer (the turn re-asks), because a wrong answer sends a person to the
 * wrong agency or past a deadline (imr-rules §2).
 */
export function understand(text: string, ctx: UnderstandContext): Understood {
  const message = typeof text === 'string' ? text : '';
  // Safety words are read before anything else and outside the reader: nothing it meets can hide them.
  let safety: SafetyHeard | undefined;
  try {
    safety = safetyIn(message);
  } catch {
    safety = undefined;
  }
  try {
    return withSafety(read(message, ctx), safety);
  } catch {
    // A message must never break the conversation: an unreadable one is "not understood".
    return withSafety({ answers: {}, understood: false }, safety);
  }
}

function withSafety(out: Understood, safety: SafetyHeard | undefined): Understood {
  if (!safety) return out;
  return {
    ...out,
    safety: safety.kind,
    ...(safety.also ? { safetyAlso: safety.also } : {}),
    ...(safety.locale ? { safetyLocale: safety.locale } : {}),
    understood: true,
  };
}

/** A text being read: matched words are blanked so that a later, broader pattern cannot reuse them. */
class Cursor {
  constructor(public text: string) {}
  take(re: RegExp): { index: number } | null {
    const m = new RegExp(re.source, 'g').exec(this.text);
    if (!m || m[0].length === 0) return null;
    this.text = this.text.slice(0, m.index) + ' '.repeat(m[0].length) + this.text.slice(m.index + m[0].length);
    return { index: m.index };
  }
  has(re: RegExp): boolean {
    return re.test(this.text);
  }
}

function firstRule<V>(rules: readonly Rule<V>[], s: string): V | undefined {
  return rules.find((r) => r.patterns.some((p) => p.test(s)))?.value;
}

/** Runs a slot's rules in order; one value or none (two different values = not confident). */
function readSlot<V>(rules: readonly Rule<V>[], cur: Cursor, expecting: boolean): { value?: V; index?: number } {
  const strong = new Map<V, number>();
  const weak = new Map<V, number>();
  for (const rule of rules) {
    if (rule.whenExpecting && !expecting) continue;
    for (const p of rule.patterns) {
      let hit = cur.take(p);
      while (hit) {
        const bucket = rule.weak ? weak : strong;
        if (!bucket.has(rule.value)) bucket.set(rule.value, hit.index);
        hit = cur.take(p);
      }
    }
  }
  const pick = strong.size > 0 ? strong : weak;
  if (pick.size !== 1) return {};
  const [[value, index]] = [...pick.entries()] as [[V, number]];
  return { value, index };
}

function read(text: string, ctx: UnderstandContext): Understood {
  const out: Understood = { answers: {}, understood: false };
  const n = normalize(text);
  if (!n.full) return out;
  const fullBare = n.full.replace(/[^a-z0-9_ ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (carrierWords.test(fullBare)) return { answers: {}, understood: false };

  const command = firstRule(commands, fullBare);
  if (command) return { ...out, command, understood: true };
  const switchLocale = firstRule(localeSwitches, fullBare);
  if (switchLocale) return { ...out, switchLocale, understood: true };
  const number = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(n.raw);
  if (number) return { ...out, choiceNumber: Number(number[1]), understood: true };
  const faq = firstRule(faqs, n.full);
  if (faq) out.faq = faq;

  readSlots(n.statement, n.bare, n.raw, ctx, out);
  out.understood = Boolean(
    Object.keys(out.answers).length > 0 || out.command || out.switchLocale || out.faq || out.safety ||
      out.choiceNumber !== undefined || out.yesNo || out.date,
  );
  return out;
}

function readSlots(statement: string, bare: string, raw: string, ctx: UnderstandContext, out: Understood): void {
  if (!statement) return;
  const a = out.answers;
  const expecting = ctx.expecting;
  const cur = new Cursor(statement);

  const hearing = readSlot(hearingRules, cur, expecting === 'hearing');
  if (hearing.value) a.hearing = hearing.value;
  const reason = readSlot(reasonRules, cur, expecting === 'reason');
  if (reason.value) a.reason = reason.value;
  // "waiting" or "they said no" speak of the appeal only after the appeal question or beside an appeal word.
  const appealContext = expecting === 'appealStatus' || appealWord.test(statement);
  const appeal = readSlot(appealRules, cur, appealContext);
  if (appeal.value) a.appealStatus = appeal.value;
  const urgency = readSlot(urgencyRules, cur, expecting === 'urgency');
  if (urgency.value) a.urgency = urgency.value;

  readCoverage(cur, bare, expecting, a);
  // Covered California deciding eligibility says nothing about the person's plan (O15).
  if (a.reason === 'enrollment' && a.coverage === 'dmhc_plan' && !a.planName) delete a.coverage;

  readBareAnswer(bare, expecting, a, out);

  if (expecting === 'planName' && a.planName === undefined && Object.keys(a).length === 0 && !out.yesNo && !out.faq && !out.safety) {
    const name = freeTextPlanName(raw);
    if (name !== undefined) a.planName = name;
  }

  if (expecting === 'appealDate' || a.appealStatus === 'decided' || a.appealStatus === 'pending') {
    const from = expecting === 'appealDate' ? 0 : Math.max(0, statement.search(appealWord));
    const readings = readDates(statement, ctx.locale, ctx.today).filter((r) => r.index >= from);
    applyDate(readings, a, out);
  }
}

function applyDate(readings: DateReading[], a: Partial<Answers>, out: Understood): void {
  const distinct = new Map(readings.map((r) => [JSON.stringify({ ...r, index: 0 }), r]));
  if (distinct.size !== 1) return;
  const [r] = [...distinct.values()] as [DateReading];
  if (r.kind === 'date') a.appealDate = r.iso;
  else if (r.kind === 'ambiguous') out.date = { kind: 'ambiguous', options: r.options };
  else if (r.kind === 'future') out.date = { kind: 'future', iso: r.iso };
  else out.date = { kind: 'impossible' };
}

/** Bare yes / no / not yet / don't know / skip, mapped to the slot just asked when the mapping is sure. */
function readBareAnswer(bare: string, expecting: QuestionSlot | undefined, a: Partial<Answers>, out: Understood): void {
  const kind = bareYes.test(bare) ? 'yes' : bareNo.test(bare) || notYet.test(bare) ? 'no' : bareUnsure.test(bare) ? 'unsure' : skipWords.test(bare) ? 'skip' : undefined;
  if (!kind) {
    if (expecting === 'regulator' && a.regulator === undefined && regulatorUnsure.some((p) => p.test(bare))) a.regulator = 'unsure';
    return;
  }
  switch (expecting) {
    case 'coverage':
      if (kind === 'unsure') a.coverage ??= 'unsure';
      else if (kind !== 'skip') out.yesNo = kind;
      return;
    case 'regulator':
      if (kind === 'unsure') a.regulator ??= 'unsure';
      else if (kind !== 'skip') out.yesNo = kind;
      return;
    case 'planName':
      if (kind === 'unsure' || kind === 'skip') a.planName ??= '';
      else out.yesNo = kind;
      return;
    case 'hearing':
      // A bare "yes" could be "asked" or "held": which one decides O13, so ask (not understood).
      if (kind === 'no') a.hearing ??= 'none';
      else if (kind === 'unsure') out.yesNo = 'unsure';
      return;
    case 'appealStatus':
      // A bare "yes" could be decided or pending: ask.
      if (kind === 'no') a.appealStatus ??= 'not_filed';
      else if (kind === 'unsure') out.yesNo = 'unsure';
      return;
    case 'reason':
      if (kind === 'unsure') a.reason ??= 'unsure';
      else if (kind !== 'skip') out.yesNo = kind;
      return;
    case 'urgency':
      if (kind === 'yes') a.urgency ??= 'urgent';
      else if (kind === 'no') a.urgency ??= 'not_urgent';
      else if (kind === 'unsure') out.yesNo = 'unsure';
      return;
    default:
      if (kind !== 'skip') out.yesNo = kind;
  }
}

interface Found {
  hit: boolean;
  negated: boolean;
}

function find(cur: Cursor, patterns: readonly RegExp[]): Found {
  let hit = false;
  let negated = false;
  for (const p of patterns) {
    for (let m = cur.take(p); m; m = cur.take(p)) {
      hit = true;
      if (coverageNegation.test(cur.text.slice(0, m.index))) negated = true;
    }
  }
  return { hit, negated };
}

/** Plan type and name (imr-rules §2 routing details). Any negation or two brands: nothing is filed. */
function readCoverage(cur: Cursor, bare: string, expecting: QuestionSlot | undefined, a: Partial<Answers>): void {
  const c = coverageCues;
  if (/\bmedicare\b/.test(cur.text) && /\bmedi_cal\b/.test(cur.text) && c.separatePlans.some((p) => cur.has(p))) return;
  const f = {
    mediMedi: find(cur, c.mediMedi),
    ffs: find(cur, c.ffs),
    rx: find(cur, c.rx),
    managed: find(cur, c.managed),
    selfFunded: find(cur, c.selfFunded),
    cdi: find(cur, c.cdi),
    dmhc: find(cur, c.dmhc),
    coveredCa: find(cur, c.coveredCa),
  };
  const found: Brand[] = [];
  let negated = Object.values(f).some((x) => x.negated);
  for (const b of brands) {
    const r = find(cur, b.patterns);
    if (r.hit) found.push(b);
    if (r.negated) negated = true;
  }
  const medicare = find(cur, c.medicare);
  const mediCal = find(cur, c.mediCal);
  const hmo = find(cur, c.hmo);
  const pharmacy = find(cur, c.pharmacy);
  if (negated || medicare.negated || mediCal.negated || hmo.negated || found.length > 1) return;
  const brand = found[0];
  const selfFunded = f.selfFunded.hit || (expecting === 'regulator' && c.selfFundedExpecting.some((p) => p.test(bare)));
  const cdi = f.cdi.hit || (expecting === 'regulator' && c.cdiExpecting.some((p) => p.test(bare)));

  let coverage: Coverage | undefined;
  let regulator: Regulator | undefined;
  const rx = f.rx.hit || ((mediCal.hit || f.ffs.hit || f.managed.hit) && pharmacy.hit);
  if (f.mediMedi.hit || (medicare.hit && mediCal.hit)) coverage = 'medi_medi';
  else if (medicare.hit || brand?.kind === 'medicare') coverage = 'medicare';
  else if (mediCal.hit || f.ffs.hit || rx || f.managed.hit || brand?.kind === 'mediCal') {
    const managed = f.managed.hit || hmo.hit || brand !== undefined;
    const ffs = f.ffs.hit || (rx && !managed);
    if (ffs && managed) return;
    if (ffs) coverage = 'medi_cal_ffs';
    else if (managed) coverage = 'medi_cal_managed';
    if (rx && coverage) a.mediCalRx = true;
  } else {
    const kinds = [selfFunded && 'self_funded', cdi && 'cdi', (f.dmhc.hit || hmo.hit) && 'dmhc'].filter(Boolean);
    if (kinds.length > 1) return;
    if (selfFunded) regulator = 'self_funded';
    else if (cdi) regulator = 'cdi';
    else if (f.dmhc.hit || hmo.hit) regulator = 'dmhc';
    if (regulator) coverage = regulator === 'self_funded' ? 'self_funded' : regulator === 'cdi' ? 'cdi_policy' : 'dmhc_plan';
    else if (brand?.kind === 'hmoBrand') coverage = 'dmhc_plan';
    else if (brand?.kind === 'both') coverage = 'unsure';
    else if (brand?.kind === 'dmhcEither') coverage = f.coveredCa.hit ? 'dmhc_plan' : undefined;
    else if (f.coveredCa.hit) coverage = 'dmhc_plan';
  }

  if (brand) a.planName = brand.name;
  if (expecting === 'planName') return; // The person is already on a Medi-Cal plan: only the name is news.
  if (expecting === 'regulator') {
    // The follow-up answers which department; the plan type itself only when the person names one.
    if (regulator) a.regulator = regulator;
    else if (coverage === 'medicare' || coverage === 'medi_medi' || coverage?.startsWith('medi_cal')) a.coverage = coverage;
    return;
  }
  if (coverage) a.coverage = coverage;
}

/** After "What is the name of your Medi-Cal plan?": a short name, never a member ID. */
function freeTextPlanName(raw: string): string | undefined {
  let name = raw.replace(/^[\s"'“”]+|[\s"'“”.!,]+$/g, '');
  const lower = name.toLowerCase().replace(/['’]/g, '');
  const filler = planNameFiller.exec(lower);
  if (filler) name = name.slice(name.length - (lower.length - filler[0].length)).trim();
  const digits = (name.match(/\d/g) ?? []).length;
  if (!name || name.length > 80 || digits >= 4 || digits > name.length * 0.3) return undefined;
  if (name.split(/\s+/).length > 8 || /[?¿]/.test(name) || !/\p{L}{2,}/u.test(name)) return undefined;
  return name;
}

/** Two spellings of one plan's name: the same brand ("Anthem" and "Anthem Blue Cross"), or the same letters. */
export function sameBrand(a: string, b: string): boolean {
  const key = (s: string) => {
    const n = normalize(s).full;
    return brands.find((br) => br.patterns.some((p) => p.test(n)))?.name ?? n.replace(/[^a-z0-9]/g, '');
  };
  return key(a) === key(b);
}
