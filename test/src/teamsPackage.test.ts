import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AdmZip from 'adm-zip';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTeamsIds, renderManifest } from '../../src/teams/manifest.js';
import { buildTeamsAppPackage } from '../../src/teams/package.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const appPackageDir = resolve(repoRoot, 'appPackage');
const templateText = readFileSync(resolve(appPackageDir, 'manifest.json'), 'utf8');

const botId = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const teamsAppId = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';

interface Manifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  developer: Record<string, string>;
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  validDomains?: string[];
  webApplicationInfo?: unknown;
  bots: {
    botId: string;
    scopes: string[];
    supportsFiles?: boolean;
    commandLists: { scopes: string[]; commands: { title: string }[] }[];
  }[];
}

function parseManifest(text: string): Manifest {
  return JSON.parse(text) as Manifest;
}

/**
 * The Teams app manifest JSON schemas ship inside the npm package @microsoft/app-manifest
 * (Microsoft 365 Agents Toolkit's own manifest library), one per manifest version, so the test
 * validates offline against the schema that matches the manifest's manifestVersion. They are
 * JSON Schema draft-04, hence ajv-draft-04, with the formats Microsoft's own validator enables.
 */
function validateAgainstTeamsSchema(manifest: Manifest): string[] {
  const folder = manifest.manifestVersion === 'devPreview' ? 'vDevPreview' : `v${manifest.manifestVersion}`;
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/${folder}/MicrosoftTeams.schema.json`);
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv04.default({ allErrors: true, strictTypes: false });
  addFormats.default(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

function packagedManifest(zip: AdmZip): Manifest {
  const entry = zip.getEntry('manifest.json');
  if (!entry) throw new Error('manifest.json is not in the zip');
  return parseManifest(entry.getData().toString('utf8'));
}

function runPackager(env: Record<string, string>, args: string[], cwd: string) {
  const tsxCli = resolve(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  return spawnSync(process.execPath, [tsxCli, resolve(repoRoot, 'src/teams/package.ts'), ...args], {
    cwd,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'teams-package-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the Teams app manifest', () => {
  const filled = parseManifest(renderManifest(templateText, { botId, appId: teamsAppId }));

  it('is valid against the official Teams manifest schema for its version once the ids are filled in', () => {
    expect(validateAgainstTeamsSchema(filled)).toEqual([]);
  });

  it('the schema check fails a manifest Teams would reject (a bot id that is not a GUID)', () => {
    const broken = parseManifest(renderManifest(templateText, { botId, appId: teamsAppId }));
    const firstBot = broken.bots[0];
    if (!firstBot) throw new Error('no bot in the manifest');
    firstBot.botId = 'not-a-guid';
    expect(validateAgainstTeamsSchema(broken).join('\n')).toMatch(/botId/);
  });

  it('uses manifest schema 1.17 or later, named by the official schema address for that version', () => {
    const [major, minor] = filled.manifestVersion.split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(17);
    expect(filled.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${filled.manifestVersion}/MicrosoftTeams.schema.json`,
    );
  });

  it('keeps the id placeholders in the template, so no deployment id is committed', () => {
    const template = parseManifest(templateText);
    expect(template.id).toBe('${{TEAMS_APP_ID}}');
    expect(template.bots[0]?.botId).toBe('${{MicrosoftAppId}}');
  });

  it('offers the bot in personal chats, team channels and group chats, without files', () => {
    const bot = filled.bots[0];
    expect(filled.bots).toHaveLength(1);
    expect(new Set(bot?.scopes)).toEqual(new Set(['personal', 'team', 'groupChat']));
    expect(bot?.supportsFiles).toBe(false);
  });

  it('lists help, start over and español in a personal chat, and help and español in teams and group chats', () => {
    const titles = (scope: string) =>
      filled.bots[0]?.commandLists.filter((list) => list.scopes.includes(scope)).flatMap((list) => list.commands.map((c) => c.title));
    expect(titles('personal')).toEqual(expect.arrayContaining(['help', 'start over', 'español']));
    expect(titles('team')).toEqual(expect.arrayContaining(['help', 'español']));
    expect(titles('groupChat')).toEqual(expect.arrayContaining(['help', 'español']));
  });

  it('says what it does and that it is not legal or medical advice, in both descriptions', () => {
    expect(filled.description.short).toMatch(/IMR/);
    expect(filled.description.short).toMatch(/not legal or medical advice/i);
    expect(filled.description.full).toMatch(/Independent Medical Review/);
    expect(filled.description.full).toMatch(/general information, not legal or medical advice/i);
  });

  it('asks for no web domains and no single sign-on, and gives https developer pages', () => {
    expect(filled.validDomains).toEqual([]);
    expect(filled.webApplicationInfo).toBeUndefined();
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
      expect(filled.developer[key]).toMatch(/^https:\/\//);
    }
  });
});

describe('the Teams icons', () => {
  const color = readFileSync(resolve(appPackageDir, 'color.png'));
  const outline = readFileSync(resolve(appPackageDir, 'outline.png'));

  // Teams' icon rules: colour 192×192 full colour; outline 32×32, white on a transparent background.
  it('has a 192×192 colour icon and a 32×32 outline icon, 8-bit RGBA', () => {
    expect(PNG.sync.read(color)).toMatchObject({ width: 192, height: 192 });
    expect(PNG.sync.read(outline)).toMatchObject({ width: 32, height: 32 });
  });

  it('draws the outline icon white on transparent, with both ink and empty space', () => {
    const pixels = PNG.sync.read(outline).data;
    const alphas: number[] = [];
    let inkNotWhite = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const alpha = pixels[i + 3] ?? 0;
      alphas.push(alpha);
      if (alpha > 0 && (pixels[i] !== 255 || pixels[i + 1] !== 255 || pixels[i + 2] !== 255)) inkNotWhite += 1;
    }
    expect(inkNotWhite).toBe(0);
    expect(alphas.filter((a) => a === 0).length).toBeGreaterThan(100);
    expect(alphas.filter((a) => a === 255).length).toBeGreaterThan(100);
  });

  it('draws the colour icon fully opaque, in more than one colour', () => {
    const pixels = PNG.sync.read(color).data;
    const colours = new Set<string>();
    let seeThrough = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3] !== 255) seeThrough += 1;
      colours.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);
    }
    expect(seeThrough).toBe(0);
    expect(colours.size).toBeGreaterThan(2);
  });
});

describe('npm run teams:package', () => {
  it('builds a zip of exactly manifest.json and the two icons, with both ids filled in', () => {
    const out = join(work, 'appPackage.zip');
    const run = runPackager({ MicrosoftAppId: botId, TEAMS_APP_ID: teamsAppId }, ['--out', out], work);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    const zip = new AdmZip(out);
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const text = zip.getEntry('manifest.json')?.getData().toString('utf8') ?? '';
    expect(text).not.toContain('${{');
    const manifest = packagedManifest(zip);
    expect(manifest.id).toBe(teamsAppId);
    expect(manifest.bots[0]?.botId).toBe(botId);
    expect(validateAgainstTeamsSchema(manifest)).toEqual([]);
    expect(zip.getEntry('color.png')?.getData()).toEqual(readFileSync(resolve(appPackageDir, 'color.png')));
    expect(zip.getEntry('outline.png')?.getData()).toEqual(readFileSync(resolve(appPackageDir, 'outline.png')));
  });

  it('stops with a message naming MicrosoftAppId when it is missing, and writes no zip', () => {
    const out = join(work, 'appPackage.zip');
    const run = runPackager({}, ['--out', out], work);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/MicrosoftAppId is not set/);
    expect(existsSync(out)).toBe(false);
  });

  it('reads MicrosoftAppId from a .env file when the environment does not set it', () => {
    writeFileSync(join(work, '.env'), `MicrosoftAppId=${botId}\n`);
    const out = join(work, 'appPackage.zip');
    const run = runPackager({}, ['--out', out], work);
    expect(run.status).toBe(0);
    expect(packagedManifest(new AdmZip(out)).bots[0]?.botId).toBe(botId);
  });

  it('uses the bot id as the app id when TEAMS_APP_ID is unset or empty', () => {
    const out = buildTeamsAppPackage({ settings: { MicrosoftAppId: botId, TEAMS_APP_ID: '' }, outFile: join(work, 'p.zip') });
    expect(packagedManifest(new AdmZip(out)).id).toBe(botId);
  });

  it('treats an empty MicrosoftAppId as missing, and refuses one that is not a GUID', () => {
    expect(() => readTeamsIds({ MicrosoftAppId: '' })).toThrow(/MicrosoftAppId is not set/);
    expect(() => readTeamsIds({ MicrosoftAppId: 'my-bot' })).toThrow(/MicrosoftAppId must be .* a GUID/);
    expect(() => readTeamsIds({ MicrosoftAppId: botId, TEAMS_APP_ID: 'x' })).toThrow(/TEAMS_APP_ID/);
  });

  it('names the deploying organisation from ORG_NAME and ORG_URL (issue 17): developer, pages and full name, still valid', () => {
    const out = join(work, 'appPackage.zip');
    const org = { ORG_NAME: "Valley Patients' Advocates", ORG_URL: 'https://valley.example.org', ORG_PRIVACY_URL: 'https://valley.example.org/privacy' };
    const run = runPackager({ MicrosoftAppId: botId, ...org }, ['--out', out], work);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/placeholders/);
    const manifest = packagedManifest(new AdmZip(out));
    expect(manifest.developer).toEqual({
      name: "Valley Patients' Advocates",
      websiteUrl: 'https://valley.example.org',
      privacyUrl: 'https://valley.example.org/privacy',
      termsOfUseUrl: 'https://valley.example.org',
    });
    expect((manifest as unknown as { name: { full: string } }).name.full).toBe("IMR Guide from Valley Patients' Advocates");
    expect(validateAgainstTeamsSchema(manifest)).toEqual([]);
  });

  it('says the developer fields are placeholders when ORG_NAME is unset', () => {
    const run = runPackager({ MicrosoftAppId: botId }, ['--out', join(work, 'appPackage.zip')], work);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/placeholders: set ORG_NAME and ORG_URL/);
  });

  it('refuses an organisation name longer than Teams shows unless TEAMS_DEVELOPER_NAME shortens it, and a name without a website', () => {
    const long = 'Northern California Patient Advocates';
    const settings = { MicrosoftAppId: botId, ORG_NAME: long, ORG_URL: 'https://ncpa.example.org' };
    expect(() => buildTeamsAppPackage({ settings, outFile: join(work, 'p.zip') })).toThrow(/ORG_NAME is 37 characters .* TEAMS_DEVELOPER_NAME/);
    const out = buildTeamsAppPackage({ settings: { ...settings, TEAMS_DEVELOPER_NAME: 'NorCal Patient Advocates' }, outFile: join(work, 'p.zip') });
    expect(packagedManifest(new AdmZip(out)).developer.name).toBe('NorCal Patient Advocates');
    expect(() => buildTeamsAppPackage({ settings: { MicrosoftAppId: botId, ORG_NAME: 'Valley Advocates' }, outFile: join(work, 'q.zip') })).toThrow(/ORG_URL is not set/);
    expect(() => buildTeamsAppPackage({ settings: { MicrosoftAppId: botId, ORG_NAME: 'Valley Advocates', ORG_URL: 'http://valley.example.org' }, outFile: join(work, 'q.zip') })).toThrow(/ORG_URL must be an https/);
  });

  it('refuses a manifest template with a placeholder it cannot fill', () => {
    expect(() => renderManifest('{"id": "${{SOMETHING_ELSE}}"}', { botId, appId: botId })).toThrow(/SOMETHING_ELSE/);
  });

  it('refuses a colour icon of the wrong size, naming the size Teams needs', () => {
    const dir = join(work, 'appPackage');
    mkdirSync(dir);
    copyFileSync(resolve(appPackageDir, 'manifest.json'), join(dir, 'manifest.json'));
    copyFileSync(resolve(appPackageDir, 'outline.png'), join(dir, 'outline.png'));
    const small = new PNG({ width: 64, height: 64 });
    small.data.fill(255);
    writeFileSync(join(dir, 'color.png'), PNG.sync.write(small));
    expect(() =>
      buildTeamsAppPackage({ settings: { MicrosoftAppId: botId }, appPackageDir: dir, outFile: join(work, 'p.zip') }),
    ).toThrow(/192×192/);
  });
});
