/**
 * How many SMS segments a text costs, counted the way carriers bill it (3GPP TS 23.038 / GSM 03.38):
 * - GSM-7 when every character is in the basic set (1 septet) or the extension table (escape +
 *   character = 2 septets): 160 septets in a single message, 153 per part once concatenated (the
 *   user data header takes 7).
 * - UCS-2 as soon as one character is outside both (á, í, ó, ú, “curly quotes”, emoji…): 70 UTF-16
 *   units in a single message, 67 per part; a character outside the BMP (most emoji) is a
 *   surrogate pair and counts 2.
 * Note that ñ, Ñ, ¿, ¡, é, É, ü and à are in the GSM-7 basic set: "¿Tiene un plan?" stays GSM-7.
 */

import { smsLength } from '../../dialogs/plain.js';

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsCount {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export const segmentLimits = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
} as const satisfies Record<SmsEncoding, { single: number; part: number }>;

export function smsCount(text: string): SmsCount {
  // One GSM-7 table for the whole bot (dialogs/plain.ts): the budget the texts are written to is the one billed.
  const { gsm7, length: units } = smsLength(text);
  const encoding: SmsEncoding = gsm7 ? 'GSM-7' : 'UCS-2';
  const { single, part } = segmentLimits[encoding];
  const segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / part);
  return { encoding, units, segments };
}

export function smsSegments(text: string): number {
  return smsCount(text).segments;
}
