import { describe, expect, it } from 'vitest';
import type { QuestionSlot } from '../../machines/answers.js';
import { californiaToday, daysBetween, imrFilingDeadline, mediCalHearingDeadline, planAnswerDue } from '../../machines/dateRules.js';
import { agencies, links, phones, type PhoneKey } from '../../machines/facts.js';
import type { OutcomeId } from '../../machines/imrMachine.js';
import type { Locale, Reply } from '../../dialogs/contract.js';
import { fitsBudget, plainText } from '../../dialogs/plain.js';
import { catalogs, formatDate } from '../../dialogs/say.js';
import { Chat, NOW, allText, answer, surfaces, type Step, type SurfaceName } from './chat.js';

const TODAY = californiaToday(NOW);

/** Dates counted back from the pinned day, chosen with a day above 12 so no numeric form reads two ways. */
const DECIDED_RECENTLY = '2026-09-15';
const DECIDED_LONG_AGO = '2026-03-13';
const FILED_LONG_AGO = '2026-10-13';
const FILED_RECENTLY = '2026-11-16';

interface Path {
  name: string;
  outcome: OutcomeId;
  steps: Step[];
  agency: string;
  phones: PhoneKey[];
  /** Dates that must appear, with the days left when they are ahead. */
  dates?: { iso: string; daysLeft?: boolean }[];
}

const s = (slot: Step['slot'], value: string): Step => ({ slot, value });
const dmhcMedical = [s('coverage', 'dmhc_plan'), s('reason', 'medical_necessity')];

const paths: readonly Path[] = [
  {
    name: 'a written decision two months ago',
    outcome: 'O1',
    steps: [...dmhcMedical, s('appealStatus', 'decided'), s('appealDate', DECIDED_RECENTLY), s('urgency', 'not_urgent')],
    agency: 'DMHC',
    phones: ['dmhcHelpCenter'],
    dates: [{ iso: imrFilingDeadline(DECIDED_RECENTLY), daysLeft: true }],
  },
  {
    name: 'urgent, no appeal yet',
    outcome: 'O2',
    steps: [...dmhcMedical, s('appealStatus', 'not_filed'), s('urgency', 'urgent')],
    agency: 'DMHC',
    phones: ['dmhcHelpCenter'],
  },
  {
    name: 'urgent with a written decision, insurance policy',
    outcome: 'O2',
    steps: [s('coverage', 'cdi_policy'), s('reason', 'medical_necessity'), s('appealStatus', 'decided'), s('appealDate', DECIDED_RECENTLY), s('urgency', 'urgent')],
    agency: 'CDI',
    phones: ['cdiHotline'],
    dates: [{ iso: imrFilingDeadline(DECIDED_RECENTLY), daysLeft: true }],
  },
  {
    name: 'experimental treatment with a DMHC plan',
    outcome: 'O3',
    steps: [s('coverage', 'dmhc_plan'), s('reason', 'experimental'), s('appealStatus', 'not_filed'), s('urgency', 'not_urgent')],
    agency: 'DMHC',
    phones: ['dmhcHelpCenter'],
  },
  {
    name: 'the plan missed its 30 days',
    outcome: 'O4',
    steps: [...dmhcMedical, s('appealStatus', 'pending'), s('appealDate', FILED_LONG_AGO), s('urgency', 'not_urgent')],
    agency: 'DMHC',
    phones: ['dmhcHelpCenter'],
    dates: [{ iso: planAnswerDue(FILED_LONG_AGO) }],
  },
  {
    name: 'appeal filed last week',
    outcome: 'O5',
    steps: [...dmhcMedical, s('appealStatus', 'pending'), s('appealDate', FILED_RECENTLY), s('urgency', 'not_urgent')],
    agency: 'DMHC',
    phones: ['dmhcHelpCenter'],
    dates: [{ iso: planAnswerDue(FILED_RECENTLY), daysLeft: true }],
  },
  {
    name: 'no appeal yet, emergency payment, insurance policy',
    outcome: 'O6',
    steps: [s('coverage', 'cdi_policy'), s('reason', 'emergency_payment'), s('appealStatus', 'not_filed'), s('urgency', 'not_urgent')],
    agency: 'CDI',
    phones: ['cdiHotline'],
  },
  {
    name: 'a written decision more than six months ago',
    outcome: 'O7',
    steps: [...dmhcMedical, s('appealStatus', 'decided'), s('appealDate', DECIDED_LONG_AGO)],
    agency: 'DMHC',
    phones: ['dmhcHelpCenter', 'healthConsumerAlliance'],
    dates: [{ iso: imrFilingDeadline(DECIDED_LONG_AGO) }],
  },
  { name: 'a billing problem', outcome: 'O8', steps: [s('coverage', 'dmhc_plan'), s('reason', 'billing')], agency: 'DMHC', phones: ['dmhcHelpCenter'] },
  { name: 'never covered', outcome: 'O9', steps: [s('coverage', 'cdi_policy'), s('reason', 'not_covered')], agency: 'CDI', phones: ['cdiHotline'] },
  { name: 'Medicare', outcome: 'O10', steps: [s('coverage', 'medicare')], agency: 'Medicare', phones: ['medicare'] },
  { name: 'a self-funded employer plan', outcome: 'O11', steps: [s('coverage', 'self_funded')], agency: 'EBSA', phones: ['ebsa'] },
  { name: 'regular Medi-Cal', outcome: 'O12', steps: [s('coverage', 'medi_cal_ffs')], agency: 'CDSS', phones: ['cdssStateHearings'] },
  {
    name: 'a State Hearing already held',
    outcome: 'O13',
    steps: [s('coverage', 'medi_cal_managed'), s('planName', ''), s('hearing', 'held')],
    agency: 'Ombudsman',
    phones: ['mediCalOmbudsman'],
  },
  {
    name: 'not sure of the plan or the office',
    outcome: 'O14',
    steps: [s('coverage', 'unsure'), s('regulator', 'unsure')],
    agency: 'DMHC',
    phones: ['dmhcHelpCenter', 'cdiHotline'],
  },
  {
    name: 'an enrollment decision',
    outcome: 'O15',
    steps: [s('coverage', 'dmhc_plan'), s('reason', 'enrollment')],
    agency: 'Covered California',
    phones: ['coveredCalifornia', 'cdssPublicInquiry'],
  },
];

/** How the agency is named in each language when it is not DMHC/CDI/EBSA/Medicare. */
function agencyWords(agency: string, locale: Locale): string {
  if (agency === 'CDSS') return locale === 'es' ? 'Audiencias Estatales' : 'State Hearings';
  return agency;
}

const locales: readonly Locale[] = ['en', 'es'];
const surfaceNames: readonly SurfaceName[] = ['web', 'sms', 'teams'];
const ways = ['values', 'numbers'] as const;

function outcomeReplies(replies: readonly Reply[], id: OutcomeId): Reply[] {
  return replies.filter((r) => r.outcome === id);
}

describe.each(surfaceNames)('on %s', (surfaceName) => {
  const surface = surfaces[surfaceName];
  describe.each(locales)('in %s', (locale) => {
    describe.each(ways)('by %s', (by) => {
      it.each(paths.map((p) => [p.outcome, p.name, p] as const))('%s is reached for %s, with its agency, phones and dates', (id, _name, path) => {
        const chat = new Chat(surface, locale);
        const welcome = chat.join();
        expect(welcome[0]?.kind).toBe('welcome');
        const everything: Reply[] = [...welcome];
        let replies: Reply[] = [];
        for (const step of path.steps) {
          replies = answer(chat, step, by);
          everything.push(...replies);
        }
        const said = outcomeReplies(replies, id);
        expect(said.length, `no reply states ${id}`).toBeGreaterThan(0);
        const text = allText(said);

        expect(text).toContain(agencyWords(path.agency, locale));
        for (const key of path.phones) expect(text).toContain(phones[key].value);
        for (const date of path.dates ?? []) {
          expect(text).toContain(formatDate(date.iso, locale));
          if (date.daysLeft) expect(text).toContain(String(daysBetween(TODAY, date.iso)));
        }
        // Every outcome offers Back and Start over; O14 also offers to go on as a DMHC plan.
        const commands = chat.offered().map((c) => JSON.stringify(c.value));
        expect(commands).toContain(JSON.stringify({ command: 'back' }));
        expect(commands).toContain(JSON.stringify({ command: 'restart' }));
        if (id === 'O14') expect(commands).toContain(JSON.stringify({ answer: { regulator: 'assumed_dmhc' } }));

        if (surface.brief) {
          for (const reply of everything) expect(fitsBudget(reply, surface.maxChars), plainText(reply)).toBe(true);
        } else {
          const full = said[0];
          expect(full?.title).toBeTruthy();
          expect(full?.steps?.length).toBeGreaterThan(0);
          expect(full?.facts?.some((f) => f.value.startsWith(phones[path.phones[0] ?? 'dmhcHelpCenter'].value))).toBe(true);
        }
        if (surface.audience === 'staff') {
          expect(said.flatMap((r) => r.links ?? []).map((l) => l.url)).toContain(links.dmhcAuthorizedAssistant.value);
          if (id === 'O1') expect(text).toContain(locale === 'es' ? 'El paciente puede pedir' : 'The patient can ask');
        }
      });
    });
  });
});

describe('what outcomes say beyond the common facts', () => {
  it('O1 for a CalOptima Medi-Cal member gives the NAR, the 120-day State Hearing date, and asks to confirm with DMHC', () => {
    const chat = new Chat(surfaces.web, 'en');
    chat.join();
    answer(chat, s('coverage', 'medi_cal_managed'), 'values');
    chat.say('CalOptima');
    expect(chat.slot()).toBe('hearing');
    answer(chat, s('hearing', 'requested'), 'values');
    answer(chat, s('reason', 'medical_necessity'), 'values');
    answer(chat, s('appealStatus', 'decided'), 'values');
    answer(chat, s('appealDate', DECIDED_RECENTLY), 'values');
    const text = allText(answer(chat, s('urgency', 'not_urgent'), 'values'));
    expect(text).toContain('Notice of Appeal Resolution');
    expect(text).toContain(formatDate(mediCalHearingDeadline({ status: 'decided', date: DECIDED_RECENTLY }), 'en'));
    expect(text).toContain('CalOptima may not be a DMHC plan');
    expect(text).toMatch(/before the hearing date/);
  });

  it('Medi-Medi adds the Medicare path to a DMHC outcome', () => {
    const chat = new Chat(surfaces.web, 'es');
    chat.join();
    for (const step of [s('coverage', 'dual'), s('dual', 'one_plan'), s('planName', ''), s('hearing', 'none'), s('reason', 'medical_necessity'), s('appealStatus', 'not_filed')]) {
      answer(chat, step, 'numbers');
    }
    const text = allText(answer(chat, s('urgency', 'not_urgent'), 'numbers'));
    expect(text).toContain(phones.medicare.value);
    expect(text).toContain('DMHC');
  });

  it('O7 never says it is too late and nothing can be done', () => {
    for (const locale of locales) {
      const chat = new Chat(surfaces.web, locale);
      chat.join();
      let replies: Reply[] = [];
      for (const step of [...dmhcMedical, s('appealStatus', 'decided'), s('appealDate', DECIDED_LONG_AGO)]) replies = answer(chat, step, 'values');
      expect(allText(replies)).not.toMatch(/too late|nothing (you can|to) do|demasiado tarde|nada que hacer/i);
      expect(allText(replies)).toContain(phones.healthConsumerAlliance.value);
    }
  });

  it('O14 goes on as a DMHC plan when the person chooses it', () => {
    const chat = new Chat(surfaces.sms, 'en');
    chat.join();
    answer(chat, s('coverage', 'unsure'), 'numbers');
    answer(chat, s('regulator', 'unsure'), 'numbers');
    answer(chat, s('regulator', 'assumed_dmhc'), 'numbers');
    expect(chat.slot()).toBe('reason');
  });

  it('an O1 becomes an O7 when the same conversation comes back after the deadline', () => {
    const chat = new Chat(surfaces.web, 'en');
    chat.join();
    for (const step of [...dmhcMedical, s('appealStatus', 'decided'), s('appealDate', DECIDED_RECENTLY), s('urgency', 'not_urgent')]) answer(chat, step, 'values');
    expect(chat.view().outcome?.id).toBe('O1');
    chat.now = new Date('2027-04-01T20:00:00Z');
    const replies = chat.say('hello?');
    expect(replies.some((r) => r.outcome === 'O7')).toBe(true);
    expect(allText(replies)).toContain(formatDate(imrFilingDeadline(DECIDED_RECENTLY), 'en'));
  });

  it('the regulator question names the brand the person gave', () => {
    const chat = new Chat(surfaces.web, 'en');
    chat.join();
    const replies = chat.say('Blue Shield');
    expect(chat.slot()).toBe('regulator');
    expect(allText(replies)).toContain('Blue Shield sells both kinds of plans. Which state office does the denial letter name?');
  });

  it('says back what one message answered, in the words of the answers', () => {
    const chat = new Chat(surfaces.web, 'en');
    chat.join();
    const replies = chat.press({ answer: { coverage: 'dmhc_plan', planName: 'Kaiser', reason: 'medical_necessity', appealStatus: 'decided', appealDate: '2026-03-03' } });
    expect(allText(replies)).toContain('Got it: Kaiser (a DMHC plan), denied as not medically necessary, appeal denied on March 3, 2026.');
  });
});

/** A way to reach each question, and the question it was answered at before it. */
const questionPrefixes: readonly { slot: QuestionSlot; steps: Step[] }[] = [
  { slot: 'coverage', steps: [] },
  { slot: 'regulator', steps: [s('coverage', 'unsure')] },
  { slot: 'planName', steps: [s('coverage', 'medi_cal_managed')] },
  { slot: 'hearing', steps: [s('coverage', 'medi_cal_managed'), s('planName', '')] },
  { slot: 'reason', steps: [s('coverage', 'dmhc_plan')] },
  { slot: 'appealStatus', steps: dmhcMedical },
  { slot: 'appealDate', steps: [...dmhcMedical, s('appealStatus', 'decided')] },
  { slot: 'urgency', steps: [...dmhcMedical, s('appealStatus', 'decided'), s('appealDate', DECIDED_RECENTLY)] },
];

const typed = {
  en: { help: 'help', back: 'back', restart: 'start over', other: 'español', deleteData: 'delete my data' },
  es: { help: 'ayuda', back: 'atrás', restart: 'empezar de nuevo', other: 'English', deleteData: 'borrar mis datos' },
} as const;

function reach(locale: Locale, steps: readonly Step[], surface = surfaces.web): Chat {
  const chat = new Chat(surface, locale);
  chat.join();
  for (const step of steps) answer(chat, step, 'values');
  return chat;
}

describe.each(locales)('commands typed in %s', (locale) => {
  const words = typed[locale];
  describe.each(questionPrefixes.map((q) => [q.slot, q] as const))('at the %s question', (slot, question) => {
    it('help explains the question and asks it again', () => {
      const chat = reach(locale, question.steps);
      const replies = chat.say(words.help);
      expect(allText(replies)).toContain(catalogs[locale][`help.${slot}`].full);
      expect(chat.slot()).toBe(slot);
      expect(replies.at(-1)?.kind).toBe('question');
    });

    it('back lands on the previous question', () => {
      const chat = reach(locale, question.steps);
      chat.say(words.back);
      const previous = question.steps.at(-1)?.slot ?? 'coverage';
      expect(chat.slot()).toBe(previous);
    });

    it('start over clears the answers and asks the first question', () => {
      const chat = reach(locale, question.steps);
      chat.say(words.restart);
      expect(chat.slot()).toBe('coverage');
      expect(chat.view().steps).toBe(0);
    });

    it('the other language is switched to and the same question asked in it', () => {
      const chat = reach(locale, question.steps);
      const replies = chat.say(words.other);
      const other: Locale = locale === 'en' ? 'es' : 'en';
      expect(chat.slot()).toBe(slot);
      expect((chat.stored as { locale: Locale }).locale).toBe(other);
      expect(allText(replies)).toContain(catalogs[other]['locale.switched'].full);
    });

    it('delete my data erases the stored conversation at once and says so', () => {
      const chat = reach(locale, question.steps);
      const replies = chat.say(words.deleteData);
      expect(chat.last?.data).toBeNull();
      expect(allText(replies)).toContain(catalogs[locale].deleted.full);
    });
  });

  it('commands work at an outcome too: back returns to the last question', () => {
    const chat = reach(locale, [s('coverage', 'dmhc_plan'), s('reason', 'billing')]);
    expect(chat.view().outcome?.id).toBe('O8');
    chat.say(words.back);
    expect(chat.slot()).toBe('reason');
  });
});

describe('commands pressed as buttons', () => {
  it('back, restart and a language switch work as posted values', () => {
    const chat = reach('en', dmhcMedical);
    chat.press({ command: 'back' });
    expect(chat.slot()).toBe('reason');
    chat.press({ locale: 'es' });
    expect((chat.stored as { locale: Locale }).locale).toBe('es');
    chat.press({ command: 'restart' });
    expect(chat.slot()).toBe('coverage');
  });

  it('back at the first question says there is nothing before it', () => {
    const chat = reach('en', []);
    expect(allText(chat.press({ command: 'back' }))).toContain(catalogs.en['back.nothing'].full);
    expect(chat.slot()).toBe('coverage');
  });
});

describe('words the carrier owns are never commands', () => {
  it.each(['STOP', 'cancel', 'End', 'quit', 'unsubscribe'])('"%s" changes nothing and gets no reply from the bot', (word) => {
    const chat = reach('en', dmhcMedical, surfaces.sms);
    const replies = chat.say(word);
    expect(replies).toEqual([]);
    expect(chat.slot()).toBe('appealStatus');
    expect(chat.last?.data).not.toBeNull();
  });
});

describe('the welcome', () => {
  it('is said once, on join, with what this is and that it is not advice', () => {
    const chat = new Chat(surfaces.web, 'en');
    const first = chat.join();
    expect(first[0]?.kind).toBe('welcome');
    expect(first[0]?.text).toContain('not legal or medical advice');
    expect(first[1]?.kind).toBe('question');
    expect(chat.join()).toEqual([]);
    expect(chat.say('1').some((r) => r.kind === 'welcome')).toBe(false);
  });

  it('comes first when the first message arrives without a join', () => {
    const chat = new Chat(surfaces.sms, 'es');
    const replies = chat.say('hola');
    expect(replies[0]?.kind).toBe('welcome');
    expect(replies[0]?.text).toContain('información general');
    expect(replies.at(-1)?.text).toContain(catalogs.es['q.coverage'].brief);
  });

  it('speaks Spanish when the channel says the person uses Spanish', () => {
    const chat = new Chat(surfaces.web, 'es');
    expect(allText(chat.join())).toContain(catalogs.es['q.coverage'].full);
  });

  it('tells staff about the Authorized Assistant form and asks about the patient', () => {
    const chat = new Chat(surfaces.teams, 'en');
    const text = allText(chat.join());
    expect(text).toContain('Authorized Assistant');
    expect(text).toContain('the patient have');
  });
});

describe('dates', () => {
  const atDate = (locale: Locale) => reach(locale, [...dmhcMedical, s('appealStatus', 'decided')]);

  it.each([
    ['en', '12/20/2026', 'date.future'],
    ['en', '2/30/2026', 'date.impossible'],
    ['en', '1/15/2010', 'date.too_old'],
    ['es', '20/12/2026', 'date.future'],
    ['es', '2010-01-15', 'date.too_old'],
  ] as const)('in %s, %s is refused kindly and the date is asked again', (locale, text, key) => {
    const chat = atDate(locale);
    const replies = chat.say(text);
    expect(replies.some((r) => r.kind === 'problem' && r.text === catalogs[locale][key].full.replace('{t.oldestDateYears}', '10'))).toBe(true);
    expect(chat.slot()).toBe('appealDate');
  });

  it('reads 3/14/2026 month first in English and 14/3/2026 day first in Spanish', () => {
    const en = atDate('en');
    en.say('3/14/2026');
    expect(en.view().answers.appealDate).toBe('2026-03-14');
    const es = atDate('es');
    es.say('14/3/2026');
    expect(es.view().answers.appealDate).toBe('2026-03-14');
  });

  it('a date that reads two ways is asked about, and a number picks one', () => {
    const chat = atDate('en');
    const replies = chat.say('3/4/2026');
    expect(chat.offered().map((c) => c.label)).toEqual([formatDate('2026-03-04', 'en'), formatDate('2026-04-03', 'en')]);
    expect(allText(replies)).toContain('Which date do you mean');
    expect(chat.view().answers.appealDate).toBeUndefined();
    chat.say('2');
    expect(chat.view().answers.appealDate).toBe('2026-04-03');
    expect((chat.stored as { pendingDate?: string[] }).pendingDate).toBeUndefined();
  });
});

describe('what was understood', () => {
  it('is said back briefly and the next question follows, with no confirmation turn', () => {
    const chat = reach('en', [...dmhcMedical, s('appealStatus', 'decided')]);
    const replies = chat.say('9/15/2026');
    expect(replies.at(-1)?.text).toMatch(/^Got it: decision dated September 15, 2026\.\n/);
    expect(chat.slot()).toBe('urgency');
  });

  it('after one miss gives an example, after two the numbered choices, after three the Help Center and start over', () => {
    const chat = reach('en', [s('coverage', 'dmhc_plan')]);
    expect(allText(chat.say('zzzz qqq'))).toContain(catalogs.en['example.reason'].full);
    expect(allText(chat.say('zzzz qqq'))).toMatch(/1\. Not medically necessary/);
    const third = chat.say('zzzz qqq');
    expect(allText(third)).toContain(phones.dmhcHelpCenter.value);
    expect(chat.offered().map((c) => JSON.stringify(c.value))).toContain(JSON.stringify({ command: 'restart' }));
    expect(chat.slot()).toBe('reason');
  });

  it('an invalid posted value is treated like text that was not understood', () => {
    const chat = reach('en', [s('coverage', 'dmhc_plan')]);
    chat.press({ answer: { reason: 'free_money' } });
    expect(chat.slot()).toBe('reason');
    expect((chat.stored as { misses: number }).misses).toBe(1);
  });
});

describe('safety and questions', () => {
  it('an emergency now gets 911 first, then the conversation goes on', () => {
    const chat = reach('en', [s('coverage', 'dmhc_plan')]);
    const replies = chat.say("I can't breathe");
    expect(replies[0]?.kind).toBe('safety');
    expect(replies[0]?.text).toContain(phones.emergency.value);
    expect(replies[0]?.text).toContain('If this is a medical emergency');
    expect(chat.slot()).toBe('reason');
    expect(replies.at(-1)?.kind).toBe('question');
  });

  it('a crisis gets 988 first, in Spanish too', () => {
    const chat = reach('es', []);
    const replies = chat.say('ya no quiero vivir');
    expect(replies[0]?.kind).toBe('safety');
    expect(replies[0]?.text).toContain(phones.crisis.value);
  });

  it('a common question is answered from the facts and the question asked again', () => {
    const chat = reach('en', [s('coverage', 'dmhc_plan')]);
    const replies = chat.say('is it free?');
    expect(allText(replies)).toContain(catalogs.en['faq.isItFree'].full);
    expect(chat.slot()).toBe('reason');
  });
});

describe('the stored data', () => {
  it('survives a restart between turns: a new Chat with the same JSON goes on where it was', () => {
    const before = reach('es', dmhcMedical, surfaces.sms);
    const after = new Chat(surfaces.sms, 'es');
    after.stored = JSON.parse(JSON.stringify(before.stored)) as unknown;
    // "3" is read against the restored question's choices: Yes, they said no · Yes, waiting · Not yet.
    after.say('3');
    expect(after.view().answers.appealStatus).toBe('not_filed');
    expect(after.slot()).toBe('urgency');
  });

  it('that cannot be read starts a new conversation instead of failing', () => {
    for (const garbage of [undefined, null, 42, 'x', { v: 99 }, { v: 1, locale: 'fr' }]) {
      const chat = new Chat(surfaces.web, 'en');
      chat.stored = garbage;
      const replies = chat.say('hello');
      expect(replies[0]?.kind).toBe('welcome');
      expect(chat.slot()).toBe('coverage');
    }
  });
});

describe('a shared Teams channel', () => {
  it('gets only a general answer and an offer of a private chat, and no case is stored', () => {
    const shared = { ...surfaces.teams, shared: true };
    const chat = new Chat(shared, 'en');
    const joined = chat.join();
    expect(allText(joined)).toContain('private chat');
    const replies = chat.press({ answer: { coverage: 'dmhc_plan' } });
    expect(replies.every((r) => r.kind === 'info' || r.kind === 'safety')).toBe(true);
    expect(replies.some((r) => r.choices?.length)).toBe(false);
    expect(chat.view().steps).toBe(0);
    expect(allText(replies)).toContain(agencies.DMHC.shortName);
  });

  it('answers a general question there too, without asking about a case', () => {
    const chat = new Chat({ ...surfaces.teams, shared: true }, 'en');
    const replies = chat.say('is it free?');
    expect(allText(replies)).toContain(catalogs.en['faq.isItFree'].full);
    expect(replies.some((r) => r.kind === 'question')).toBe(false);
  });
});

describe('every combination of answers', () => {
  const coverages = [
    'dmhc_plan', 'cdi_policy', 'medi_cal_managed', 'medi_cal_ffs', 'medicare', 'medi_medi', 'self_funded', 'unsure',
    'dual', 'tricare', 'va', 'fehb', 'indian_health', 'ccs', 'student_plan', 'short_term', 'no_coverage', 'gov_self_funded',
  ] as const;
  const reasons = ['medical_necessity', 'emergency_payment', 'experimental', 'billing', 'enrollment', 'not_covered', 'unsure', 'cancelled'] as const;
  const statuses = [
    { appealStatus: 'decided', appealDate: DECIDED_RECENTLY },
    { appealStatus: 'decided', appealDate: DECIDED_LONG_AGO },
    { appealStatus: 'decided', appealDateUnknown: true },
    { appealStatus: 'pending', appealDate: FILED_RECENTLY },
    { appealStatus: 'pending', appealDate: FILED_LONG_AGO },
    { appealStatus: 'pending', appealDateUnknown: true },
    { appealStatus: 'not_filed' },
    { appealStatus: 'unsure' },
  ] as const;
  const extras = [
    { hearing: 'none', planName: '', dual: 'one_plan' },
    { hearing: 'requested', planName: 'CalOptima', dual: 'medi_cal_plan' },
    { hearing: 'held', planName: 'L.A. Care', dual: 'one_plan' },
    { hearing: 'unsure', planName: 'CenCal Health', dual: 'unsure' },
  ] as const;

  it.each(locales)('reaches an outcome whose SMS replies each fit three segments, in %s', (locale) => {
    const seen = new Set<string>();
    for (const coverage of coverages) {
      for (const reason of reasons) {
        for (const status of statuses) {
          for (const urgency of ['urgent', 'not_urgent', 'unsure'] as const) {
            // Hearing, plan name and the dual answer matter only for Medi-Cal managed care.
            for (const extra of ['medi_cal_managed', 'medi_medi', 'dual'].includes(coverage) ? extras : extras.slice(0, 1)) {
              const chat = new Chat(surfaces.sms, locale);
              const replies = chat.press({ answer: { coverage, reason, urgency, regulator: 'unsure', ...status, ...extra } });
              const id = chat.view().outcome?.id;
              expect(id, JSON.stringify({ coverage, reason, status, urgency })).toBeDefined();
              seen.add(id ?? '');
              for (const reply of replies) expect(fitsBudget(reply, surfaces.sms.maxChars), plainText(reply)).toBe(true);
            }
          }
        }
      }
    }
    expect(seen.size).toBe(16);
  }, 180_000);
});

describe('messages that are not ordinary text', () => {
  it('an empty message, emoji, or a 10,000-character message is not understood and asks again', () => {
    for (const text of ['', '   ', '👍🏽🙏', 'blah '.repeat(2000)]) {
      const chat = reach('en', [s('coverage', 'dmhc_plan')]);
      const replies = chat.say(text);
      expect(chat.slot()).toBe('reason');
      expect(replies.at(-1)?.kind).toBe('question');
    }
  });

});
