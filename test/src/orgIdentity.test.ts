import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { activity, post, startApp, testKeySecret, type Running } from './httpHelpers.js';
import { expectNativeSms, postSms, twilioToken } from './smsHelpers.js';

/**
 * issue 17: the organisation that deploys the bot (ORG_NAME, ORG_HELP_PHONE, ORG_URL) is named on
 * every surface a person sees, in English and Spanish: the welcome, help (SMS HELP and AYUDA too),
 * the outcome's free-help line, and the printable plan. The whole server on a loopback port; the
 * Teams manifest is checked in teamsPackage.test.ts.
 */

const pinnedNow = () => new Date('2026-03-14T18:00:00Z');
const orgSettings = { ORG_NAME: 'Valley Patient Advocates', ORG_HELP_PHONE: '(916) 555-0142', ORG_URL: 'https://valley.example.org/help' };
/** How the bot says them: the phone as the agencies' numbers are written. */
const org = { name: 'Valley Patient Advocates', phone: '1-916-555-0142', url: 'https://valley.example.org/help' };

const words = {
  en: { offers: `This guide comes from ${org.name}.`, call: `call ${org.phone}`, freeHelp: 'Free help', website: `Website: ${org.url}` },
  es: { offers: `Esta guía es de ${org.name}.`, call: `llame al ${org.phone}`, freeHelp: 'Ayuda gratis', website: `Sitio web: ${org.url}` },
} as const;
type Language = keyof typeof words;

let running: Running | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(env: Record<string, string> = orgSettings): Promise<string> {
  running = await startApp({ TWILIO_AUTH_TOKEN: twilioToken, ...env }, { now: pinnedNow });
  return running.url;
}

/** Everything a person sees in a turn's replies: texts and the cards' JSON. */
const seen = (replies: Partial<Activity>[]): string => replies.map((reply) => `${reply.text ?? ''}\n${JSON.stringify(reply.attachments ?? [])}`).join('\n');

/** HMO or Kaiser → not medically necessary → appeal denied → its date → not urgent: O1 (typed, as anyone can). */
const toOutcome = (language: Language) => ['1', '1', '1', language === 'es' ? '20/1/2026' : '1/20/2026', '2'];

/** A chat on a Bot Framework channel: the join's welcome, "help" at the first question, the outcome. */
async function chat(url: string, channelId: 'webchat' | 'msteams', language: Language) {
  const conversation = `org-${channelId}-${language}-${Math.random().toString(36).slice(2)}`;
  const locale = language === 'es' ? 'es-US' : 'en-US';
  const send = async (fields: Partial<Activity>) => {
    const result = await post(url, activity(conversation, { channelId, locale, ...fields }));
    expect(result.status).toBe(200);
    return result.activities;
  };
  const welcome = seen(await send({ type: 'conversationUpdate', membersAdded: [{ id: `user-${conversation}`, name: '' }] }));
  const help = seen(await send({ text: language === 'es' ? 'ayuda' : 'help' }));
  let outcome: Partial<Activity>[] = [];
  for (const text of toOutcome(language)) outcome = await send({ text });
  return { welcome, help, outcome: seen(outcome) };
}

describe('the deploying organisation on every surface', () => {
  it.each([
    ['webchat', 'en'],
    ['webchat', 'es'],
    ['msteams', 'en'],
    ['msteams', 'es'],
  ] as const)('%s in %s: the welcome names it with its number, help adds its page, the outcome gives its free-help line', async (channelId, language) => {
    const w = words[language];
    const { welcome, help, outcome } = await chat(await start(), channelId, language);
    expect(welcome).toContain(w.offers);
    expect(welcome).toContain(w.call);
    expect(help).toContain(w.offers);
    expect(help).toContain(w.call);
    expect(help).toContain(w.website);
    expect(outcome).toContain(w.freeHelp);
    expect(outcome).toContain(`${org.name}, ${org.phone}, ${org.url}`);
  });

  it.each(['en', 'es'] as const)('the printable plan (%s) names it in its footer, with its number and page', async (language) => {
    const url = await start();
    const { outcome } = await chat(url, 'webchat', language);
    const token = /\/plan\/([\w-]+)/.exec(outcome)?.[1];
    expect(token, outcome).toBeDefined();
    const html = await (await fetch(`${url}/plan/${token}`)).text();
    const footer = /<footer>([\s\S]*)<\/footer>/.exec(html)?.[1] ?? '';
    expect(footer).toContain(words[language].offers);
    expect(footer).toContain(org.phone);
    expect(footer).toContain(org.url);
  });

  it.each([
    ['HELP', 'en'],
    ['AYUDA', 'es'],
  ] as const)('by SMS, %s answers with its name, number and page, within three segments a message', async (keyword, language) => {
    const url = await start();
    const w = words[language];
    if (language === 'es') await postSms(url, { body: 'español' });
    const answer = await postSms(url, { body: keyword });
    expect(answer.status).toBe(200);
    answer.messages.forEach(expectNativeSms);
    const text = answer.messages.join('\n');
    expect(text).toContain(org.name);
    expect(text).toContain(org.phone);
    expect(text).toContain(w.website);
  });

  it.each(['en', 'es'] as const)('by SMS (%s), the welcome and the outcome name it with its number', async (language) => {
    const url = await start();
    const from = language === 'es' ? '+15105550177' : '+15105550176';
    const texts: string[][] = [];
    for (const body of [language === 'es' ? 'español' : 'hi', ...toOutcome(language)]) {
      const answer = await postSms(url, { body, from });
      answer.messages.forEach(expectNativeSms);
      texts.push(answer.messages);
    }
    const welcome = texts[0]?.join('\n') ?? '';
    const outcome = texts.at(-1)?.join('\n') ?? '';
    expect(welcome).toContain(org.name);
    expect(welcome).toContain(org.phone);
    expect(outcome).toContain(`${words[language].freeHelp}: ${org.name}, ${org.phone}`);
  });

  it('keeps every SMS within three segments with the longest name the settings allow', async () => {
    const url = await start({ ...orgSettings, ORG_NAME: 'The Northern California Coalition of Patient Advocates and Community Clinic', ORG_URL: 'https://www.northern-california-patient-advocates.example.org/imr-help' });
    for (const body of ['hi', 'HELP', ...toOutcome('en')]) {
      const answer = await postSms(url, { body, from: '+15105550178' });
      expect(answer.status).toBe(200);
      answer.messages.forEach(expectNativeSms);
    }
  });
});

describe('without organisation settings', () => {
  it.each(['webchat', 'msteams'] as const)('%s reads as before: no organisation, no free-help line, no empty "call  at"', async (channelId) => {
    for (const language of ['en', 'es'] as const) {
      const { welcome, help, outcome } = await chat(await start({}), channelId, language);
      const all = [welcome, help, outcome].join('\n');
      expect(all).not.toContain(words[language].offers.split(org.name)[0]);
      expect(all).not.toContain(words[language].freeHelp);
      expect(all).not.toMatch(/call {2}|llame al {2}|undefined/);
      await running?.close();
      running = undefined;
    }
  });

  it('by SMS, HELP is the bot\'s help and the carrier\'s, naming no organisation', async () => {
    const answer = await postSms(await start({}), { body: 'HELP' });
    const text = answer.messages.join('\n');
    expect(text).toContain('STOP');
    expect(text).not.toMatch(/comes from|Website:/);
  });
});

describe('the organisation settings are checked at start-up', () => {
  const load = (env: Record<string, string>) => () => loadConfig({ STORAGE: 'memory', KEY_SECRET: testKeySecret, ...env });

  it('accepts a phone in any usual writing, and says it as 1-NNN-NNN-NNNN', () => {
    for (const written of ['(916) 555-0142', '916-555-0142', '916.555.0142', '+1 916 555 0142', '19165550142']) {
      expect(load({ ...orgSettings, ORG_HELP_PHONE: written })().ORG_HELP_PHONE, written).toBe(org.phone);
    }
  });

  it.each([
    ['a phone without its area code', { ORG_HELP_PHONE: '555-0142' }, /ORG_HELP_PHONE must be a US phone number/],
    ['a phone with letters', { ORG_HELP_PHONE: '1-800-HELP-NOW' }, /ORG_HELP_PHONE must be a US phone number/],
    ['a web address that is not https', { ORG_URL: 'http://valley.example.org' }, /ORG_URL must be an https:\/\/ address/],
    ['a privacy page that is not https', { ORG_PRIVACY_URL: 'ftp://valley.example.org/privacy' }, /ORG_PRIVACY_URL must be an https:\/\/ address/],
    ['a name with markup', { ORG_NAME: 'Valley <b>Advocates</b>' }, /ORG_NAME may hold letters/],
    ['a phone and a page without a name', { ORG_NAME: '' }, /ORG_NAME is required when ORG_HELP_PHONE or ORG_URL is set/],
  ])('refuses %s, naming the setting', (_case, change, message) => {
    const attempt = load({ ...orgSettings, ...change });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });
});
