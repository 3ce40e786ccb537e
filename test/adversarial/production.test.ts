import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../bench/processes.js';
import { activity } from '../src/httpHelpers.js';
import { appId, channelServiceUrl as serviceUrl, rsaKey, startOpenIdStandIn, type OpenIdStandIn } from '../src/openIdStandIn.js';
import { productionStartArgs } from '../src/productionStart.js';
import { startServer, stopServer, type ServerProcess } from '../src/serverProcess.js';

/**
 * The bot as production runs it (NODE_ENV=production, a Bot Framework app id, its own process), for
 * F7 and F10 of the 2026-11-29 review:
 * - F7: /metrics answered anyone, and a crisis counter moved the moment someone wrote about suicide.
 *   Production now refuses to start without METRICS_TOKEN.
 * - F10: every unauthenticated request wrote 0.5-1.2 KB of multi-line stack trace (with the whole
 *   JWKS key when a signature did not verify) outside the JSON log, echoing what the caller put in
 *   the token. The Bot Framework's OpenID metadata is a loopback stand-in (test/src/openIdStandIn.ts).
 */

const metricsToken = randomBytes(24).toString('base64url');
const dir = mkdtempSync(join(tmpdir(), 'imr-prod-'));
const stranger = rsaKey();
let openId: OpenIdStandIn;
let bot: ServerProcess;
const token = (claims: Record<string, unknown>, options?: Parameters<OpenIdStandIn['token']>[1]) => openId.token(claims, options);

const productionEnv = () => ({
  NODE_ENV: 'production',
  MicrosoftAppId: appId,
  MicrosoftAppPassword: 'not-used-with-expect-replies',
  BotOpenIdMetadata: openId.metadataUrl,
  KEY_SECRET: randomBytes(32).toString('base64url'),
  STORAGE: 'sqlite',
  SQLITE_PATH: join(dir, 'bot.sqlite'),
  LOG_LEVEL: 'info',
});

beforeAll(async () => {
  openId = await startOpenIdStandIn();
  bot = await startServer({ ...productionEnv(), METRICS_TOKEN: metricsToken });
}, 90_000);

afterAll(async () => {
  await stopServer(bot);
  await openId.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('F7: /metrics in production', () => {
  it('refuses to start without METRICS_TOKEN, naming it', async () => {
    const child = spawn(process.execPath, [...productionStartArgs], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', PORT: '0', ...productionEnv() } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    // Started after all (the defect): stop it rather than wait out the test's time.
    const started = new Promise<'listening'>((resolve) => child.stdout.on('data', () => output.includes('"msg":"listening"') && resolve('listening')));
    const code = await Promise.race([exited, started]);
    if (code === 'listening') child.kill('SIGTERM');
    expect(code).toBe(1);
    expect(output).toMatch(/Bad setting: METRICS_TOKEN/);
    expect(output).not.toMatch(/listening/);
  }, 60_000);

  it('answers /metrics only with the token', async () => {
    expect((await fetch(`${bot.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${bot.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const allowed = await fetch(`${bot.url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('imr_');
  });
});

describe('F10: a request that is not authenticated', () => {
  const now = Math.floor(Date.now() / 1000);
  // Signed when the test runs, after the stand-in started.
  const refusedRequests = (): [string, Record<string, string>][] => [
    ['no token', {}],
    ['a malformed token', { authorization: 'Bearer not.a.jwt' }],
    ['an unknown key id', { authorization: `Bearer ${token({}, { kid: 'stranger-key', key: stranger.privateKey })}` }],
    ['a forged signature', { authorization: `Bearer ${token({}, { key: stranger.privateKey })}` }],
    ['an expired token', { authorization: `Bearer ${token({ iat: now - 7200, nbf: now - 7200, exp: now - 3600 })}` }],
    ['another audience, with a forged log line in it', { authorization: `Bearer ${token({ aud: 'x\n{"level":50,"code":"FORGED"}\n' })}` }],
    ['another serviceUrl', { authorization: `Bearer ${token({ serviceurl: 'https://attacker.example/' })}` }],
  ];

  it('gets a 401 and exactly one JSON log line with a code: no stack, no key, nothing the caller wrote', async () => {
    const refused = refusedRequests();
    const before = bot.output().length;
    for (const [name, headers] of refused) {
      const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity('prod-1', { serviceUrl, text: 'hi' })) });
      expect(response.status, name).toBe(401);
      const body = await response.text();
      expect(body, name).not.toMatch(/at \w|BEGIN|Available keys|x\n|FORGED|audience|AppId/i);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = bot
      .output()
      .slice(before)
      .split('\n')
      .filter((line) => line.trim() !== '');
    for (const line of lines) expect(() => JSON.parse(line) as unknown, line).not.toThrow();
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const refusals = parsed.filter((entry) => entry.code === 'AUTH_REFUSED');
    expect(refusals).toHaveLength(refused.length);
    expect(refusals.map((entry) => entry.reason)).toEqual(['TOKEN_MISSING', 'TOKEN_INVALID', 'TOKEN_INVALID', 'SIGNATURE_INVALID', 'TOKEN_EXPIRED', 'TOKEN_INVALID', 'TOKEN_INVALID']);
    expect(parsed.some((entry) => entry.code === 'FORGED')).toBe(false);
    for (const line of lines) expect(line).not.toMatch(/BEGIN|Available keys|\\n {4}at /);
    expect(lines.join('\n').length / refused.length, 'bytes of log per refused request').toBeLessThan(300);
  });
});
