import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, loadConfig, parseDotEnv, redactedConfig } from '../../src/config.js';

const secret = 'x'.repeat(40);
const tempSecretPath = () => join(mkdtempSync(join(tmpdir(), 'imr-config-')), 'data', 'key-secret');

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('starts with no settings at all: local mode, SQLite in ./data, port 3978', () => {
    const config = loadConfig({}, { keySecretPath: tempSecretPath() });
    expect(config).toMatchObject({ PORT: 3978, STORAGE: 'sqlite', SQLITE_PATH: './data/imr-bot.sqlite', STATE_TTL_DAYS: 30, localMode: true, MicrosoftAppType: 'MultiTenant', LOG_LEVEL: 'info' });
  });

  it('treats an empty string as unset', () => {
    const config = loadConfig({ PORT: '', STORAGE: '', MicrosoftAppId: '', KEY_SECRET: secret }, {});
    expect(config.PORT).toBe(3978);
    expect(config.STORAGE).toBe('sqlite');
    expect(config.localMode).toBe(true);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['STORAGE', { STORAGE: 'postgres' }],
    ['STATE_TTL_DAYS', { STATE_TTL_DAYS: '-1' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['PUBLIC_BASE_URL', { PUBLIC_BASE_URL: 'not a url' }],
    ['REDIS_URL', { REDIS_URL: 'http://cache:6379' }],
    ['REDIS_URL', { STORAGE: 'redis' }],
    ['KEY_SECRET', { KEY_SECRET: 'short' }],
    ['MicrosoftAppType', { MicrosoftAppType: 'Everyone' }],
    ['MicrosoftAppPassword', { MicrosoftAppId: 'app-id' }],
    ['MicrosoftAppTenantId', { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' }],
  ])('refuses a bad %s and names it', (name, env) => {
    const error = errorOf(() => loadConfig({ KEY_SECRET: secret, ...env }));
    expect(error.variables).toContain(name);
    expect(error.message).toContain(name);
  });

  it('refuses production without MicrosoftAppId: local mode has no authentication', () => {
    const error = errorOf(() => loadConfig({ NODE_ENV: 'production', KEY_SECRET: secret }));
    expect(error.variables).toContain('MicrosoftAppId');
  });

  it('refuses production without KEY_SECRET instead of generating one', () => {
    const error = errorOf(() => loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', METRICS_TOKEN: 'm'.repeat(24) }, { keySecretPath: tempSecretPath() }));
    expect(error.variables).toEqual(['KEY_SECRET']);
  });

  it('accepts production with an app registration, a key secret and a metrics token', () => {
    const config = loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', KEY_SECRET: secret, METRICS_TOKEN: 'm'.repeat(24) });
    expect(config.localMode).toBe(false);
  });

  it.each([['unset', {}], ['too short', { METRICS_TOKEN: 'short' }]])('refuses production with METRICS_TOKEN %s: /metrics is not public', (_how, env) => {
    const error = errorOf(() => loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', KEY_SECRET: secret, ...env }));
    expect(error.variables).toEqual(['METRICS_TOKEN']);
  });

  it('generates the local key secret once, keeps it private, and reuses it on the next start', () => {
    const path = tempSecretPath();
    const first = loadConfig({}, { keySecretPath: path });
    const second = loadConfig({}, { keySecretPath: path });
    expect(first.KEY_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(second.KEY_SECRET).toBe(first.KEY_SECRET);
    expect(readFileSync(path, 'utf8').trim()).toBe(first.KEY_SECRET);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('never shows a secret in the boot log summary', () => {
    const config = loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'hunter2-password', KEY_SECRET: secret, STORAGE: 'redis', REDIS_URL: 'rediss://:cachepass@cache.example:6380' });
    const shown = JSON.stringify(redactedConfig(config));
    for (const hidden of ['hunter2-password', secret, 'cachepass']) expect(shown).not.toContain(hidden);
    expect(shown).toContain('cache.example');
  });

  it('reads a .env file: comments, quotes, export prefixes', () => {
    expect(parseDotEnv('# comment\nPORT=4000\nexport STORAGE="memory"\nLOG_LEVEL=warn # quiet\nEMPTY=\n')).toEqual({ PORT: '4000', STORAGE: 'memory', LOG_LEVEL: 'warn', EMPTY: '' });
  });
});

describe('.env.example', () => {
  it('names every setting of the schema, and nothing else', () => {
    const example = parseDotEnv(readFileSync('.env.example', 'utf8'));
    expect(Object.keys(example).sort()).toEqual(Object.keys(configSchema.shape).sort());
    expect(() => loadConfig({ ...example, KEY_SECRET: secret })).not.toThrow();
  });
});
