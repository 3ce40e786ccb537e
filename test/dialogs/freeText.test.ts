import { describe, expect, it } from 'vitest';
import { imrFilingDeadline } from '../../machines/dateRules.js';
import { phones } from '../../machines/facts.js';
import { Chat, surfaces } from './chat.js';

/**
 * Every outcome reached by typing the way people talk — no button, no number — in English and in
 * Spanish, including one-message answers and the follow-up for brands that sell both kinds of plan.
 * The clock is NOW (2026-11-27 in California).
 */
type Path = { outcome: string; en: string[]; es: string[] };

const paths: Path[] = [
  {
    outcome: 'O1',
    en: ['Kaiser turned down my MRI, I appealed and they said no on October 3', 'not urgent'],
    es: ['Tengo Kaiser', 'dijeron que no es médicamente necesario', 'apelé y me lo negaron por escrito', '3 de octubre', 'no es urgente'],
  },
  {
    outcome: 'O2',
    en: ['I have an HMO', 'they denied my surgery as not medically necessary', "I haven't appealed yet", 'yes, my doctor says it is urgent'],
    es: ['tengo un HMO', 'negaron mi cirugía porque no es necesaria', 'no he apelado', 'sí, es urgente'],
  },
  {
    outcome: 'O3',
    en: ['Kaiser', 'they said the treatment is experimental', 'no appeal yet', 'not urgent'],
    es: ['Kaiser', 'dicen que el tratamiento es experimental', 'todavía no he apelado', 'no es urgente'],
  },
  {
    outcome: 'O4',
    en: ['HMO', 'not medically necessary', 'I appealed and I am still waiting for an answer', 'September 1', 'it can wait'],
    es: ['HMO', 'no es médicamente necesario', 'apelé y sigo esperando respuesta', '1 de septiembre', 'no es urgente'],
  },
  {
    outcome: 'O5',
    en: ['HMO', 'not medically necessary', 'I appealed and I am still waiting for an answer', 'two weeks ago', 'not urgent'],
    es: ['HMO', 'no es médicamente necesario', 'apelé y sigo esperando respuesta', 'hace dos semanas', 'no es urgente'],
  },
  {
    outcome: 'O6',
    en: ['Blue Shield', 'my letter says Department of Managed Health Care', 'not medically necessary', "I haven't appealed", 'not urgent'],
    es: ['Blue Shield', 'la carta dice Department of Managed Health Care', 'no es médicamente necesario', 'no he apelado', 'no es urgente'],
  },
  {
    outcome: 'O7',
    en: ['Kaiser', 'not medically necessary', 'I appealed and they said no in writing', 'January 5, 2026'],
    es: ['Kaiser', 'no es médicamente necesario', 'apelé y me lo negaron por escrito', '5 de enero de 2026'],
  },
  { outcome: 'O8', en: ['Kaiser', 'it is a billing problem, they charged me the wrong copay'], es: ['Kaiser', 'es un problema con la factura, me cobraron mal el copago'] },
  { outcome: 'O9', en: ['HMO', 'my plan never covers it, it is excluded'], es: ['HMO', 'mi plan nunca lo cubre, está excluido'] },
  { outcome: 'O10', en: ['I have Medicare Advantage'], es: ['tengo Medicare Advantage'] },
  { outcome: 'O11', en: ['a self-funded plan from my employer'], es: ['un plan autofinanciado de mi empleador'] },
  { outcome: 'O12', en: ['regular Medi-Cal'], es: ['Medi-Cal regular'] },
  {
    outcome: 'O13',
    en: ['Medi-Cal through IEHP', 'IEHP', 'the State Hearing was already held'],
    es: ['Medi-Cal con IEHP', 'IEHP', 'ya tuve la audiencia estatal'],
  },
  { outcome: 'O14', en: ["I don't know", "I'm not sure"], es: ['no sé', 'no estoy segura'] },
  { outcome: 'O15', en: ['Covered California', 'Covered California said I do not qualify for help with the premium'], es: ['Covered California', 'Covered California dijo que no califico para ayuda con la prima'] },
];

function outcomeOf(chat: Chat): string | undefined {
  return [...(chat.last?.replies ?? [])].reverse().find((r) => r.outcome)?.outcome;
}

describe.each(['en', 'es'] as const)('typing only, in %s', (locale) => {
  it.each(paths.map((p) => [p.outcome, p] as const))('reaches %s', (outcome, path) => {
    const chat = new Chat(surfaces.web, locale);
    chat.join();
    const misses: string[] = [];
    for (const text of path[locale]) {
      chat.say(text);
      if (chat.last?.events.some((e) => e.type === 'notUnderstood')) misses.push(text);
    }
    expect(misses, 'not understood').toEqual([]);
    expect(outcomeOf(chat)).toBe(outcome);
  });
});

describe('what typing gets right', () => {
  it('one message that answers four questions reaches O1 with the deadline counted from the date in it', () => {
    const chat = new Chat(surfaces.sms, 'en');
    chat.join();
    chat.say('Kaiser turned down my MRI, I appealed and they said no on October 3');
    const replies = chat.say('not urgent');
    const text = replies.map((r) => [r.text, ...(r.steps ?? []), ...(r.facts ?? []).map((f) => `${f.label}: ${f.value}`)].join('\n')).join('\n');
    expect(outcomeOf(chat)).toBe('O1');
    expect(text).toContain(phones.dmhcHelpCenter.value);
    expect(imrFilingDeadline('2026-10-03')).toBe('2027-04-03');
    expect(text).toContain('April 3, 2027');
  });

  it('asks which department for a brand that sells both kinds, and never guesses from the brand', () => {
    const chat = new Chat(surfaces.web, 'en');
    chat.join();
    chat.say('Anthem Blue Cross');
    expect(chat.view().question?.slot).toBe('regulator');
    expect(chat.view().answers.coverage).toBe('unsure');
  });

  it('back corrects an answer read from free text', () => {
    const chat = new Chat(surfaces.web, 'en');
    chat.join();
    chat.say('Kaiser');
    chat.say('it is a billing problem');
    expect(outcomeOf(chat)).toBe('O8');
    chat.say('back');
    expect(chat.view().question?.slot).toBe('reason');
    chat.say('they said it was not medically necessary');
    expect(chat.view().question?.slot).toBe('appealStatus');
  });
});
