/**
 * One text of the catalog. `full` is for chat with room (Web Chat, Teams); `brief` is for SMS
 * (plain, short: a whole SMS reply fits in 3 segments); `staff` replaces `full` when clinic staff ask
 * for a patient (Teams), where the text speaks of "the patient" instead of "you".
 *
 * Templates use `{placeholders}`: `{phone.KEY}` and `{t.KEY}` are filled from machines/facts.ts
 * (the only place a phone number or a deadline number is written); the others are listed in
 * `dynamicPlaceholders` and filled by the code that says the text.
 */
export interface Text {
  full: string;
  brief: string;
  staff?: string;
}

export const text = (full: string, brief: string = full, staff?: string): Text =>
  staff === undefined ? { full, brief } : { full, brief, staff };

/** Placeholders the conversation fills from the answers and the outcome (not from facts). */
export const dynamicPlaceholders = [
  'summary',
  'example',
  'plan',
  'date',
  'a',
  'b',
  'agency',
  'agencyPhone',
  'agencyTty',
  'deadline',
  'hearingDate',
  'planDue',
  'list',
  'n',
  'url',
  'dates',
  // The deploying organisation (contract.ts OrgIdentity), filled by say() from the voice.
  'org.name',
  'org.phone',
  'org.url',
  // The filing kit (issue 18): its dates, computed, and its blanks for what only the person knows.
  'decisionDate',
  'filedDate',
  'today',
  'sendBy',
  'urgentBy',
  'formNumber',
  'blank.treatment',
  'blank.why',
  'blank.doctor',
  'blank.doctorSays',
  'blank.risk',
  'blank.condition',
  'blank.careDate',
  'blank.place',
  'blank.letterDate',
  'blank.lateReason',
  'blank.name',
  'blank.memberId',
  'blank.sendDate',
  'blank.dob',
  'blank.address',
  'blank.phone',
] as const;
export type DynamicPlaceholder = (typeof dynamicPlaceholders)[number];

/**
 * Adds the staff wording ("the patient", "they") to texts written for the patient. Kept as one block
 * per catalog so a reviewer reads the staff voice in one place.
 */
export function withStaff<K extends string>(texts: Readonly<Record<K, Text>>, staff: Partial<Record<K, string>>): Record<K, Text> {
  const out = { ...texts } as Record<K, Text>;
  for (const [key, wording] of Object.entries(staff) as [K, string | undefined][]) {
    if (wording !== undefined) out[key] = { ...out[key], staff: wording };
  }
  return out;
}
