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
] as const;
export type DynamicPlaceholder = (typeof dynamicPlaceholders)[number];
