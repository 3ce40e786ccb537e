import { afterEach, describe, expect, it } from 'vitest';
import { smsSegments } from '../../dialogs/plain.js';
import { formatDate } from '../../dialogs/say.js';
import { phones } from '../../machines/facts.js';
import { imrFilingDeadline } from '../../machines/dateRules.js';
import { smsNumberKey, smsOptOutKey, registerTwilioWebhook } from '../../src/sms/twilioWebhook.js';
import { startApp, testKeySecret, type Running } from './httpHelpers.js';
import { expectNativeSms, inspectableStorage, newSid, patientNumber, postSms, twilioToken } from './smsHelpers.js';

/**
 * The direct Twilio webhook through the real HTTP server: signatures checked with twilio's own
 * code, a whole conversation to an outcome by text, the carrier keywords, and a retried MessageSid.
 */

const pinnedNow = () => new Date('2026-03-14T18:00:00Z');
let running: Running | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(env: Record<string, string> = {}, storage = inspectableStorage()): Promise<{ url: string; dump: () => string }> {
  running = await startApp({ TWILIO_AUTH_TOKEN: twilioToken, ...env }, { now: pinnedNow, storage: storage.storage });
  return { url: running.url, dump: storage.dump };
}

/** Sends one text and checks the answer is TwiML whose every message is a native SMS. */
async function text(url: string, body: string, from = patientNumber): Promise<string[]> {
  const answer = await postSms(url, { body, from });
  expect(answer.status).toBe(200);
  expect(answer.contentType).toMatch(/^text\/xml/);
  expect(answer.body).toMatch(/<Response(\/>|>)/);
  answer.messages.forEach(expectNativeSms);
  return answer.messages;
}

describe('the Twilio webhook checks who is calling', () => {
  it('answers a message signed by Twilio with TwiML', async () => {
    const { url } = await start();
    const answer = await postSms(url, { body: 'hi' });
    expect(answer.status).toBe(200);
    expect(answer.body.startsWith('<?xml')).toBe(true);
    expect(answer.messages.length).toBeGreaterThan(0);
  });

  it.each([
    ['no signature', { signature: null }],
    ['a forged signature', { signature: 'bm90IGEgc2lnbmF0dXJlIGF0IGFsbA==' }],
    ['a valid signature made for another URL', { signFor: 'https://other.example.org/api/sms' }],
  ] as const)('refuses %s with 403 and runs nothing', async (_name, defect) => {
    const { url, dump } = await start();
    const answer = await postSms(url, { body: 'hi', ...defect });
    expect(answer.status).toBe(403);
    expect(answer.messages).toEqual([]);
    expect(dump()).toBe('{}');
  });

  it('checks the signature against PUBLIC_BASE_URL when it is set, not the Host the request names', async () => {
    const { url } = await start({ PUBLIC_BASE_URL: 'https://imr.example.org' });
    expect((await postSms(url, { body: 'hi', signFor: 'https://imr.example.org/api/sms' })).status).toBe(200);
    expect((await postSms(url, { body: 'hi' })).status).toBe(403);
  });

  it('has no SMS route at all without TWILIO_AUTH_TOKEN', async () => {
    running = await startApp({}, { now: pinnedNow });
    expect((await postSms(running.url, { body: 'hi' })).status).toBe(404);
  });

  it('refuses a signed body that is not a Twilio message with 400', async () => {
    const { url } = await start();
    const answer = await postSms(url, { body: 'hi', from: '' });
    expect(answer.status).toBe(400);
  });
});

describe('a conversation by text message', () => {
  it('reaches O1 with a typed date: DMHC, its phone and the deadline six months after the decision', async () => {
    const { url, dump } = await start();
    const first = await text(url, 'hi');
    // CTIA: the first reply says what this is, that rates may apply, and how to stop and get help.
    expect(first.join('\n')).toContain('Independent Medical Review');
    expect(first.join('\n')).toContain('Msg & data rates may apply. Reply STOP to stop, HELP for help.');
    expect(first.at(-1)).toMatch(/1\. HMO or Kaiser[\s\S]*Reply a number from 1 to 8/);

    await text(url, '1'); // HMO or Kaiser (a DMHC plan)
    await text(url, '1'); // not medically necessary
    const askDate = await text(url, '1'); // appeal decided
    expect(askDate.join('\n')).toMatch(/date/i);
    const askUrgency = await text(url, '1/20/2026');
    expect(askUrgency.join('\n')).toMatch(/Reply 1, 2 or 3/); // urgent, not urgent, not sure
    const outcome = (await text(url, '2')).join('\n'); // not urgent

    const deadline = formatDate(imrFilingDeadline('2026-01-20'), 'en');
    expect(deadline).toBe('July 20, 2026');
    expect(outcome).toContain('Agency: DMHC');
    expect(outcome).toContain(`Deadline: ${deadline}`);
    expect(outcome).toContain(phones.dmhcHelpCenter.value);
    expect(outcome).toMatch(/https:\/\/www\.dmhc\.ca\.gov\/\S+/);
    // The number is never stored: keys and values hold only keyed hashes.
    expect(dump()).not.toContain('5105550123');
  });

  it('reaches O1 in Spanish with the whole outcome: the hourly SMS cap leaves room for a conversation in UCS-2', async () => {
    const { url } = await start();
    const sent: string[] = [];
    for (const body of ['espanol', '1', '1', '1', '20/1/2026']) sent.push(...(await text(url, body)));
    const outcome = await text(url, '2'); // no es urgente
    sent.push(...outcome);
    const said = outcome.join('\n');
    expect(said).toContain(formatDate(imrFilingDeadline('2026-01-20'), 'es'));
    expect(said).toContain(phones.dmhcHelpCenter.value);
    expect(said).toMatch(/https:\/\/www\.dmhc\.ca\.gov\/\S+/);
    // Accents make these texts UCS-2 (67 characters a segment): more than the old cap of 20 in all.
    expect(sent.reduce((total, message) => total + smsSegments(message), 0)).toBeGreaterThan(20);
  });

  it('puts a turn in one message when it fits three segments', async () => {
    const { url } = await start();
    await text(url, 'hi');
    const reply = await text(url, '1');
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(/^Got it: [\s\S]*\n1\. [\s\S]*Reply a number from 1 to 8$/);
  });

  it('speaks Spanish with "Responda 1, 2, 3 o 4" and keeps every message within three segments', async () => {
    const { url } = await start();
    const first = await text(url, 'espanol');
    expect(first.join('\n')).toContain('Pueden aplicar tarifas de mensajes y datos. Responda STOP para parar, HELP para ayuda.');
    await text(url, '1');
    const reason = await text(url, '1');
    expect(reason.join('\n')).toMatch(/Responda 1, 2, 3 o 4/); // decided, waiting, not yet, not sure
  });
});

describe('carrier keywords', () => {
  it('STOP records an opt-out, cancels reminders, sends nothing, and nothing after it until START', async () => {
    const cancelled: string[] = [];
    const storage = inspectableStorage();
    running = await startApp(
      {},
      {
        now: pinnedNow,
        storage: storage.storage,
        register: [
          (server, deps) =>
            registerTwilioWebhook(server, { ...deps, config: { ...deps.config, TWILIO_AUTH_TOKEN: twilioToken } }, {
              reminders: {
                cancel: (personKey, reason) => {
                  cancelled.push(`${reason}:${personKey}`);
                  return Promise.resolve(1);
                },
              },
            }),
        ],
      },
    );
    const { url } = running;
    await text(url, 'hi');
    const stop = await postSms(url, { body: ' Stop ' });
    expect(stop.status).toBe(200);
    expect(stop.body).toMatch(/<Response\/>$/);
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]?.startsWith('stop:')).toBe(true);
    expect(storage.dump()).toContain(smsOptOutKey(smsNumberKey(testKeySecret, patientNumber)));

    for (const body of ['1', 'hi', 'HELP', 'delete my data']) expect((await postSms(url, { body })).messages).toEqual([]);

    expect((await postSms(url, { body: 'START' })).messages).toEqual([]);
    const back = await text(url, '1');
    expect(back.length).toBeGreaterThan(0);
    expect(storage.dump()).not.toContain('5105550123');
  });

  it.each(['STOPALL', 'unsubscribe', 'END', 'quit', 'REVOKE', 'optout', 'cancel'])('treats %s as an opt-out', async (word) => {
    const { url } = await start();
    await text(url, 'hi');
    expect((await postSms(url, { body: word })).messages).toEqual([]);
    expect((await postSms(url, { body: '1' })).messages).toEqual([]);
  });

  it('keeps the opt-out when the person had asked to delete their data', async () => {
    const { url, dump } = await start();
    await text(url, 'hi');
    await text(url, 'delete my data');
    await postSms(url, { body: 'STOP' });
    await postSms(url, { body: 'delete my data' });
    expect(dump()).toContain(smsOptOutKey(smsNumberKey(testKeySecret, patientNumber)));
    expect((await postSms(url, { body: 'hi' })).messages).toEqual([]);
  });

  it('HELP gets one message: how to stop, and help with the question being asked', async () => {
    const { url } = await start();
    await text(url, 'hi');
    await text(url, '1');
    const help = await text(url, 'HELP');
    expect(help).toHaveLength(1);
    expect(help[0]).toContain('Reply STOP to stop texts.');
    expect(help[0]).toMatch(/Why did the plan say no\?|reason/i);
    expect(help[0]).toMatch(/Reply a number from 1 to 8$/);
  });

  it('tells a person who writes a stop word Twilio does not honour how to stop', async () => {
    const { url } = await start();
    await text(url, 'hi');
    const reply = await text(url, 'parar');
    expect(reply.join('\n')).toContain('STOP');
  });

  it('does not treat a longer message with STOP in it as an opt-out', async () => {
    const { url } = await start();
    await text(url, 'hi');
    await postSms(url, { body: 'please stop asking me that' });
    expect((await text(url, '1')).length).toBeGreaterThan(0);
  });
});

describe('a retried webhook', () => {
  it('answers a retried MessageSid with the identical TwiML and applies the answer once', async () => {
    const { url } = await start();
    await text(url, 'hi');
    const sid = newSid();
    const first = await postSms(url, { body: '1', sid });
    const retry = await postSms(url, { body: '1', sid });
    expect(retry.status).toBe(200);
    expect(retry.body).toBe(first.body);
    // Applied once: the next "1" answers the reason question, not the appeal question after it.
    const next = await text(url, '1');
    expect(next.join('\n')).toMatch(/not medically necessary/);
  });

  it('answers a retry that arrives while the first attempt still runs with the same TwiML', async () => {
    const { url } = await start();
    await text(url, 'hi');
    const sid = newSid();
    const [a, b] = await Promise.all([postSms(url, { body: '1', sid }), postSms(url, { body: '1', sid })]);
    expect(a.status).toBe(200);
    expect(b.body).toBe(a.body);
    const next = await text(url, '1');
    expect(next.join('\n')).toMatch(/not medically necessary/);
  });
});
