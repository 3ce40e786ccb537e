import { addresses, kitFacts, kitSources, links, sources, type KitFactKey, type KitSourceKey, type LinkKey, type SourceKey } from '../machines/facts.js';
import type { FilingCase, KitOutcome } from '../machines/filingCase.js';
import type { Link, Locale } from './contract.js';
import { formatDate, say, type TextKey, type Vars, type Voice } from './say.js';

/**
 * The filing kit (issue 18): at an outcome that leads to a filing, which form to use, what goes in
 * it, drafts built from the answers (reason, dates, urgency) with marked blanks for what only the
 * person knows, and what to send with it. Channel-neutral: src/plan prints it as a page section and
 * as plain text (the Teams message). No language model: every sentence is a catalog text, every
 * date is computed by machines/ (FilingCase), and every fact a text states is named below, so a
 * reviewer can trace each one to machines/facts.ts and its source.
 */

/** A piece of a draft: words, or a blank the person fills in ("the treatment or service"). */
export type KitPart = { text: string } | { blank: string };

export interface KitDraft {
  title: string;
  lead: string;
  /** Paragraphs of the draft, each a run of words and blanks. */
  paragraphs: KitPart[][];
}

export interface KitItem {
  label: string;
  text: string;
}

export type KitSectionKind = 'grievance' | 'late' | 'imrForm' | 'cdiForm' | 'hearing' | 'attachments';

export interface KitSection {
  kind: KitSectionKind;
  title: string;
  paragraphs: string[];
  /** Label and text: what goes in each part of a form, the address to mail it to. */
  items: KitItem[];
  /** A list to tick off (what to send). */
  checklist: string[];
  draft?: KitDraft;
  links: Link[];
}

export interface KitSource {
  url: string;
  /** "checked November 30, 2026", in the reader's language. */
  checked: string;
}

export interface FilingKit {
  outcome: KitOutcome;
  locale: Locale;
  audience: 'patient' | 'staff';
  title: string;
  /** A starting point, not legal advice; how to fill the blanks. */
  notice: string;
  privacy: string;
  sections: KitSection[];
  sourcesTitle: string;
  /** The pages the kit's facts were read in, with the day they were checked. */
  sources: KitSource[];
  /** The facts of machines/facts.ts (kitFacts) the kit's texts state. */
  facts: KitFactKey[];
}

type KitKey = Extract<TextKey, `kit.${string}`>;

/**
 * Which fact each kit text states. Total over the kit's texts (the compiler checks it), so a new
 * text cannot be added without saying what it rests on; [] means it states no fact about a form or
 * an agency (a heading, a blank, the person's own words in a draft, a date computed by machines/).
 * The day counts in texts come from {t.*} and the phones from {phone.*} (machines/facts.ts).
 */
export const kitTextFacts: Readonly<Record<KitKey, readonly KitFactKey[]>> = {
  'kit.offer': [],
  'kit.title': [],
  'kit.notice': [],
  'kit.private': [],
  'kit.draft.lead': [],
  'kit.form.why.label': [],
  'kit.form.why': [],
  'kit.form.by': [],
  'kit.form.noDeadline': [],
  'kit.form.byWords': [],
  'kit.urgencyUnsure': [],
  'kit.dmhc.title': ['dmhcFormName'],
  'kit.dmhc.oneForm': ['dmhcFormName', 'dmhcOneForm'],
  'kit.dmhc.number': ['dmhcFormNumber'],
  'kit.dmhc.online': ['dmhcWaysToSend'],
  'kit.dmhc.paper': ['dmhcWaysToSend', 'dmhcCompleteAndSign'],
  'kit.dmhc.patient.label': [],
  'kit.dmhc.patient': ['dmhcPatientSection'],
  'kit.dmhc.plan.label': [],
  'kit.dmhc.plan': ['dmhcPlanListed'],
  'kit.dmhc.sign.label': [],
  'kit.dmhc.sign': ['dmhcCompleteAndSign', 'dmhcCopiesNotOriginals'],
  'kit.dmhc.urgent': ['dmhcUrgentCall'],
  'kit.dmhc.cohsCheck': ['dmhcPlanListed'],
  'kit.dmhc.after': ['dmhcAcknowledgment'],
  'kit.cdi.title': ['cdiApplicationWithDenial'],
  'kit.cdi.sent': ['cdiApplicationWithDenial'],
  'kit.cdi.consent': ['cdiConsent'],
  // Where to send it was seen only on a third-party page (kitFacts.cdiSendTo, unverified): not said.
  'kit.cdi.send': [],
  'kit.cdi.after': ['cdiQualifies'],
  'kit.cdi.helper': ['cdiDesignate'],
  'kit.cdi.urgent': ['cdiWaiver'],
  'kit.draft.imr': [],
  'kit.imr.open.medical_necessity': [],
  'kit.imr.open.emergency_payment': [],
  'kit.imr.open.experimental': [],
  'kit.imr.open.other': [],
  'kit.imr.why.care': [],
  'kit.imr.why.emergency': [],
  'kit.imr.why.experimental': [],
  'kit.imr.when.decided': [],
  'kit.imr.when.letter': [],
  'kit.imr.when.pending': [],
  'kit.imr.when.urgentPending': [],
  // 28 CCR 1300.70.4(b)(2) and HSC 1368.03(a): facts.ts citations.O3 and citations.O2.
  'kit.imr.when.experimental': [],
  'kit.imr.when.urgent': [],
  'kit.imr.urgent': [],
  'kit.imr.close': [],
  'kit.grievance.title': [],
  'kit.grievance.titleUrgent': [],
  'kit.grievance.titlePending': [],
  'kit.grievance.how': ['planGrievanceWays'],
  'kit.grievance.due': [],
  'kit.grievance.dueUrgent': [],
  'kit.grievance.duePending': [],
  'kit.grievance.mediCal': ['stateHearingManagedCare'],
  'kit.grievance.notes': ['keepNotes'],
  'kit.draft.grievance': [],
  'kit.draft.grievanceUrgent': [],
  'kit.draft.followUp': [],
  'kit.letter.to': [],
  'kit.letter.date': [],
  'kit.letter.from': [],
  'kit.letter.open.medical_necessity': [],
  'kit.letter.open.emergency_payment': [],
  'kit.letter.open.experimental': [],
  'kit.letter.open.other': [],
  'kit.letter.pending': [],
  'kit.letter.ask': [],
  'kit.letter.urgent': [],
  'kit.letter.sign': [],
  'kit.late.title': [],
  'kit.late.DMHC': ['dmhcLateFiling'],
  'kit.late.CDI': ['cdiExtension'],
  'kit.draft.late': [],
  'kit.late.p1': [],
  'kit.late.p2': [],
  'kit.late.ask.DMHC': [],
  'kit.late.ask.CDI': [],
  'kit.hearing.title': [],
  'kit.hearing.titleFirst': [],
  'kit.hearing.titleFfs': [],
  'kit.hearing.byNar': ['stateHearingManagedCare'],
  'kit.hearing.byNoAnswer': ['stateHearingManagedCare'],
  'kit.hearing.later': ['stateHearingManagedCare'],
  'kit.hearing.order': ['hearingAfterImr'],
  'kit.hearing.cohs': ['hearingAfterImr'],
  'kit.hearing.ffs': ['stateHearingFfs'],
  'kit.hearing.how': ['stateHearingWays'],
  'kit.hearing.urgent': ['stateHearingExpedited'],
  'kit.hearing.requested': [],
  'kit.draft.hearing': [],
  'kit.hearing.p1.decided': ['stateHearingForm'],
  'kit.hearing.p1.pending': ['stateHearingForm'],
  'kit.hearing.p1.letter': ['stateHearingForm'],
  'kit.hearing.p2': ['stateHearingForm'],
  'kit.hearing.p3': ['stateHearingExpedited'],
  'kit.hearing.p4': ['stateHearingForm'],
  'kit.attach.title': [],
  'kit.attach.denial': [],
  'kit.attach.answer': [],
  'kit.attach.nar': [],
  'kit.attach.appeal': [],
  'kit.attach.records': ['dmhcOutOfNetworkRecords'],
  'kit.attach.recordsCdi': ['cdiConsent'],
  'kit.attach.recordsPlan': [],
  'kit.attach.doctor': [],
  'kit.attach.doctorUrgent': [],
  'kit.attach.doctorExperimental': [],
  'kit.attach.late': [],
  'kit.attach.notice': [],
  'kit.attach.copies': [],
  'kit.attach.assistant': ['authorizedAssistant', 'authorizedAssistantParts'],
  'kit.attach.assistantLater': ['authorizedAssistant', 'authorizedAssistantParts'],
  'kit.attach.assistantCdi': ['cdiDesignate'],
  'kit.blank.treatment': [],
  'kit.blank.why': [],
  'kit.blank.doctor': [],
  'kit.blank.doctorSays': [],
  'kit.blank.risk': [],
  'kit.blank.condition': [],
  'kit.blank.careDate': [],
  'kit.blank.place': [],
  'kit.blank.letterDate': [],
  'kit.blank.lateReason': [],
  'kit.blank.name': [],
  'kit.blank.memberId': [],
  'kit.blank.sendDate': [],
  'kit.blank.dob': [],
  'kit.blank.address': [],
  'kit.blank.phone': [],
  'kit.blank.plan': [],
  'kit.blank.appealDate': [],
  'kit.blank.deadline': [],
  'kit.blank.planDue': [],
  'kit.blank.hearingDate': [],
  'kit.sources': [],
  'kit.sources.checked': [],
};

/** Private-use characters around a blank's label inside a filled template; never in a catalog text. */
const BLANK_OPEN = '\uE000';
const BLANK_CLOSE = '\uE001';
const blankPattern = /\uE000([^\uE001]*)\uE001/g;

const blankNames = [
  'treatment', 'why', 'doctor', 'doctorSays', 'risk', 'condition', 'careDate', 'place',
  'letterDate', 'lateReason', 'name', 'memberId', 'sendDate', 'dob', 'address', 'phone',
] as const;

const linkText: Partial<Record<LinkKey, KitKey | TextKey>> = {
  dmhcComplaint: 'link.dmhcComplaint',
  dmhcImrForm: 'link.dmhcImrForm',
  dmhcAuthorizedAssistant: 'link.authorizedAssistant',
  cdiImr: 'link.cdiImr',
  cdssStateHearing: 'link.cdssStateHearing',
};

/** Says kit texts in one voice, and remembers which facts and links they rested on. */
class KitWriter {
  readonly facts = new Set<KitFactKey>();
  readonly linkKeys = new Set<LinkKey>();
  readonly voice: Voice;
  private readonly vars: Vars;

  constructor(
    readonly kase: FilingCase,
    locale: Locale,
    audience: 'patient' | 'staff',
  ) {
    this.voice = { locale, brief: false, staff: audience === 'staff' };
    // A date the case does not hold (the person did not know it) becomes a blank that says the rule.
    const date = (iso: string | undefined, otherwise: KitKey) => (iso === undefined ? this.blank(otherwise) : formatDate(iso, locale));
    const vars: Vars = {
      // The plan's name is the one thing the person typed that a draft may carry (machines/answers.ts).
      plan: kase.planName ? kase.planName.replace(/[\uE000\uE001]/g, '') : this.blank('kit.blank.plan'),
      decisionDate: date(kase.appealStatus === 'decided' ? kase.appealDate : undefined, 'kit.blank.letterDate'),
      filedDate: date(kase.appealStatus === 'pending' ? kase.appealDate : undefined, 'kit.blank.appealDate'),
      deadline: date(kase.imrDeadline, 'kit.blank.deadline'),
      planDue: date(kase.planAnswerDue, 'kit.blank.planDue'),
      hearingDate: date(kase.hearingDeadline, 'kit.blank.hearingDate'),
      today: formatDate(kase.made, locale),
      sendBy: formatDate(kase.sentTodayDue, locale),
      urgentBy: formatDate(kase.urgentDue, locale),
      formNumber: kitFacts.dmhcFormNumber.value,
    };
    for (const name of blankNames) vars[`blank.${name}`] = this.blank(`kit.blank.${name}`);
    this.vars = vars;
  }

  private blank(key: KitKey): string {
    return `${BLANK_OPEN}${say(this.voice, key)}${BLANK_CLOSE}`;
  }

  private filled(key: KitKey): string {
    for (const fact of kitTextFacts[key]) this.facts.add(fact);
    return say(this.voice, key, this.vars);
  }

  /** An instruction, heading or checklist line: a blank in it (a date not known) reads "[label]". */
  say(key: KitKey): string {
    return this.filled(key).replace(blankPattern, (_, label: string) => `[${label}]`);
  }

  /** A paragraph of a draft: words and blanks. */
  draft(key: KitKey): KitPart[] {
    const filled = this.filled(key);
    const parts: KitPart[] = [];
    let at = 0;
    for (const match of filled.matchAll(blankPattern)) {
      if (match.index > at) parts.push({ text: filled.slice(at, match.index) });
      parts.push({ blank: match[1] ?? '' });
      at = match.index + match[0].length;
    }
    if (at < filled.length) parts.push({ text: filled.slice(at) });
    return parts;
  }

  link(key: LinkKey): Link {
    this.linkKeys.add(key);
    const label = linkText[key];
    return { label: label ? say(this.voice, label) : links[key].value, url: links[key].value };
  }

  get staff(): boolean {
    return this.voice.staff;
  }
}

const reasonKey = (reason: FilingCase['reason']): 'medical_necessity' | 'emergency_payment' | 'experimental' | 'other' =>
  reason === 'medical_necessity' || reason === 'emergency_payment' || reason === 'experimental' ? reason : 'other';

const whyKey = (reason: FilingCase['reason']): KitKey =>
  reason === 'emergency_payment' ? 'kit.imr.why.emergency' : reason === 'experimental' ? 'kit.imr.why.experimental' : 'kit.imr.why.care';

const isDecided = (c: FilingCase): boolean => c.appealStatus === 'decided' && c.appealDate !== undefined;
const isPending = (c: FilingCase): boolean => c.appealStatus === 'pending' && c.appealDate !== undefined;

function section(kind: KitSectionKind, title: string, fields: Partial<Omit<KitSection, 'kind' | 'title'>> = {}): KitSection {
  return { kind, title, paragraphs: [], items: [], checklist: [], links: [], ...fields };
}

/** O2 before a written decision, O5, O6, and an experimental denial by an insurer (CDI, O3): the plan first. */
function grievanceSection(w: KitWriter): KitSection {
  const c = w.kase;
  const urgent = c.outcome === 'O2';
  const followUp = c.outcome === 'O5';
  const paragraphs = [w.say('kit.grievance.how')];
  if (followUp) paragraphs.push(w.say('kit.grievance.duePending'));
  else paragraphs.push(w.say(urgent ? 'kit.grievance.dueUrgent' : 'kit.grievance.due'));
  if (c.mediCal && c.outcome === 'O6') paragraphs.push(w.say('kit.grievance.mediCal'));
  paragraphs.push(w.say('kit.grievance.notes'));

  const letter: KitPart[][] = [w.draft('kit.letter.to'), w.draft('kit.letter.date'), w.draft('kit.letter.from')];
  if (followUp || (urgent && isPending(c))) letter.push(w.draft('kit.letter.pending'));
  else letter.push(w.draft(`kit.letter.open.${reasonKey(c.reason)}`));
  letter.push(w.draft(whyKey(c.reason)));
  if (urgent) letter.push(w.draft('kit.letter.urgent'));
  letter.push(w.draft('kit.letter.ask'), w.draft('kit.letter.sign'));

  const title = urgent ? 'kit.grievance.titleUrgent' : followUp ? 'kit.grievance.titlePending' : 'kit.grievance.title';
  const draftTitle = urgent ? 'kit.draft.grievanceUrgent' : followUp ? 'kit.draft.followUp' : 'kit.draft.grievance';
  return section('grievance', w.say(title), {
    paragraphs,
    draft: { title: w.say(draftTitle), lead: w.say('kit.draft.lead'), paragraphs: letter },
  });
}

/** "Why I disagree with the plan's decision": the IMR draft, for DMHC's form or the insurer's application. */
function imrDraft(w: KitWriter): KitDraft {
  const c = w.kase;
  const paragraphs: KitPart[][] = [w.draft(`kit.imr.open.${reasonKey(c.reason)}`), w.draft(whyKey(c.reason))];
  let when: KitKey | undefined;
  if (isDecided(c)) when = 'kit.imr.when.decided';
  else if (c.outcome === 'O4' && isPending(c)) when = 'kit.imr.when.pending';
  else if (c.outcome === 'O2') when = isPending(c) ? 'kit.imr.when.urgentPending' : 'kit.imr.when.urgent';
  else if (c.outcome === 'O3' && c.agency === 'DMHC') when = 'kit.imr.when.experimental';
  else when = 'kit.imr.when.letter';
  paragraphs.push(w.draft(when));
  if (c.urgent) paragraphs.push(w.draft('kit.imr.urgent'));
  paragraphs.push(w.draft('kit.imr.close'));
  return { title: w.say('kit.draft.imr'), lead: w.say('kit.draft.lead'), paragraphs };
}

/** When to send it: by the 6-month date, or no date yet (O4, and before any written decision). */
function byWhen(w: KitWriter): string[] {
  const c = w.kase;
  if (c.outcome === 'O7') return [];
  if (c.imrDeadline) return [w.say('kit.form.by')];
  // A written decision whose date the person did not know: the rule in words.
  if (c.appealStatus === 'decided') return [w.say('kit.form.byWords')];
  return c.outcome === 'O4' ? [w.say('kit.form.noDeadline')] : [];
}

function dmhcFormSection(w: KitWriter): KitSection {
  const c = w.kase;
  const paragraphs = [
    ...(c.cohsHearingFirst ? [w.say('kit.dmhc.cohsCheck')] : []),
    w.say('kit.dmhc.oneForm'),
    w.say('kit.dmhc.number'),
    w.say('kit.dmhc.online'),
    w.say('kit.dmhc.paper'),
    ...byWhen(w),
  ];
  if (c.urgent) paragraphs.push(w.say('kit.dmhc.urgent'));
  paragraphs.push(w.say('kit.dmhc.after'));
  const mail = say(w.voice, 'l.mail');
  const fax = say(w.voice, 'l.fax');
  return section('imrForm', w.say('kit.dmhc.title'), {
    paragraphs,
    items: [
      { label: w.say('kit.dmhc.patient.label'), text: w.say('kit.dmhc.patient') },
      { label: w.say('kit.dmhc.plan.label'), text: w.say('kit.dmhc.plan') },
      { label: w.say('kit.form.why.label'), text: w.say('kit.form.why') },
      { label: w.say('kit.dmhc.sign.label'), text: w.say('kit.dmhc.sign') },
      { label: mail, text: addresses.dmhcMail.value },
      { label: fax, text: addresses.dmhcFax.value },
    ],
    draft: imrDraft(w),
    links: [w.link('dmhcComplaint'), w.link('dmhcImrForm')],
  });
}

function cdiFormSection(w: KitWriter): KitSection {
  const c = w.kase;
  const paragraphs = [w.say('kit.cdi.sent'), w.say('kit.cdi.consent'), w.say('kit.cdi.send'), ...byWhen(w)];
  if (c.urgent) paragraphs.push(w.say('kit.cdi.urgent'));
  paragraphs.push(w.say('kit.cdi.after'), w.say('kit.cdi.helper'));
  return section('cdiForm', w.say('kit.cdi.title'), {
    paragraphs,
    items: [{ label: w.say('kit.form.why.label'), text: w.say('kit.form.why') }],
    draft: imrDraft(w),
    links: [w.link('cdiImr')],
  });
}

function lateSection(w: KitWriter): KitSection {
  const agency = w.kase.agency;
  const decided = isDecided(w.kase);
  return section('late', w.say('kit.late.title'), {
    paragraphs: [w.say(agency === 'DMHC' ? 'kit.late.DMHC' : 'kit.late.CDI')],
    draft: {
      title: w.say('kit.draft.late'),
      lead: w.say('kit.draft.lead'),
      paragraphs: [
        ...(decided ? [w.draft('kit.late.p1')] : [w.draft('kit.imr.when.letter')]),
        w.draft('kit.late.p2'),
        w.draft(agency === 'DMHC' ? 'kit.late.ask.DMHC' : 'kit.late.ask.CDI'),
      ],
    },
  });
}

function hearingDraft(w: KitWriter, first: KitKey): KitDraft {
  const paragraphs = [w.draft(first), w.draft('kit.hearing.p2')];
  if (w.kase.urgent) paragraphs.push(w.draft('kit.hearing.p3'));
  paragraphs.push(w.draft('kit.hearing.p4'));
  return { title: w.say('kit.draft.hearing'), lead: w.say('kit.draft.lead'), paragraphs };
}

/**
 * Medi-Cal managed care: the State Hearing beside the IMR, within 120 days of the NAR (or of the day
 * the plan's 30 days ran out). Before the plan's time is up, only when it opens; once asked for, no draft.
 */
function mediCalHearingSection(w: KitWriter): KitSection | undefined {
  const c = w.kase;
  const title = w.say(c.cohsHearingFirst ? 'kit.hearing.titleFirst' : 'kit.hearing.title');
  if (c.hearingRequested) return section('hearing', title, { paragraphs: [w.say('kit.hearing.requested')] });
  if (!c.hearingDeadline) return undefined;
  const open = isDecided(c) || (isPending(c) && c.planAnswerDue !== undefined && c.planAnswerDue < c.made);
  if (!open) return section('hearing', title, { paragraphs: [w.say('kit.hearing.later')], links: [w.link('cdssStateHearing')] });
  const paragraphs = [
    w.say(isDecided(c) ? 'kit.hearing.byNar' : 'kit.hearing.byNoAnswer'),
    w.say(c.cohsHearingFirst ? 'kit.hearing.cohs' : 'kit.hearing.order'),
    w.say('kit.hearing.how'),
  ];
  if (c.urgent) paragraphs.push(w.say('kit.hearing.urgent'));
  return section('hearing', title, {
    paragraphs,
    draft: hearingDraft(w, isDecided(c) ? 'kit.hearing.p1.decided' : 'kit.hearing.p1.pending'),
    links: [w.link('cdssStateHearing')],
  });
}

/** Fee-for-service Medi-Cal (O12): the State Hearing is the filing, within 90 days of the notice (said in words). */
function ffsHearingSection(w: KitWriter): KitSection {
  const paragraphs = [w.say('kit.hearing.ffs'), w.say('kit.hearing.how')];
  if (w.kase.urgent) paragraphs.push(w.say('kit.hearing.urgent'));
  return section('hearing', w.say('kit.hearing.titleFfs'), {
    paragraphs,
    draft: hearingDraft(w, 'kit.hearing.p1.letter'),
    links: [w.link('cdssStateHearing')],
  });
}

/** What to send: the letters, records, the doctor's letter, and the helper's form (always offered to staff). */
function attachmentsSection(w: KitWriter): KitSection {
  const c = w.kase;
  const list: KitKey[] = [];
  const doctor: KitKey = c.urgent ? 'kit.attach.doctorUrgent' : c.reason === 'experimental' ? 'kit.attach.doctorExperimental' : 'kit.attach.doctor';
  if (c.outcome === 'O12') {
    list.push('kit.attach.notice', doctor, 'kit.attach.recordsPlan', 'kit.attach.copies');
  } else if (c.outcome === 'O5' || c.outcome === 'O6') {
    list.push('kit.attach.denial');
    if (c.outcome === 'O5') list.push('kit.attach.appeal');
    list.push(doctor, 'kit.attach.recordsPlan', c.agency === 'DMHC' ? 'kit.attach.assistantLater' : 'kit.attach.assistantCdi', 'kit.attach.copies');
  } else {
    list.push('kit.attach.denial');
    if (c.appealStatus === 'decided') list.push(c.mediCal ? 'kit.attach.nar' : 'kit.attach.answer');
    else if (c.appealStatus === 'pending') list.push('kit.attach.appeal');
    list.push(c.agency === 'DMHC' ? 'kit.attach.records' : 'kit.attach.recordsCdi', doctor);
    if (c.outcome === 'O7') list.push('kit.attach.late');
    list.push(c.agency === 'DMHC' ? 'kit.attach.assistant' : 'kit.attach.assistantCdi', 'kit.attach.copies');
  }
  const helperForm = list.includes('kit.attach.assistant') || list.includes('kit.attach.assistantLater');
  return section('attachments', w.say('kit.attach.title'), {
    checklist: list.map((key) => w.say(key)),
    links: helperForm ? [w.link('dmhcAuthorizedAssistant')] : [],
  });
}

function kitSections(w: KitWriter): KitSection[] {
  const c = w.kase;
  const out: KitSection[] = [];
  switch (c.outcome) {
    case 'O12':
      out.push(ffsHearingSection(w));
      break;
    case 'O5':
    case 'O6':
      out.push(grievanceSection(w));
      break;
    default: {
      // O2 before a written decision: the urgent grievance goes to the plan now, beside the IMR.
      // O3 with an insurer (CDI): appeal to the insurer; the IMR is not promised without it (imr-rules O3).
      if ((c.outcome === 'O2' && !isDecided(c)) || (c.outcome === 'O3' && c.agency === 'CDI')) out.push(grievanceSection(w));
      if (c.outcome === 'O7') out.push(lateSection(w));
      const hearing = c.mediCal && c.outcome !== 'O7' ? mediCalHearingSection(w) : undefined;
      // A County Organized Health System member: the State Hearing is the sure path, so it comes first.
      if (hearing && c.cohsHearingFirst) out.push(hearing);
      out.push(c.agency === 'DMHC' ? dmhcFormSection(w) : cdiFormSection(w));
      if (hearing && !c.cohsHearingFirst) out.push(hearing);
    }
  }
  // Not sure it is urgent: how to ask for a fast review, where the person first writes to someone.
  const first = out.find((part) => part.kind === 'grievance' || part.kind === 'imrForm' || part.kind === 'cdiForm');
  if (c.urgencyUnsure && first) first.paragraphs.push(w.say('kit.urgencyUnsure'));
  out.push(attachmentsSection(w));
  return out;
}

/** The web pages behind the facts the kit stated (and the links it gave), with the day each was checked. */
function kitSourceList(w: KitWriter): KitSource[] {
  const checkedBy = new Map<string, string>();
  const note = (url: string, checked: string) => {
    if (!/^https:/.test(url)) return;
    const seen = checkedBy.get(url);
    if (seen === undefined || checked > seen) checkedBy.set(url, checked);
  };
  const urlOf = (key: SourceKey | KitSourceKey): string => (key in kitSources ? kitSources[key as KitSourceKey] : sources[key as SourceKey]);
  for (const fact of w.facts) for (const key of kitFacts[fact].sources) note(urlOf(key), kitFacts[fact].checked);
  for (const key of w.linkKeys) for (const source of links[key].sources) note(urlOf(source), links[key].checked);
  return [...checkedBy].map(([url, checked]) => ({ url, checked: say(w.voice, 'kit.sources.checked', { date: formatDate(checked, w.voice.locale) }) }));
}

/** The filing kit for a kept plan, in the reader's language and voice (staff: "the patient"). */
export function filingKit(kase: FilingCase, locale: Locale, audience: 'patient' | 'staff'): FilingKit {
  const w = new KitWriter(kase, locale, audience);
  const title = w.say('kit.title');
  const notice = w.say('kit.notice');
  const privacy = w.say('kit.private');
  const sections = kitSections(w);
  const sourcesTitle = w.say('kit.sources');
  return { outcome: kase.outcome, locale, audience, title, notice, privacy, sections, sourcesTitle, sources: kitSourceList(w), facts: [...w.facts] };
}

/** Words and blanks as one line of text, blanks in [brackets]: how the drafts read when copied. */
export function kitPartsText(parts: readonly KitPart[]): string {
  return parts.map((part) => ('blank' in part ? `[${part.blank}]` : part.text)).join('');
}
