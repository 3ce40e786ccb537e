import fc from 'fast-check';
import { SegmentedMessage } from 'sms-segments-calculator';
import { describe, expect, it } from 'vitest';
import { gsmSeptets, smsCount, smsSegments } from '../../dialogs/plain.js';
import { smsMessages, replyHint } from '../../src/channels/smsRender.js';

/** Twilio's own segment calculator: the reference our counter must agree with (3 ms a message, too slow for every turn). */
function twilioCount(text: string): { encoding: string; units: number; segments: number } {
  const message = new SegmentedMessage(text);
  const encoding = message.encodingName;
  return { encoding, units: message.messageSize / (encoding === 'GSM-7' ? 7 : 16), segments: message.segmentsCount };
}
import type { Reply } from '../../dialogs/contract.js';

describe('SMS segments, counted as carriers bill them', () => {
  it.each([
    ['160 plain characters fit one GSM-7 message', 'a'.repeat(160), 1],
    ['161 need two parts of 153', 'a'.repeat(161), 2],
    ['306 still two parts', 'a'.repeat(306), 2],
    ['307 need three', 'a'.repeat(307), 3],
    ['459 is the most three parts carry', 'a'.repeat(459), 3],
    ['460 is a fourth part', 'a'.repeat(460), 4],
    ['extension characters ([ ] { } € ~ ^ | \\) count two septets', '€'.repeat(80), 1],
    ['81 euro signs are 162 septets: two parts', '€'.repeat(81), 2],
    ['ñ, ¿, ¡ and é are in the GSM-7 basic set', '¿Señal? ¡Si, café!', 1],
    ['one á makes the whole text UCS-2: 70 in one message', 'á'.repeat(70), 1],
    ['71 UCS-2 characters need two parts of 67', 'á'.repeat(71), 2],
    ['201 UCS-2 characters are three parts', `á${'a'.repeat(200)}`, 3],
    ['202 are four', `á${'a'.repeat(201)}`, 4],
    ['an emoji is a surrogate pair: 35 of them fill one UCS-2 message', '🙂'.repeat(35), 1],
    ['36 emoji are 72 units: two parts', '🙂'.repeat(36), 2],
    ['an extension character is never split between parts', `${'a'.repeat(152)}€${'a'.repeat(152)}`, 3],
    ['an emoji is never split between parts', `${'á'.repeat(66)}🙂${'á'.repeat(133)}`, 4],
  ])('%s', (_name, text, segments) => {
    expect(smsSegments(text)).toBe(segments);
    expect(twilioCount(text).segments).toBe(segments);
  });

  it('has the GSM-7 table of Twilio’s calculator, for every character of the Basic Multilingual Plane', () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      const twilio = twilioCount(ch);
      if ((twilio.encoding === 'GSM-7' ? twilio.units : undefined) !== gsmSeptets(ch)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('counts encoding, units and segments as Twilio’s calculator does, for any text', () => {
    const ch = fc.constantFrom(...'aZ0 .,\n€[]{}~^|\\¿¡ñéÉÇçá“”🙂👍🏽'.split(/(?:)/u));
    fc.assert(
      fc.property(fc.array(ch, { minLength: 1, maxLength: 500 }), (chars) => {
        const text = chars.join('');
        expect(smsCount(text)).toEqual(twilioCount(text));
      }),
      { numRuns: 300 },
    );
  });

  it('says which encoding a text takes', () => {
    expect(smsCount('Reply 1, 2 or 3').encoding).toBe('GSM-7');
    expect(smsCount('Responda 1, 2 o 3. Está bien.').encoding).toBe('UCS-2');
    expect(smsCount('{}').units).toBe(4);
  });
});

describe('the SMS form of replies', () => {
  const question: Reply = {
    kind: 'question',
    text: 'Did you appeal to the plan?',
    choices: [
      { label: 'Yes, they said no', value: { answer: { appealStatus: 'decided' } } },
      { label: 'Yes, waiting', value: { answer: { appealStatus: 'pending' } } },
      { label: 'Not yet', value: { answer: { appealStatus: 'not_filed' } } },
    ],
  };

  it('numbers the choices and says how to answer, in English and Spanish', () => {
    expect(smsMessages([question], { locale: 'en' })).toEqual(['Did you appeal to the plan?\n\n1. Yes, they said no\n2. Yes, waiting\n3. Not yet\nReply 1, 2 or 3']);
    expect(replyHint(3, 'es')).toBe('Responda 1, 2 o 3');
    expect(replyHint(2, 'en')).toBe('Reply 1 or 2');
    expect(replyHint(8, 'en')).toBe('Reply a number from 1 to 8');
  });

  it('writes facts as "Label: value" lines and links as bare URLs', () => {
    const [text] = smsMessages(
      [{ kind: 'outcome', title: 'File an IMR now', text: 'You can ask for an IMR now.', facts: [{ label: 'Agency', value: 'DMHC' }], links: [{ label: 'DMHC', url: 'https://www.dmhc.ca.gov/FileaComplaint.aspx' }] }],
      { locale: 'en' },
    );
    expect(text).toBe('File an IMR now\nYou can ask for an IMR now.\n\nAgency: DMHC\n\nDMHC: https://www.dmhc.ca.gov/FileaComplaint.aspx');
  });

  it('joins a turn into one message when it fits, and splits at line ends when it does not', () => {
    const info: Reply = { kind: 'info', text: 'Got it: appeal denied.' };
    expect(smsMessages([info, question], { locale: 'en' })).toHaveLength(1);
    const long: Reply = { kind: 'info', text: Array.from({ length: 12 }, (_, i) => `Line ${i + 1} says something useful about the review.`).join('\n') };
    const messages = smsMessages([long, question], { locale: 'en' });
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(smsSegments(message)).toBeLessThanOrEqual(3);
    expect(messages.join('\n')).toContain('Line 12 says something useful about the review.');
    expect(messages.every((m) => !m.startsWith('\n') && !/ says$/.test(m))).toBe(true);
  });

  it('cuts one very long sentence-run between sentences, never mid-word', () => {
    const text = Array.from({ length: 20 }, (_, i) => `Sentence number ${i + 1} is here.`).join(' ');
    const messages = smsMessages([{ kind: 'info', text }], { locale: 'en' });
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(smsSegments(message)).toBeLessThanOrEqual(3);
      expect(message.endsWith('.')).toBe(true);
    }
  });
});
