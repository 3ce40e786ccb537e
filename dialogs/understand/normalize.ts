/**
 * Text clean-up before any pattern runs. Bounded work: only the first MAX_CHARS characters are read,
 * so a 10,000-character paste costs the same as a short message.
 */
export const MAX_CHARS = 1000;

/** Typos and spellings people really send, mapped to the word the vocabulary expects. */
const typos: Record<string, string> = {
  shild: 'shield', sheild: 'shield', shiled: 'shield', sheld: 'shield',
  kiser: 'kaiser', kaizer: 'kaiser', kaiserr: 'kaiser', kaisar: 'kaiser', kayser: 'kaiser',
  apeal: 'appeal', apealed: 'appealed', appeled: 'appealed', apealled: 'appealed', appel: 'appeal', apeals: 'appeals',
  neccesary: 'necessary', necesary: 'necessary', neccessary: 'necessary', nessesary: 'necessary',
  experimantal: 'experimental', experimenal: 'experimental', expirimental: 'experimental',
  emergancy: 'emergency', emergeny: 'emergency', emergencey: 'emergency', emergenci: 'emergency',
  urgnet: 'urgent', urjent: 'urgent', urjente: 'urgente', ergent: 'urgent',
  medicaly: 'medically', denyed: 'denied', denide: 'denied', deny: 'denied',
  healthnet: 'health net', thru: 'through', wanna: 'want to', gonna: 'going to',
  dept: 'department', depto: 'departamento', dr: 'doctor', pls: 'please', plz: 'please', u: 'you',
  insurence: 'insurance', insurrance: 'insurance', medicre: 'medicare', mediare: 'medicare',
  nesesario: 'necesario', apelasion: 'apelacion',
};

const questionStart =
  /^(what|whats|how|is|are|can|could|does|do(?! not)|who|which|where|when|why|should|will|would|what if|and if|if|que|como (puedo|se|hago|funciona|le|lo|la)|cuanto|cuanta|cuantos|cuando|donde|quien(?! sabe)|cual|puedo|y si|si mi)\b/;

export interface Normalized {
  /** All sentences, normalized: for commands, FAQs and safety. */
  full: string;
  /** Only the sentences that are statements: a question ("what if my doctor says it's urgent?") answers nothing. */
  statement: string;
  /** The statement without punctuation, for whole-message answers ("yes.", "Skip."). */
  bare: string;
  /** The cleaned original (capped, no control characters), for the free-text plan name. */
  raw: string;
}

function isInvisible(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0xfeff;
}

export function clean(text: string): string {
  // Control characters and bidi marks would make a pattern silently miss.
  return [...text.slice(0, MAX_CHARS)]
    .map((ch) => (isInvisible(ch.codePointAt(0) ?? 0) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(s: string): string {
  return s
    .replace(/[^a-z0-9_&/,.\- ]/g, ' ')
    .replace(/\.(?![a-z0-9])|(?<![a-z0-9])\./g, ' ')
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .replace(/^[ ,]+|[ ,]+$/g, '');
}

export function normalize(text: string): Normalized {
  const raw = clean(text);
  let s = raw
    // "MediCal" written in camel case is Medi-Cal; lower-cased it would read as the English word "medical".
    .replace(/\bMedi[- ]?Cal\b|\bmediCal\b|\bMEDI-CAL\b/g, 'medi_cal')
    .toLowerCase()
    .replace(/\bl\.\s?a\.?(?=\s|$|,)/g, 'la')
    .replace(/\bd\.\s?m\.\s?h\.\s?c\.?/g, 'dmhc')
    .replace(/\bc\.\s?d\.\s?i\.?/g, 'cdi')
    .replace(/\b(dept|depto|dr)\./g, '$1')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`´]/g, '')
    .replace(/\bmedi[\s-]?medi\b/g, 'medi_medi')
    .replace(/\bmedi(-|\s)cal\b|\bmedicaid\b/g, 'medi_cal');
  s = s.replace(/\b[a-z]+\b/g, (w) => typos[w] ?? w);
  // Spanish speakers in California write Medi-Cal as "medical": read it so only where the words around say so.
  s = s
    .replace(/\bmedical\b(?= (rx|regular|normal|con|sin|de pago|managed|hmo)\b)/g, 'medi_cal')
    .replace(
      /(?<=\b(tengo|con|mi|el|del|de|por|regular|straight|plain|just|solo|iehp|care|anthem|molina|net|kaiser|optima|y|and|&) )medical\b(?! (records?|necessity|bills?|care|group|center|doctor|treatment|reasons?|history|equipment|supplies|problem|condition|emergency|necesidad|records))/g,
      'medi_cal',
    );

  const sentences = s.replace(/[¿¡]/g, '\n$&').split(/(?<=[!?;\n])|(?<=\.)(?=\s|$)/);
  const all: string[] = [];
  const statements: string[] = [];
  for (const part of sentences) {
    const isQuestion = /[?¿]/.test(part);
    const w = words(part);
    if (!w) continue;
    all.push(w);
    if (!isQuestion && !questionStart.test(w)) statements.push(w);
  }
  const statement = statements.join(' . ');
  return {
    full: all.join(' . '),
    statement,
    bare: statement.replace(/[^a-z0-9_ ]/g, ' ').replace(/\s+/g, ' ').trim(),
    raw,
  };
}
