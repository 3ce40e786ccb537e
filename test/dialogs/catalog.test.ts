import { describe, expect, it } from 'vitest';
import { catalogs, factPlaceholder, placeholdersIn } from '../../dialogs/say.js';
import { dynamicPlaceholders, type Text } from '../../dialogs/texts/text.js';

type Catalog = Readonly<Record<string, Text>>;
const variants = ['full', 'brief', 'staff'] as const;

/** Keys found in one catalog only, and staff variants written in one language only. */
function parityProblems(a: Catalog, b: Catalog, names: [string, string]): string[] {
  const problems: string[] = [];
  for (const [x, y, [nx]] of [[a, b, names], [b, a, [names[1], names[0]]]] as const) {
    for (const key of Object.keys(x)) {
      if (!Object.hasOwn(y, key)) problems.push(`${key}: in ${nx} only`);
      else if ((x[key]?.staff === undefined) !== (y[key]?.staff === undefined) && nx === names[0]) {
        problems.push(`${key}: staff variant in one language only`);
      }
    }
  }
  return problems;
}

function unknownPlaceholders(catalog: Catalog): string[] {
  const known = new Set<string>(dynamicPlaceholders);
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(catalog)) {
    for (const variant of variants) {
      const template = entry[variant];
      if (template === undefined) continue;
      for (const name of placeholdersIn(template)) {
        if (!known.has(name) && factPlaceholder(name) === undefined) problems.push(`${key}.${variant}: {${name}}`);
      }
    }
  }
  return problems;
}

/* The same shapes test/machines/facts.test.ts scans for: numbers with separators, E.164, vanity, tel: links. */
const phonePatterns: readonly RegExp[] = [
  /(?<![\w.+-])(?:1[-. ])?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\w-])/,
  /\+1\d{10}(?!\d)/,
  /(?<![\w-])1-\d{3}-(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{3,}(?:-[A-Z0-9]{3,})?(?![\w-])/,
  /\btel:\+?\d/i,
  /\b(911|988)\b/,
];

function phoneLike(catalog: Catalog): string[] {
  return Object.entries(catalog).flatMap(([key, entry]) =>
    variants.filter((v) => entry[v] !== undefined && phonePatterns.some((p) => p.test(entry[v] ?? ''))).map((v) => `${key}.${v}`),
  );
}

describe('the text catalogs', () => {
  it('have the same keys in English and Spanish', () => {
    expect(parityProblems(catalogs.en, catalogs.es, ['en', 'es'])).toEqual([]);
  });

  it('would fail if a key existed in one language only', () => {
    const extra = { ...catalogs.en, 'only.english': { full: 'Only here.', brief: 'Only here.' } };
    expect(parityProblems(extra, catalogs.es, ['en', 'es'])).toEqual(['only.english: in en only']);
  });

  it('fill every placeholder they use, from the facts module or from the conversation', () => {
    expect(unknownPlaceholders(catalogs.en)).toEqual([]);
    expect(unknownPlaceholders(catalogs.es)).toEqual([]);
    expect(unknownPlaceholders({ bad: { full: 'Call {phone.nowhere} in {t.never} days.', brief: '{who}' } })).toEqual([
      'bad.full: {phone.nowhere}',
      'bad.full: {t.never}',
      'bad.brief: {who}',
    ]);
  });

  it('use the same placeholders in both languages, so no fact is dropped in translation', () => {
    const mismatches: string[] = [];
    for (const [key, entry] of Object.entries(catalogs.en)) {
      const other = catalogs.es[key as keyof typeof catalogs.es];
      for (const variant of ['full', 'staff'] as const) {
        const a = new Set(placeholdersIn(entry[variant as 'full'] ?? ''));
        const b = new Set(placeholdersIn(other[variant as 'full'] ?? ''));
        if ([...a].some((p) => !b.has(p)) || [...b].some((p) => !a.has(p))) mismatches.push(`${key}.${variant}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('never write a phone number themselves (phones come from machines/facts.ts)', () => {
    expect(phoneLike(catalogs.en)).toEqual([]);
    expect(phoneLike(catalogs.es)).toEqual([]);
    expect(phoneLike({ bad: { full: 'Call 1-888-466-2219.', brief: 'Call 911.' } })).toEqual(['bad.full', 'bad.brief']);
  });

  it('never write a deadline number in a sentence about days or months (they come from the facts)', () => {
    const dayCount = /\b\d+(-|\s)(day|days|month|months|hour|días|dias|meses|horas)\b/i;
    const offenders = Object.entries({ ...prefix('en', catalogs.en), ...prefix('es', catalogs.es) }).filter(([, entry]) =>
      variants.some((v) => dayCount.test(entry[v] ?? '')),
    );
    expect(offenders.map(([key]) => key)).toEqual([]);
  });

  it('never use the carrier opt-out words as commands in the help text', () => {
    for (const catalog of [catalogs.en, catalogs.es]) {
      expect(catalog['help.commands'].full).not.toMatch(/\b(cancel|stop|end|quit|unsubscribe)\b/i);
    }
  });
});

function prefix(lang: string, catalog: Catalog): Record<string, Text> {
  return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [`${lang}:${k}`, v]));
}
