import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopServer, type ServerProcess } from '../src/serverProcess.js';
import { newSid, postSms, twilioToken } from '../src/smsHelpers.js';

/**
 * F8 of the 2026-11-29 review: with SQLite, the record of which Twilio MessageSid was answered lived
 * in memory, so a captured, validly signed request replayed after a restart ran its turn again (the
 * answer applied twice, the reply produced again). Here the bot is a real process on a SQLite file;
 * it is stopped and started again on the same file, and the captured request is replayed.
 */

const dir = mkdtempSync(join(tmpdir(), 'imr-replay-'));
const publicUrl = 'https://bot.example.org';
const env = {
  STORAGE: 'sqlite',
  SQLITE_PATH: join(dir, 'bot.sqlite'),
  KEY_SECRET: randomBytes(32).toString('base64url'),
  TWILIO_AUTH_TOKEN: twilioToken,
  // Twilio signs the public URL: the same captured request is valid on whichever port the process listens.
  PUBLIC_BASE_URL: publicUrl,
  LOG_LEVEL: 'info',
};
const servers: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => stopServer(server)));
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<ServerProcess> {
  const server = await startServer(env);
  servers.push(server);
  return server;
}

const turnLines = (output: string) => output.split('\n').filter((line) => line.includes('"msg":"turn"')).length;

describe('a replayed Twilio request after a restart (SQLite)', () => {
  it('gets the first answer again and does not run its turn a second time', async () => {
    const from = '+15105550177';
    const send = (server: ServerProcess, body: string, sid: string) => postSms(server.url, { body, from, sid, signFor: `${publicUrl}/api/sms` });

    const before = await start();
    expect((await send(before, 'hi', newSid())).status).toBe(200);
    const captured = { body: '1', sid: newSid() };
    const first = await send(before, captured.body, captured.sid);
    expect(first.messages.join('\n')).toMatch(/Got it: an HMO or Kaiser plan/);
    expect(await stopServer(before)).toBe(0);

    const after = await start();
    const replayed = await send(after, captured.body, captured.sid);
    expect(replayed.status).toBe(200);
    expect(replayed.body).toBe(first.body);
    expect(turnLines(after.output()), 'no turn ran for the replay').toBe(0);

    // The answer was applied once: the next new message answers the question after the coverage.
    const next = await send(after, '1', newSid());
    expect(next.messages.join('\n')).toMatch(/Got it: denied as not medically necessary/);
  }, 120_000);
});
