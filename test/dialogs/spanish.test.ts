import { describe, expect, it } from 'vitest';
import { catalogs } from '../../dialogs/say.js';
import type { Text } from '../../dialogs/texts/text.js';

/**
 * The Spanish catalog, edited as a native speaker would and following docs/glossary-es.md: the
 * official terms DMHC, CDI, DHCS, CDSS and CMS use; usted throughout; one word for "back"; labels
 * that read right when clinic staff answer for a patient; and every English qualifier kept.
 */

const variants = ['full', 'brief', 'staff'] as const;

/** Every Spanish text, as "key.variant" → text, placeholders left out (`{t.cdiExpeditedInsurerHours}` is code, not Spanish). */
function spanishTexts(): [string, string][] {
  return Object.entries(catalogs.es).flatMap(([key, entry]) =>
    variants.flatMap((v): [string, string][] => (entry[v] === undefined ? [] : [[`${key}.${v}`, (entry[v] ?? '').replace(/\{[\w.]+\}/g, '…')]])),
  );
}
const allSpanish = spanishTexts()
  .map(([, t]) => t)
  .join('\n');

/** docs/glossary-es.md: what the agencies write, and what they do not. */
const forbidden: readonly [RegExp, string][] = [
  [/aseguranza/i, 'colloquial: "compañía de seguros" / "póliza de seguro" (CDI)'],
  [/expedit/i, '"acelerada (rápida)" (es.medicare.gov, CMS), never "expedita" or "expeditada"'],
  [/ventaja de medicare/i, '"Medicare Advantage" is not translated (es.medicare.gov)'],
  [/reclamo|reclamaci/i, 'for grievance write "queja (formal)": "reclamo" also means a claim for payment'],
  [/\brecurso\b/i, 'appeal is "apelación"'],
  [/investigativo/i, '"tratamiento experimental o de investigación"'],
  [/dispensa/i, 'waiver is "exención"'],
  [/auditor[ií]a médica|examen médico independiente/i, 'IMR is "Revisión Médica Independiente"'],
  [/Atención Administrada de la Salud/, 'DMHC is "Departamento de Atención Médica Administrada"'],
  [/representante autorizado/i, 'DMHC’s form is the "Asistente Autorizado" form (a different role)'],
  [/Defensor del Paciente(?! del VA)/, 'that is the Office of the Patient Advocate: the Medi-Cal office is the "Ombudsman"'],
  [/\bdel 20\d\d\b/, 'dates: "de 2027", not "del 2027"'],
  [/Inscripcion|inscripcion/, 'accents: "inscripción"'],
  [/subscripci/i, '"suscripción"'],
  [/carta de negación|cartas de negación/, 'denial letter: "carta de denegación" (CMS)'],
  [/aseguradora/i, 'the insurer: "compañía de seguros" (CDI)'],
  [/\burgencia\b/i, 'emergency is "emergencia"; in plan language urgent care is not emergency care'],
];

/** Terms the catalog must use, as the agencies write them. */
const required: readonly string[] = [
  'Revisión Médica Independiente (IMR)',
  'Departamento de Atención Médica Administrada',
  'Departamento de Seguros de California',
  'Audiencia Estatal',
  'audiencia imparcial',
  'queja formal',
  'apelación',
  'carta de denegación',
  'Evidencia de Cobertura',
  'Aviso de Resolución de Apelación (NAR)',
  'Aviso de Acción',
  'Aviso de Determinación Adversa de Beneficios',
  'Medicare Advantage',
  'póliza de seguro',
  'compañía de seguros',
  'acelerada (rápida)',
  'exención',
  'Asistente Autorizado',
  'Ombudsman de Medi-Cal',
  'Health Consumer Alliance',
  'fuera de la red',
  'Covered California',
  'expediente médico',
];

describe('the Spanish catalog follows docs/glossary-es.md', () => {
  it.each(forbidden.map(([pattern, why]) => [String(pattern), pattern, why] as const))('never writes %s (%s)', (_name, pattern, why) => {
    const offenders = spanishTexts().filter(([, t]) => pattern.test(t)).map(([k]) => k);
    expect(offenders, why).toEqual([]);
  });

  it.each(required)('uses "%s"', (term) => {
    expect(allSpanish).toContain(term);
  });

  it('the test would catch a forbidden term', () => {
    expect(forbidden.some(([p]) => p.test('Llame a su aseguranza'))).toBe(true);
    expect(forbidden.some(([p]) => p.test('una revisión expedita'))).toBe(true);
    expect(forbidden.some(([p]) => p.test('su plan Ventaja de Medicare'))).toBe(true);
  });
});

describe('the Spanish catalog speaks as a native speaker, to "usted"', () => {
  it('never uses "tú" (the agencies’ Medi-Cal and CDI pages use usted)', () => {
    const tu = /\b(tú|tienes|puedes|quieres|necesitas|llama|escribe|escoge|tu plan|tu seguro|tus)\b/;
    // "llama" is also "se llama" (is called): only the imperative is "tú".
    const offenders = spanishTexts().filter(([, t]) => tu.test(t.replace(/[Ss]e llama/g, ''))).map(([k]) => k);
    expect(offenders).toEqual([]);
  });

  it('one word for "back": atrás, never atrás here and regresar there', () => {
    const offenders = spanishTexts().filter(([, t]) => /regres/i.test(t)).map(([k]) => k);
    expect(offenders).toEqual([]);
    expect(catalogs.es['c.back'].full).toBe('Atrás');
    expect(catalogs.es['c.back'].brief).toBe('Atrás');
  });

  it('the fixes the audit found are in: no "Apele al plan y luego queje", no "La Audiencia es segura", no "La pedí, aún no es"', () => {
    expect(allSpanish).not.toMatch(/luego queje/);
    expect(allSpanish).not.toMatch(/Audiencia es segura/);
    expect(allSpanish).not.toMatch(/La pedí, aún no es/);
  });
});

/**
 * Choice labels are what the person "says" by pressing them. Clinic staff answer for a patient in
 * Teams, so a label must not claim the one pressing did what the patient did ("La pedí", "me dijeron").
 */
describe('choice labels read right in the staff voice', () => {
  const firstPerson = { en: /\b(I|my|me)\b/, es: /\b(me|mi|mis|pedí|tuve|apelé|espero|tengo|encontré)\b/i } as const;
  // Saying what the one pressing does not know, or wants for themselves, is fine for staff too.
  const ownWords = /^c\.(planName\.unknown|appealDate\.unknown|reminders\.)/;

  it.each(['en', 'es'] as const)('no label in the staff voice speaks as the patient, in %s', (locale) => {
    const offenders = Object.entries(catalogs[locale])
      .filter(([key]) => key.startsWith('c.') && !ownWords.test(key))
      .filter(([, entry]) => firstPerson[locale].test(entry.staff ?? entry.full))
      .map(([key]) => key);
    expect(offenders).toEqual([]);
  });
});

/**
 * Every qualifier of the English is kept in the Spanish, text by text and variant by variant (the
 * brief SMS texts above all): "most often", "usually", "about", "may", "with a DMHC plan"…
 */
const qualifiers: readonly { name: string; en: RegExp; es: RegExp }[] = [
  { name: 'most', en: /\bmost\b/i, es: /casi siempre|casi todos|casi todas|la mayoría|por lo general/i },
  { name: 'usually', en: /\busually\b/i, es: /casi siempre|por lo general|normalmente|suele/i },
  { name: 'often', en: /\boften\b/i, es: /casi siempre|a menudo|muchas veces|con frecuencia/i },
  { name: 'generally', en: /\bgenerally\b/i, es: /por lo general|en general|casi siempre/i },
  { name: 'about (a number)', en: /\babout (a week|\{t\.|\d)/i, es: /\bunos\b|\bunas\b|más o menos|cerca de|alrededor de|aproximadamente/i },
  { name: 'may', en: /\bmay\b/i, es: /\bpuede|\bpueden|podría|quizá|quizás|tal vez|a veces/i },
  { name: 'likely', en: /\blikely\b/i, es: /probable|quizá|seguramente|tal vez/i },
  { name: 'not always', en: /\bnot always\b/i, es: /no siempre/i },
  { name: 'some', en: /\bsome\b/i, es: /\balgun|a veces/i },
  { name: 'with a DMHC plan', en: /with a DMHC plan/i, es: /plan del DMHC/i },
  { name: 'as far as we know', en: /as far as we know/i, es: /hasta donde sabemos/i },
  { name: 'by law', en: /\bby law\b/i, es: /por ley/i },
  { name: 'if urgent', en: /\bif (it is |it gets )?urgent\b/i, es: /si (es|se vuelve) urgente/i },
];

function missingQualifiers(en: Readonly<Record<string, Text>>, es: Readonly<Record<string, Text>>): string[] {
  const missing: string[] = [];
  for (const [key, entry] of Object.entries(en)) {
    const other = es[key];
    if (!other) continue;
    for (const v of variants) {
      const english = v === 'staff' ? entry.staff : entry[v];
      if (english === undefined) continue;
      const spanish = (v === 'staff' ? other.staff : other[v]) ?? '';
      for (const q of qualifiers) if (q.en.test(english) && !q.es.test(spanish)) missing.push(`${key}.${v}: ${q.name}`);
    }
  }
  return missing;
}

describe('the Spanish keeps every English qualifier', () => {
  it('in every text and variant (brief SMS texts included)', () => {
    expect(missingQualifiers(catalogs.en, catalogs.es)).toEqual([]);
  });

  it('would catch "solo debe su copago" for "most often owe only", and the ambulance line without "with a DMHC plan"', () => {
    const en = {
      'o8.emergency': { full: 'x', brief: 'ER bill? You most often owe only your usual in-network share.' },
      'o8.ambulance': { full: 'x', brief: 'With a DMHC plan, same for a ground ambulance.' },
    };
    const es = {
      'o8.emergency': { full: 'x', brief: 'Tras una emergencia, solo debe su copago de la red.' },
      'o8.ambulance': { full: 'x', brief: 'Igual con una ambulancia fuera de la red.' },
    };
    expect(missingQualifiers(en, es)).toEqual(['o8.emergency.brief: most', 'o8.emergency.brief: often', 'o8.ambulance.brief: with a DMHC plan']);
  });
});
