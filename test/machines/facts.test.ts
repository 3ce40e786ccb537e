import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  FACTS_CHECKED,
  OUTSIDE_IMR_CHECKED,
  addresses,
  agencies,
  citationFacts,
  citations,
  shownCitations,
  countyOrganizedHealthSystems,
  links,
  outcomeIds,
  phones,
  sources,
  telUri,
  timelines,
  type Fact,
  type FactStatus,
  type PhoneKey,
  type TimelineKey,
} from '../../machines/facts.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const factsFile = join(root, 'machines', 'facts.ts');

const statuses: readonly FactStatus[] = ['verified', 'secondary', 'conflict', 'unverified', 'product rule'];

/** Every fact in the module, named for failure messages. */
function allFacts(): [string, Fact<unknown>][] {
  return [
    ...Object.entries(phones).map(([k, f]): [string, Fact<unknown>] => [`phones.${k}`, f]),
    ...Object.entries(addresses).map(([k, f]): [string, Fact<unknown>] => [`addresses.${k}`, f]),
    ...Object.entries(links).map(([k, f]): [string, Fact<unknown>] => [`links.${k}`, f]),
    ...Object.entries(timelines).map(([k, f]): [string, Fact<unknown>] => [`timelines.${k}`, f]),
    ['countyOrganizedHealthSystems', countyOrganizedHealthSystems],
    ...Object.entries(citationFacts).map(([k, f]): [string, Fact<unknown>] => [`citationFacts.${k}`, f]),
  ];
}

function isRealIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/*
 * What "writes a phone number" means for the scan: a North American number with separators
 * (1-888-466-2219, (916) 255-5241, 916.255.5241), an E.164 number (+18884662219), a lettered
 * vanity number (1-888-HMO-2219, 1-800-MEDICARE) or a tel: link with digits. Separators are
 * required so that ISO dates, times, versions and millisecond constants are not flagged.
 */
const phonePatterns: readonly RegExp[] = [
  /(?<![\w.+-])(?:1[-. ])?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}(?![\w-])/,
  /\+1\d{10}(?!\d)/,
  /(?<![\w-])1-\d{3}-(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{3,}(?:-[A-Z0-9]{3,})?(?![\w-])/,
  /\btel:\+?\d/i,
];

function phoneLike(line: string): boolean {
  return phonePatterns.some((p) => p.test(line));
}

function tsFilesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (name === 'node_modules') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFilesUnder(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

function phoneLinesIn(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (phoneLike(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : []));
}

/** Phone keypad letters, to check a vanity number spells its digits. */
const keypad: Record<string, string> = {
  A: '2', B: '2', C: '2', D: '3', E: '3', F: '3', G: '4', H: '4', I: '4', J: '5', K: '5', L: '5',
  M: '6', N: '6', O: '6', P: '7', Q: '7', R: '7', S: '7', T: '8', U: '8', V: '8', W: '9', X: '9', Y: '9', Z: '9',
};

describe('every fact says where it comes from and when it was checked', () => {
  it('each fact names at least one known source, a status and a real checked date', () => {
    const facts = allFacts();
    expect(facts.length).toBeGreaterThan(40);
    for (const [name, fact] of facts) {
      expect(fact.sources.length, name).toBeGreaterThan(0);
      for (const key of fact.sources) expect(Object.keys(sources), `${name} source ${key}`).toContain(key);
      expect(statuses, name).toContain(fact.status);
      expect(isRealIsoDate(fact.checked), `${name} checked ${fact.checked}`).toBe(true);
      expect(fact.checked <= OUTSIDE_IMR_CHECKED, name).toBe(true);
    }
  });

  it('the facts were checked on the day they were transcribed from imr-rules.md, and the outside-IMR ones since', () => {
    expect(FACTS_CHECKED).toBe('2026-11-27');
    expect(isRealIsoDate(FACTS_CHECKED)).toBe(true);
    expect(OUTSIDE_IMR_CHECKED).toBe('2026-11-30');
  });

  it('a fact whose sources disagree, or that rests on a secondary or unlisted page, says why in a note', () => {
    for (const [name, fact] of allFacts()) {
      if (fact.status === 'conflict' || fact.status === 'secondary' || fact.status === 'unverified') {
        expect(fact.note, name).toMatch(/\S{3}/);
      }
    }
  });

  it('source keys that name a web page point at https addresses', () => {
    for (const [key, where] of Object.entries(sources)) {
      if (/^https?:/.test(where)) expect(new URL(where).protocol, key).toBe('https:');
    }
    expect(sources['DMHC-FAC']).toBe('https://www.dmhc.ca.gov/FileaComplaint.aspx');
  });
});

describe('the phone numbers the bot gives are the ones in imr-rules.md §3', () => {
  // Copied from imr-rules.md §3/§2 by hand on purpose: changing a number in facts.ts must fail here.
  const expected: Record<PhoneKey, string> = {
    dmhcHelpCenter: '1-888-466-2219',
    dmhcTdd: '1-877-688-9891',
    healthConsumerAlliance: '1-888-804-3536',
    cdiHotline: '1-800-927-4357',
    cdiTty: '1-800-482-4833',
    medicare: '1-800-633-4227',
    medicareTty: '1-877-486-2048',
    ebsa: '1-866-444-3272',
    cdssStateHearings: '1-800-743-8525',
    cdssPublicInquiry: '1-800-952-5253',
    cdssTdd: '1-800-952-8349',
    mediCalOmbudsman: '1-888-452-8609',
    coveredCalifornia: '1-800-300-1506',
    hicap: '1-800-434-0222',
    emergency: '911',
    crisis: '988',
    // coverage-outside-imr.md, checked again against stored agency pages (issue 15)
    triwest: '1-888-874-9378',
    vaHealthBenefits: '1-877-222-8387',
    ucShip: '1-866-940-8306',
    maximusExternalReview: '1-888-866-6205',
  };

  it.each(Object.entries(expected))('%s is %s', (key, value) => {
    expect(phones[key as PhoneKey].value).toBe(value);
  });

  it('there is no phone the test does not know about', () => {
    expect(Object.keys(phones).sort()).toEqual(Object.keys(expected).sort());
  });

  it('the lettered forms are the ones the agencies print', () => {
    expect(phones.dmhcHelpCenter.vanity).toBe('1-888-HMO-2219');
    expect(phones.cdiHotline.vanity).toBe('1-800-927-HELP');
    expect(phones.medicare.vanity).toBe('1-800-MEDICARE');
    expect(phones.triwest.vanity).toBe('1-888-TRIWEST');
    expect(phones.vaHealthBenefits.vanity).toBe('1-877-222-VETS');
  });

  it('each lettered form dials the same number as its digits', () => {
    for (const [key, phone] of Object.entries(phones)) {
      if (phone.vanity === undefined) continue;
      const dialed = phone.vanity.replace(/[A-Z]/g, (c) => keypad[c] ?? c).replace(/\D/g, '');
      expect(dialed.slice(0, 11), key).toBe(phone.value.replace(/\D/g, ''));
    }
  });

  it('every phone is well formed: 1-NNN-NNN-NNNN, or 911 / 988', () => {
    for (const [key, phone] of Object.entries(phones)) {
      expect(phone.value, key).toMatch(/^(?:1-[2-9]\d{2}-[2-9]\d{2}-\d{4}|911|988)$/);
    }
  });

  it('the emergency and crisis lines are product rules, not agency facts', () => {
    expect(phones.emergency.status).toBe('product rule');
    expect(phones.crisis.status).toBe('product rule');
    expect(phones.hicap.status).toBe('secondary');
  });

  it('tel: links dial the same numbers', () => {
    expect(telUri(phones.dmhcHelpCenter)).toBe('tel:+18884662219');
    expect(telUri(phones.cdiTty)).toBe('tel:+18004824833');
    expect(telUri(phones.emergency)).toBe('tel:911');
    expect(telUri(phones.crisis)).toBe('tel:988');
    for (const phone of Object.values(phones)) expect(telUri(phone)).toMatch(/^tel:(?:\+1\d{10}|\d{3})$/);
  });

  it('a value that is not a phone number gets no tel: link', () => {
    expect(() => telUri(addresses.dmhcMail)).toThrow(/Not a dialable phone number/);
  });
});

describe('the DMHC mail and fax are the ones in imr-rules.md §3', () => {
  it('mail goes to the Help Center in Sacramento, on one line', () => {
    expect(addresses.dmhcMail.value).toBe(
      'Help Center, Department of Managed Health Care, 980 9th Street, Suite 500, Sacramento, CA 95814-2725',
    );
    expect(addresses.dmhcMail.value).not.toContain('\n');
  });

  it('the fax is 916-255-5241', () => {
    expect(addresses.dmhcFax.value).toBe('916-255-5241');
  });
});

describe('links', () => {
  it('every link is an https address', () => {
    for (const [key, link] of Object.entries(links)) {
      expect(new URL(link.value).protocol, key).toBe('https:');
    }
  });

  it('agency pages come from imr-rules.md §4', () => {
    expect(links.dmhcComplaint.value).toBe('https://www.dmhc.ca.gov/FileaComplaint.aspx');
    expect(links.dmhcImrForm.value).toBe('https://www.dmhc.ca.gov/FileaComplaint/IndependentMedicalReviewComplaintForm.aspx');
    expect(links.cdiImr.value).toBe('https://www.insurance.ca.gov/flipbook/imr');
    expect(links.cdssStateHearing.value).toBe('https://www.cdss.ca.gov/hearing-requests');
  });

  it('pages §4 gives no address for are marked secondary', () => {
    for (const key of ['medicareAppeals', 'coveredCalifornia', 'healthConsumerAlliance', 'dmhcAuthorizedAssistant'] as const) {
      expect(links[key].status, key).toBe('secondary');
    }
  });
});

describe('the timelines the bot says are the ones in imr-rules.md', () => {
  const expected: Record<TimelineKey, [number, FactStatus]> = {
    imrFilingMonths: [6, 'verified'],
    planGrievanceDays: [30, 'verified'],
    planUrgentDays: [3, 'verified'],
    cdiExpeditedInsurerHours: [72, 'secondary'],
    acknowledgmentDays: [7, 'conflict'],
    acknowledgmentExpeditedHours: [48, 'conflict'],
    standardImrDaysMin: [30, 'verified'],
    standardImrDaysMax: [45, 'verified'],
    expeditedImrDaysMin: [3, 'conflict'],
    expeditedImrDaysMax: [7, 'conflict'],
    cdiExpeditedImrDays: [3, 'verified'],
    afterWinBusinessDays: [5, 'verified'],
    complaintDays: [30, 'verified'],
    mediCalHearingDays: [120, 'verified'],
    mediCalPlanAppealDays: [60, 'verified'],
    commercialGrievanceDays: [180, 'secondary'],
    medicareRedeterminationDays: [120, 'secondary'],
    medicareAdvantageReconsiderationDays: [60, 'conflict'],
    selfFundedExternalReviewMonths: [4, 'secondary'],
    stateHearingFfsDays: [90, 'verified'],
    oldestDateYears: [10, 'product rule'],
    outcomeRatePercent: [60, 'verified'],
    coveredCaliforniaHearingDays: [90, 'verified'],
    tricareAppealDays: [90, 'verified'],
    tricareHearingMinDollars: [300, 'verified'],
    fehbReconsiderMonths: [6, 'verified'],
    ihsReconsiderationDays: [30, 'verified'],
    ccsFirstAppealDays: [30, 'verified'],
    govExternalReviewMonths: [4, 'verified'],
  };

  it.each(Object.entries(expected))('%s is %j', (key, [value, status]) => {
    expect(timelines[key as TimelineKey].value).toBe(value);
    expect(timelines[key as TimelineKey].status).toBe(status);
  });

  it('there is no timeline the test does not know about', () => {
    expect(Object.keys(timelines).sort()).toEqual(Object.keys(expected).sort());
  });

  it('conflicting timelines carry the wording the bot uses', () => {
    expect(timelines.acknowledgmentDays.note).toContain('about a week');
    expect(timelines.expeditedImrDaysMax.note).toContain('about 3–7 days');
    expect(timelines.standardImrDaysMax.note).toContain('about 30–45 days');
    expect(timelines.medicareAdvantageReconsiderationDays.note).toContain('65');
  });
});

describe('citations', () => {
  it('every outcome O1–O16 has its list of rules, each one known', () => {
    expect(Object.keys(citations).sort()).toEqual([...outcomeIds].sort());
    for (const list of Object.values(citations)) for (const key of list) expect(Object.keys(citationFacts)).toContain(key);
  });

  it('each citation is the words it shows', () => {
    for (const [key, fact] of Object.entries(citationFacts)) expect(fact.value).toBe(key);
  });

  it('citations follow the agency: Knox-Keene and DMHC rules bind DMHC plans, the Insurance Code CDI, the WIC State Hearings', () => {
    for (const [key, fact] of Object.entries(citationFacts)) {
      if (/^HSC |^28 CCR |^AB 716|^Prospect/.test(key)) expect(fact.body, key).toBe('DMHC');
      if (/^Ins\. Code/.test(key)) expect(fact.body, key).toBe('CDI');
      if (/^WIC/.test(key)) expect(fact.body, key).toBe('CDSS');
    }
  });

  it('only verified citations are shown: Ins. Code 10169(k) (unverified) never is', () => {
    expect(citationFacts['Ins. Code 10169(k)'].status).toBe('unverified');
    for (const id of outcomeIds) {
      const shown = shownCitations(id, ['DMHC', 'CDI', 'CDSS', 'OPM', 'IHS']);
      for (const key of shown) expect(citationFacts[key].status, `${id} ${key}`).toBe('verified');
      expect(shown).not.toContain('Ins. Code 10169(k)');
    }
  });

  it('an urgent DMHC plan cites the 3-day plan rule, the no-wait rule and the waiver; a CDI policy only CDI’s 3-day IMR', () => {
    expect(shownCitations('O2', ['DMHC'])).toEqual(['HSC 1368.01(b)', 'HSC 1368.03(a)', 'HSC 1374.31(a)']);
    expect(shownCitations('O2', ['CDI'])).toEqual(['Ins. Code 10169.3(c)']);
  });

  it('a CDI policy never shows a Knox-Keene section or a DMHC regulation', () => {
    for (const id of outcomeIds) {
      for (const key of shownCitations(id, ['CDI'])) expect(key, id).not.toMatch(/^HSC|^28 CCR|AB 716|Prospect/);
    }
  });

  it('experimental and billing outcomes cite what is verified for a DMHC plan; a State Hearing cites WIC 10951', () => {
    expect(shownCitations('O3', ['DMHC'])).toEqual(['28 CCR 1300.70.4(b)(2)', 'HSC 1370.4']);
    expect(shownCitations('O3', ['CDI'])).toEqual([]);
    expect(shownCitations('O8', ['DMHC'])).toEqual(['AB 716']);
    expect(shownCitations('O12', ['CDSS'])).toEqual(['WIC 10951']);
  });

  it('the guide’s wrong citation "HSC § 1368(b)" is never used', () => {
    for (const key of Object.keys(citationFacts)) expect(key).not.toMatch(/\b1368\s*\(b\)/);
  });
});

describe('county organized health systems and agencies', () => {
  it('the County Organized Health System list is marked unverified and changing', () => {
    expect(countyOrganizedHealthSystems.status).toBe('unverified');
    expect(countyOrganizedHealthSystems.note).toContain('list unverified and changing');
    expect(countyOrganizedHealthSystems.value).toEqual(
      expect.arrayContaining(['CalOptima', 'CenCal Health', 'Central California Alliance for Health', 'Gold Coast Health Plan']),
    );
  });

  it('the agencies point at the same facts, not copies', () => {
    expect(agencies.DMHC.phone).toBe(phones.dmhcHelpCenter);
    expect(agencies.DMHC.tdd).toBe(phones.dmhcTdd);
    expect(agencies.DMHC.complaintLink).toBe(links.dmhcComplaint);
    expect(agencies.CDI.phone).toBe(phones.cdiHotline);
    expect(agencies.CDI.tdd).toBe(phones.cdiTty);
    expect(agencies.CDI.complaintLink).toBe(links.cdiComplaint);
  });
});

describe('no other file writes a phone number', () => {
  it('the scan recognises the ways a phone number gets written', () => {
    for (const line of [
      "const help = '1-888-466-2219';",
      'Call (916) 255-5241 today',
      'fax 916.255.5241',
      'Fax 916-255-5241',
      "to: '+18884662219'",
      '<a href="tel:+18884662219">',
      'call 1-888-HMO-2219',
      'call 1-800-927-HELP',
      'call 1-800-MEDICARE',
    ]) {
      expect(phoneLike(line), line).toBe(true);
    }
  });

  it('the scan does not flag dates, times or ordinary numbers', () => {
    for (const line of [
      "const FACTS_CHECKED = '2026-11-27';",
      "at: '2026-11-27T08:30:00-08:00'",
      'opens 8:00–17:30',
      'const ttl = 2592000000; // 30 days in ms',
      'const timeout = 30_000;',
      "version: '4.23.3'",
      "host: '127.0.0.1'",
      'cost: $1,250,000',
      'HSC 1374.30–1374.36',
      'call 911 or 988',
      "uuid: '123e4567-e89b-12d3-a456-426614174000'",
    ]) {
      expect(phoneLike(line), line).toBe(false);
    }
  });

  it('the scan finds every number in machines/facts.ts (so it would find one anywhere else)', () => {
    const found = phoneLinesIn(factsFile).join('\n');
    for (const phone of Object.values(phones)) {
      if (phone.value.length > 3) expect(found).toContain(phone.value);
    }
    expect(found).toContain(addresses.dmhcFax.value);
  });

  it('no .ts file under src/, dialogs/ or machines/ other than machines/facts.ts writes one', () => {
    const files = ['src', 'dialogs', 'machines']
      .flatMap((dir) => tsFilesUnder(join(root, dir)))
      .filter((file) => file !== factsFile);
    const offenders = files.flatMap(phoneLinesIn);
    expect(offenders, 'write phone numbers only in machines/facts.ts and import them').toEqual([]);
  });
});
