import { describe, expect, it } from 'vitest';
import { phones } from '../../../machines/facts.js';
import { understand } from '../../../dialogs/understand/understand.js';
import { catalogs } from '../../../dialogs/say.js';
import { allText, Chat, surfaces, type SurfaceName } from '../chat.js';

/**
 * Safety first (issue 14): any sign of an emergency now gets 911 first, a crisis 988 first, then the
 * conversation goes on. The phrasings are the issue's own, then the everyday ways people say it, in
 * English and Spanish, typed fast, alone and inside long stories. A near miss may get the line too.
 */

const today = '2026-11-30';

const emergencyEn = [
  // issue 14, "What people typed and got"
  'I have chest pain',
  'my chest hurts really bad',
  'my wife passed out',
  'I took too many pills',
  // everyday phrasings
  "I can't breathe",
  'i cant breath',
  'cant breathe help',
  'I can barely breathe right now',
  'having trouble breathing',
  "it's hard to breathe",
  'short of breath and dizzy',
  "I can't catch my breath",
  'my baby is not breathing',
  'he stopped breathing',
  'chest pain',
  'chest pains since this morning',
  'my chest feels tight and my arm is numb',
  'pressure in my chest',
  'i have really bad chest pian',
  'my chest is killing me',
  'i think im having a heart attack',
  'hart attack',
  'my dad is having a stroke',
  'her face is drooping and her speech is slurred',
  "he can't move his arm",
  'worst headache of my life',
  'my son is having a seizure',
  'she is seizing',
  'my husband collapsed',
  'my mom fainted and wont wake up',
  "he's unconscious",
  'grandpa is unresponsive',
  'my wife is not responding',
  'i passed out twice today',
  'bleeding a lot',
  "I'm bleeding and it won't stop",
  'heavy bleeding after surgery',
  'coughing up blood',
  'throwing up blood',
  'overdose',
  'i think my son overdosed',
  'she took all of her pills',
  'my throat is closing',
  'allergic reaction, lips swelling',
  'he is turning blue',
  'call 911',
  'I need an ambulance',
  'this is an emergency',
  'emergency right now',
  "I think I'm dying",
  'CHEST PAIN NOW',
  'pt has chest pain in the waiting room',
  'the patient collapsed',
  // typed fast, without spaces, clinically, or mixed
  'mychesthurtsreallybad',
  'hes not breathing right what do i do',
  'my husband just fell down and hes not answering me',
  'my mom fell and hit her head, shes bleeding and confused',
  'i feel really dizzy and my heart is pounding so fast',
  'my kid swallowed some of grandmas pills',
  'my sugar reader says LOW and im shaky and sweaty',
  'Pt in lobby c/o crushing chest pain, diaphoretic',
  'my lips are huge, allergic reaction i think',
  'im pregnant and bleeding heavy right now',
  'my pecho hurts so bad',
  'no puedo breathe',
];

const emergencyEs = [
  'tengo dolor de pecho',
  'me duele el pecho',
  'me duele mucho el pecho',
  'dolor fuerte en el pecho',
  'siento presion en el pecho',
  'no puedo respirar',
  'no puede respirar',
  'me falta el aire',
  'me cuesta respirar',
  'mi bebe no respira',
  'me esta dando un infarto',
  'creo que es un ataque al corazon',
  'mi papa tiene un derrame',
  'tiene la cara chueca y habla raro',
  'mi hijo esta convulsionando',
  'tiene convulsiones',
  'mi esposa se desmayo',
  'me desmaye en el trabajo',
  'mi esposo no responde',
  'mi mama no despierta',
  'esta inconsciente',
  'estoy sangrando mucho',
  'no para de sangrar',
  'vomitando sangre',
  'sobredosis',
  'me tome muchas pastillas',
  'se tomo todas sus pastillas',
  'se le cierra la garganta',
  'necesito una ambulancia',
  'llamen al 911',
  'es una emergencia',
  'me estoy muriendo',
  'TENGO DOLOR DE PECHO',
  'la paciente se desmayo en la clinica',
  'mi hermano se paso de droga, esta morado',
  'mehepasadodepastillas me siento muy mal',
  'mi abuelo se acaba de caer y no se mueve',
  'me hice cortes y no paran de sangrar',
  'la pte esta con sangrado abundante ahorita',
  'el corazon me late muy rapido y me voy a desmayar',
  'me pico algo y se me esta cerrando la garganta',
  'mi esposo tiene dolor en el pecho y esta sudando mucho',
];

const crisisEn = [
  'I took too many pills on purpose',
  'I want to kill myself',
  'i wanna kill myself',
  'thinking about killing myself',
  'kms',
  'suicide',
  "I'm suicidal",
  'having suicidal thoughts',
  'sucidal',
  'I want to die',
  'i just wanna die',
  "I don't want to live anymore",
  "I don't want to be alive",
  "I'm going to end my life",
  'I want to end it all',
  'everyone would be better off without me',
  "I'd be better off dead",
  'I wish I was dead',
  'no reason to live',
  "I've been cutting myself",
  'i want to hurt myself',
  'self harm',
  "I can't go on anymore",
  "I can't take it anymore",
  'my son wants to kill himself',
  'my daughter said she wants to die',
  'pt states she wants to end her life',
  'ithinkimgoingtokillmyself',
  'thinkin bout ending my life tonite',
  'thinking of ending it',
  'i keep thinking about jumping off the bridge',
  'i wont be here in 30 days',
  'this is hopeless. im done. goodbye',
  'i just want to disappear forever',
  'pt states she plans to overdose tonight if her meds are not approved',
  'i want to morir',
];

const crisisEs = [
  'quiero morir',
  'me quiero morir',
  'ya no quiero vivir',
  'no quiero vivir mas',
  'quiero suicidarme',
  'pienso en suicidarme',
  'pensamientos suicidas',
  'quiero matarme',
  'me quiero matar',
  'pienso en quitarme la vida',
  'quiero acabar con mi vida',
  'quiero terminar con todo',
  'quiero hacerme dano',
  'me estoy cortando otra vez',
  'estarian mejor sin mi',
  'ya no aguanto mas',
  'mi hijo se quiere matar',
  'mi hija dice que quiere morirse',
  'me tome las pastillas a proposito',
  'kiero morirme',
  'mejor me mato y ya',
  'me voy a aventar del puente',
  'no tiene sentido seguir viviendo',
  'hoy pense en tomarme todas las pastillas que tengo en la casa',
  'ya no quiero bibir',
];

/** Words of an emergency but not one now: the line may be shown (err on the side of safety), and the answer is still read. */
const nearMisses = [
  { text: 'they denied my chest pain test', locale: 'en' as const },
  { text: 'I had a heart attack last year and they wont pay the ER bill', locale: 'en' as const },
  { text: 'they denied the MRI for my stroke rehab', locale: 'en' as const },
  { text: 'me negaron la prueba para el dolor de pecho', locale: 'es' as const },
];

/** Figures of speech and everyday appeal words that are never about an emergency now. */
const notSafety = [
  { text: 'this wait is killing me', locale: 'en' as const },
  { text: "I'm dying to know", locale: 'en' as const },
  { text: 'the deadline is killing me', locale: 'en' as const },
  { text: 'they are not responding to my appeal', locale: 'en' as const },
  { text: "it's not an emergency", locale: 'en' as const },
  { text: 'it was an emergency room bill', locale: 'en' as const },
  { text: 'they wont pay my emergency room bill from march', locale: 'en' as const },
  { text: 'I went to urgent care for my knee', locale: 'en' as const },
  { text: 'my back hurts when I sit', locale: 'en' as const },
  { text: 'kaiser denied my MRI', locale: 'en' as const },
  { text: 'me muero de ganas de saber', locale: 'es' as const },
  { text: 'esta espera me esta matando', locale: 'es' as const },
  { text: 'el plan no responde a mi apelacion', locale: 'es' as const },
  { text: 'no es una emergencia', locale: 'es' as const },
  { text: 'a proposito, tengo Kaiser', locale: 'es' as const },
  { text: 'me cortaron el medi-cal', locale: 'es' as const },
  { text: 'tengo dolor de espalda y me negaron la terapia', locale: 'es' as const },
];

/** A long message around the words: a story before, the words in the middle, a question after. */
function story(words: string, locale: 'en' | 'es'): string {
  return locale === 'en'
    ? `hi so my plan is kaiser and last month they sent me a letter saying no to the procedure my doctor ordered, I called them three times and nobody called back, and today ${words}, and I still dont know what to do about the appeal or who to call, can you help me please`
    : `hola mire tengo medi-cal con un plan y el mes pasado me mandaron una carta que no aprueban lo que pidio mi doctor, llame tres veces y nadie me regresa la llamada, y hoy ${words}, y no se que hacer con la apelacion ni a quien llamar, me puede ayudar por favor`;
}

/** The lines shown: the first, and the other one when both apply (self-harm that bleeds, an overdose). */
function lines(u: ReturnType<typeof understand>): string[] {
  return [u.safety, u.safetyAlso].filter((x): x is 'emergency' | 'crisis' => x !== undefined);
}

describe('safety: an emergency now gets 911', () => {
  it.each(emergencyEn)('English: %s', (text) => {
    expect(lines(understand(text, { locale: 'en', today }))).toContain('emergency');
  });
  it.each(emergencyEs)('Spanish: %s', (text) => {
    expect(lines(understand(text, { locale: 'es', today }))).toContain('emergency');
  });
  it.each([...emergencyEn.map((t) => [t, 'en'] as const), ...emergencyEs.map((t) => [t, 'es'] as const)])(
    'inside a long message: %s',
    (text, locale) => {
      expect(lines(understand(story(text, locale), { locale, today, expecting: 'reason' }))).toContain('emergency');
    },
  );
  it('an overdose gets 911 first and 988 after it', () => {
    const u = understand('I took too many pills', { locale: 'en', today });
    expect(lines(u)).toEqual(['emergency', 'crisis']);
  });
});

describe('safety: a crisis gets 988', () => {
  it.each(crisisEn)('English: %s', (text) => {
    expect(understand(text, { locale: 'en', today }).safety).toBe('crisis');
  });
  it.each(crisisEs)('Spanish: %s', (text) => {
    expect(understand(text, { locale: 'es', today }).safety).toBe('crisis');
  });
  it.each([...crisisEn.map((t) => [t, 'en'] as const), ...crisisEs.map((t) => [t, 'es'] as const)])(
    'inside a long message: %s',
    (text, locale) => {
      expect(understand(story(text, locale), { locale, today, expecting: 'coverage' }).safety).toBe('crisis');
    },
  );
  it('an overdose on purpose gets 988 and 911', () => {
    const u = understand('I took all my pills on purpose', { locale: 'en', today });
    expect(u.safety).toBe('crisis');
    expect(u.safetyAlso).toBe('emergency');
  });
});

describe('safety: anywhere in a very long message, in any case, with any punctuation', () => {
  it('finds the words at the end of a 10,000-character message', () => {
    const text = `${'my plan denied my claim and I am upset about it. '.repeat(200)} MY CHEST HURTS!!!`;
    expect(text.length).toBeGreaterThan(9_000);
    expect(understand(text, { locale: 'en', today }).safety).toBe('emergency');
  });
  it('finds them after 1,000 characters of emoji', () => {
    expect(understand(`${'😀'.repeat(600)} no puedo respirar`, { locale: 'es', today }).safety).toBe('emergency');
  });
  it('does not raise an alarm for a long message about a past ER bill', () => {
    expect(understand('they will not pay for my ER visit last month. '.repeat(200), { locale: 'en', today }).safety).toBeUndefined();
  });
});

describe('safety: near misses may get the line and keep their answers', () => {
  it.each(nearMisses)('$text', ({ text, locale }) => {
    const u = understand(text, { locale, today, expecting: 'reason' });
    expect(u.safety).toBe('emergency');
  });
});

describe('safety: figures of speech and appeal words raise no alarm', () => {
  it.each(notSafety)('$text', ({ text, locale }) => {
    expect(understand(text, { locale, today }).safety).toBeUndefined();
  });
});

describe('safety in a conversation', () => {
  const cases: [SurfaceName, 'en' | 'es', string, 'emergency' | 'crisis'][] = [];
  for (const surface of ['web', 'sms', 'teams'] as const) {
    cases.push([surface, 'en', 'I have chest pain', 'emergency'], [surface, 'en', 'I want to kill myself', 'crisis']);
    cases.push([surface, 'es', 'tengo dolor de pecho', 'emergency'], [surface, 'es', 'ya no quiero vivir', 'crisis']);
  }

  it.each(cases)('on %s in %s, "%s" gets the line first, then the question', (surface, locale, text, kind) => {
    const chat = new Chat(surfaces[surface], locale);
    chat.join();
    const replies = chat.say(text);
    expect(replies[0]?.kind).toBe('safety');
    expect(replies[0]?.text).toContain(kind === 'emergency' ? phones.emergency.value : phones.crisis.value);
    expect(replies.at(-1)?.kind).toBe('question');
    expect(chat.slot()).toBe('coverage');
  });

  it('as the very first message, before the welcome', () => {
    const chat = new Chat(surfaces.sms, 'en');
    const replies = chat.say('my wife passed out');
    expect(replies[0]?.kind).toBe('safety');
    expect(replies[0]?.text).toContain(phones.emergency.value);
    expect(replies.map((r) => r.kind)).toContain('welcome');
  });

  it('an overdose on purpose gets 988 first and 911 after it', () => {
    const chat = new Chat(surfaces.web, 'en');
    chat.join();
    const text = chat.say('I took too many pills on purpose')[0]?.text ?? '';
    expect(text.indexOf(phones.crisis.value)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(phones.emergency.value)).toBeGreaterThan(text.indexOf(phones.crisis.value));
  });

  it('the answers in the same message are kept: a near miss gets the line and its guidance', () => {
    const chat = new Chat(surfaces.web, 'en');
    chat.join();
    const replies = chat.say('kaiser denied my chest pain test');
    expect(replies[0]?.kind).toBe('safety');
    expect(chat.view().answers.coverage).toBe('dmhc_plan');
    expect(chat.slot()).not.toBe('coverage');
  });

  it('an emergency in the middle of a long story, at the date question, keeps the question', () => {
    const chat = new Chat(surfaces.web, 'en');
    chat.join();
    chat.say('kaiser HMO');
    chat.say('not medically necessary');
    chat.say('I appealed and they said no');
    expect(chat.slot()).toBe('appealDate');
    const replies = chat.say('sorry I cant think straight, my chest hurts really bad and I am scared, I will look for the letter later, I keep it in a drawer with the other papers from the plan');
    expect(replies[0]?.kind).toBe('safety');
    expect(chat.slot()).toBe('appealDate');
  });

  it('Spanish words in an English conversation get the line in Spanish', () => {
    const chat = new Chat(surfaces.sms, 'en');
    chat.join();
    const replies = chat.say('no puedo respirar');
    expect(replies[0]?.text).toBe(catalogs.es['safety.emergency'].brief.replace('{phone.emergency}', phones.emergency.value));
  });

  it('English words in a Spanish conversation get the line in English', () => {
    const chat = new Chat(surfaces.web, 'es');
    chat.join();
    const replies = chat.say("I can't breathe");
    expect(allText(replies.slice(0, 1))).toContain('If this is a medical emergency');
  });

  it('a pressed button never hides the words typed with it: safety also when the text is a number and words', () => {
    const chat = new Chat(surfaces.sms, 'en');
    chat.join();
    const replies = chat.say('2 and my chest hurts');
    expect(replies[0]?.kind).toBe('safety');
  });
});
