import { afterAll, describe, expect, it } from 'vitest';
import { understand, type Understood } from '../../../dialogs/understand/understand.js';
import type { Expect, Fixture } from './fixture.js';
import { fixturesEn } from './fixtures.en.js';
import { fixturesEs } from './fixtures.es.js';

// Time is an input: every relative date in the fixtures is counted from this Friday.
const today = '2026-11-27';

/** The recognizer's answer in the fixture's shape, empty fields dropped, so equal means "exactly this". */
function shape(u: Understood): Expect {
  const { answers, understood: _understood, safetyLocale: _locale, safetyAlso: _also, ...rest } = u;
  const out: Expect = {};
  if (Object.keys(answers).length > 0) out.answers = answers;
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) Object.assign(out, { [k]: v });
  return out;
}

/** Everything the recognizer said must be in the fixture: a wrong or extra value is a misread. */
function misreads(got: Expect, want: Expect): string[] {
  const wrong: string[] = [];
  for (const [slot, v] of Object.entries(got.answers ?? {})) {
    const expected: unknown = (want.answers as Record<string, unknown> | undefined)?.[slot];
    if (expected !== v) wrong.push(`${slot}=${JSON.stringify(v)} (expected ${JSON.stringify(expected)})`);
  }
  for (const [k, v] of Object.entries(got)) {
    if (k === 'answers') continue;
    const expected: unknown = (want as Record<string, unknown>)[k];
    if (JSON.stringify(expected) !== JSON.stringify(v)) wrong.push(`${k}=${JSON.stringify(v)} (expected ${JSON.stringify(expected)})`);
  }
  return wrong;
}

const stats = { en: { total: 0, exact: 0, misses: [] as string[] }, es: { total: 0, exact: 0, misses: [] as string[] } };

function table(locale: 'en' | 'es', fixtures: Fixture[]): void {
  describe(`in ${locale === 'en' ? 'English' : 'Spanish'}`, () => {
    it.each(fixtures.map((f) => [`${f.expecting ?? '—'}: ${JSON.stringify(f.text)}`, f] as const))(
      'never files a wrong answer for %s',
      (_name, f) => {
        const u = understand(f.text, { locale, today, ...(f.expecting ? { expecting: f.expecting } : {}) });
        const got = shape(u);
        expect(misreads(got, f.expect)).toEqual([]);
        expect(u.understood).toBe(Object.keys(got).length > 0);
        const s = stats[locale];
        s.total += 1;
        if (JSON.stringify(sorted(got)) === JSON.stringify(sorted(f.expect))) s.exact += 1;
        else s.misses.push(`${f.expecting ?? '—'} ${JSON.stringify(f.text)} → ${JSON.stringify(got)} (want ${JSON.stringify(f.expect)})`);
      },
    );
  });
}

function sorted(e: Expect): unknown {
  const norm = (o: object): unknown => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return norm({ ...e, ...(e.answers && Object.keys(e.answers).length > 0 ? { answers: norm(e.answers) } : { answers: undefined }) });
}

describe('understand: fixtures as a table (precision must be 100%)', () => {
  table('en', fixturesEn);
  table('es', fixturesEs);
});

describe('understand: what people type that is not an answer', () => {
  it('reads only the start of a 10,000-character message and answers quickly', () => {
    const long = 'Kaiser '.repeat(1500);
    const started = performance.now();
    const u = understand(long, { locale: 'en', today });
    expect(performance.now() - started).toBeLessThan(500);
    expect(u.answers).toEqual({ coverage: 'dmhc_plan', planName: 'Kaiser' });
  });

  it('does not throw on control characters, lone surrogates or right-to-left marks', () => {
    for (const text of ['\u202eKaiser\u202c', '\ud800', '\u0000'.repeat(50), '‏مرحبا‎']) {
      expect(() => understand(text, { locale: 'es', today })).not.toThrow();
    }
  });

  it('leaves the carrier opt-out words to the SMS layer', () => {
    for (const w of ['STOP', 'cancel', 'End', 'QUIT', 'unsubscribe']) {
      expect(understand(w, { locale: 'en', today })).toEqual({ answers: {}, understood: false });
    }
  });
});

afterAll(() => {
  for (const locale of ['en', 'es'] as const) {
    const s = stats[locale];
    if (s.total === 0) continue;
    console.log(`understand ${locale}: ${s.exact}/${s.total} fixtures fully understood (${((100 * s.exact) / s.total).toFixed(1)}% coverage), precision 100% (no misread passed)`);
    for (const m of s.misses) console.log(`  miss ${locale}: ${m}`);
  }
});

describe('understand: coverage floor', () => {
  it('fully understands at least 90% of the fixtures in each language', () => {
    for (const [locale, fixtures] of [['en', fixturesEn], ['es', fixturesEs]] as const) {
      let exact = 0;
      for (const f of fixtures) {
        const got = shape(understand(f.text, { locale, today, ...(f.expecting ? { expecting: f.expecting } : {}) }));
        if (JSON.stringify(sorted(got)) === JSON.stringify(sorted(f.expect))) exact += 1;
      }
      expect(exact / fixtures.length).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('safety words anywhere in a message', () => {
  const ctx = { locale: 'en' as const, today: '2026-11-27' };
  it('finds "I can\'t breathe" at the end of a 10,000-character message', () => {
    const text = `${'my plan denied my claim and I am upset about it. '.repeat(200)} I can't breathe`;
    expect(text.length).toBeGreaterThan(9_000);
    expect(understand(text, ctx).safety).toBe('emergency');
  });
  it('reads "me quiero suicidar" as a crisis', () => {
    expect(understand('me quiero suicidar', { ...ctx, locale: 'es' }).safety).toBe('crisis');
  });
  it('does not raise an alarm for a long message about a past ER bill', () => {
    const text = `${'they will not pay for my ER visit last month. '.repeat(200)}`;
    expect(understand(text, ctx).safety).toBeUndefined();
  });
});
