import { MemoryStorage } from 'botbuilder';
import twilio from 'twilio';
import { expect } from 'vitest';
import { smsSegments } from '../../dialogs/plain.js';
import type { BotStorage } from '../../src/storage/createStorage.js';

export const twilioToken = 'test-twilio-auth-token-0123456789';
export const patientNumber = '+15105550123';
export const botNumber = '+15105550000';

/** Memory storage whose contents a test can read (to prove no phone number is stored). */
export function inspectableStorage(): { storage: BotStorage; dump: () => string } {
  const memory: Record<string, string> = {};
  class Inspectable extends MemoryStorage implements BotStorage {
    ping(): Promise<boolean> {
      return Promise.resolve(true);
    }
    close(): Promise<void> {
      return Promise.resolve();
    }
  }
  return { storage: new Inspectable(memory), dump: () => JSON.stringify(memory) };
}

export interface SmsExchange {
  status: number;
  contentType: string | null;
  body: string;
  messages: string[];
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** The <Message> texts of a TwiML answer, unescaped. */
export function twimlMessages(xml: string): string[] {
  return [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => (m[1] ?? '').replace(/&(amp|lt|gt|quot|apos);/g, (e) => entities[e] ?? e));
}

let sidCounter = 0;
export function newSid(): string {
  sidCounter += 1;
  return `SM${String(sidCounter).padStart(32, '0')}`;
}

export interface SmsPost {
  body: string;
  from?: string;
  sid?: string;
  /** The URL to sign (default: the URL posted to). */
  signFor?: string;
  signature?: string | null;
  path?: string;
}

/** POSTs a form-encoded webhook signed with twilio's own code, as Twilio does. */
export async function postSms(baseUrl: string, message: SmsPost): Promise<SmsExchange> {
  const params: Record<string, string> = {
    MessageSid: message.sid ?? newSid(),
    AccountSid: 'AC00000000000000000000000000000000',
    From: message.from ?? patientNumber,
    To: botNumber,
    Body: message.body,
    NumMedia: '0',
  };
  const url = `${baseUrl}${message.path ?? '/api/sms'}`;
  const signature = message.signature === undefined ? twilio.getExpectedTwilioSignature(twilioToken, message.signFor ?? url, params) : message.signature;
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (signature !== null) headers['x-twilio-signature'] = signature;
  const response = await fetch(url, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
  const body = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), body, messages: twimlMessages(body) };
}

/** What every SMS reply must be: at most 3 carrier segments, plain text without markup. */
export function expectNativeSms(text: string): void {
  expect(smsSegments(text), `over 3 segments:\n${text}`).toBeLessThanOrEqual(3);
  expect(text.length).toBeGreaterThan(0);
  for (const markup of ['**', '_', '<', '[', '](', '```']) expect(text, `markup ${markup} in:\n${text}`).not.toContain(markup);
}
