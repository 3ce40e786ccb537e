import type { OutcomeId } from '../machines/imrMachine.js';
import type { SessionView } from '../machines/imrSession.js';
import type { OutcomeDetails } from '../machines/outcomeDetails.js';
import { addresses, agencies, citations, links, phones, type LinkKey, type PhoneKey } from '../machines/facts.js';
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

function stepKeys(d: OutcomeDetails): TextKey[] {
  const a = (key: string) => forAgency(key, d);
  switch (d.id) {
    case 'O1':
      return ['o1.step1', 'o1.step2', a('o1.step3'), 'o1.step4', 'o1.step5'];
    case 'O2':
      return [a('o2.step1'), a('o2.step2'), 'o2.step3', 'o2.step4'];
    case 'O3':
      return ['o3.step1', 'o3.step2', 'o3.step3', 'o3.step4'];
    case 'O4':
      return ['o4.step1', 'o4.step2', 'o4.step3'];
    case 'O5':
      return ['o5.step1', 'o5.step2', 'o5.step3'];
    case 'O6':
      // Medi-Cal: appeal within 60 days of the Notice of Action; commercial: 180 days of the problem (O6, secondary).
      return ['o6.step1', d.mediCal ? 'o6.step2.mediCal' : 'o6.step2', 'o6.step3', 'o6.step4'];
    case 'O7':
      return [a('o7.step1'), 'o7.step2', 'o7.step3'];
    case 'O8':
      return ['o8.step1', 'o8.step2', 'o8.step3'];
    case 'O9':
      return ['o9.step1', 'o9.step2', 'o9.step3'];
    case 'O10':
      return ['o10.step1', 'o10.step2', 'o10.step3', 'o10.step4'];
    case 'O11':
      return ['o11.step1', 'o11.step2'];
    case 'O12':
      return ['o12.step1', 'o12.step2', 'o12.step3'];
    case 'O13':
      return ['o13.step1', 'o13.step2', 'o13.step3'];
    case 'O14':
      return ['o14.step1', 'o14.step2', 'o14.step3'];
    case 'O15':
      return ['o15.step1', 'o15.step2'];
  }
}

function noteKeys(d: OutcomeDetails, staff: boolean): TextKey[] {
  const notes: TextKey[] = [];
  const isImr = imrOutcomes.includes(d.id);
  // O2 with a written decision: ask for the expedited IMR now, and give the O1 deadline.
  if (d.id === 'O2' && d.imrDeadline) notes.push('o2.decided');
  if (d.id === 'O4') notes.push('o4.noDeadline');
  if (d.id === 'O7' && d.mediCal) notes.push('o7.mediCal');
  if (d.id === 'O8') {
    // Prospect Medical Group v. Northridge (2009); AB 716 (ground ambulance, DMHC plans).
    notes.push('o8.emergency');
    if (d.agency === 'DMHC') notes.push('o8.ambulance');
    notes.push('o8.notEmergency');
  }
  if (isImr && d.mediCal && d.id !== 'O7') notes.push(d.hearingDeadline ? 'note.mediCal' : 'note.mediCalNoDate');
  if (isImr && d.cohsPlan) notes.push('note.cohs');
  if (isImr && d.hearingRequested) notes.push('note.hearingRequested');
  if (d.mediMedi && isImr) notes.push('note.mediMedi');
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

function agencyPhones(d: OutcomeDetails): PhoneKey[] {
  switch (d.id) {
    case 'O10':
      return ['medicare', 'medicareTty', 'hicap'];
    case 'O11':
      return ['ebsa'];
    case 'O12':
      return ['cdssStateHearings', 'cdssPublicInquiry', 'cdssTdd'];
    case 'O13':
      return ['mediCalOmbudsman'];
    case 'O14':
      return ['dmhcHelpCenter', 'cdiHotline'];
    case 'O15':
      return ['coveredCalifornia', 'cdssPublicInquiry'];
    default: {
      const own: PhoneKey = d.agency === 'DMHC' ? 'dmhcHelpCenter' : 'cdiHotline';
      const tty: PhoneKey = d.agency === 'DMHC' ? 'dmhcTdd' : 'cdiTty';
      return d.id === 'O7' ? [own, tty, 'healthConsumerAlliance'] : [own, tty];
    }
  }
}

function agencyName(d: OutcomeDetails, voice: Voice): string {
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
      return say(voice, 'agency.enrollment');
    default:
      return say(voice, d.agency === 'DMHC' ? 'agency.DMHC' : 'agency.CDI');
  }
}

function timelineKeys(d: OutcomeDetails): TextKey[] {
  switch (d.id) {
    case 'O1':
    case 'O3':
    case 'O4':
      return ['timeline.imr', 'timeline.afterWin'];
    case 'O2':
      return ['timeline.plan', d.agency === 'CDI' ? 'timeline.expeditedCdi' : 'timeline.expeditedDmhc'];
    case 'O5':
    case 'O6':
      return ['timeline.plan'];
    case 'O8':
    case 'O9':
      return ['timeline.complaint'];
    default:
      return [];
  }
}

function linkKeys(d: OutcomeDetails, staff: boolean): LinkKey[] {
  const keys: LinkKey[] = [];
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
    case 'O8':
    case 'O9':
      keys.push(d.agency === 'DMHC' ? 'dmhcComplaint' : 'cdiComplaint');
      break;
    default:
      keys.push(d.agency === 'DMHC' ? 'dmhcComplaint' : 'cdiImr');
      if (d.id === 'O7') keys.push('healthConsumerAlliance');
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

function outcomeVars(d: OutcomeDetails, view: SessionView, voice: Voice): Vars {
  const agency = agencies[d.agency];
  return {
    agency: agency.shortName,
    agencyPhone: agency.phone.value,
    agencyTty: agency.tdd.value,
    plan: view.answers.planName ?? '',
    deadline: d.imrDeadline ? formatDate(d.imrDeadline.date, voice.locale) : '',
    planDue: d.planAnswerDue ? formatDate(d.planAnswerDue.date, voice.locale) : '',
    hearingDate: d.hearingDeadline ? formatDate(d.hearingDeadline.date, voice.locale) : '',
  };
}

/** The dated facts: deadline and days left (or passed and days since), the plan's due date, the hearing date. */
function datedFacts(d: OutcomeDetails, voice: Voice): Fact[] {
  const facts: Fact[] = [];
  const date = (iso: string) => formatDate(iso, voice.locale);
  if (d.imrDeadline && d.id === 'O7') {
    facts.push({ label: say(voice, 'l.passedOn'), value: date(d.imrDeadline.date) });
    facts.push({ label: say(voice, 'l.daysSince'), value: String(-d.imrDeadline.daysLeft) });
  } else if (d.imrDeadline) {
    facts.push({ label: say(voice, 'l.deadline'), value: date(d.imrDeadline.date) });
    facts.push({ label: say(voice, 'l.daysLeft'), value: String(d.imrDeadline.daysLeft) });
  }
  if (d.planAnswerDue && d.planAnswerDue.daysLeft > 0) {
    facts.push({ label: say(voice, 'l.planDue'), value: date(d.planAnswerDue.date) });
    facts.push({ label: say(voice, 'l.daysLeft'), value: String(d.planAnswerDue.daysLeft) });
  } else if (d.planAnswerDue) {
    facts.push({ label: say(voice, 'l.planWasDue'), value: date(d.planAnswerDue.date) });
  }
  if (d.hearingDeadline && d.id !== 'O7') facts.push({ label: say(voice, 'l.hearingDeadline'), value: date(d.hearingDeadline.date) });
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
  const lower = d.id.toLowerCase();
  const title = say(voice, `${lower}.title` as TextKey);
  const meaning = say(voice, `${lower}.meaning` as TextKey, vars);
  const notes = noteKeys(d, voice.staff).map((key) => say(voice, key, vars));
  const steps = stepKeys(d).map((key) => say(voice, key, vars));
  const agency: Fact = { label: say(voice, 'l.agency'), value: agencyName(d, voice) };
  const phoneFacts = agencyPhones(d).map((key) => phoneFact(voice, key));
  // issue 17: the deploying organisation's own line, after the agencies' numbers.
  const freeHelp = orgFact(voice);
  const timeline = timelineKeys(d).map((key) => say(voice, key));
  const linkList: Link[] = linkKeys(d, voice.staff).map((key) => ({ label: say(voice, linkTextKey[key]), url: links[key].value }));
  const choices = currentChoices(view, voice, undefined, 0, offer);
  const offerText = offer ? say(voice, offer === 'calendar' ? 'reminders.offer.calendar' : 'reminders.offer.message') : undefined;
  const rule = citations[d.id];

  if (!surface.brief) {
    const facts: Fact[] = [agency, ...datedFacts(d, voice), ...phoneFacts, ...(freeHelp ? [freeHelp] : [])];
    if (timeline.length) facts.push({ label: say(voice, 'l.howLong'), value: timeline.join(' ') });
    if (imrOutcomes.includes(d.id)) facts.push({ label: say(voice, 'l.documents'), value: say(voice, d.mediCal ? 'docs.imrMediCal' : 'docs.imr') });
    if (d.id === 'O8' || d.id === 'O9') facts.push({ label: say(voice, 'l.documents'), value: say(voice, 'docs.complaint') });
    if (d.agency === 'DMHC' && ['O1', 'O3', 'O4', 'O7'].includes(d.id)) {
      facts.push({ label: say(voice, 'l.mail'), value: addresses.dmhcMail.value });
      facts.push({ label: say(voice, 'l.fax'), value: addresses.dmhcFax.value });
    }
    if (rule.length) facts.push({ label: say(voice, 'l.rule'), value: rule.join('; ') });
    const outcome: Reply = { kind: 'outcome', outcome: d.id, title, text: [meaning, ...notes].join('\n'), steps, facts, links: linkList };
    if (offerText) return [outcome, { kind: 'question', outcome: d.id, text: offerText, choices }];
    return [{ ...outcome, choices }];
  }

  // SMS: the same content, brief, packed into as few messages as fit three segments each.
  const facts: Fact[] = [agency, ...datedFacts(d, voice), ...phoneFacts.slice(0, d.id === 'O12' || d.id === 'O14' ? 2 : 1), ...(freeHelp ? [freeHelp] : [])];
  const factLines = facts.map((fact) => `${fact.label}: ${fact.value}`);
  const blocks: Reply[] = [
    { kind: 'outcome', outcome: d.id, title, text: meaning },
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
