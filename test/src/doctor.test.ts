import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/launch/build.mjs';
import { buildTeamsAppPackage } from '../../src/teams/package.js';
import { runDoctor, type Finding } from '../../src/tools/doctor.js';
import { redisAvailable, redisUrl } from './redisEnv.js';

/**
 * `npm run doctor` on a good production configuration and on each kind of bad one: every problem
 * is one FIX line naming the setting and what to put there, and the exit code is 1. Redis is the
 * real one (REDIS_URL, as CI sets it); "a Redis that does not answer" is a loopback port that
 * accepts connections and never replies, and a closed port.
 */

const botId = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const otherBotId = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const secret = () => randomBytes(32).toString('base64url');

const work = mkdtempSync(join(tmpdir(), 'imr-doctor-'));
const teamsPackage = join(work, 'appPackage.zip');
const org = { ORG_NAME: 'Valley Patient Advocates', ORG_HELP_PHONE: '916-555-0142', ORG_URL: 'https://valley.example.org' };

/** A production deployment as docs/deploy.md ends: every setting right. */
function good(): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PUBLIC_BASE_URL: 'https://imr.example.org',
    MicrosoftAppId: botId,
    MicrosoftAppPassword: 'client-secret-value-from-the-app-registration',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: tenantId,
    KEY_SECRET: secret(),
    METRICS_TOKEN: secret(),
    STORAGE: 'redis',
    REDIS_URL: redisUrl ?? 'redis://127.0.0.1:6379',
    TWILIO_AUTH_TOKEN: randomBytes(16).toString('hex'),
    TWILIO_ACCOUNT_SID: `AC${randomBytes(16).toString('hex')}`,
    TWILIO_FROM: '+19165550100',
    ...org,
  };
}

const fixes = (findings: Finding[]) => findings.filter((finding) => finding.kind === 'fix').map((finding) => finding.line);
const check = (settings: Record<string, string>, options: { teamsPackage?: string; root?: string } = {}) =>
  runDoctor({ settings, teamsPackage: teamsPackage, redisTimeoutMs: 1500, ...options });

/** Accepts connections and says nothing: a Redis that is hung, or something else on that port. */
let silent: Server;
let silentPort = 0;
beforeAll(async () => {
  buildTeamsAppPackage({ settings: { MicrosoftAppId: botId, ...org }, outFile: teamsPackage });
  silent = createServer(() => undefined);
  await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
  const address = silent.address();
  silentPort = typeof address === 'object' && address ? address.port : 0;
});
afterAll(async () => {
  silent.close();
  await new Promise<void>((done) => setTimeout(done, 10));
  rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!redisAvailable)('npm run doctor on a good production configuration', () => {
  it('finds nothing to fix, and says what it checked', async () => {
    const findings = await check(good());
    expect(fixes(findings)).toEqual([]);
    const said = findings.map((finding) => finding.line).join('\n');
    expect(said).toMatch(/Redis at .* answers PING/);
    expect(said).toContain(`the Teams package's bot id is MicrosoftAppId (${botId})`);
    expect(said).toMatch(/the build for these sources is in dist\/[0-9a-f]{16}/);
  });

  it('exits 0 from the command line, and 1 with one FIX line per problem', () => {
    const run = (settings: Record<string, string>) =>
      spawnSync(process.execPath, [resolve(repoRoot, 'node_modules/tsx/dist/cli.mjs'), resolve(repoRoot, 'src/tools/doctor.ts'), '--teams-package', teamsPackage], {
        cwd: work,
        env: { PATH: process.env.PATH ?? '', ...settings },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const fine = run(good());
    expect(fine.stdout).toContain('Nothing to fix.');
    expect(fine.status).toBe(0);
    const bad = run({ ...good(), KEY_SECRET: 'short', ORG_URL: '' });
    expect(bad.status).toBe(1);
    const lines = bad.stdout.split('\n').filter((line) => line.startsWith('FIX'));
    expect(lines).toEqual([
      'FIX  KEY_SECRET must be at least 32 characters: make one with `npm run doctor -- --new-secret`',
      expect.stringMatching(/^FIX {2}ORG_URL is not set: in production/),
    ]);
    expect(bad.stdout).toContain('2 things to fix (the FIX lines), then run npm run doctor again.');
  });
});

describe('npm run doctor on each kind of bad configuration', () => {
  /** The good configuration on SQLite in a writable folder: no Redis needed for the cases that are not about Redis. */
  const base = () => ({ ...good(), STORAGE: 'sqlite', SQLITE_PATH: join(work, 'data', 'bot.sqlite'), REDIS_URL: '' });

  it('is clean on SQLite too, with the folder made if missing', async () => {
    expect(fixes(await check(base()))).toEqual([]);
  });

  it.each([
    ['a setting that does not parse', { PORT: 'eighty' }, /^PORT .*: a port number/],
    ['a production start without the bot registration', { MicrosoftAppId: '', MicrosoftAppPassword: '' }, /^MicrosoftAppId is required when NODE_ENV=production/],
    ['a single-tenant bot without its tenant', { MicrosoftAppTenantId: '' }, /^MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant: the Directory \(tenant\) ID/],
    ['a short KEY_SECRET', { KEY_SECRET: 'not-long-enough' }, /^KEY_SECRET must be at least 32 characters: make one with `npm run doctor -- --new-secret`$/],
    ['a KEY_SECRET typed by hand', { KEY_SECRET: 'passwordpasswordpasswordpassword' }, /^KEY_SECRET uses only 7 different characters, so it was not made at random/],
    ['no METRICS_TOKEN in production', { METRICS_TOKEN: '' }, /^METRICS_TOKEN of at least 16 characters is required when NODE_ENV=production \(\/metrics is not public\): make one with `npm run doctor -- --new-secret`$/],
    ['a METRICS_TOKEN too short for production', { METRICS_TOKEN: 'metrics' }, /^METRICS_TOKEN of at least 16 characters is required when NODE_ENV=production/],
    ['a METRICS_TOKEN long enough to start but easy to guess', { METRICS_TOKEN: 'metrics-metrics-metrics' }, /^METRICS_TOKEN is too easy to guess \(23 characters/],
    ['a short Twilio auth token', { TWILIO_AUTH_TOKEN: 'abc123' }, /^TWILIO_AUTH_TOKEN is 6 characters, shorter than Twilio's Auth Token/],
    ['a plain-http PUBLIC_BASE_URL in production', { PUBLIC_BASE_URL: 'http://imr.example.org' }, /^PUBLIC_BASE_URL is http:\/\/imr\.example\.org: in production it must start with https:\/\//],
    ['no PUBLIC_BASE_URL in production', { PUBLIC_BASE_URL: '' }, /^PUBLIC_BASE_URL is not set: in production set it to the https address/],
    ['Twilio set up in part', { TWILIO_FROM: '', TWILIO_ACCOUNT_SID: '' }, /^Twilio is set up only in part: set TWILIO_ACCOUNT_SID and TWILIO_FROM too/],
    ['a Twilio account SID that is not one', { TWILIO_ACCOUNT_SID: 'my-account' }, /^TWILIO_ACCOUNT_SID is not an Account SID/],
    ['a Twilio sender written with spaces', { TWILIO_FROM: '+1 916 555 0100' }, /^TWILIO_FROM must be the Twilio number in \+1 form/],
    ['no organisation in production', { ORG_NAME: '', ORG_HELP_PHONE: '', ORG_URL: '' }, /^ORG_NAME is not set: in production/],
    ['an organisation page that is not https', { ORG_URL: 'http://valley.example.org' }, /^ORG_URL must be an https:\/\/ address/],
    ['memory storage in production', { STORAGE: 'memory' }, /^STORAGE=memory loses every conversation at each restart/],
    ['Redis chosen without its address', { STORAGE: 'redis', REDIS_URL: '' }, /^REDIS_URL is required when STORAGE=redis/],
    ['a Redis URL that is not one', { STORAGE: 'redis', REDIS_URL: 'https://cache.example.org' }, /^REDIS_URL .*: write it as redis:\/\/host:6379/],
  ])('%s', async (_case, change, expected) => {
    const found = fixes(await check({ ...base(), ...change }));
    expect(found.length, found.join('\n')).toBeGreaterThan(0);
    expect(found.some((line) => expected.test(line)), found.join('\n')).toBe(true);
  });

  it('a SQLite folder that cannot be written: one line naming SQLITE_PATH and the folder', async () => {
    const notAFolder = join(work, 'plain-file');
    writeFileSync(notAFolder, '');
    const found = fixes(await check({ ...base(), SQLITE_PATH: join(notAFolder, 'data', 'bot.sqlite') }));
    expect(found).toEqual([expect.stringMatching(new RegExp(`^SQLITE_PATH: the folder ${notAFolder}/data cannot be written \\(ENOTDIR\\)`))]);
  });

  it('a Redis that is not there, and one that never answers: the address without the key, and what to check', async () => {
    for (const url of ['redis://:secret-key@127.0.0.1:1', `redis://:secret-key@127.0.0.1:${silentPort}`]) {
      const found = fixes(await check({ ...base(), STORAGE: 'redis', REDIS_URL: url }));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^Redis at 127\.0\.0\.1:\d+ did not answer within 1\.5 s.*: check REDIS_URL/);
      expect(found[0]).not.toContain('secret-key');
    }
  });

  it('a Teams package made for another bot, or still with the placeholder developer', async () => {
    const other = join(work, 'other.zip');
    buildTeamsAppPackage({ settings: { MicrosoftAppId: otherBotId, ...org }, outFile: other });
    expect(fixes(await check(base(), { teamsPackage: other }))).toEqual([
      `the Teams package ${other} is for bot ${otherBotId}, but MicrosoftAppId is ${botId}: run \`npm run teams:package\` with this MicrosoftAppId and upload the new zip`,
    ]);
    const placeholder = join(work, 'placeholder.zip');
    buildTeamsAppPackage({ settings: { MicrosoftAppId: botId }, outFile: placeholder });
    expect(fixes(await check(base(), { teamsPackage: placeholder }))).toEqual([expect.stringMatching(/placeholder developer: set ORG_NAME and ORG_URL/)]);
  });

  it('no build for the sources in production', async () => {
    const emptyCheckout = mkdtempSync(join(work, 'checkout-'));
    expect(fixes(await check(base(), { root: emptyCheckout }))).toEqual([expect.stringMatching(/^there is no build for these sources: run `npm run build`/)]);
  });

  it('outside production, missing production settings are notes, not problems', async () => {
    const findings = await check({ STORAGE: 'sqlite', SQLITE_PATH: join(work, 'dev', 'bot.sqlite') }, { teamsPackage: join(work, 'none.zip') });
    expect(fixes(findings)).toEqual([]);
    const notes = findings.filter((finding) => finding.kind === 'note').map((finding) => finding.line).join('\n');
    expect(notes).toMatch(/ORG_NAME, ORG_HELP_PHONE, ORG_URL unset/);
    expect(notes).toMatch(/METRICS_TOKEN is not set: \/metrics answers anyone here; production refuses to start without it/);
  });

  it('a METRICS_TOKEN production would refuse is one FIX line, not two', async () => {
    expect(fixes(await check({ ...base(), METRICS_TOKEN: 'metrics' })).filter((line) => line.includes('METRICS_TOKEN'))).toEqual([
      'METRICS_TOKEN of at least 16 characters is required when NODE_ENV=production (/metrics is not public): make one with `npm run doctor -- --new-secret`',
    ]);
  });
});
