import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { currentBuild, repoRoot } from '../../src/launch/build.mjs';
import { freePort } from './freePort.js';
import { activity, post, testKeySecret } from './httpHelpers.js';
import { redisAvailable, redisUrl } from './redisEnv.js';
import { copyOfTheRepository } from './repoCopy.js';
import { daysAgo } from './serverProcess.js';
import { postSms, twilioToken } from './smsHelpers.js';

/**
 * issue 17: `npm start` runs the compiled build, as production does, and never an older one. The
 * built server is spawned as a process (`node src/launch/start.mjs`, from another working folder)
 * and answers a conversation to an outcome, with the chat page, its files and the Web Chat bundle
 * found where the build put them. On a copy of the repository: a changed source is built before it
 * runs, and where no build can be made, start-up stops and says what to do. And the bundle carries
 * what the other issues added (BullMQ reminders, ical-generator's calendar, the filing kit, the one
 * body parser, erasure), used through the built server as people use them.
 */

const work = mkdtempSync(join(tmpdir(), 'imr-start-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Started {
  url: string;
  output: () => string;
  stop: () => Promise<number | null>;
}

function start(root: string, cwd: string, env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, [join(root, 'src', 'launch', 'start.mjs')], {
    cwd,
    env: { PATH: process.env.PATH ?? '', PORT: '0', STORAGE: 'sqlite', SQLITE_PATH: join(cwd, 'bot.sqlite'), KEY_SECRET: testKeySecret, LOG_LEVEL: 'info', ...env },
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" log line:\n${output}`)), 180_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /"port":(\d+)[^\n]*"msg":"listening"/.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      resolve({
        url: `http://127.0.0.1:${port}`,
        output: () => output,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`exited early with ${code}:\n${output}`)));
  });
}

describe('npm start runs the production build', () => {
  it('the built server, spawned from another folder, serves the chat page and answers a conversation to an outcome', async () => {
    const build = await currentBuild();
    expect(build.exists).toBe(true); // test/globalSetup.ts built it, as `npm run build` does
    const elsewhere = mkdtempSync(join(work, 'cwd-'));
    const server = await start(repoRoot, elsewhere);
    try {
      for (const path of ['/', '/chat.js', '/chat.css', '/vendor/webchat.js']) {
        expect((await fetch(`${server.url}${path}`)).status, path).toBe(200);
      }
      const conversation = 'built-server-1';
      let last: string[] = [];
      for (const text of ['hi', '1', '1', '1', daysAgo(20), '2']) {
        const result = await post(server.url, activity(conversation, { text }));
        expect(result.status).toBe(200);
        last = result.activities.map((reply) => `${reply.text ?? ''}${JSON.stringify(reply.attachments ?? [])}`);
      }
      expect(last.join('\n')).toContain('File an IMR now');
      expect(server.output()).toContain('"msg":"listening"');
    } finally {
      expect(await server.stop()).toBe(0);
    }
    // Nothing was compiled at start: the build the sources name was already there.
    expect(server.output()).not.toContain('building');
  });

  it.runIf(redisAvailable)('the built server on Redis: the plan page with its filing kit, a calendar file, SMS reminders on BullMQ, "delete my data", and a compressed body refused', async () => {
    const elsewhere = mkdtempSync(join(work, 'redis-'));
    // Its own KEY_SECRET: every key it writes in the shared Redis is an HMAC no other run makes.
    const server = await start(repoRoot, elsewhere, { STORAGE: 'redis', REDIS_URL: redisUrl ?? '', KEY_SECRET: randomBytes(32).toString('base64url'), STATE_TTL_DAYS: '0.01',
      // Twilio's three settings, its API a closed local port: reminders are weeks away, nothing is sent.
      TWILIO_AUTH_TOKEN: twilioToken, TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`, TWILIO_FROM: '+15105550000', TWILIO_API_BASE_URL: 'http://127.0.0.1:9',
    });
    try {
      const web = async (text: string) => {
        const result = await post(server.url, activity('built-redis-web', { text }));
        expect(result.status).toBe(200);
        return result.activities.map((reply) => `${reply.text ?? ''}${JSON.stringify(reply.attachments ?? [])}`).join('\n');
      };
      let outcome = '';
      for (const text of ['hi', '1', '1', '1', daysAgo(20), '2']) outcome = await web(text);
      const planPath = /\/plan\/[A-Za-z0-9_-]{43}/.exec(outcome)?.[0];
      expect(planPath, outcome).toBeDefined();
      const page = await (await fetch(`${server.url}${planPath ?? ''}`)).text();
      expect(page).toContain('<section class="kit"');
      const yes = await web('1');
      const calendarPath = /\/calendar\/[A-Za-z0-9_-]+\.ics/.exec(yes)?.[0];
      expect(calendarPath, yes).toBeDefined();
      const ics = await fetch(`${server.url}${calendarPath ?? ''}`);
      expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const calendar = new ICAL.Component(ICAL.parse(await ics.text()) as unknown[]);
      expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
      await web('delete my data');
      expect((await fetch(`${server.url}${calendarPath ?? ''}`)).status).toBe(404);

      const from = '+15105550191';
      for (const body of ['hi', '1', '1', '1', daysAgo(20), '2', 'yes']) {
        expect((await postSms(server.url, { body, from })).status).toBe(200);
      }
      await expect.poll(() => server.output()).toMatch(/"code":"REMINDERS_ACCEPTED"[^\n]*"delivery":"message"/);
      const erased = await postSms(server.url, { body: 'delete my data', from });
      expect(erased.status).toBe(200);
      expect(erased.messages.join('\n')).toContain('Your answers are erased.');
      // The reminders scheduled as BullMQ jobs went with them (src/bot/erasure.ts).
      await expect.poll(() => server.output()).toMatch(/"code":"DATA_ERASED"[^\n]*"channel":"twilio-sms"[^\n]*"cancelledReminders":[1-9]/);

      const gzipped = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: gzipSync(JSON.stringify(activity('built-redis-gzip', { text: 'hi' }))),
      });
      expect(gzipped.status).toBe(415);
      expect(server.output()).not.toMatch(/REMINDERS_ACCEPT_FAILED|PLAN_CREATE_FAILED|"level":50/);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 120_000);

  it('builds first when the sources changed since the last build, then runs the new build', async () => {
    const checkout = join(work, 'changed');
    mkdirSync(checkout);
    copyOfTheRepository(checkout, { installed: true });
    const before = await currentBuild(checkout);
    // A change a developer (or a hurried fix on a server) might make: the fingerprint must move.
    appendFileSync(join(checkout, 'machines', 'facts.ts'), '\n// changed after the last build\n');
    const after = await currentBuild(checkout);
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(after.exists).toBe(false);

    const server = await start(checkout, checkout, { PORT: String(await freePort()) });
    await server.stop();
    expect(server.output()).toContain('npm start: no build for these sources yet; building (npm run build)');
    expect((await currentBuild(checkout)).exists).toBe(true);
    expect(readdirSync(join(checkout, 'dist'))).toContain(after.fingerprint);
  });

  it('refuses to start, saying to run npm run build, when the sources have no build and none can be made', () => {
    const checkout = join(work, 'read-only');
    mkdirSync(checkout);
    copyOfTheRepository(checkout, { installed: true });
    // dist/ cannot be a folder here (root writes anywhere, so no chmod would stop it).
    writeFileSync(join(checkout, 'dist'), 'not a folder');
    const run = spawnSync(process.execPath, ['src/launch/start.mjs'], { cwd: checkout, env: { PATH: process.env.PATH ?? '', PORT: '0' }, encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Run `npm run build` where the code is packaged, then start again. Nothing was started.');
    expect(run.stdout).not.toContain('listening');
    expect(existsSync(join(checkout, 'data'))).toBe(false);
  });
});
