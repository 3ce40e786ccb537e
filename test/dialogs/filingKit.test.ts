import { describe, expect, it } from 'vitest';
import { filingKit, kitPartsText, kitTextFacts, type FilingKit } from '../../dialogs/filingKit.js';
import type { Locale } from '../../dialogs/contract.js';
import { formatDate } from '../../dialogs/say.js';
import { californiaToday, planAnswerDue, planUrgentAnswerDue } from '../../machines/dateRules.js';
import { KIT_FACTS_CHECKED, addresses, kitFacts, kitSources, phones, sources, timelines, type KitFactKey, type SourceKey } from '../../machines/facts.js';
import { filingCaseFrom, filingCaseSchema, kitOutcomes } from '../../machines/filingCase.js';
import { outcomeDetails } from '../../machines/outcomeDetails.js';
import { NOW, answer, surfaces, Chat, type Step } from './chat.js';
import { DECIDED_RECENTLY, chatTo, kitCaseOf, kitPaths } from './kitPaths.js';

const TODAY = californiaToday(NOW);
const locales: readonly Locale[] = ['en', 'es'];
const audiences = ['patient', 'staff'] as const;

/** Every word of a kit, drafts with their blanks in [brackets]: what a reader can see. */
function words(kit: FilingKit): string {
  const out = [kit.title, kit.notice, kit.privacy, kit.sourcesTitle];
  for (const section of kit.sections) {
    out.push(section.title, ...section.paragraphs, ...section.checklist);
    for (const item of section.items) out.push(item.label, item.text);
    for (const link of section.links) out.push(link.label, link.url);
    if (section.draft) out.push(section.draft.title, section.draft.lead, ...section.draft.paragraphs.map(kitPartsText));
  }
  for (const source of kit.sources) out.push(source.url, source.checked);
  return out.join('\n');
}

const drafts = (kit: FilingKit) => kit.sections.flatMap((section) => (section.draft ? [section.draft] : []));
const draftText = (kit: FilingKit, kind: string) => {
  const draft = kit.sections.find((section) => section.kind === kind)?.draft;
  return draft ? draft.paragraphs.map(kitPartsText).join('\n') : '';
};

describe.each(kitPaths)('the filing kit at $name', (path) => {
  describe.each(locales)('in %s', (locale) => {
    it.each(audiences)('for the %s: its form, its drafts with the computed dates and marked blanks, and what to send', (audience) => {
      const chat = chatTo(path, audience === 'staff' ? surfaces.teams : surfaces.web, locale);
      expect(chat.view().outcome?.id).toBe(path.outcome);
      const kase = kitCaseOf(chat);
      expect(kase?.outcome).toBe(path.outcome);
      if (!kase) return;
      expect(kase.agency).toBe(path.agency);
      const kit = filingKit(kase, locale, audience);
      const all = words(kit);

      // A starting point, not legal advice; blanks for what only the person knows.
      expect(kit.notice).toContain(locale === 'es' ? 'no asesoría legal' : 'not legal advice');
      expect(drafts(kit).length).toBeGreaterThan(0);
      for (const draft of drafts(kit)) expect(draft.paragraphs.flat().some((part) => 'blank' in part)).toBe(true);
      expect(all).not.toMatch(/[\uE000\uE001]|\{[\w.]+\}|undefined/);

      for (const iso of path.dates) expect(all, iso).toContain(formatDate(iso, locale));

      // Which form and which drafts, by outcome.
      const kinds = kit.sections.map((section) => section.kind);
      if (path.outcome === 'O12') expect(kinds).toEqual(['hearing', 'attachments']);
      else if (path.outcome === 'O5' || path.outcome === 'O6') expect(kinds).toEqual(['grievance', 'attachments']);
      else expect(kinds).toContain(path.agency === 'DMHC' ? 'imrForm' : 'cdiForm');
      if (path.outcome === 'O7') expect(kinds[0]).toBe('late');
      if (path.outcome === 'O2' && !kase.imrDeadline) expect(kinds[0]).toBe('grievance');
      if (path.mediCal && path.outcome !== 'O6') expect(kinds).toContain('hearing');
      if (path.outcome === 'O3' && path.agency === 'CDI') expect(kinds).toEqual(['grievance', 'cdiForm', 'attachments']);
      // A County Organized Health System member: the State Hearing first, and check with DMHC before the IMR.
      expect(kinds.indexOf('hearing') >= 0 && kinds.indexOf('hearing') < kinds.indexOf('imrForm')).toBe(kase.cohsHearingFirst);
      expect(all.includes(locale === 'es' ? 'para saber si su plan es un plan del DMHC' : 'to check that your plan is a DMHC plan')).toBe(kase.cohsHearingFirst && audience === 'patient');
      // Not sure it is urgent: how to ask for a fast review, once.
      expect(all.split(locale === 'es' ? 'Las apelaciones urgentes se deciden en' : 'Urgent appeals are decided in').length - 1).toBe(kase.urgencyUnsure ? 1 : 0);
      // A written decision whose date the person did not know: the rule in words, and the letter to send.
      if (kase.appealStatus === 'decided' && !kase.appealDate && path.outcome !== 'O7') {
        expect(all).toContain(locale === 'es' ? 'meses de la fecha de la carta del plan' : 'months of the date on the plan\'s letter');
      }
      if (kinds.includes('imrForm')) {
        expect(all).toContain(kitFacts.dmhcFormNumber.value);
        expect(all).toContain(addresses.dmhcMail.value);
      }
      if (kinds.includes('cdiForm')) expect(all).toContain(phones.cdiHotline.value);
      const hearing = kit.sections.find((section) => section.kind === 'hearing');
      if (hearing?.draft) expect(all).toContain(phones.cdssStateHearings.value);

      // Urgent wording where it is urgent, and only there.
      const urgentLetter = locale === 'es' ? 'Esto es urgente.' : 'This is urgent.';
      if (kinds.includes('grievance')) expect(draftText(kit, 'grievance').includes(urgentLetter)).toBe(path.outcome === 'O2');
      const imrDraft = draftText(kit, path.agency === 'DMHC' ? 'imrForm' : 'cdiForm');
      if (imrDraft) expect(imrDraft.includes(locale === 'es' ? 'revisión acelerada' : 'expedited')).toBe(path.outcome === 'O2');

      // What to send: the letter it is about, and the helper's form, always offered to staff.
      const checklist = kit.sections.find((section) => section.kind === 'attachments')?.checklist.join('\n') ?? '';
      expect(checklist).toMatch(path.outcome === 'O12' ? /notice|aviso/ : /denial letter|carta de denegación/);
      if (audience === 'staff' && path.outcome !== 'O12') {
        expect(checklist).toMatch(path.agency === 'DMHC' ? /Authorized Assistant|Asistente Autorizado/ : /CDI/);
        if (path.agency === 'DMHC') expect(checklist).toMatch(/Part B|Parte B/);
      }
      if (path.mediCal && kase.imrDeadline) expect(checklist).toContain('NAR');
      if (kase.appealStatus === 'decided' && !path.mediCal) expect(checklist).toMatch(/written answer|respuesta escrita/);

      // Every fact a text states is in machines/facts.ts, none of them unverified, with its page.
      expect(kit.facts.length).toBeGreaterThan(0);
      for (const fact of kit.facts) expect(kitFacts[fact].status, fact).not.toBe('unverified');
      expect(kit.sources.length).toBeGreaterThan(0);
      for (const source of kit.sources) expect(source.url).toMatch(/^https:\/\//);
    });
  });
});

describe('the drafts, by reason', () => {
  it('an IMR draft says what the plan said, for each reason, and leaves the treatment blank', () => {
    const reasons = [
      ['medical_necessity', /I do not need it/],
      ['experimental', /experimental/],
      ['emergency_payment', /emergency care on \[date of care\]/],
      ['unsure', /denied, changed or delayed \[the treatment or service\]/],
    ] as const;
    for (const [reason, wording] of reasons) {
      const kase = filingCaseSchema.parse({
        outcome: 'O1', agency: 'DMHC', mediCal: false, reason, appealStatus: 'decided', urgent: false, appealDate: '2026-09-15',
        imrDeadline: '2027-03-15', hearingRequested: false, made: TODAY, sentTodayDue: planAnswerDue(TODAY), urgentDue: planUrgentAnswerDue(TODAY),
      });
      const draft = draftText(filingKit(kase, 'en', 'patient'), 'imrForm');
      expect(draft, reason).toMatch(wording);
      expect(draft).toContain('My health plan, [your health plan\'s name],');
    }
  });

  it('a State Hearing already asked for gets the call to DMHC, not a second request', () => {
    const chat = new Chat(surfaces.web, 'en');
    chat.join();
    const steps: Step[] = [
      { slot: 'coverage', value: 'medi_cal_managed' }, { slot: 'planName', value: 'L.A. Care' }, { slot: 'hearing', value: 'requested' },
      { slot: 'reason', value: 'medical_necessity' }, { slot: 'appealStatus', value: 'decided' }, { slot: 'appealDate', value: DECIDED_RECENTLY },
      { slot: 'urgency', value: 'not_urgent' },
    ];
    for (const step of steps) {
      if (step.slot === 'planName') chat.say(step.value);
      else answer(chat, step, 'values');
    }
    const kase = kitCaseOf(chat);
    expect(kase?.hearingRequested).toBe(true);
    const hearing = kase && filingKit(kase, 'en', 'patient').sections.find((section) => section.kind === 'hearing');
    expect(hearing?.draft).toBeUndefined();
    expect(hearing?.paragraphs.join(' ')).toContain(phones.dmhcHelpCenter.value);
  });
});

describe('outcomes that lead to no filing the kit drafts', () => {
  it.each([
    ['O8', [{ slot: 'coverage', value: 'dmhc_plan' }, { slot: 'reason', value: 'billing' }]],
    ['O9', [{ slot: 'coverage', value: 'cdi_policy' }, { slot: 'reason', value: 'not_covered' }]],
    ['O10', [{ slot: 'coverage', value: 'medicare' }]],
    ['O11', [{ slot: 'coverage', value: 'self_funded' }]],
    ['O14', [{ slot: 'coverage', value: 'unsure' }, { slot: 'regulator', value: 'unsure' }]],
    ['O15', [{ slot: 'coverage', value: 'dmhc_plan' }, { slot: 'reason', value: 'enrollment' }]],
  ] as [string, Step[]][])('%s has no kit', (id, steps) => {
    const chat = new Chat(surfaces.web, 'en');
    chat.join();
    for (const step of steps) answer(chat, step, 'values');
    expect(chat.view().outcome?.id).toBe(id);
    expect(kitCaseOf(chat)).toBeUndefined();
  });

  it('the kit outcomes are the ones that lead to a filing', () => {
    expect([...kitOutcomes]).toEqual(['O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O12']);
    expect(filingCaseFrom(outcomeDetails('O13', { coverage: 'medi_cal_managed', hearing: 'held' }, TODAY), { coverage: 'medi_cal_managed' }, TODAY)).toBeUndefined();
  });
});

describe('what a person types never reaches a draft', () => {
  const marker = 'Qwxzyvkitmarker';

  it('free text with a marker in it leaves no trace in the kit; the plan name is the one thing typed that a draft names', () => {
    for (const locale of locales) {
      const chat = new Chat(surfaces.web, locale);
      chat.join();
      chat.say(`Hello, my name is ${marker} and my plan said no`);
      chat.say(locale === 'es' ? 'Tengo Medi-Cal con un plan de salud' : 'I have Medi-Cal through a managed care plan');
      chat.say(`${marker} Health`);
      answer(chat, { slot: 'hearing', value: 'none' }, 'values');
      chat.say(`Dr ${marker} said the plan called it not medically necessary`);
      answer(chat, { slot: 'appealStatus', value: 'decided' }, 'values');
      chat.say(`${marker} 9/15/2026`);
      answer(chat, { slot: 'appealDate', value: DECIDED_RECENTLY }, 'values');
      chat.say(`not urgent ${marker}`);
      if (chat.slot() === 'urgency') answer(chat, { slot: 'urgency', value: 'not_urgent' }, 'values');
      expect(chat.view().outcome?.id).toBe('O1');
      const kase = kitCaseOf(chat);
      expect(kase?.planName).toBe(`${marker} Health`);
      if (!kase) return;
      // The stored case holds codes, dates and the plan's name: nothing else the person typed.
      expect(JSON.stringify({ ...kase, planName: '…' })).not.toContain(marker);
      for (const audience of audiences) {
        const kit = filingKit(kase, locale, audience);
        const all = words(kit);
        const withoutPlanName = all.replaceAll(`${marker} Health`, '…');
        expect(withoutPlanName).not.toContain(marker);
        expect(all).toContain(`${marker} Health`);
        expect(all).toContain(formatDate(DECIDED_RECENTLY, locale));
      }
    }
  });
});

describe('the facts the kit states', () => {
  it('each names known sources, a status, the day it was checked, and says why when it is not verified', () => {
    for (const [key, fact] of Object.entries(kitFacts)) {
      expect(fact.sources.length, key).toBeGreaterThan(0);
      for (const source of fact.sources) expect(source in kitSources || source in sources, `${key}: ${source}`).toBe(true);
      expect(['verified', 'secondary', 'conflict', 'unverified', 'product rule'], key).toContain(fact.status);
      expect(fact.checked, key).toBe(KIT_FACTS_CHECKED);
      if (fact.status !== 'verified' && fact.status !== 'product rule') expect(fact.note, key).toMatch(/\S{3}/);
    }
    for (const url of Object.values(kitSources)) expect(new URL(url).protocol).toBe('https:');
  });

  it('no kit text rests on a fact that is unverified, and the unverified ones are what the kit avoids saying', () => {
    const stated = new Set<KitFactKey>(Object.values(kitTextFacts).flat());
    const unverified = (Object.keys(kitFacts) as KitFactKey[]).filter((key) => kitFacts[key].status === 'unverified');
    expect(unverified.sort()).toEqual(['cdiSendTo', 'dmhcOtherSections']);
    for (const key of unverified) expect(stated.has(key), key).toBe(false);
    // Every other fact is stated by some text (a fact no text states would be dead weight to re-check).
    for (const key of Object.keys(kitFacts) as KitFactKey[]) if (!unverified.includes(key)) expect(stated.has(key), key).toBe(true);
  });

  it('the form asks for patient details only as far as a source shows (the patient section), and the rest is said as advice', () => {
    const kit = filingKit(
      filingCaseSchema.parse({ outcome: 'O4', agency: 'DMHC', mediCal: false, urgent: false, hearingRequested: false, made: TODAY, sentTodayDue: planAnswerDue(TODAY), urgentDue: planUrgentAnswerDue(TODAY) }),
      'en',
      'patient',
    );
    const asks = words(kit).split('\n').filter((line) => /the form asks/i.test(line));
    expect(asks).toHaveLength(1);
    expect(asks[0]).toMatch(/^The form asks for the patient's name, date of birth, address, phone and email/);
    expect(kitFacts.dmhcPatientSection.status).toBe('secondary');
  });

  it('the day counts come from the timelines, not from the texts', () => {
    const kit = filingKit(
      filingCaseSchema.parse({ outcome: 'O6', agency: 'DMHC', mediCal: true, urgent: false, hearingRequested: false, made: TODAY, sentTodayDue: planAnswerDue(TODAY), urgentDue: planUrgentAnswerDue(TODAY) }),
      'en',
      'patient',
    );
    const all = words(kit);
    expect(all).toContain(`within ${timelines.planGrievanceDays.value} days after it gets your letter`);
    expect(all).toContain(`appeal within ${timelines.mediCalPlanAppealDays.value} days of the date on the Notice of Action`);
  });

  it('links and sources are the pages facts.ts names', () => {
    const known = new Set<string>([...Object.values(kitSources), ...Object.values(sources as Record<SourceKey, string>)]);
    for (const path of kitPaths) {
      const kase = kitCaseOf(chatTo(path, surfaces.web, 'en'));
      if (!kase) continue;
      for (const source of filingKit(kase, 'en', 'patient').sources) expect(known.has(source.url), source.url).toBe(true);
    }
  });
});
