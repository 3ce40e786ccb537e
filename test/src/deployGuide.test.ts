import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import twilio from 'twilio';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/launch/build.mjs';
import { startOpenIdStandIn, type OpenIdStandIn } from './openIdStandIn.js';
import { freePort } from './freePort.js';
import { activity, post } from './httpHelpers.js';
import { redisAvailable, redisUrl } from './redisEnv.js';
import { copyOfTheRepository, npmCiStandIn } from './repoCopy.js';
import { daysAgo } from './serverProcess.js';
import { twimlMessages } from './smsHelpers.js';

/**
 * docs/deploy.md followed from a fresh copy of the repository to a running, checked production
 * configuration. Its `sh runnable` blocks run in order (each line must exit 0), its `sh server`
 * blocks start the server in the background (the next one stops the last), and its `dotenv` block
 * becomes the copy's `.env`, each <placeholder> filled with what a deployer would have by then.
 *
 * Stand-ins, because the real services cannot be reached from here, and said so:
 * - the copy and `npm ci` are test/src/repoCopy.ts's (the files a clone of this work gives; the
 *   node_modules CI installed from the same lockfile; docs/deploy.md's `npm ci` was run for real by hand);
 * - Azure: a loopback OpenID metadata document and key (BotOpenIdMetadata), which signs the channel
 *   tokens the test sends the way the Bot Framework Connector would;
 * - Twilio: webhook requests signed with twilio's own code for PUBLIC_BASE_URL, and a loopback API
 *   (TWILIO_API_BASE_URL) so nothing could ever reach Twilio.
 * Redis is the real one.
 */

const guide = readFileSync(join(repoRoot, 'docs', 'deploy.md'), 'utf8');
const appId = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const publicBaseUrl = 'https://imr.example.org';
const serviceUrl = 'https://smba.trafficmanager.net/amer/';
const twilioToken = randomBytes(16).toString('hex');
const org = { name: 'Valley Patient Advocates', phone: '1-916-555-0142', url: 'https://valley.example.org/imr' };

interface Block {
  kind: 'runnable' | 'server' | 'dotenv';
  text: string;
}

export function guideBlocks(markdown: string): Block[] {
  return [...markdown.matchAll(/^```(sh runnable|sh server|dotenv)\n([\s\S]*?)^```$/gm)].map((match) => ({
    kind: match[1] === 'dotenv' ? 'dotenv' : match[1] === 'sh server' ? 'server' : 'runnable',
    text: match[2] ?? '',
  }));
}

/** Each <placeholder> of the settings block, by setting name: the value a deployer has by then. */
function placeholderValues(secrets: string[]): Record<string, string> {
  return {
    PUBLIC_BASE_URL: publicBaseUrl,
    MicrosoftAppId: appId,
    MicrosoftAppPassword: 'client-secret-value-stand-in',
    MicrosoftAppTenantId: tenantId,
    KEY_SECRET: secrets[0] ?? '',
    METRICS_TOKEN: secrets[1] ?? '',
    REDIS_URL: redisUrl ?? '',
    ORG_NAME: org.name,
    ORG_HELP_PHONE: '(916) 555-0142',
    ORG_URL: org.url,
    TWILIO_AUTH_TOKEN: twilioToken,
    TWILIO_ACCOUNT_SID: `AC${randomBytes(16).toString('hex')}`,
    TWILIO_FROM: '+19165550100',
  };
}

let twilioApi: Server | undefined;
const twilioCalls: string[] = [];
async function startTwilioApi(): Promise<string> {
  twilioApi = createServer((req, res) => {
    twilioCalls.push(`${req.method ?? ''} ${req.url ?? ''}`);
    res.statusCode = 201;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ sid: `SM${randomBytes(16).toString('hex')}`, status: 'queued' }));
  });
  await new Promise<void>((resolve) => twilioApi?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(twilioApi.address() as AddressInfo).port}`;
}

const work = mkdtempSync(join(tmpdir(), 'imr-deploy-'));
let server: ChildProcess | undefined;
let standIn: OpenIdStandIn | undefined;

async function stopServer(): Promise<void> {
  const running = server;
  server = undefined;
  if (!running?.pid || running.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
  process.kill(-running.pid, 'SIGTERM');
  await exited;
}

afterAll(async () => {
  await stopServer();
  await standIn?.close();
  twilioApi?.close();
  rmSync(work, { recursive: true, force: true });
});

async function waitForHealth(base: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`npm start exited:\n${output()}`);
    const answer = await fetch(`${base}/healthz`).catch(() => undefined);
    if (answer?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no /healthz within 180 s:\n${output()}`);
}

describe('docs/deploy.md', () => {
  it('marks its commands, and has one settings block whose every placeholder the test can fill', () => {
    const blocks = guideBlocks(guide);
    expect(blocks.filter((block) => block.kind === 'dotenv')).toHaveLength(1);
    expect(blocks.filter((block) => block.kind === 'server').length).toBeGreaterThanOrEqual(2);
    const known = placeholderValues([]);
    const settings = blocks.find((block) => block.kind === 'dotenv')?.text ?? '';
    for (const line of settings.split('\n').filter((l) => l.includes('<'))) {
      expect(Object.keys(known), line).toContain(line.split('=')[0]);
    }
  });

  it.skipIf(!redisAvailable)(
    'followed from a fresh copy reaches a running, checked production server that answers Azure and Twilio',
    async () => {
      const checkout = join(work, 'imr-guide-bot');
      mkdirSync(checkout);
      copyOfTheRepository(checkout, { installed: false });
      standIn = await startOpenIdStandIn({ appId, serviceUrl });
      const twilioBase = await startTwilioApi();
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(port) };
      const secrets: string[] = [];
      let output = '';

      for (const block of guideBlocks(guide)) {
        if (block.kind === 'dotenv') {
          const values = placeholderValues(secrets);
          const filled = block.text.replace(/^([A-Za-z_]+)=(.*<.*)$/gm, (_line, name: string) => `${name}=${values[name] ?? ''}`);
          // Stand-ins, not part of the guide: where Azure's keys and Twilio's API are, and short-lived test data.
          const standIns = `BotOpenIdMetadata=${standIn.metadataUrl}\nTWILIO_API_BASE_URL=${twilioBase}\nSTATE_TTL_DAYS=0.01\n`;
          writeFileSync(join(checkout, '.env'), `${filled}${standIns}`);
          continue;
        }
        if (block.kind === 'server') {
          await stopServer();
          output = '';
          const child = spawn('bash', ['-c', block.text], { cwd: checkout, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
          child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
          server = child;
          await waitForHealth(base, () => output);
          continue;
        }
        for (const line of block.text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))) {
          if (line === 'npm ci') {
            npmCiStandIn(checkout);
            continue;
          }
          const run = spawnSync('bash', ['-c', line], { cwd: checkout, env, encoding: 'utf8', timeout: 180_000 });
          expect(run.status, `${line}\n${run.stdout}\n${run.stderr}`).toBe(0);
          if (line === 'npm run doctor -- --new-secret') secrets.push(run.stdout.trim().split('\n').at(-1) ?? '');
          if (line === 'npm run doctor') expect(run.stdout).toContain('Nothing to fix.');
        }
      }

      // The server the guide left running is the production one, with the guide's settings.
      expect(output).toMatch(/"msg":"listening"/);
      expect(output).toContain('"localMode":false');
      expect(secrets).toHaveLength(2);
      expect(existsSync(join(checkout, 'build', 'appPackage.zip'))).toBe(true);

      // The first hour, as Azure's channels and Twilio would make it.
      const conversation = `deploy-${randomBytes(4).toString('hex')}`;
      const authorization = { authorization: `Bearer ${standIn.token()}` };
      const say = async (fields: Partial<Activity>) => {
        const result = await post(base, activity(conversation, { channelId: 'msteams', serviceUrl, ...fields }), authorization);
        expect(result.status).toBe(200);
        return result.activities.map((reply) => `${reply.text ?? ''}${JSON.stringify(reply.attachments ?? [])}`).join('\n');
      };
      expect((await post(base, activity(conversation, { channelId: 'msteams', serviceUrl, text: 'hi' }))).status).toBe(401);
      const welcome = await say({ type: 'conversationUpdate', membersAdded: [{ id: `user-${conversation}`, name: '' }] });
      expect(welcome).toContain(`This guide comes from ${org.name}.`);
      // The server reads the real clock: the plan's answer came 20 days ago, so the IMR is open (O1).
      // Written out ("October 11, 2026"): 10/11/2026 could be read two ways, and the bot would ask which.
      const letterDate = new Date(`${daysAgo(20)}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
      let outcome = '';
      for (const text of ['1', '1', '1', letterDate, '2']) outcome = await say({ text });
      expect(outcome).toContain('Free help');
      expect(outcome).toContain(`${org.name}, ${org.phone}, ${org.url}`);

      const form = { MessageSid: `SM${randomBytes(16).toString('hex')}`, From: '+15105550199', To: '+19165550100', Body: 'HELP', NumMedia: '0' };
      const signature = twilio.getExpectedTwilioSignature(twilioToken, `${publicBaseUrl}/api/sms`, form);
      const sms = await fetch(`${base}/api/sms`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body: new URLSearchParams(form).toString() });
      expect(sms.status).toBe(200);
      expect(twimlMessages(await sms.text()).join('\n')).toContain(org.phone);

      expect((await fetch(`${base}/`)).status).toBe(200);
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${secrets[1] ?? ''}` } })).status).toBe(200);
      expect(twilioCalls).toEqual([]);
      await stopServer();
      expect(output).not.toContain(letterDate);
    },
    600_000,
  );
});
