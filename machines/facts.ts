/**
 * Every fact the bot states — phone numbers, TTY/TDD, the DMHC address and fax, web pages, timelines
 * and citations — with where it comes from, how sure we are, and when it was last checked. Transcribed
 * from shared/domain/imr-rules.md §3 (facts), §2 (outcomes) and §4 (sources). Nothing else in the
 * codebase writes a phone number (test/machines/facts.test.ts enforces it), so a reviewer re-checks
 * the bot against the live agency pages here, in one sitting.
 *
 * Pure data: no I/O, no clock. Status words follow imr-rules.md: `verified` (read in a government
 * source), `secondary` (plan/advocacy/law pages only, or a well-known page §4 gives no address for),
 * `conflict` (sources disagree: the note gives the wording to use), `unverified` (never state as
 * fact), `product rule` (the owner's decision, not a fact about the world).
 */

export type SourceKey =
  | 'DMHC-FAC'
  | 'DMHC-SUB'
  | 'DMHC-CIMR'
  | 'DMHC-FORMPG'
  | 'DMHC-FAQ'
  | 'DMHC-FORM-INSTR'
  | 'CAGOV-DMHC'
  | 'CDI-FLIP'
  | 'CDI-CSD'
  | 'OPA-CDI'
  | 'OPA-DHCS'
  | 'CDSS-HR'
  | 'CDSS-SH'
  | 'statute'
  | 'guide'
  | 'product'
  // coverage-outside-imr.md (2026-11-29): programs that are not a California IMR, and the Covered California hearing.
  | 'CDSS-HR-CC'
  | 'COVEREDCA-APPEAL'
  | 'TRICARE-MN'
  | 'TRICARE-WEST'
  | 'VA-CLINICAL'
  | 'VA-BENEFITS'
  | 'OPM-FEHB'
  | 'CFR-FEHB'
  | 'IHS-PRC'
  | 'DHCS-CCS'
  | 'COUNTY-CCS'
  | 'UCSHIP'
  | 'SB910'
  | 'CDI-SHARING'
  | 'OAG-SHARING'
  | 'CMS-EXTREVIEW'
  | 'MAXIMUS'
  | 'AB716'
  | 'PROSPECT';

export type FactStatus = 'verified' | 'secondary' | 'conflict' | 'unverified' | 'product rule';

export interface Fact<T> {
  value: T;
  sources: readonly SourceKey[];
  status: FactStatus;
  /** yyyy-MM-dd: the day the value was last checked against its sources. */
  checked: string;
  /** Why the status is what it is, or how the bot must word a conflicting fact. */
  note?: string;
}

/** A phone fact: `value` is the dialable form (1-NNN-NNN-NNNN, or 911/988); `vanity` the lettered form the agency prints. */
export interface PhoneFact extends Fact<string> {
  vanity?: string;
}

/** The day these facts were transcribed from imr-rules.md (whose sources were read from stored copies of the pages). */
export const FACTS_CHECKED = '2026-11-27';

/**
 * The day the facts for coverage outside DMHC/CDI (coverage-outside-imr.md) and the citations were
 * checked again against stored copies of the agency pages (issue 15). No fact is checked later than this.
 */
export const OUTSIDE_IMR_CHECKED = '2026-11-30';

/** imr-rules.md §4: where each source key points. */
export const sources: Readonly<Record<SourceKey, string>> = {
  'DMHC-FAC': 'https://www.dmhc.ca.gov/FileaComplaint.aspx',
  'DMHC-SUB': 'https://www.dmhc.ca.gov/FileaComplaint/SubmitanIndependentMedicalReviewComplaint.aspx',
  'DMHC-CIMR': 'https://www.dmhc.ca.gov/FileaComplaint/ConsumerIndependentMedicalReviewComplaint.aspx',
  'DMHC-FORMPG': 'https://www.dmhc.ca.gov/FileaComplaint/IndependentMedicalReviewComplaintForm.aspx',
  'DMHC-FAQ': 'https://www.dmhc.ca.gov/fileacomplaint/frequentlyaskedquestions.aspx',
  'DMHC-FORM-INSTR': 'DMHC IMR Application/Complaint Form instructions (the instructions printed with the DMHC form)',
  'CAGOV-DMHC': 'https://www.ca.gov/departments/219',
  'CDI-FLIP': 'https://www.insurance.ca.gov/flipbook/imr',
  'CDI-CSD': 'California Department of Insurance consumer services page on insurance.ca.gov',
  'OPA-CDI': 'Office of the Patient Advocate (opa.ca.gov) profile of the California Department of Insurance',
  'OPA-DHCS': 'Office of the Patient Advocate (opa.ca.gov) profile of the Department of Health Care Services',
  'CDSS-HR': 'https://www.cdss.ca.gov/hearing-requests',
  'CDSS-SH': 'https://www.cdss.ca.gov/inforesources/state-hearings',
  statute:
    'California statutes and regulations: HSC 1368.01, 1368.03, 1370.4, 1371.4, 1371.5, 1374.30–1374.36; ' +
    'Ins. Code 10145.3, 10169–10169.5; 28 CCR 1300.70.4, 1300.74.30; WIC 10951, 10951.5',
  guide: 'The product guide (shared/seed/california-imr-guide.txt); imr-rules.md wins where they differ',
  product:
    'shared/domain/imr-rules.md itself: the owner’s product rules, and values it records without naming a source page',
  'CDSS-HR-CC':
    'https://www.cdss.ca.gov/hearing-requests (the current text: 90 days for county, DHCS and Covered California eligibility actions; 60 days to appeal to a Medi-Cal plan; 120 days after its Notice of Appeal Resolution)',
  'COVEREDCA-APPEAL': 'https://www.coveredca.com/members/file-an-appeal-or-complaint',
  'TRICARE-MN': 'https://www.tricare.mil/Resources/Appeals/MedicalNecessity.aspx (last updated 2014-07-14)',
  'TRICARE-WEST': 'https://tricare.mil/About/Regions/West-Region/Referrals-and-Pre-authorizations/Medical-Necessity-Appeals',
  'VA-CLINICAL': 'https://www.va.gov/decision-reviews/clinical-appeals/ (read on the VA content mirror)',
  'VA-BENEFITS': 'https://www.va.gov/opa/publications/benefits_book/Chapter_1_Health_Care_Benefits.asp',
  'OPM-FEHB': 'https://www.opm.gov/insure/health/planinfo/consumers/disputes.asp (UNT web archive, 2008 and 2012)',
  'CFR-FEHB': '5 CFR 890.105 (the 2005 text, UNT/GPO archive; FEHB plan brochures, Section 8, say the same)',
  'IHS-PRC': 'ihs.gov Purchased/Referred Care appeal process, quoting 42 CFR 136.25 (UNT web archive)',
  'DHCS-CCS': 'https://www.dhcs.ca.gov/services/ccs/Pages/CCS-Grievances-Appeals-And-State-Hearings.aspx',
  'COUNTY-CCS': 'https://publichealth.santaclaracounty.gov/programs-and-services/california-childrens-services/california-childrens-services-grievance-appeal',
  UCSHIP: 'https://www.ucop.edu/ucship/benefits/claims-billing-and-coordination-of-benefits.html',
  SB910: 'https://leginfo.legislature.ca.gov/faces/billTextClient.xhtml?bill_id=201720180SB910 (Ins. Code 10123.61)',
  'CDI-SHARING': 'https://www.insurance.ca.gov/0400-news/0100-press-releases/2020/release026-2020.cfm',
  'OAG-SHARING': 'https://oag.ca.gov/news/press-releases/attorney-general-bonta-issues-consumer-alert-warning-californians-about (2021-04-30)',
  'CMS-EXTREVIEW': 'https://www.cms.gov/CCIIO/Programs-and-Initiatives/Consumer-Support-and-Information/csg-ext-appeals-facts',
  MAXIMUS: 'externalappeal.com, FAQs for claimants, and the HHS-Administered Federal External Review Request Form (MAXIMUS Federal Services, the HHS contractor)',
  AB716: 'AB 716 (Stats. 2023, ch. 454): HSC 1371.56 for DMHC plans (chaptered bill text)',
  PROSPECT: 'Prospect Medical Group v. Northridge Emergency Medical Group (2009) 45 Cal.4th 497 (the opinion, read on copies)',
};

export type PhoneKey =
  | 'dmhcHelpCenter'
  | 'dmhcTdd'
  | 'healthConsumerAlliance'
  | 'cdiHotline'
  | 'cdiTty'
  | 'medicare'
  | 'medicareTty'
  | 'ebsa'
  | 'cdssStateHearings'
  | 'cdssPublicInquiry'
  | 'cdssTdd'
  | 'mediCalOmbudsman'
  | 'coveredCalifornia'
  | 'hicap'
  | 'emergency'
  | 'crisis'
  | 'triwest'
  | 'vaHealthBenefits'
  | 'ucShip'
  | 'maximusExternalReview';

const NO_PAGE_NAMED = 'imr-rules.md §3 records this as checked but names no source page: re-check it on the agency’s own site';

export const phones: Readonly<Record<PhoneKey, PhoneFact>> = {
  dmhcHelpCenter: {
    value: '1-888-466-2219',
    vanity: '1-888-HMO-2219',
    sources: ['DMHC-FAC'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'DMHC Help Center; free call',
  },
  dmhcTdd: {
    value: '1-877-688-9891',
    sources: ['DMHC-CIMR'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'DMHC TDD, listed on older DMHC pages only',
  },
  healthConsumerAlliance: {
    value: '1-888-804-3536',
    sources: ['CAGOV-DMHC'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'free local help, contracted by DMHC',
  },
  cdiHotline: {
    value: '1-800-927-4357',
    vanity: '1-800-927-HELP',
    sources: ['CDI-CSD', 'OPA-CDI'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'CDI Consumer Hotline; also sends the CDI IMR application when the insurer did not (CDI-FLIP)',
  },
  cdiTty: {
    value: '1-800-482-4833',
    sources: ['CDI-CSD', 'OPA-CDI'],
    status: 'verified',
    checked: FACTS_CHECKED,
  },
  medicare: {
    value: '1-800-633-4227',
    vanity: '1-800-MEDICARE',
    sources: ['product'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: NO_PAGE_NAMED,
  },
  medicareTty: {
    value: '1-877-486-2048',
    sources: ['product'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: NO_PAGE_NAMED,
  },
  ebsa: {
    value: '1-866-444-3272',
    sources: ['product'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: `U.S. Department of Labor, Employee Benefits Security Administration (self-funded plans). ${NO_PAGE_NAMED}`,
  },
  cdssStateHearings: {
    value: '1-800-743-8525',
    sources: ['CDSS-HR', 'CDSS-SH'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'CDSS State Hearings Division',
  },
  cdssPublicInquiry: {
    value: '1-800-952-5253',
    sources: ['CDSS-HR', 'CDSS-SH'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'CDSS Public Inquiry and Response (also the number for asking a State Hearing on an enrollment decision, O15)',
  },
  cdssTdd: {
    value: '1-800-952-8349',
    sources: ['CDSS-HR', 'CDSS-SH'],
    status: 'verified',
    checked: FACTS_CHECKED,
  },
  mediCalOmbudsman: {
    value: '1-888-452-8609',
    sources: ['OPA-DHCS'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'Medi-Cal Managed Care Ombudsman (DHCS)',
  },
  coveredCalifornia: {
    value: '1-800-300-1506',
    sources: ['product'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: `enrollment and eligibility, not denials of care. ${NO_PAGE_NAMED}`,
  },
  hicap: {
    value: '1-800-434-0222',
    sources: ['product'],
    status: 'secondary',
    checked: FACTS_CHECKED,
    note: 'HICAP free Medicare counseling; imr-rules.md O10 marks it secondary',
  },
  emergency: {
    value: '911',
    sources: ['product'],
    status: 'product rule',
    checked: FACTS_CHECKED,
    note: 'if this is a medical emergency, call 911: the bot is information, not legal or medical advice',
  },
  crisis: {
    value: '988',
    sources: ['product'],
    status: 'product rule',
    checked: FACTS_CHECKED,
    note: '988 Suicide & Crisis Lifeline (call or text); a safety line the product adds, not in imr-rules.md',
  },
  triwest: {
    value: '1-888-874-9378',
    vanity: '1-888-TRIWEST',
    sources: ['TRICARE-WEST'],
    status: 'verified',
    checked: OUTSIDE_IMR_CHECKED,
    note:
      'TriWest, the TRICARE West Region contractor (California) since 2025-01-01 (a DHA article, Feb 2025). Not the old Health Net ' +
      '1-844-866-9378 that unofficial sites still list',
  },
  vaHealthBenefits: {
    value: '1-877-222-8387',
    vanity: '1-877-222-VETS',
    sources: ['VA-BENEFITS'],
    status: 'verified',
    checked: OUTSIDE_IMR_CHECKED,
    note: 'VA health benefits. A clinical appeal starts with the patient advocate at the VA facility (its own number, on the facility website)',
  },
  ucShip: {
    value: '1-866-940-8306',
    sources: ['UCSHIP'],
    status: 'verified',
    checked: OUTSIDE_IMR_CHECKED,
    note: 'UC SHIP member services (Anthem, the claims administrator of the self-funded UC student plan)',
  },
  maximusExternalReview: {
    value: '1-888-866-6205',
    sources: ['MAXIMUS'],
    status: 'verified',
    checked: OUTSIDE_IMR_CHECKED,
    note:
      'the HHS-administered federal external review (MAXIMUS Federal Services), which some self-insured government employer plans use; ' +
      'that such plans use it or an accredited IRO is secondary (CMS guidance read on a mirror), so the bot says "if your plan uses it"',
  },
};

export const addresses: Readonly<{ dmhcMail: Fact<string>; dmhcFax: Fact<string> }> = {
  dmhcMail: {
    value: 'Help Center, Department of Managed Health Care, 980 9th Street, Suite 500, Sacramento, CA 95814-2725',
    sources: ['DMHC-CIMR', 'guide'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'mail the IMR/Complaint form and copies (not originals) of documents; DMHC prefers online filing',
  },
  dmhcFax: {
    value: '916-255-5241',
    sources: ['DMHC-CIMR', 'guide'],
    status: 'verified',
    checked: FACTS_CHECKED,
  },
};

export type LinkKey =
  | 'dmhcComplaint'
  | 'dmhcComplaintEs'
  | 'dmhcImrForm'
  | 'dmhcAuthorizedAssistant'
  | 'cdiImr'
  | 'cdiComplaint'
  | 'medicareAppeals'
  | 'coveredCalifornia'
  | 'cdssStateHearing'
  | 'healthConsumerAlliance';

export const links: Readonly<Record<LinkKey, Fact<string>>> = {
  dmhcComplaint: {
    value: 'https://www.dmhc.ca.gov/FileaComplaint.aspx',
    sources: ['DMHC-FAC'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'File a Complaint (IMR and consumer complaints on one form); DMHC prefers online filing',
  },
  dmhcComplaintEs: {
    value: 'https://www.dmhc.ca.gov/FileaComplaint.aspx',
    sources: ['DMHC-FAC'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'the File a Complaint page offers English and Español; imr-rules.md records no separate Spanish address, so this is the same page',
  },
  dmhcImrForm: {
    value: 'https://www.dmhc.ca.gov/FileaComplaint/IndependentMedicalReviewComplaintForm.aspx',
    sources: ['DMHC-FORMPG'],
    status: 'verified',
    checked: FACTS_CHECKED,
  },
  dmhcAuthorizedAssistant: {
    value: 'https://www.dmhc.ca.gov/FileaComplaint/IndependentMedicalReviewComplaintForm.aspx',
    sources: ['DMHC-FORMPG'],
    status: 'secondary',
    checked: FACTS_CHECKED,
    note: 'imr-rules.md gives no address for the Authorized Assistant form itself; it is linked (English and Español) from the IMR form page',
  },
  cdiImr: {
    value: 'https://www.insurance.ca.gov/flipbook/imr',
    sources: ['CDI-FLIP'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'the insurer must send an IMR application with its denial; otherwise call the CDI hotline',
  },
  cdiComplaint: {
    value: 'https://www.insurance.ca.gov/01-consumers/101-help/index.cfm',
    sources: ['CDI-CSD'],
    status: 'secondary',
    checked: FACTS_CHECKED,
    note: 'imr-rules.md names CDI’s consumer services page without its address; this is CDI’s public consumer help page',
  },
  medicareAppeals: {
    value: 'https://www.medicare.gov/providers-services/claims-appeals-complaints/appeals',
    sources: ['product'],
    status: 'secondary',
    checked: FACTS_CHECKED,
    note: 'imr-rules.md §4 gives no Medicare page; this is Medicare’s public appeals page',
  },
  coveredCalifornia: {
    value: 'https://www.coveredca.com/',
    sources: ['product'],
    status: 'secondary',
    checked: FACTS_CHECKED,
    note: 'imr-rules.md §4 gives no Covered California page; this is its public home page',
  },
  cdssStateHearing: {
    value: 'https://www.cdss.ca.gov/hearing-requests',
    sources: ['CDSS-HR'],
    status: 'verified',
    checked: FACTS_CHECKED,
  },
  healthConsumerAlliance: {
    value: 'https://healthconsumer.org/',
    sources: ['CAGOV-DMHC'],
    status: 'secondary',
    checked: FACTS_CHECKED,
    note: 'CAGOV-DMHC names the Health Consumer Alliance but imr-rules.md gives no address; this is the Alliance’s own site',
  },
};

export type TimelineKey =
  | 'imrFilingMonths'
  | 'planGrievanceDays'
  | 'planUrgentDays'
  | 'cdiExpeditedInsurerHours'
  | 'acknowledgmentDays'
  | 'acknowledgmentExpeditedHours'
  | 'standardImrDaysMin'
  | 'standardImrDaysMax'
  | 'expeditedImrDaysMin'
  | 'expeditedImrDaysMax'
  | 'cdiExpeditedImrDays'
  | 'afterWinBusinessDays'
  | 'complaintDays'
  | 'mediCalHearingDays'
  | 'mediCalPlanAppealDays'
  | 'commercialGrievanceDays'
  | 'medicareRedeterminationDays'
  | 'medicareAdvantageReconsiderationDays'
  | 'selfFundedExternalReviewMonths'
  | 'stateHearingFfsDays'
  | 'oldestDateYears'
  | 'outcomeRatePercent'
  | 'coveredCaliforniaHearingDays'
  | 'tricareAppealDays'
  | 'tricareHearingMinDollars'
  | 'fehbReconsiderMonths'
  | 'ihsReconsiderationDays'
  | 'ccsFirstAppealDays'
  | 'govExternalReviewMonths';

export const timelines: Readonly<Record<TimelineKey, Fact<number>>> = {
  imrFilingMonths: {
    value: 6,
    sources: ['DMHC-SUB', 'DMHC-FORM-INSTR', 'CDI-FLIP'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note:
      'from the plan’s written decision: count from the date printed on the letter (sources say "sends" and "receipt"); ' +
      'late filing possible for circumstances (DMHC) / Commissioner extension (CDI)',
  },
  planGrievanceDays: {
    value: 30,
    sources: ['statute'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'HSC 1368.01(a): the plan decides a grievance within 30 days',
  },
  planUrgentDays: {
    value: 3,
    sources: ['statute'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'HSC 1368.01(b): 3 days for an imminent and serious threat to health',
  },
  cdiExpeditedInsurerHours: {
    value: 72,
    sources: ['product'],
    status: 'secondary',
    checked: FACTS_CHECKED,
    note: 'imr-rules.md O2 tells CDI policyholders to ask the insurer for its 72-hour expedited review, without a source page',
  },
  acknowledgmentDays: {
    value: 7,
    sources: ['product', 'DMHC-CIMR'],
    status: 'conflict',
    checked: FACTS_CHECKED,
    note:
      'DMHC decides whether the case qualifies within 7 calendar days (imr-rules.md names no page for it); ' +
      'the older DMHC-CIMR page says 5: say "about a week"',
  },
  acknowledgmentExpeditedHours: {
    value: 48,
    sources: ['product', 'DMHC-CIMR'],
    status: 'conflict',
    checked: FACTS_CHECKED,
    note: 'same imr-rules.md row as acknowledgmentDays, whose sources disagree: say "within about 2 days"',
  },
  standardImrDaysMin: {
    value: 30,
    sources: ['DMHC-SUB', 'DMHC-FORMPG'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'decided within 30 days once qualified and all records are in: say "about 30–45 days"',
  },
  standardImrDaysMax: {
    value: 45,
    sources: ['DMHC-SUB', 'DMHC-FORMPG'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'DMHC says the whole process takes at least about 45 days: say "about 30–45 days"',
  },
  expeditedImrDaysMin: {
    value: 3,
    sources: ['DMHC-SUB', 'DMHC-CIMR'],
    status: 'conflict',
    checked: FACTS_CHECKED,
    note: 'DMHC: typically within 7 days, an older page says 3–7 (HSC 1374.33(c) not read): say "about 3–7 days"',
  },
  expeditedImrDaysMax: {
    value: 7,
    sources: ['DMHC-SUB', 'DMHC-CIMR'],
    status: 'conflict',
    checked: FACTS_CHECKED,
    note: 'DMHC: typically within 7 days, an older page says 3–7 (HSC 1374.33(c) not read): say "about 3–7 days"',
  },
  cdiExpeditedImrDays: {
    value: 3,
    sources: ['statute'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'Ins. Code 10169.3(c): CDI expedited IMR within 3 days',
  },
  afterWinBusinessDays: {
    value: 5,
    sources: ['CAGOV-DMHC'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'after an IMR win the plan must authorize the service within 5 business days (the guide cites HSC 1374.33)',
  },
  complaintDays: {
    value: 30,
    sources: ['DMHC-FAQ'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'most consumer complaints are decided within 30 days',
  },
  mediCalHearingDays: {
    value: 120,
    sources: ['statute'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'Medi-Cal managed care: ask for the State Hearing within 120 days of the NAR, or of day 30 when the plan does not answer (imr-rules.md §2)',
  },
  mediCalPlanAppealDays: {
    value: 60,
    sources: ['CDSS-HR-CC', 'product'],
    status: 'verified',
    checked: OUTSIDE_IMR_CHECKED,
    note:
      'Medi-Cal: appeal to the plan within 60 calendar days of the notice of action (imr-rules.md O6; CDSS hearing-requests page). ' +
      'Plans also call that notice a Notice of Adverse Benefit Determination: the bot names it both ways',
  },
  commercialGrievanceDays: {
    value: 180,
    sources: ['product'],
    status: 'secondary',
    checked: FACTS_CHECKED,
    note: 'commercial plans: file the grievance within 180 days of the problem (imr-rules.md O6, secondary)',
  },
  medicareRedeterminationDays: {
    value: 120,
    sources: ['product'],
    status: 'secondary',
    checked: FACTS_CHECKED,
    note: 'Original Medicare: redetermination within 120 days of the Medicare Summary Notice; said in words, no date asked (O10)',
  },
  medicareAdvantageReconsiderationDays: {
    value: 60,
    sources: ['product'],
    status: 'conflict',
    checked: FACTS_CHECKED,
    note: 'Medicare Advantage plan reconsideration: one source says 65 days: say "usually within 60 days (use the date on your notice)"',
  },
  selfFundedExternalReviewMonths: {
    value: 4,
    sources: ['product'],
    status: 'secondary',
    checked: FACTS_CHECKED,
    note: 'federal external review: follow the deadline printed on the final denial letter (federal rule: usually 4 months)',
  },
  stateHearingFfsDays: {
    value: 90,
    sources: ['statute'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'WIC 10951: ask for a State Hearing within 90 days of the notice; said in words (O12)',
  },
  oldestDateYears: {
    value: 10,
    sources: ['product'],
    status: 'product rule',
    checked: FACTS_CHECKED,
    note: 'a date more than about 10 years back is refused and asked again (imr-rules.md §1)',
  },
  outcomeRatePercent: {
    value: 60,
    sources: ['DMHC-SUB'],
    status: 'verified',
    checked: FACTS_CHECKED,
    note: 'about 60% of people get the requested treatment through IMR (DMHC, counts plan reversals)',
  },
  coveredCaliforniaHearingDays: {
    value: 90,
    sources: ['CDSS-HR-CC', 'COVEREDCA-APPEAL'],
    status: 'verified',
    checked: OUTSIDE_IMR_CHECKED,
    note: 'a State Hearing on a Covered California eligibility decision, or a county action, within 90 days of the notice (later only with good cause)',
  },
  tricareAppealDays: {
    value: 90,
    sources: ['TRICARE-MN'],
    status: 'verified',
    checked: OUTSIDE_IMR_CHECKED,
    note:
      'TRICARE medical necessity appeal: postmarked or received within 90 days of the date on the EOB or decision; the second review ' +
      'also within 90 days. From a 2014 tricare.mil page; the address is the one on the denial (page versions differ: never quote one)',
  },
  tricareHearingMinDollars: {
    value: 300,
    sources: ['TRICARE-MN'],
    status: 'verified',
    checked: OUTSIDE_IMR_CHECKED,
    note: 'after the second review, a hearing through the Defense Health Agency when $300 or more is in dispute',
  },
  fehbReconsiderMonths: {
    value: 6,
    sources: ['CFR-FEHB', 'OPM-FEHB'],
    status: 'verified',
    checked: OUTSIDE_IMR_CHECKED,
    note:
      'FEHB: ask the carrier in writing to reconsider within 6 months of the denial (5 CFR 890.105(b), old text; plan brochures, Section 8), ' +
      'then OPM review. The 90 days to ask OPM are secondary (fedweek.com): not said',
  },
  ihsReconsiderationDays: {
    value: 30,
    sources: ['IHS-PRC'],
    status: 'verified',
    checked: OUTSIDE_IMR_CHECKED,
    note:
      'IHS Purchased/Referred Care: ask for reconsideration within 30 days of receiving the denial (42 CFR 136.25, archived ihs.gov). ' +
      'Later levels unverified; tribal programs may differ, so the bot sends people to the program that sent the letter',
  },
  ccsFirstAppealDays: {
    value: 30,
    sources: ['COUNTY-CCS', 'DHCS-CCS'],
    status: 'verified',
    checked: OUTSIDE_IMR_CHECKED,
    note:
      'California Children’s Services: a First Level Appeal within 30 calendar days of the notice (county page; 22 CCR 42160 says the same). ' +
      'The State Hearing deadline after it is unverified (the old 14-day "CCS Fair Hearing" may be superseded): not said',
  },
  govExternalReviewMonths: {
    value: 4,
    sources: ['MAXIMUS', 'CMS-EXTREVIEW'],
    status: 'verified',
    checked: OUTSIDE_IMR_CHECKED,
    note: 'the HHS-administered federal external review: ask within 4 months of the final internal denial (MAXIMUS request form and FAQ)',
  },
};

export const outcomeIds = [
  'O1', 'O2', 'O3', 'O4', 'O5', 'O6', 'O7', 'O8', 'O9', 'O10', 'O11', 'O12', 'O13', 'O14', 'O15', 'O16',
] as const;
export type OutcomeId = (typeof outcomeIds)[number];

/**
 * Whose rule a citation is. A citation is shown only on an outcome whose path runs through that
 * body (imr-rules.md §2 "Agency choice"): Knox-Keene sections and DMHC regulations for DMHC plans,
 * the Insurance Code for CDI policies, the Welfare and Institutions Code for State Hearings.
 */
export type CitationBody = 'DMHC' | 'CDI' | 'CDSS' | 'OPM' | 'IHS';

export interface Citation extends Fact<string> {
  body: CitationBody;
}

const cite = (body: CitationBody, status: FactStatus, note: string, sources: readonly SourceKey[] = ['statute']): Omit<Citation, 'value'> => ({
  body,
  status,
  sources,
  checked: OUTSIDE_IMR_CHECKED,
  note,
});

/**
 * Every rule the bot could cite, with whose rule it is and how sure we are. Only `verified` ones are
 * ever shown (test/machines/citations.test.ts): a citation is a claim too. The guide's "HSC § 1368(b)"
 * is a wrong citation and is not listed.
 */
/** Each citation's value is its own key, the words shown. */
function named<K extends string>(entries: Readonly<Record<K, Omit<Citation, 'value'>>>): Readonly<Record<K, Citation>> {
  return Object.fromEntries(Object.entries<Omit<Citation, 'value'>>(entries).map(([key, fact]) => [key, { value: key, ...fact }])) as Record<K, Citation>;
}

export const citationFacts = named({
  'HSC 1368.01(a)': cite('DMHC', 'verified', 'imr-rules.md §3: plans decide a grievance within 30 days'),
  'HSC 1368.01(b)': cite('DMHC', 'verified', 'imr-rules.md §3: 3 days for an imminent and serious threat'),
  'HSC 1368.03(a)': cite('DMHC', 'verified', 'imr-rules.md §3: no 30-day wait for urgent cases'),
  'HSC 1374.31(a)': cite('DMHC', 'verified', 'imr-rules.md §3: DMHC may waive the plan step in extraordinary and compelling cases'),
  'HSC 1370.4': cite('DMHC', 'verified', 'imr-rules.md §3: experimental treatment IMR'),
  '28 CCR 1300.70.4(b)(2)': cite('DMHC', 'verified', 'imr-rules.md §3: an experimental IMR without the plan grievance'),
  'HSC 1374.30–1374.36': cite(
    'DMHC',
    'secondary',
    'the IMR statute: imr-rules.md §4 lists it among the statutes, but no rule row records its text as read (the guide cites HSC 1374.33)',
  ),
  '28 CCR 1300.74.30': cite(
    'DMHC',
    'secondary',
    'the 6-month filing rule as the guide cites it; a regulation summary agrees (six months from receipt of the plan’s response, extensions for good reason). ' +
      'The 6 months themselves are verified on DMHC pages (timelines.imrFilingMonths)',
    ['guide'],
  ),
  'Ins. Code 10169(k)': cite('CDI', 'unverified', 'the guide’s citation for CDI’s 6 months; the subdivision was not read', ['guide']),
  'Ins. Code 10169.3(c)': cite('CDI', 'verified', 'imr-rules.md §3: CDI decides an expedited IMR within 3 days'),
  'Ins. Code 10145.3': cite('CDI', 'unverified', 'experimental treatment for insured policies: listed in imr-rules.md §4, text not read'),
  'WIC 10951': cite(
    'CDSS',
    'verified',
    'a State Hearing within 90 days of a county or DHCS action, 120 days after a Medi-Cal plan’s Notice of Appeal Resolution (CDSS hearing-requests page gives the same)',
    ['statute', 'CDSS-HR-CC'],
  ),
  'AB 716': cite(
    'DMHC',
    'verified',
    'imr-rules.md O8 ("AB 716 per DMHC"): a non-contracted ground ambulance costs only the in-network share (HSC 1371.56). ' +
      'The bill adds Ins. Code 10126.66 for CDI policies too, but imr-rules.md names DMHC plans, so it is cited for them only',
    ['AB716'],
  ),
  'Prospect Medical Group v. Northridge (2009)': cite(
    'DMHC',
    'secondary',
    'the California Supreme Court opinion on balance billing by emergency doctors of HMO members, read on copies (not an agency page)',
    ['PROSPECT'],
  ),
  '5 CFR 890.105': cite('OPM', 'verified', 'FEHB disputed claims: ask the carrier to reconsider within 6 months (the 2005 text, archived)', ['CFR-FEHB']),
  '42 CFR 136.25': cite('IHS', 'verified', 'IHS Purchased/Referred Care: reconsideration within 30 days (quoted on archived ihs.gov)', ['IHS-PRC']),
  'Ins. Code 10123.61': cite('CDI', 'verified', 'no short-term limited duration health insurance sold in California since 2019 (SB 910 bill text)', ['SB910']),
});

export type CitationKey = keyof typeof citationFacts;

/**
 * The rules each outcome could rest on (imr-rules.md names them). Which are shown depends on the
 * path (the body) and the status: see `shownCitations`. An empty list means imr-rules.md names no
 * rule for it (federal programs without a verified rule, routing and triage outcomes).
 */
export const citations: Readonly<Record<OutcomeId, readonly CitationKey[]>> = {
  O1: ['HSC 1374.30–1374.36', '28 CCR 1300.74.30', 'Ins. Code 10169(k)', 'WIC 10951'],
  O2: ['HSC 1368.01(b)', 'HSC 1368.03(a)', 'HSC 1374.31(a)', 'Ins. Code 10169.3(c)', 'WIC 10951'],
  O3: ['28 CCR 1300.70.4(b)(2)', 'HSC 1370.4', 'Ins. Code 10145.3', 'WIC 10951'],
  O4: ['HSC 1368.01(a)', 'WIC 10951'],
  O5: ['HSC 1368.01(a)', 'WIC 10951'],
  O6: ['HSC 1368.01(a)', 'HSC 1368.01(b)'],
  O7: ['28 CCR 1300.74.30', 'Ins. Code 10169(k)'],
  O8: ['Prospect Medical Group v. Northridge (2009)', 'AB 716'],
  O9: [],
  O10: [],
  O11: [],
  O12: ['WIC 10951'],
  O13: [],
  O14: [],
  O15: [],
  O16: ['5 CFR 890.105', '42 CFR 136.25', 'Ins. Code 10123.61'],
};

/** The citations an outcome shows: its candidates that bind one of `bodies` and are verified. */
export function shownCitations(id: OutcomeId, bodies: readonly CitationBody[]): CitationKey[] {
  return citations[id].filter((key) => {
    const fact = citationFacts[key];
    return fact.status === 'verified' && bodies.includes(fact.body);
  });
}

export const countyOrganizedHealthSystems: Fact<readonly string[]> = {
  value: [
    'CalOptima',
    'CenCal Health',
    'Central California Alliance for Health',
    'Gold Coast Health Plan',
    'Partnership HealthPlan of California',
    'Health Plan of San Mateo',
  ],
  sources: ['product'],
  status: 'unverified',
  checked: FACTS_CHECKED,
  note:
    'list unverified and changing: these plans may not be DMHC-licensed, so tell members to confirm with DMHC and that the ' +
    'State Hearing is their sure path. imr-rules.md §2 names the first four; the last two are added as County Organized Health Systems too',
};

export interface Agency {
  name: string;
  shortName: 'DMHC' | 'CDI';
  phone: PhoneFact;
  tdd: PhoneFact;
  complaintLink: Fact<string>;
  imrLink: Fact<string>;
}

/** Convenience references to the facts above (the same objects), not new values. */
export const agencies: Readonly<Record<'DMHC' | 'CDI', Agency>> = {
  DMHC: {
    name: 'Department of Managed Health Care',
    shortName: 'DMHC',
    phone: phones.dmhcHelpCenter,
    tdd: phones.dmhcTdd,
    complaintLink: links.dmhcComplaint,
    imrLink: links.dmhcImrForm,
  },
  CDI: {
    name: 'California Department of Insurance',
    shortName: 'CDI',
    phone: phones.cdiHotline,
    tdd: phones.cdiTty,
    complaintLink: links.cdiComplaint,
    imrLink: links.cdiImr,
  },
};

/**
 * The `tel:` URI for a phone fact: '1-888-466-2219' → 'tel:+18884662219', '911' → 'tel:911'.
 * Short codes stay as they are (E.164 has no form for them); North American numbers get +1.
 */
export function telUri(fact: Fact<string>): string {
  const digits = fact.value.replace(/\D/g, '');
  if (digits.length === 3) return `tel:${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `tel:+${digits}`;
  if (digits.length === 10) return `tel:+1${digits}`;
  throw new Error(`Not a dialable phone number: ${fact.value}`);
}

/*
 * The filing kit (issue 18): what the forms ask and how to send them. Read on 2026-11-30 in stored
 * copies of the agencies' pages (the `search` tool); where only a plan's or a form site's copy of an
 * agency form was found, the status is `secondary`, and what no source showed is `unverified` and
 * never stated: the kit words it as advice ("send it as an extra page"), not as a fact about a form.
 */

export const KIT_FACTS_CHECKED = '2026-11-30';

/** Pages the kit's facts were read in, beyond the §4 sources above. */
export type KitSourceKey = 'DMHC-FORM-COPY' | 'DMHC-INSTR-COPY' | 'IEHP-IMR' | 'HMOHELP-HC' | 'DHCS-SH-FORM-COPY' | 'CDI-FLIP-3RD';

export const kitSources: Readonly<Record<KitSourceKey, string>> = {
  'DMHC-FORM-COPY':
    'https://www.templateroller.com/group/5219/form-dmhc20-224-independent-medical-review-imr-application-complaint-form-california.html',
  'DMHC-INSTR-COPY': 'https://www.libertydentalplan.com/Resources/Documents/HTML/ma_Revised_IMR_Complaint_Form_Eng.html',
  'IEHP-IMR': 'https://iehp.org/en/browse-plans/dualchoice/problems-with-part-c',
  'HMOHELP-HC': 'https://www.hmohelp.ca.gov/dmhc_consumer/pc/pc_complaint.aspx',
  'DHCS-SH-FORM-COPY': 'https://www.libertydentalplan.com/Resources/Documents/HTML/ma_DHCS_State_Fair_Hearing_Form.html',
  'CDI-FLIP-3RD': 'https://type2.wiki/ufaq/how-do-i-request-an-independent-medical-review/',
};

export interface KitFact extends Omit<Fact<string>, 'sources'> {
  sources: readonly (SourceKey | KitSourceKey)[];
}

export type KitFactKey =
  | 'dmhcFormName'
  | 'dmhcFormNumber'
  | 'dmhcOneForm'
  | 'dmhcWaysToSend'
  | 'dmhcCompleteAndSign'
  | 'dmhcCopiesNotOriginals'
  | 'dmhcPatientSection'
  | 'dmhcPlanListed'
  | 'dmhcOtherSections'
  | 'dmhcOutOfNetworkRecords'
  | 'dmhcAcknowledgment'
  | 'dmhcUrgentCall'
  | 'dmhcLateFiling'
  | 'authorizedAssistant'
  | 'authorizedAssistantParts'
  | 'cdiApplicationWithDenial'
  | 'cdiConsent'
  | 'cdiQualifies'
  | 'cdiDesignate'
  | 'cdiWaiver'
  | 'cdiExtension'
  | 'cdiSendTo'
  | 'planGrievanceWays'
  | 'keepNotes'
  | 'stateHearingWays'
  | 'stateHearingManagedCare'
  | 'stateHearingFfs'
  | 'stateHearingExpedited'
  | 'stateHearingForm'
  | 'hearingAfterImr';

export const kitFacts: Readonly<Record<KitFactKey, KitFact>> = {
  dmhcFormName: {
    value: 'Independent Medical Review (IMR) Application/Complaint Form',
    sources: ['DMHC-SUB', 'DMHC-FAC'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
    note: 'DMHC pages call it the Independent Medical Review Application/Complaint Form, or the IMR/Complaint Form',
  },
  dmhcFormNumber: {
    value: 'DMHC 20-224',
    sources: ['DMHC-FORM-COPY'],
    status: 'secondary',
    checked: KIT_FACTS_CHECKED,
    note: 'printed on the paper form (New 11/15, Rev 01/20) as a form site reproduces it; no DMHC page read shows the number',
  },
  dmhcOneForm: {
    value: 'an IMR and a consumer complaint go on one form; the Help Center decides whether the case is an IMR or a complaint',
    sources: ['DMHC-FAC', 'DMHC-SUB'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  dmhcWaysToSend: {
    value: 'online (English or Español), by mail or by fax; DMHC strongly encourages filing online',
    sources: ['DMHC-FAC'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  dmhcCompleteAndSign: {
    value: 'complete all fields, include copies of supporting documents, and sign the form when sending it by mail or fax',
    sources: ['DMHC-FAC'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  dmhcCopiesNotOriginals: {
    value: 'send copies of documents, not originals: the Help Center cannot return documents',
    sources: ['DMHC-CIMR'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  dmhcPatientSection: {
    value:
      'Patient Information: name, gender, date of birth, parent or guardian when filing for a minor child, address, phone numbers, email, primary language',
    sources: ['DMHC-FORM-COPY'],
    status: 'secondary',
    checked: KIT_FACTS_CHECKED,
    note: 'the first section of the paper form (Rev 01/20), read in a form site’s copy; the kit says "the form asks for" only these',
  },
  dmhcPlanListed: {
    value: 'DMHC contacts the health plan listed on the form to check it is DMHC-licensed and that its grievance process was completed',
    sources: ['DMHC-FORMPG'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  dmhcOtherSections: {
    value: 'the sections of the form after Patient Information',
    sources: ['DMHC-FORM-COPY'],
    status: 'unverified',
    checked: KIT_FACTS_CHECKED,
    note:
      'the stored copies showed only the first section; the kit names no other section and says to send the draft as an extra page ' +
      'if the form has no room for it (DMHC-CIMR: attach copies of letters or other documents)',
  },
  dmhcOutOfNetworkRecords: {
    value: 'include medical records from out-of-network providers; the plan provides the records of its network providers',
    sources: ['DMHC-INSTR-COPY', 'DMHC-FORM-INSTR'],
    status: 'secondary',
    checked: KIT_FACTS_CHECKED,
    note: 'the form’s instruction sheet, read in a dental plan’s copy of it',
  },
  dmhcAcknowledgment: {
    value: 'DMHC sends an acknowledgement letter with a case number, and contacts you by phone or email if it needs more information',
    sources: ['DMHC-FORMPG'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  dmhcUrgentCall: {
    value: 'to file an urgent complaint, call the Help Center',
    sources: ['HMOHELP-HC'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
    note: 'an older DMHC page (hmohelp.ca.gov, DMHC’s former site); current pages say urgent problems may seek immediate assistance from DMHC',
  },
  dmhcLateFiling: {
    value: 'DMHC may accept an application after 6 months when circumstances kept the person from filing on time',
    sources: ['DMHC-SUB', 'DMHC-FORM-INSTR', 'IEHP-IMR'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
    note: 'imr-rules.md §3 records it as verified; the instruction sheet says "special circumstances that kept you from filing timely"',
  },
  authorizedAssistant: {
    value:
      'DMHC cannot talk to another person about a case unless the person signs the Authorized Assistant Form (English; Spanish: ' +
      'Formulario de Asistente Autorizado); it goes attached to the online form, or with the documents by mail or fax',
    sources: ['DMHC-FORMPG', 'CAGOV-DMHC'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
    note: 'the DMHC page names the Spanish form, which settles glossary-es.md’s open "Formulario de Asistente Autorizado"',
  },
  authorizedAssistantParts: {
    value: 'the person fills in Part A, the helper fills in Part B, and both sign',
    sources: ['IEHP-IMR', 'DMHC-INSTR-COPY'],
    status: 'secondary',
    checked: KIT_FACTS_CHECKED,
    note: 'Part A / Part B from a plan’s page (IEHP); "both you and your authorized assistant must sign" from the instruction sheet’s copy',
  },
  cdiApplicationWithDenial: {
    value: 'the insurer must send an IMR application with its denial letter; without one, ask CDI (hotline or website)',
    sources: ['CDI-FLIP'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  cdiConsent: {
    value: 'the application has a consent statement; signing it lets CDI obtain the medical records the review needs',
    sources: ['CDI-FLIP'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  cdiQualifies: {
    value: 'CDI decides whether the request qualifies for IMR; if it does not, it goes to CDI’s complaint/mediation program',
    sources: ['CDI-FLIP'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  cdiDesignate: {
    value: 'the insured can designate a person to act as their advocate, and a health care professional may join and assist',
    sources: ['CDI-FLIP'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  cdiWaiver: {
    value: 'CDI may waive the insurer’s appeals/grievance step in an extraordinary or compelling case',
    sources: ['CDI-FLIP'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  cdiExtension: {
    value: 'the Insurance Commissioner may consider extending the 6-month deadline when special circumstances are present',
    sources: ['CDI-FLIP'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  cdiSendTo: {
    value: 'where to mail or fax the CDI application',
    sources: ['CDI-FLIP-3RD'],
    status: 'unverified',
    checked: KIT_FACTS_CHECKED,
    note: 'an address and fax were seen only on a third-party page; the kit says to send it the way the application says',
  },
  planGrievanceWays: {
    value: 'a grievance goes to the plan by phone, in writing, or on the plan’s website; the member services number is on the plan card',
    sources: ['DMHC-FAC'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  keepNotes: {
    value: 'ask for the reason in writing; when calling, write down the date, the name of the person and what they say',
    sources: ['DMHC-FAC'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
    note: 'an older copy of DMHC’s File a Complaint page',
  },
  stateHearingWays: {
    value:
      'online; by phone (State Hearings Division, or Public Inquiry and Response, TDD); or in writing, on the request form of the notice or a separate sheet',
    sources: ['CDSS-HR'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  stateHearingManagedCare: {
    value:
      'Medi-Cal managed care: appeal to the plan within 60 calendar days of the notice of action; then a State Hearing within 120 calendar days of the ' +
      'Notice of Appeal Resolution, or once 30 days pass with no NAR',
    sources: ['CDSS-HR'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
    note: 'the day counts themselves are timelines.mediCalPlanAppealDays and timelines.mediCalHearingDays',
  },
  stateHearingFfs: {
    value: 'actions by the county or DHCS: 90 days to ask for a State Hearing; after that, a good reason for asking late must be shown',
    sources: ['CDSS-HR'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
    note: 'the day count itself is timelines.stateHearingFfsDays',
  },
  stateHearingExpedited: {
    value: 'an expedited hearing can be asked for by phone',
    sources: ['CDSS-HR'],
    status: 'verified',
    checked: KIT_FACTS_CHECKED,
  },
  stateHearingForm: {
    value:
      'the DHCS form for a State Hearing on a managed care denial asks for the treatment, drug, equipment or service the doctor requested, why the person ' +
      'disagrees, and the person’s name, date of birth, address and phone',
    sources: ['DHCS-SH-FORM-COPY'],
    status: 'secondary',
    checked: KIT_FACTS_CHECKED,
    note: 'read in a dental plan’s copy of the DHCS form',
  },
  hearingAfterImr: {
    value: 'file the IMR first, then ask for the State Hearing within its 120 days: a held hearing blocks the IMR',
    sources: ['product'],
    status: 'conflict',
    checked: KIT_FACTS_CHECKED,
    note: 'imr-rules.md §2: a held hearing blocks the IMR; whether only asking for one does is a conflict between sources, so the kit says "held"',
  },
};
