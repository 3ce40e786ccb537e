import type { OutcomeId } from '../machines/imrMachine.js';
import type { SessionView } from '../machines/imrSession.js';
import type { OutcomeDetails } from '../machines/outcomeDetails.js';
import type { OutsideImrCoverage } from '../machines/answers.js';
import { addresses, agencies, links, phones, shownCitations, type CitationBody, type LinkKey, type PhoneKey } from '../machines/facts.js';
import type { Choice, Fact, Link, Reply, Surface } from './contract.js';
import { orgFact } from './org.js';
import { fitsBudget } from './plain.js';
import { currentChoices, type ReminderOffer } from './prompts.js';
import { formatDate, hasText, say, type TextKey, type Vars, type Voice } from './say.js';

/**
 * An outcome said in full (imr-rules.md §2 "must say"): what it means, the agency, numbered next
 * steps, the deadline as a date and the days left, documents, phones, timelines and the rule it
 * rests on. Every number comes from machines/facts.ts or is computed by machines/dateRules.ts.
 */

const imrOutcomes: readonly OutcomeId[] = ['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7'];

/** A step with an agency-specific wording (`o2.step1.DMHC`) uses it; otherwise the shared one. */
function forAgency(key: string, details: OutcomeDetails): TextKey {
  const specific = `${key}.${details.agency}`;
  if (hasText(specific)) return specific;
  if (hasText(key)) return key;
  throw new Error(`No text for ${key}`);
}

const wroteDecision = (d: OutcomeDetails) => d.appealStatus === 'decided';
/** O3 for a CDI policy (imr-rules O3): the DMHC shortcut is not promised. */
const cdiExperimental = (d: OutcomeDetails) => d.id === 'O3' && d.agency === 'CDI';

function titleKey(d: OutcomeDetails): TextKey {
  if (d.cohsHearingFirst) return 'cohs.title';
  if (cdiExperimental(d)) return 'o3.title.CDI';
  if (d.id === 'O16' && d.outside) return `o16.title.${d.outside}`;
  return `${d.id.toLowerCase()}.title` as TextKey;
}

/** What the outcome means, first; O10's two kinds of Medicare are alternatives said with it, never steps. */
function meaningKeys(d: OutcomeDetails): TextKey[] {
  if (d.cohsHearingFirst) return ['cohs.meaning'];
  switch (d.id) {
    case 'O1':
      return [d.dateUnknown ? 'o1.meaning.noDate' : 'o1.meaning'];
    case 'O2':
      return [wroteDecision(d) ? 'o2.meaning.decided' : 'o2.meaning'];
    case 'O3':
      return [cdiExperimental(d) ? 'o3.meaning.CDI' : 'o3.meaning'];
    case 'O5':
      return [d.dateUnknown ? 'o5.meaning.noDate' : 'o5.meaning'];
    case 'O6':
      return [d.appealStatus === 'unsure' ? 'o6.meaning.unsure' : 'o6.meaning'];
    case 'O8':
      return [d.cancelled ? 'o8.meaning.cancelled' : 'o8.meaning'];
    case 'O10':
      return ['o10.meaning', 'o10.original', 'o10.advantage'];
    case 'O15':
      return [d.enrollment === 'jobOrMarketplace' ? 'o15.meaning.job' : 'o15.meaning'];
    case 'O16':
      return d.outside ? [`o16.meaning.${d.outside}`] : ['o16.meaning.unknown'];
    default:
      return [`${d.id.toLowerCase()}.meaning` as TextKey];
  }
}

function stepKeys(d: OutcomeDetails): TextKey[] {
  const a = (key: string) => forAgency(key, d);
  if (d.cohsHearingFirst) {
    const third: TextKey = d.id === 'O2' ? 'cohs.step3.urgent' : d.id === 'O4' ? 'cohs.step3.pending' : 'cohs.step3.decided';
    return ['cohs.step1', 'cohs.step2', third];
  }
  switch (d.id) {
    case 'O1':
      return ['o1.step1', 'o1.step2', a('o1.step3'), d.dateUnknown ? 'o1.step4.noDate' : 'o1.step4', 'o1.step5'];
    case 'O2':
      // imr-rules O2: with a written decision, an expedited IMR now and the O1 deadline; the plan step is done.
      if (wroteDecision(d)) return [a('o2d.step2'), 'o2.step3', d.imrDeadline ? 'o2d.step3' : 'o2d.step3.noDate'];
      if (d.appealStatus === 'pending') return [a('o2p.step1'), a('o2.step2'), 'o2.step3', 'o2.step4'];
      return [a('o2.step1'), a('o2.step2'), 'o2.step3', 'o2.step4'];
    case 'O3':
      return cdiExperimental(d) ? ['o3.step1.CDI', 'o3.step2.CDI', 'o3.step1', 'o3.step2'] : ['o3.step1', 'o3.step2', 'o3.step3', 'o3.step4'];
    case 'O4':
      return ['o4.step1', 'o4.step2', 'o4.step3'];
    case 'O5':
      return d.dateUnknown ? ['o5.step1.noDate', 'o5.step2.noDate', 'o5.step3'] : ['o5.step1', 'o5.step2', 'o5.step3'];
    case 'O6':
      // Medi-Cal: appeal within 60 days of the notice (CDSS); commercial: 180 days of the problem (O6, secondary).
      return [d.appealStatus === 'unsure' ? 'o6.step1.unsure' : 'o6.step1', d.mediCal ? 'o6.step2.mediCal' : 'o6.step2', 'o6.step3', 'o6.step4'];
    case 'O7':
      return [a('o7.step1'), 'o7.step2', 'o7.step3'];
    case 'O8':
      return ['o8.step1', 'o8.step2', 'o8.step3'];
    case 'O9':
      return ['o9.step1', 'o9.step2', 'o9.step3'];
    case 'O10':
      return ['o10.step1', 'o10.step2', 'o10.step3'];
    case 'O11':
      return ['o11.step1', 'o11.step2'];
    case 'O12':
      return ['o12.step1', 'o12.step2', 'o12.step3'];
    case 'O13':
      return ['o13.step1', 'o13.step2', 'o13.step3', 'o13.step4'];
    case 'O14':
      return ['o14.step1', 'o14.step2', 'o14.step3'];
    case 'O15':
      return d.enrollment === 'jobOrMarketplace' ? ['o15.job.step1', 'o15.job.step2'] : ['o15.step1', 'o15.step2', 'o15.step3'];
    case 'O16':
      return outsideSteps(d);
  }
}

/** O16: each coverage's own path, as far as coverage-outside-imr.md verifies it. */
function outsideSteps(d: OutcomeDetails): TextKey[] {
  const prefix = `o16.${d.outside ?? 'unknown'}`;
  const keys: TextKey[] = [];
  for (let n = 1; hasText(`${prefix}.step${n}`); n++) keys.push(`${prefix}.step${n}` as TextKey);
  return keys;
}

function noteKeys(d: OutcomeDetails, staff: boolean): TextKey[] {
  const notes: TextKey[] = [];
  const isImr = imrOutcomes.includes(d.id);
  if (d.imrDeadline?.daysLeft === 0 && (d.id === 'O1' || d.id === 'O2')) notes.push('note.lastDay');
  if (d.planAnswerDue?.daysLeft === 0) notes.push('note.planLastDay');
  if (d.id === 'O4') notes.push('o4.noDeadline');
  if (d.id === 'O7' && d.mediCal) notes.push('o7.mediCal');
  if (d.id === 'O8' && !d.cancelled) {
    // Only for bills after emergency care: Prospect Medical Group v. Northridge (2009); AB 716 (ground ambulance, DMHC plans).
    notes.push('o8.emergency');
    if (d.agency === 'DMHC') notes.push('o8.ambulance');
    notes.push('o8.notEmergency');
  }
  if (d.id === 'O16' && d.outside === 'ccs') notes.push('o16.ccs.mediCal');
  if (isImr && d.mediCal && d.id !== 'O7' && !d.cohsHearingFirst) notes.push(d.hearingDeadline ? 'note.mediCal' : 'note.mediCalNoDate');
  if (isImr && d.cohsPlan && !d.cohsHearingFirst && d.id !== 'O7') notes.push('note.cohs');
  if (isImr && d.hearingRequested) notes.push('note.hearingRequested');
  if (isImr && d.hearingUnsure) notes.push('note.hearingUnsure');
  if (isImr && d.appealStatus === 'unsure') notes.push('note.appealUnsure');
  if (isImr && d.urgencyUnsure) notes.push('note.urgencyUnsure');
  if (d.mediMedi && isImr) notes.push(d.dualUnsure ? 'note.dualUnsure' : 'note.mediMedi');
  if (d.mediMedi && d.experimental) notes.push('note.mediMediExperimental');
  if (d.assumedDmhc && d.id !== 'O14') notes.push('note.assumedDmhc');
  if (staff) notes.push('note.staff');
  return notes;
}

function phoneFact(voice: Voice, key: PhoneKey): Fact {
  const label = hasText(`phone.${key}`) ? say(voice, `phone.${key}` as TextKey) : say(voice, 'l.phone');
  // The lettered form the agency prints (its vanity number) helps people match it to their letters.
  const { value, vanity } = phones[key];
  return { label, value: vanity && !voice.brief ? `${value} (${vanity})` : value };
}

/** O16 phones: the verified number, or where none is verified, the one on the card or letter. */
const outsidePhones: Readonly<Record<OutsideImrCoverage, readonly PhoneKey[]>> = {
  tricare: ['triwest'],
  va: ['vaHealthBenefits'],
  fehb: [],
  indian_health: [],
  ccs: [],
  student_plan: ['ucShip', 'cdiHotline', 'dmhcHelpCenter'],
  short_term: ['cdiHotline', 'coveredCalifornia'],
  no_coverage: ['cdssPublicInquiry', 'coveredCalifornia'],
  gov_self_funded: ['maximusExternalReview'],
};

/** Where no number is verified (coverage-outside-imr.md), the one that sorts it out is on the person's own papers. */
const outsideNumberOnPapers: Partial<Record<OutsideImrCoverage, TextKey>> = {
  fehb: 'o16.phone.card',
  indian_health: 'o16.phone.letter',
  ccs: 'o16.phone.notice',
};

function agencyPhones(d: OutcomeDetails): PhoneKey[] {
  if (d.cohsHearingFirst) return ['cdssStateHearings', 'dmhcHelpCenter', 'dmhcTdd'];
  switch (d.id) {
    case 'O10':
      return ['medicare', 'medicareTty', 'hicap'];
    case 'O11':
      return ['ebsa'];
    case 'O12':
      return ['cdssStateHearings', 'cdssPublicInquiry', 'cdssTdd'];
    case 'O13':
      return ['healthConsumerAlliance', 'mediCalOmbudsman'];
    case 'O14':
      return ['dmhcHelpCenter', 'cdiHotline'];
    case 'O15':
      return ['coveredCalifornia', 'cdssPublicInquiry'];
    case 'O16':
      return d.outside ? [...outsidePhones[d.outside]] : ['dmhcHelpCenter'];
    default: {
      const own: PhoneKey = d.agency === 'DMHC' ? 'dmhcHelpCenter' : 'cdiHotline';
      const tty: PhoneKey = d.agency === 'DMHC' ? 'dmhcTdd' : 'cdiTty';
      if (d.id === 'O7') return [own, tty, 'healthConsumerAlliance'];
      // A Medi-Cal outcome with a State Hearing date gives the number to call for it.
      if (d.hearingDeadline && imrOutcomes.includes(d.id)) return [own, tty, 'cdssStateHearings'];
      return [own, tty];
    }
  }
}

function agencyName(d: OutcomeDetails, voice: Voice): string {
  if (d.cohsHearingFirst) return say(voice, 'agency.cohs');
  switch (d.id) {
    case 'O10':
      return say(voice, 'agency.medicare');
    case 'O11':
      return say(voice, 'agency.ebsa');
    case 'O12':
      return say(voice, 'agency.cdss');
    case 'O13':
      return say(voice, 'agency.ombudsman');
    case 'O14':
      return `${say(voice, 'agency.DMHC')} / ${say(voice, 'agency.CDI')}`;
    case 'O15':
      return say(voice, d.enrollment === 'jobOrMarketplace' ? 'agency.enrollmentJob' : 'agency.enrollment');
    case 'O16':
      return say(voice, d.outside ? `agency.o16.${d.outside}` : 'agency.o16.unknown');
    default:
      return say(voice, d.agency === 'DMHC' ? 'agency.DMHC' : 'agency.CDI');
  }
}

function timelineKeys(d: OutcomeDetails): TextKey[] {
  const expedited: TextKey = d.agency === 'CDI' ? 'timeline.expeditedCdi' : 'timeline.expeditedDmhc';
  switch (d.id) {
    case 'O1':
    case 'O4':
      return ['timeline.imr', 'timeline.afterWin'];
    case 'O3':
      return cdiExperimental(d) ? ['timeline.plan'] : ['timeline.imr', 'timeline.afterWin'];
    case 'O2':
      // With a written decision the plan's time is over: only the expedited IMR's.
      return wroteDecision(d) ? [expedited] : ['timeline.plan', expedited];
    case 'O5':
    case 'O6':
      return ['timeline.plan'];
    case 'O9':
      // O8 says it in its own third step.
      return ['timeline.complaint'];
    default:
      return [];
  }
}

function linkKeys(d: OutcomeDetails, staff: boolean): LinkKey[] {
  const keys: LinkKey[] = [];
  if (d.cohsHearingFirst) keys.push('cdssStateHearing', 'dmhcComplaint');
  else {
    switch (d.id) {
      case 'O10':
        keys.push('medicareAppeals');
        break;
      case 'O11':
      case 'O13':
        break;
      case 'O12':
        keys.push('cdssStateHearing');
        break;
      case 'O14':
        keys.push('dmhcComplaint', 'cdiComplaint');
        break;
      case 'O15':
        keys.push('coveredCalifornia', 'cdssStateHearing');
        break;
      case 'O16':
        if (d.outside === 'short_term' || d.outside === 'student_plan') keys.push('cdiComplaint');
        if (d.outside === 'no_coverage') keys.push('coveredCalifornia', 'cdssStateHearing');
        break;
      case 'O8':
      case 'O9':
        keys.push(d.agency === 'DMHC' ? 'dmhcComplaint' : 'cdiComplaint');
        break;
      default:
        keys.push(d.agency === 'DMHC' ? 'dmhcComplaint' : cdiExperimental(d) ? 'cdiComplaint' : 'cdiImr');
        if (d.id === 'O7') keys.push('healthConsumerAlliance');
    }
  }
  if (staff) keys.push('dmhcAuthorizedAssistant');
  return keys;
}

const linkTextKey: Record<LinkKey, TextKey> = {
  dmhcComplaint: 'link.dmhcComplaint',
  dmhcComplaintEs: 'link.dmhcComplaint',
  dmhcImrForm: 'link.dmhcImrForm',
  dmhcAuthorizedAssistant: 'link.authorizedAssistant',
  cdiImr: 'link.cdiImr',
  cdiComplaint: 'link.cdiComplaint',
  medicareAppeals: 'link.medicareAppeals',
  coveredCalifornia: 'link.coveredCalifornia',
  cdssStateHearing: 'link.cdssStateHearing',
  healthConsumerAlliance: 'link.healthConsumerAlliance',
};

/**
 * The papers to gather: never a plan answer that does not exist yet (issue 15). With a written
 * decision, the plan's answer (the NAR for Medi-Cal); with an appeal waiting, a copy of it and its
 * date; before any appeal, the denial itself (for Medi-Cal named both ways plans name it).
 */
function documentsKey(d: OutcomeDetails): TextKey | undefined {
  if (d.id === 'O8') return d.cancelled ? 'docs.cancelled' : 'docs.complaint';
  if (d.id === 'O9') return 'docs.complaint';
  if (!imrOutcomes.includes(d.id)) return undefined;
  if (wroteDecision(d)) return d.mediCal ? 'docs.imrMediCal' : 'docs.imr';
  if (d.appealStatus === 'pending') return d.mediCal ? 'docs.pendingMediCal' : 'docs.pending';
  return d.mediCal ? 'docs.denialMediCal' : 'docs.denial';
}

/** Whose rules the outcome's path runs through: only their citations are shown, and only verified ones. */
function citationBodies(d: OutcomeDetails, notes: readonly TextKey[]): CitationBody[] {
  if (d.cancelled) return [];
  const bodies: CitationBody[] = [];
  if (imrOutcomes.includes(d.id) || d.id === 'O8' || d.id === 'O9') bodies.push(d.agency);
  const hearing = d.cohsHearingFirst || notes.includes('note.mediCal') || notes.includes('note.mediCalNoDate');
  if (d.id === 'O12' || hearing) bodies.push('CDSS');
  if (d.id === 'O16' && d.outside === 'fehb') bodies.push('OPM');
  if (d.id === 'O16' && d.outside === 'indian_health') bodies.push('IHS');
  if (d.id === 'O16' && d.outside === 'short_term') bodies.push('CDI');
  return bodies;
}

function outcomeVars(d: OutcomeDetails, view: SessionView, voice: Voice): Vars {
  const agency = agencies[d.agency];
  return {
    agency: agency.shortName,
    agencyPhone: agency.phone.value,
    agencyTty: agency.tdd.value,
    plan: view.answers.planName || say(voice, 'v.thisPlan'),
    deadline: d.imrDeadline ? formatDate(d.imrDeadline.date, voice.locale) : '',
    planDue: d.planAnswerDue ? formatDate(d.planAnswerDue.date, voice.locale) : '',
    hearingDate: d.hearingDeadline ? formatDate(d.hearingDeadline.date, voice.locale) : '',
  };
}

/** The dated facts: deadline and days left (or passed and days since), the plan's due date, the hearing date. */
function datedFacts(d: OutcomeDetails, voice: Voice): Fact[] {
  const facts: Fact[] = [];
  const date = (iso: string) => formatDate(iso, voice.locale);
  const hearing = (): Fact[] => (d.hearingDeadline && d.id !== 'O7' ? [{ label: say(voice, 'l.hearingDeadline'), value: date(d.hearingDeadline.date) }] : []);
  // Where the State Hearing is the sure path, its date comes first.
  if (d.cohsHearingFirst) facts.push(...hearing());
  if (d.imrDeadline && d.id === 'O7') {
    facts.push({ label: say(voice, 'l.passedOn'), value: date(d.imrDeadline.date) });
    facts.push({ label: say(voice, 'l.daysSince'), value: String(-d.imrDeadline.daysLeft) });
  } else if (d.imrDeadline) {
    facts.push({ label: say(voice, 'l.deadline'), value: date(d.imrDeadline.date) });
    // The last day reads as the last day, not as "Days left: 0".
    facts.push({ label: say(voice, 'l.daysLeft'), value: d.imrDeadline.daysLeft === 0 ? say(voice, 'v.lastDay') : String(d.imrDeadline.daysLeft) });
  }
  if (d.planAnswerDue && d.planAnswerDue.daysLeft >= 0) {
    // Day 30 is still the plan's: it has until the end of it (HSC 1368.01(a)).
    facts.push({ label: say(voice, 'l.planDue'), value: date(d.planAnswerDue.date) });
    facts.push({ label: say(voice, 'l.daysLeft'), value: d.planAnswerDue.daysLeft === 0 ? say(voice, 'v.planLastDay') : String(d.planAnswerDue.daysLeft) });
  } else if (d.planAnswerDue) {
    facts.push({ label: say(voice, 'l.planWasDue'), value: date(d.planAnswerDue.date) });
  }
  if (!d.cohsHearingFirst) facts.push(...hearing());
  return facts;
}

/**
 * `offer`: reminders are offered for this outcome's dates (issue 8). The offer comes after the
 * outcome, as a question carrying the outcome's choices, so the kept plan (the outcome replies) does
 * not ask it.
 */
export function outcomeReplies(view: SessionView, voice: Voice, surface: Surface, offer?: ReminderOffer): Reply[] {
  const d = view.outcome;
  if (!d) return [];
  const vars = outcomeVars(d, view, voice);
  const title = say(voice, titleKey(d), vars);
  const meaning = meaningKeys(d).map((key) => say(voice, key, vars));
  const noteList = noteKeys(d, voice.staff);
  const notes = noteList.map((key) => say(voice, key, vars));
  const steps = stepKeys(d).map((key) => say(voice, key, vars));
  const agency: Fact = { label: say(voice, 'l.agency'), value: agencyName(d, voice) };
  const onPapers = d.outside ? outsideNumberOnPapers[d.outside] : undefined;
  const phoneFacts = [
    ...agencyPhones(d).map((key) => phoneFact(voice, key)),
    ...(onPapers ? [{ label: say(voice, 'l.phone'), value: say(voice, onPapers) }] : []),
  ];
  // issue 17: the deploying organisation's own line, after the agencies' numbers.
  const freeHelp = orgFact(voice);
  const timeline = timelineKeys(d).map((key) => say(voice, key));
  const linkList: Link[] = linkKeys(d, voice.staff).map((key) => ({ label: say(voice, linkTextKey[key]), url: links[key].value }));
  const choices = currentChoices(view, voice, undefined, 0, offer);
  const offerText = offer ? say(voice, offer === 'calendar' ? 'reminders.offer.calendar' : 'reminders.offer.message') : undefined;
  const rule = shownCitations(d.id, citationBodies(d, noteList));
  // A field of its own: cards show it; on phones it goes to the plan page, not into the SMS.
  const citations: Fact | undefined = rule.length ? { label: say(voice, 'l.rule'), value: rule.join('; ') } : undefined;
  const documents = documentsKey(d);

  if (!surface.brief) {
    const facts: Fact[] = [agency, ...datedFacts(d, voice), ...phoneFacts, ...(freeHelp ? [freeHelp] : [])];
    if (timeline.length) facts.push({ label: say(voice, 'l.howLong'), value: timeline.join(' ') });
    if (documents) facts.push({ label: say(voice, 'l.documents'), value: say(voice, documents) });
    if (d.agency === 'DMHC' && ['O1', 'O3', 'O4', 'O7'].includes(d.id) && !d.cohsHearingFirst) {
      facts.push({ label: say(voice, 'l.mail'), value: addresses.dmhcMail.value });
      facts.push({ label: say(voice, 'l.fax'), value: addresses.dmhcFax.value });
    }
    const outcome: Reply = {
      kind: 'outcome',
      outcome: d.id,
      title,
      text: [...meaning, ...notes].join('\n'),
      steps,
      facts,
      links: linkList,
      ...(citations ? { citations } : {}),
    };
    if (offerText) return [outcome, { kind: 'question', outcome: d.id, text: offerText, choices }];
    return [{ ...outcome, choices }];
  }

  // SMS: the same content, brief, packed into as few messages as fit three segments each.
  const facts: Fact[] = [agency, ...datedFacts(d, voice), ...phoneFacts.slice(0, d.id === 'O12' || d.id === 'O14' ? 2 : 1), ...(freeHelp ? [freeHelp] : [])];
  const factLines = facts.map((fact) => `${fact.label}: ${fact.value}`);
  const blocks: Reply[] = [
    { kind: 'outcome', outcome: d.id, title, text: meaning[0] ?? '', ...(citations ? { citations } : {}) },
    ...meaning.slice(1).map((line): Reply => ({ kind: 'outcome', outcome: d.id, text: line })),
    ...factLines.map((line): Reply => ({ kind: 'outcome', outcome: d.id, text: line })),
    { kind: 'outcome', outcome: d.id, text: say(voice, 'l.steps') },
    ...steps.map((step, i): Reply => ({ kind: 'outcome', outcome: d.id, text: `${i + 1}. ${step}` })),
    ...notes.map((note): Reply => ({ kind: 'outcome', outcome: d.id, text: note })),
    ...timeline.map((line): Reply => ({ kind: 'outcome', outcome: d.id, text: line })),
    ...linkList.slice(0, 1).map((link): Reply => ({ kind: 'outcome', outcome: d.id, text: '', links: [link] })),
  ];
  // The reminder offer is its own message, ending with its "Reply 1, 2, 3 or 4": the one answer at
  // an outcome that keeps a deadline from being missed should not lose its hint to a full message.
  if (offerText) return [...pack(blocks, surface.maxChars), { kind: 'question', outcome: d.id, text: offerText, choices }];
  return pack([...blocks, { kind: 'outcome', outcome: d.id, text: '', choices }], surface.maxChars);
}

function merge(a: Reply, b: Reply): Reply {
  const join = <T>(x: T[] | undefined, y: T[] | undefined): T[] | undefined => (x || y ? [...(x ?? []), ...(y ?? [])] : undefined);
  const merged: Reply = { ...a, text: [a.text, b.text].filter((t) => t !== '').join('\n') };
  if (!a.citations && b.citations) merged.citations = b.citations;
  const facts = join(a.facts, b.facts);
  const linkList = join(a.links, b.links);
  const choices: Choice[] | undefined = join(a.choices, b.choices);
  if (facts) merged.facts = facts;
  if (linkList) merged.links = linkList;
  if (choices) merged.choices = choices;
  return merged;
}

/** Greedy packing: each SMS reply stays within three segments (fitsBudget), in reading order. */
export function pack(blocks: readonly Reply[], maxChars: number): Reply[] {
  const out: Reply[] = [];
  let current: Reply | undefined;
  for (const block of blocks) {
    if (!current) {
      current = block;
      continue;
    }
    const merged = merge(current, block);
    if (fitsBudget(merged, maxChars)) current = merged;
    else {
      out.push(current);
      current = block;
    }
  }
  if (current) out.push(current);
  return out;
}
