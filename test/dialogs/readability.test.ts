import { describe, expect, it } from 'vitest';
import { catalogs } from '../../dialogs/say.js';
import type { Text } from '../../dialogs/texts/text.js';
import { fernandezHuerta, fleschKincaidGrade, prepare, syllablesEn, syllablesEs, words } from './readability.js';
import { filingKit, kitPartsText } from '../../dialogs/filingKit.js';
import { surfaces } from './chat.js';
import { chatTo, kitCaseOf, kitPaths } from './kitPaths.js';

/**
 * Every text of both catalogs is scored (placeholders and official names removed). A formula needs
 * sentences to mean anything: texts under MIN_WORDS (button labels, "Got it: {summary}.") are scored
 * pooled with the other short texts of their family (`c.*` labels, `s.*` summaries, `o2.*`…), one
 * sentence each, as a person reads them together on one screen; families still under MIN_WORDS are
 * pooled into one passage of leftovers.
 */
const MIN_WORDS = 10;
const MAX_GRADE = 8;
const MIN_FERNANDEZ_HUERTA = 60;

interface Scored {
  id: string;
  text: string;
  score: number;
}

function passages(catalog: Readonly<Record<string, Text>>): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  const pooled = new Map<string, string[]>();
  for (const [key, entry] of Object.entries(catalog)) {
    for (const variant of ['full', 'brief', 'staff'] as const) {
      const text = entry[variant];
      if (text === undefined) continue;
      if (words(prepare(text)).length >= MIN_WORDS) out.push({ id: `${key}.${variant}`, text });
      else {
        const group = `${key.split('.')[0] ?? key} (short ${variant})`;
        const sentence = /[.!?:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
        pooled.set(group, [...(pooled.get(group) ?? []), sentence]);
      }
    }
  }
  const leftovers = new Map<string, string[]>();
  for (const [group, texts] of pooled) {
    const passage = texts.join(' ');
    if (words(prepare(passage)).length >= MIN_WORDS) out.push({ id: group, text: passage });
    else {
      const variant = group.replace(/^.*\(short (\w+)\)$/, '$1');
      leftovers.set(variant, [...(leftovers.get(variant) ?? []), passage]);
    }
  }
  for (const [variant, texts] of leftovers) out.push({ id: `leftovers (short ${variant})`, text: texts.join(' ') });
  return out;
}

const english: Scored[] = passages(catalogs.en).map((p) => ({ ...p, score: fleschKincaidGrade(p.text) }));
const spanish: Scored[] = passages(catalogs.es).map((p) => ({ ...p, score: fernandezHuerta(p.text) }));

describe('the syllable counters', () => {
  it('count English syllables the way a reader says them', () => {
    expect(['plan', 'appeal', 'denied', 'review', 'medical', 'deadline', 'Medi-Cal'].map(syllablesEn)).toEqual([1, 2, 2, 2, 3, 2, 3]);
  });
  it('count Spanish syllables with diphthongs and hiatus', () => {
    expect(['plan', 'apelación', 'día', 'seguro', 'quiere', 'hoy', 'revisión', 'audiencia', 'país'].map(syllablesEs)).toEqual([1, 4, 2, 3, 2, 1, 3, 3, 2]);
  });
  it('score hard text as hard and easy text as easy', () => {
    expect(fleschKincaidGrade('Notwithstanding any contractual stipulations, beneficiaries are entitled to independent adjudication.')).toBeGreaterThan(MAX_GRADE);
    expect(fleschKincaidGrade('Call the plan. Ask for an appeal. It is free.')).toBeLessThan(MAX_GRADE);
    expect(fernandezHuerta('No obstante cualesquiera estipulaciones contractuales, los beneficiarios tienen derecho a adjudicación independiente.')).toBeLessThan(MIN_FERNANDEZ_HUERTA);
    expect(fernandezHuerta('Llame al plan. Pida una apelación. Es gratis.')).toBeGreaterThan(MIN_FERNANDEZ_HUERTA);
  });
});

describe('every text the bot says', () => {
  it(`reads at grade ${MAX_GRADE} or below in English (Flesch-Kincaid)`, () => {
    const worst = [...english].sort((a, b) => b.score - a.score);
    console.log('English, hardest three (Flesch-Kincaid grade):');
    for (const s of worst.slice(0, 3)) console.log(`  ${s.score.toFixed(1)}  ${s.id}: ${s.text}`);
    expect(worst.filter((s) => s.score > MAX_GRADE).map((s) => `${s.id} ${s.score.toFixed(1)}`)).toEqual([]);
  });

  it(`reads at ${MIN_FERNANDEZ_HUERTA} or above in Spanish (Fernández-Huerta, about 8th grade)`, () => {
    const worst = [...spanish].sort((a, b) => a.score - b.score);
    console.log('Spanish, hardest three (Fernández-Huerta):');
    for (const s of worst.slice(0, 3)) console.log(`  ${s.score.toFixed(1)}  ${s.id}: ${s.text}`);
    expect(worst.filter((s) => s.score < MIN_FERNANDEZ_HUERTA).map((s) => `${s.id} ${s.score.toFixed(1)}`)).toEqual([]);
  });
});

describe('every filing kit (issue 18), as a reader gets it', () => {
  // Each section and each draft of the kit at every outcome that leads to a filing, filled with its
  // dates, the plan's name and the labels of its blanks, is one passage.
  const kitPassages = (locale: 'en' | 'es'): { id: string; text: string }[] =>
    kitPaths.flatMap((path) =>
      (['patient', 'staff'] as const).flatMap((audience) => {
        const kase = kitCaseOf(chatTo(path, audience === 'staff' ? surfaces.teams : surfaces.web, locale));
        if (!kase) throw new Error(`no kit at ${path.name}`);
        const kit = filingKit(kase, locale, audience);
        return [
          { id: `${path.name} (${audience}) notice`, text: [kit.notice, kit.privacy].join(' ') },
          ...kit.sections.flatMap((section) => [
            { id: `${path.name} (${audience}) ${section.kind}`, text: [section.title, ...section.paragraphs, ...section.items.map((item) => item.text), ...section.checklist].join('\n') },
            ...(section.draft
              ? [{ id: `${path.name} (${audience}) ${section.kind} draft`, text: [section.draft.lead, ...section.draft.paragraphs.map(kitPartsText)].join('\n') }]
              : []),
          ]),
        ];
      }),
    );

  it(`reads at grade ${MAX_GRADE} or below in English`, () => {
    const scored = kitPassages('en').map((p) => ({ ...p, score: fleschKincaidGrade(p.text) }));
    expect(scored.length).toBeGreaterThan(60);
    expect(scored.filter((s) => s.score > MAX_GRADE).map((s) => `${s.id} ${s.score.toFixed(1)}`)).toEqual([]);
  });

  it(`reads at ${MIN_FERNANDEZ_HUERTA} or above in Spanish`, () => {
    const scored = kitPassages('es').map((p) => ({ ...p, score: fernandezHuerta(p.text) }));
    expect(scored.length).toBeGreaterThan(60);
    expect(scored.filter((s) => s.score < MIN_FERNANDEZ_HUERTA).map((s) => `${s.id} ${s.score.toFixed(1)}`)).toEqual([]);
  });
});
