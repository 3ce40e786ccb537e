import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import AdmZip from 'adm-zip';
import { z } from 'zod';
import { currentBuild, repoRoot } from '../launch/build.mjs';
import { configSchema, readEnvironment } from '../config.js';
import { closeRedis, createRedisClient, waitForRedis } from '../storage/redisClient.js';
import { defaultOutFile } from '../teams/package.js';

/**
 * `npm run doctor`: checks a deployment's settings before it goes live (docs/deploy.md, step 8).
 * Each finding is one line: `ok` what holds, `FIX` what to change (and how), `note` what to know.
 * Exit code 1 when anything needs fixing. It reads what the server reads (the environment over
 * .env) and talks only to the Redis the settings name.
 */

export type FindingKind = 'ok' | 'fix' | 'note';
export interface Finding {
  kind: FindingKind;
  line: string;
}

export interface DoctorOptions {
  settings: Record<string, string | undefined>;
  /** The Teams app package to compare with MicrosoftAppId (default build/appPackage.zip). */
  teamsPackage?: string;
  /** How long Redis may take to answer PING. */
  redisTimeoutMs?: number;
  /** The checkout whose build must be current (default this one). */
  root?: string;
}

const ok = (line: string): Finding => ({ kind: 'ok', line });
const fix = (line: string): Finding => ({ kind: 'fix', line });
const note = (line: string): Finding => ({ kind: 'note', line });

/** Empty string = unset, as in src/config.ts. */
const setting = (settings: Record<string, string | undefined>, name: string): string | undefined => {
  const value = settings[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
};

/** What to do about a setting the schema refused, where its own message does not already say. */
const howToFix: Record<string, string> = {
  KEY_SECRET: 'make one with `npm run doctor -- --new-secret`',
  METRICS_TOKEN: 'make one with `npm run doctor -- --new-secret`',
  REDIS_URL: 'write it as redis://host:6379, or rediss://:<access key>@<host>:<port> for TLS (Azure)',
  PUBLIC_BASE_URL: 'the https address people reach, like https://imr.example.org',
  PORT: 'a port number, like 3978 (App Service and Container Apps set PORT themselves)',
  MicrosoftAppPassword: "the client secret's Value from the app registration (Certificates & secrets)",
  MicrosoftAppTenantId: "the Directory (tenant) ID from the app registration's Overview",
  MicrosoftAppId: "the Microsoft App ID from the Azure Bot's Configuration page",
};

function parseFindings(settings: Record<string, string | undefined>): Finding[] {
  const parsed = configSchema.safeParse(settings);
  if (parsed.success) return [ok('every setting parses')];
  return parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'settings');
    const hint = howToFix[name];
    return fix(`${name} ${issue.message}${hint ? `: ${hint}` : ''}`);
  });
}

/** A random secret typed by no one: few different characters means a word or a pattern. */
const distinct = (value: string) => new Set(value).size;

function secretFindings(settings: Record<string, string | undefined>, production: boolean): Finding[] {
  const out: Finding[] = [];
  const keySecret = setting(settings, 'KEY_SECRET');
  if (keySecret && keySecret.length >= 32 && distinct(keySecret) < 16) {
    out.push(fix(`KEY_SECRET uses only ${distinct(keySecret)} different characters, so it was not made at random: make one with \`npm run doctor -- --new-secret\``));
  }
  const metrics = setting(settings, 'METRICS_TOKEN');
  // Production requires one of at least 16 characters (issue 13, F7): the schema's line says so.
  if (!metrics && !production) out.push(note('METRICS_TOKEN is not set: /metrics answers anyone here; production refuses to start without it'));
  const schemaRefuses = production && (metrics?.length ?? 0) < 16;
  if (metrics && !schemaRefuses && (metrics.length < 32 || distinct(metrics) < 16)) {
    out.push(fix(`METRICS_TOKEN is too easy to guess (${metrics.length} characters, ${distinct(metrics)} different): make one with \`npm run doctor -- --new-secret\``));
  }
  const twilioToken = setting(settings, 'TWILIO_AUTH_TOKEN');
  if (twilioToken && twilioToken.length < 32) {
    out.push(fix(`TWILIO_AUTH_TOKEN is ${twilioToken.length} characters, shorter than Twilio's Auth Token: copy it again from the Twilio Console (Account Info)`));
  }
  return out.some((finding) => finding.kind === 'fix') ? out : [...out, ok('the secrets that are set are long and random enough')];
}

function publicUrlFindings(settings: Record<string, string | undefined>, production: boolean): Finding[] {
  const url = setting(settings, 'PUBLIC_BASE_URL');
  if (!url) {
    return production
      ? [fix('PUBLIC_BASE_URL is not set: in production set it to the https address people reach, like https://imr.example.org (plan links, calendar files and Twilio signatures use it)')]
      : [note('PUBLIC_BASE_URL is not set: links are paths, and Twilio signatures are checked against the Host header')];
  }
  if (production && !url.startsWith('https://')) return [fix(`PUBLIC_BASE_URL is ${url}: in production it must start with https://`)];
  return [ok(`PUBLIC_BASE_URL is ${url}`)];
}

/** host:port only: the access key in a Redis URL never reaches the output. */
function redisAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '6379'}`;
  } catch {
    return 'the REDIS_URL address';
  }
}

async function redisFindings(settings: Record<string, string | undefined>, timeoutMs: number): Promise<Finding[]> {
  const url = setting(settings, 'REDIS_URL');
  if (setting(settings, 'STORAGE') !== 'redis' || !url || !/^rediss?:\/\//.test(url)) return [];
  const where = redisAddress(url);
  let problem: string | undefined;
  const client = createRedisClient({ url, connectTimeoutMs: timeoutMs, commandTimeoutMs: timeoutMs, connectionName: 'imr-guide-doctor', onConnectionError: (error) => (problem ??= error.message) });
  try {
    const ready = await waitForRedis(client, timeoutMs);
    const answer = ready ? await client.ping().catch(() => undefined) : undefined;
    if (answer === 'PONG') return [ok(`Redis at ${where} answers PING`)];
  } finally {
    await closeRedis(client);
  }
  const why = problem ? ` (${problem.replace(url, where)})` : '';
  return [fix(`Redis at ${where} did not answer within ${timeoutMs / 1000} s${why}: check REDIS_URL (host, port, the access key as password, rediss:// for TLS) and that this server may reach it`)];
}

const packagedManifestSchema = z.object({
  developer: z.object({ name: z.string() }),
  bots: z.array(z.object({ botId: z.string() })).min(1),
});

function teamsFindings(settings: Record<string, string | undefined>, file: string, production: boolean): Finding[] {
  if (!existsSync(file)) return [note(`no Teams app package at ${file}: \`npm run teams:package\` makes it (skip this if you do not use Teams)`)];
  let manifest: z.infer<typeof packagedManifestSchema>;
  try {
    const entry = new AdmZip(file).getEntry('manifest.json');
    manifest = packagedManifestSchema.parse(JSON.parse(entry?.getData().toString('utf8') ?? 'null'));
  } catch {
    return [fix(`${file} is not a Teams app package with a bot: run \`npm run teams:package\` again`)];
  }
  const botId = manifest.bots[0]?.botId;
  const appId = setting(settings, 'MicrosoftAppId');
  const out: Finding[] = [];
  if (botId !== appId) {
    out.push(fix(`the Teams package ${file} is for bot ${botId ?? '(none)'}, but MicrosoftAppId is ${appId ?? 'unset'}: run \`npm run teams:package\` with this MicrosoftAppId and upload the new zip`));
  } else out.push(ok(`the Teams package's bot id is MicrosoftAppId (${appId})`));
  if (production && manifest.developer.name.includes('replace me')) {
    out.push(fix("the Teams package still names the template's placeholder developer: set ORG_NAME and ORG_URL, then run `npm run teams:package` again"));
  }
  return out;
}

const twilioNames = ['TWILIO_AUTH_TOKEN', 'TWILIO_ACCOUNT_SID', 'TWILIO_FROM'] as const;

function twilioFindings(settings: Record<string, string | undefined>): Finding[] {
  const present = twilioNames.filter((name) => setting(settings, name));
  if (present.length === 0) return [note('SMS through Twilio is off (no TWILIO_* settings)')];
  const missing = twilioNames.filter((name) => !setting(settings, name));
  const out: Finding[] = [];
  if (missing.length) out.push(fix(`Twilio is set up only in part: set ${missing.join(' and ')} too (all three, or none)`));
  const sid = setting(settings, 'TWILIO_ACCOUNT_SID');
  // Twilio error 21470: an Account SID is 34 characters, AC and 32 hexadecimal digits.
  if (sid && !/^AC[0-9a-fA-F]{32}$/.test(sid)) out.push(fix('TWILIO_ACCOUNT_SID is not an Account SID (AC followed by 32 letters and digits): copy it from the Twilio Console (Account Info)'));
  const from = setting(settings, 'TWILIO_FROM');
  if (from && !/^(\+[1-9]\d{7,14}|MG[0-9a-fA-F]{32})$/.test(from)) {
    out.push(fix('TWILIO_FROM must be the Twilio number in +1 form (no spaces) or a Messaging Service SID (MG…)'));
  }
  return out.length ? out : [ok('Twilio is set up: auth token, account and sender')];
}

function sqliteFindings(settings: Record<string, string | undefined>): Finding[] {
  if ((setting(settings, 'STORAGE') ?? 'sqlite') !== 'sqlite') return [];
  const path = setting(settings, 'SQLITE_PATH') ?? './data/imr-bot.sqlite';
  const folder = dirname(resolve(path));
  const probe = join(folder, `.doctor-${process.pid}`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(probe, '');
    rmSync(probe);
    return [ok(`the SQLite folder ${folder} is writable`)];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return [fix(`SQLITE_PATH: the folder ${folder} cannot be written (${code}): choose a folder this server may write, kept across restarts (App Service: under /home)`)];
  }
}

const orgNames = ['ORG_NAME', 'ORG_HELP_PHONE', 'ORG_URL'] as const;

function orgFindings(settings: Record<string, string | undefined>, production: boolean): Finding[] {
  const missing = orgNames.filter((name) => !setting(settings, name));
  if (missing.length === 0) return [ok(`the bot names ${setting(settings, 'ORG_NAME') ?? ''}, its help line and its page`)];
  if (!production) return [note(`${missing.join(', ')} unset: the bot names no organisation (production needs all three)`)];
  return missing.map((name) => fix(`${name} is not set: in production people must learn who runs the bot and how to reach a person there (docs/deploy.md, step 1)`));
}

async function buildFindings(root: string, production: boolean): Promise<Finding[]> {
  const build = await currentBuild(root);
  if (build.exists) return [ok(`the build for these sources is in dist/${build.fingerprint}`)];
  const line = 'there is no build for these sources: run `npm run build` before packaging (npm start builds it where it can write)';
  return [production ? fix(line) : note(line)];
}

function productionFindings(settings: Record<string, string | undefined>): Finding[] {
  const out: Finding[] = [];
  if (setting(settings, 'STORAGE') === 'memory') out.push(fix('STORAGE=memory loses every conversation at each restart: use sqlite (one instance) or redis (several)'));
  // Azure stopped creating multi-tenant bots after July 31, 2025 (learn.microsoft.com/azure/bot-service/abs-quickstart).
  if ((setting(settings, 'MicrosoftAppType') ?? 'MultiTenant') === 'MultiTenant') {
    out.push(note('MicrosoftAppType is MultiTenant: Azure Bots made since August 2025 are single-tenant; if yours is, set MicrosoftAppType=SingleTenant and MicrosoftAppTenantId'));
  }
  return out;
}

export async function runDoctor(options: DoctorOptions): Promise<Finding[]> {
  const { settings } = options;
  const production = setting(settings, 'NODE_ENV') === 'production';
  return [
    ...parseFindings(settings),
    ...secretFindings(settings, production),
    ...publicUrlFindings(settings, production),
    ...(await redisFindings(settings, options.redisTimeoutMs ?? 3000)),
    ...sqliteFindings(settings),
    ...twilioFindings(settings),
    ...teamsFindings(settings, options.teamsPackage ?? defaultOutFile, production),
    ...orgFindings(settings, production),
    ...(production ? productionFindings(settings) : []),
    ...(await buildFindings(options.root ?? repoRoot, production)),
  ];
}

const labels: Record<FindingKind, string> = { ok: 'ok  ', fix: 'FIX ', note: 'note' };

export function report(findings: readonly Finding[]): string {
  const problems = findings.filter((finding) => finding.kind === 'fix').length;
  const summary = problems === 0 ? 'Nothing to fix.' : `${problems} thing${problems === 1 ? '' : 's'} to fix (the FIX lines), then run npm run doctor again.`;
  return `${findings.map((finding) => `${labels[finding.kind]} ${finding.line}`).join('\n')}\n${summary}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { 'teams-package': { type: 'string' }, 'new-secret': { type: 'boolean' } } });
  if (values['new-secret']) {
    // 32 random bytes, base64url: 43 characters, safe in .env files and App Service settings.
    process.stdout.write(`${randomBytes(32).toString('base64url')}\n`);
  } else {
    const settings = readEnvironment();
    process.stdout.write(`npm run doctor: the settings of the environment and .env (NODE_ENV=${setting(settings, 'NODE_ENV') ?? 'unset'})\n`);
    const findings = await runDoctor({ settings, ...(values['teams-package'] ? { teamsPackage: resolve(values['teams-package']) } : {}) });
    process.stdout.write(report(findings));
    process.exitCode = findings.some((finding) => finding.kind === 'fix') ? 1 : 0;
  }
}
