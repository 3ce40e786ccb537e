import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads the environment (STYLE.md §6). Every setting of docs/interfaces.md is
 * here, parsed once at boot; an empty string means unset; a bad value stops start-up with an
 * error naming the variable. `.env.example` mirrors this schema.
 */

const unsetIfEmpty = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(unsetIfEmpty, z.string().optional());
const optionalUrl = (protocols: RegExp) => z.preprocess(unsetIfEmpty, z.url({ protocol: protocols }).optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) => z.preprocess(unsetIfEmpty, schema.default(fallback as never));

/**
 * EMBED_ALLOWED_ORIGINS: `*` (any site may put the chat page in an <iframe>), or comma-separated
 * http(s) origins; the page's own origin is always allowed. Parsed to `['*']` or the origins.
 */
const embedOrigins = z.preprocess(unsetIfEmpty, z.string().default('*')).transform((value, ctx) => {
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.length === 1 && entries[0] === '*') return ['*'];
  if (entries.length === 0) {
    ctx.addIssue({ code: 'custom', message: 'lists no origin' });
    return z.NEVER;
  }
  const origins: string[] = [];
  for (const entry of entries) {
    let origin: string | undefined;
    try {
      const url = new URL(entry);
      origin = /^https?:$/.test(url.protocol) ? url.origin : undefined;
    } catch {
      origin = undefined;
    }
    // An origin only (scheme, host, port): CSP frame-ancestors would read a path differently from what was meant.
    if (origin === undefined || origin !== entry.replace(/\/+$/, '').toLowerCase()) {
      ctx.addIssue({ code: 'custom', message: `"${entry}" is not an http(s) origin like https://example.org (or use * alone)` });
      return z.NEVER;
    }
    origins.push(origin);
  }
  return origins;
});

/**
 * ORG_HELP_PHONE: a US number with its area code, in any usual writing (spaces, dashes, dots,
 * parentheses, a leading 1 or +1); said the way machines/facts.ts writes the agencies' numbers.
 */
const orgPhone = z.preprocess(
  unsetIfEmpty,
  z
    .string()
    .transform((value, ctx) => {
      const digits = value.replace(/[\s().-]/g, '').replace(/^\+?1(?=\d{10}$)/, '');
      if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(digits)) {
        ctx.addIssue({ code: 'custom', message: 'must be a US phone number with its area code (10 digits, a leading 1 allowed)' });
        return z.NEVER;
      }
      return `1-${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
    })
    .optional(),
);

/** ORG_NAME: said in chat text, SMS and Teams cards, so no markup or control characters. */
const orgName = z.preprocess(
  unsetIfEmpty,
  z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(80, 'must be at most 80 characters')
    .regex(/^[\p{L}\p{N} .,'&()/-]+$/u, "may hold letters, numbers, spaces and . , ' & ( ) / - only")
    .optional(),
);

/** The organisation's pages: https only (a link in a chat, a plan and the Teams app details). */
const orgUrl = z.preprocess(unsetIfEmpty, z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional());

/** The organisation's settings on their own, for the Teams packager (src/teams/manifest.ts), which needs no server settings. */
export const orgSettingsSchema = z.object({
  ORG_NAME: orgName,
  ORG_HELP_PHONE: orgPhone,
  ORG_URL: orgUrl,
  ORG_PRIVACY_URL: orgUrl,
  ORG_TERMS_URL: orgUrl,
});

export const configSchema = z
  .object({
    NODE_ENV: optionalString,
    PORT: withDefault(z.coerce.number().int().min(0).max(65535), 3978),
    PUBLIC_BASE_URL: optionalUrl(/^https?$/),
    MicrosoftAppId: optionalString,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: withDefault(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']), 'MultiTenant'),
    MicrosoftAppTenantId: optionalString,
    /** The Bot Framework OpenID metadata document (Bot Framework's own setting name). Unset = the public cloud's. Tests point it at a local stand-in. */
    BotOpenIdMetadata: optionalUrl(/^https?$/),
    STORAGE: withDefault(z.enum(['sqlite', 'redis', 'memory']), 'sqlite'),
    SQLITE_PATH: withDefault(z.string(), './data/imr-bot.sqlite'),
    REDIS_URL: optionalUrl(/^rediss?$/),
    STATE_TTL_DAYS: withDefault(z.coerce.number().positive().max(3650), 30),
    KEY_SECRET: z.preprocess(unsetIfEmpty, z.string().min(32, 'must be at least 32 characters').optional()),
    DIRECT_LINE_SECRET: optionalString,
    EMBED_ALLOWED_ORIGINS: embedOrigins,
    TWILIO_AUTH_TOKEN: optionalString,
    TWILIO_ACCOUNT_SID: optionalString,
    TWILIO_FROM: optionalString,
    TWILIO_API_BASE_URL: withDefault(z.url({ protocol: /^https?$/ }), 'https://api.twilio.com'),
    METRICS_TOKEN: optionalString,
    LOG_LEVEL: withDefault(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info'),
    // issue 17: who runs this deployment, said in the welcome, HELP, the outcome, the plan page and the Teams app.
    ...orgSettingsSchema.shape,
  })
  .superRefine((c, ctx) => {
    const production = c.NODE_ENV === 'production';
    // interfaces.md: local mode (no authentication) is for a developer's machine only.
    if (production && !c.MicrosoftAppId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'is required when NODE_ENV=production (local mode has no authentication)' });
    }
    if (production && !c.KEY_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['KEY_SECRET'], message: 'is required when NODE_ENV=production' });
    }
    // issue 13 (F7): open metrics tell a watcher the moment someone writes about a crisis.
    if (production && (c.METRICS_TOKEN?.length ?? 0) < 16) {
      ctx.addIssue({ code: 'custom', path: ['METRICS_TOKEN'], message: 'of at least 16 characters is required when NODE_ENV=production (/metrics is not public)' });
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: `is required when MicrosoftAppId is set and MicrosoftAppType is ${c.MicrosoftAppType}` });
    }
    if (c.MicrosoftAppType !== 'MultiTenant' && !c.MicrosoftAppTenantId && c.MicrosoftAppId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: `is required when MicrosoftAppType is ${c.MicrosoftAppType}` });
    }
    if (c.STORAGE === 'redis' && !c.REDIS_URL) {
      ctx.addIssue({ code: 'custom', path: ['REDIS_URL'], message: 'is required when STORAGE=redis' });
    }
    // The bot says whose number or page it gives: "Call  at …" with no name would help no one.
    if (!c.ORG_NAME && (c.ORG_HELP_PHONE || c.ORG_URL)) {
      ctx.addIssue({ code: 'custom', path: ['ORG_NAME'], message: 'is required when ORG_HELP_PHONE or ORG_URL is set (the bot says whose number and page they are)' });
    }
  });

export type ParsedSettings = z.infer<typeof configSchema>;

export interface Config extends ParsedSettings {
  KEY_SECRET: string;
  /** No MicrosoftAppId: no authentication, replies only to loopback serviceUrls. */
  localMode: boolean;
}

export class ConfigError extends Error {
  constructor(readonly variables: string[], message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface LoadConfigOptions {
  /** Where local mode keeps its generated KEY_SECRET. */
  keySecretPath?: string;
}

export const defaultKeySecretPath = './data/key-secret';

/** Parses the settings; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = readEnvironment(), options: LoadConfigOptions = {}): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ name: String(issue.path[0] ?? 'config'), message: issue.message }));
    throw new ConfigError(
      problems.map((p) => p.name),
      `Bad setting${problems.length > 1 ? 's' : ''}: ${problems.map((p) => `${p.name} ${p.message}`).join('; ')}`,
    );
  }
  const settings = parsed.data;
  const keySecret = settings.KEY_SECRET ?? localKeySecret(options.keySecretPath ?? defaultKeySecretPath);
  return { ...settings, KEY_SECRET: keySecret, localMode: !settings.MicrosoftAppId };
}

/**
 * Local mode only (production requires KEY_SECRET): the secret is made once and kept, so storage
 * keys stay the same across restarts. 0600: it protects keys derived from phone numbers.
 */
function localKeySecret(path: string): string {
  const file = resolve(path);
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return stored;
    throw new ConfigError(['KEY_SECRET'], `KEY_SECRET: the stored secret in ${path} is too short; delete the file or set KEY_SECRET`);
  }
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    // Another process started at the same moment and wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw error;
  }
}

/** process.env over an optional `.env` file (KEY=value lines; the environment wins). */
export function readEnvironment(path = '.env'): Record<string, string | undefined> {
  const fromFile = existsSync(path) ? parseDotEnv(readFileSync(path, 'utf8')) : {};
  return { ...fromFile, ...process.env };
}

export function parseDotEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, name = '', rawValue = ''] = match;
    const quoted = /^(['"])(.*)\1$/.exec(rawValue);
    out[name] = quoted ? (quoted[2] ?? '') : rawValue.replace(/\s+#.*$/, '');
  }
  return out;
}

const secretNames = ['MicrosoftAppPassword', 'KEY_SECRET', 'DIRECT_LINE_SECRET', 'TWILIO_AUTH_TOKEN', 'METRICS_TOKEN'] as const;

/** The settings for the boot log: secrets shown only as set/unset; the Redis password removed. */
export function redactedConfig(config: Config): Record<string, unknown> {
  const out: Record<string, unknown> = { ...config };
  for (const name of secretNames) out[name] = config[name] ? '[set]' : '[unset]';
  if (config.REDIS_URL) {
    const url = new URL(config.REDIS_URL);
    if (url.password) url.password = '***';
    out.REDIS_URL = url.toString();
  }
  return out;
}

/** For entry points: a bad setting stops start-up with the variable's name, and nothing else (no stack to scare with). */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
