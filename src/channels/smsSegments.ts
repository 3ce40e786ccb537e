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

const gsmBasic = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const gsmExtension = new Set('^{}\\[~]|€\f');

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
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (gsmBasic.has(ch)) septets += 1;
    else if (gsmExtension.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  const encoding: SmsEncoding = gsm ? 'GSM-7' : 'UCS-2';
  // String length is UTF-16 code units: a surrogate pair (emoji) is already 2.
  const units = gsm ? septets : text.length;
  const { single, part } = segmentLimits[encoding];
  const segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / part);
  return { encoding, units, segments };
}

export function smsSegments(text: string): number {
  return smsCount(text).segments;
}
