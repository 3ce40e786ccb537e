/**
 * Readability scores, written here so the counting rules are visible. English: Flesch-Kincaid grade
 * (0.39·words/sentence + 11.8·syllables/word − 15.59). Spanish: Fernández-Huerta in its corrected form
 * (206.84 − 60·syllables/word − 1.02·words/sentence); 60 or more reads at about 8th grade or easier.
 */

const PLACEHOLDER = /\{[A-Za-z][\w.]*\}/g;

/**
 * Official names a person must recognize on their letters and cannot be put in simpler words
 * ("Department of Managed Health Care", "Evidence of Coverage"). They are read as one name, like a
 * placeholder, instead of being scored as ordinary words.
 */
const officialNames: readonly RegExp[] = [
  /Independent Medical Review/g,
  /Revisión Médica Independiente/g,
  /(California )?Department of (Managed Health Care|Insurance|Social Services|Labor)/g,
  /Departamento de (Atención Médica Administrada|Seguros( de California)?|Servicios Sociales|l Trabajo( de EE\. UU\.)?)/g,
  /Evidence of Coverage/g,
  /Evidencia de Cobertura/g,
  /Notice of (Appeal Resolution|Action|Adverse Benefit Determination)/g,
  /Aviso de (Resolución de Apelación|Acción|Determinación Adversa de Beneficios)/g,
  /Purchased\/Referred Care/g,
  /Explanation of Benefits/g,
  /Explicación de Beneficios/g,
  /(U\.S\. )?Office of Personnel Management/g,
  /Oficina de Administración de Personal( de EE\. UU\.)?/g,
  /Indian Health Service/g,
  /Servicio de Salud Indígena/g,
  /California Children's Services/g,
  /Servicios para Niños de California/g,
  /MAXIMUS Federal Services/g,
  /Health Consumer Alliance/g,
  /Medicare (Advantage|Summary Notice)/g,
  /Resumen de Medicare/g,
  /Medi-Cal Managed Care Ombudsman/g,
  /Covered California/g,
  /Authorized Assistant/g,
  /State Hearings?/g,
  /Audiencias? Estatal(es)?/g,
  /Asistente Autorizado/g,
  /Insurance Commissioner/g,
  /Comisionado de Seguros/g,
];

export function prepare(text: string): string {
  let out = text.replace(PLACEHOLDER, ' ');
  for (const name of officialNames) out = out.replace(name, ' Name ');
  return out;
}

export function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /\p{L}/u.test(w));
}

export function sentences(text: string): number {
  const parts = text.split(/[.!?:;\n]+(?=\s|$)|\n/).filter((s) => /\p{L}/u.test(s));
  return Math.max(1, parts.length);
}

/** English syllables: vowel groups, less a silent final e (the usual heuristic), at least one. */
export function syllablesEn(word: string): number {
  return word
    .split('-')
    .map((part) => {
      let w = part.toLowerCase().replace(/[^a-z]/g, '');
      if (!w) return 0;
      if (w.length <= 3) return 1;
      w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
      return Math.max(1, w.match(/[aeiouy]{1,2}/g)?.length ?? 1);
    })
    .reduce((a, b) => a + b, 0);
}

const STRONG = 'aeoáéó';
const ACCENTED_WEAK = 'íú';
const VOWELS = 'aeiouáéíóúü';

/**
 * Spanish syllables: one per vowel nucleus. Two vowels share a syllable (diphthong) when one is an
 * unaccented i/u/ü; two strong vowels, or an accented í/ú, split (hiatus). The u of que/qui/gue/gui is
 * silent; a final y after a vowel (hoy, muy) closes the diphthong.
 */
export function syllablesEs(word: string): number {
  return word
    .split('-')
    .map((part) => {
      const w = part.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
      let count = 0;
      let prev: string | undefined;
      for (let i = 0; i < w.length; i++) {
        const ch = w[i] ?? '';
        const before = w[i - 1];
        const next = w[i + 1] ?? '';
        if (ch === 'u' && (before === 'q' || (before === 'g' && 'eéií'.includes(next)))) continue;
        if (!VOWELS.includes(ch)) {
          prev = ch === 'y' && i === w.length - 1 && prev ? prev : undefined;
          continue;
        }
        const hiatus = prev !== undefined && ((STRONG.includes(prev) && STRONG.includes(ch)) || ACCENTED_WEAK.includes(prev) || ACCENTED_WEAK.includes(ch));
        if (prev === undefined || hiatus) count++;
        prev = ch;
      }
      return Math.max(count, w ? 1 : 0);
    })
    .reduce((a, b) => a + b, 0);
}

export function fleschKincaidGrade(text: string): number {
  const prepared = prepare(text);
  const ws = words(prepared);
  if (ws.length === 0) return 0;
  const syllables = ws.reduce((sum, w) => sum + syllablesEn(w), 0);
  return 0.39 * (ws.length / sentences(prepared)) + 11.8 * (syllables / ws.length) - 15.59;
}

export function fernandezHuerta(text: string): number {
  const prepared = prepare(text);
  const ws = words(prepared);
  if (ws.length === 0) return 100;
  const syllables = ws.reduce((sum, w) => sum + syllablesEs(w), 0);
  return 206.84 - 60 * (syllables / ws.length) - 1.02 * (ws.length / sentences(prepared));
}
