import { z } from 'zod';
import { orgSettingsSchema } from '../config.js';

/**
 * Fills the Teams app manifest template (`appPackage/manifest.json`) with the ids of one
 * deployment. The template keeps Microsoft 365 Agents Toolkit's `${{NAME}}` placeholders so that
 * the same file also works with that toolkit.
 */

/** Empty string = unset, as everywhere in this project's settings. */
const optionalSetting = z.preprocess((value) => (value === '' ? undefined : value), z.string().trim().optional());

const guidSetting = (name: string, meaning: string) =>
  optionalSetting.pipe(
    z
      .string({ error: `${name} is not set: it must be ${meaning} (a GUID), from the environment or .env` })
      .pipe(z.guid({ error: `${name} must be ${meaning}, a GUID like 00000000-0000-0000-0000-000000000000` })),
  );

const teamsIdsSchema = z.object({
  // Teams routes messages to the bot whose botId is the Azure Bot registration's app id.
  MicrosoftAppId: guidSetting('MicrosoftAppId', "the Azure Bot registration's Microsoft App ID"),
  TEAMS_APP_ID: optionalSetting.pipe(
    z.guid({ error: 'TEAMS_APP_ID must be a GUID (or unset, to reuse MicrosoftAppId)' }).optional(),
  ),
});

export interface TeamsIds {
  /** The bot's Microsoft App ID (manifest `bots[0].botId`). */
  botId: string;
  /** The Teams app's own id (manifest `id`): TEAMS_APP_ID, else the bot's id. */
  appId: string;
}

/** Reads the ids from settings; throws an Error whose message names the missing or bad setting. */
export function readTeamsIds(settings: Record<string, string | undefined>): TeamsIds {
  const parsed = teamsIdsSchema.safeParse({
    MicrosoftAppId: settings.MicrosoftAppId,
    TEAMS_APP_ID: settings.TEAMS_APP_ID,
  });
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  const botId = parsed.data.MicrosoftAppId;
  return { botId, appId: parsed.data.TEAMS_APP_ID ?? botId };
}

/** The deploying organisation as Teams shows it on the app's details page (manifest `developer`). */
export interface TeamsOrg {
  name: string;
  websiteUrl: string;
  privacyUrl: string;
  termsOfUseUrl: string;
}

/** Teams' limits: developer.name at most 32 characters, name.full at most 100 (manifest schema v1.22). */
const developerNameMax = 32;
const fullNameMax = 100;

/**
 * The organisation from the same ORG_* settings the bot speaks with (src/config.ts), checked the
 * same way. Unset ORG_NAME: undefined (the template's placeholders stay, fit for a test tenant
 * only). TEAMS_DEVELOPER_NAME (packager only) is a shorter name when ORG_NAME is over Teams' 32
 * characters; ORG_PRIVACY_URL and ORG_TERMS_URL fall back to ORG_URL.
 */
export function readTeamsOrg(settings: Record<string, string | undefined>): TeamsOrg | undefined {
  const parsed = orgSettingsSchema.safeParse(settings);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`).join('; '));
  const org = parsed.data;
  if (!org.ORG_NAME) return undefined;
  if (!org.ORG_URL) throw new Error('ORG_URL is not set: Teams shows the organisation\'s website on the app\'s page (an https:// address)');
  const shortName = settings.TEAMS_DEVELOPER_NAME?.trim() || org.ORG_NAME;
  if (shortName.length > developerNameMax) {
    throw new Error(`ORG_NAME is ${shortName.length} characters and Teams shows at most ${developerNameMax} as the developer name: set TEAMS_DEVELOPER_NAME to a shorter form of it`);
  }
  return { name: shortName, websiteUrl: org.ORG_URL, privacyUrl: org.ORG_PRIVACY_URL ?? org.ORG_URL, termsOfUseUrl: org.ORG_TERMS_URL ?? org.ORG_URL };
}

const manifestNamesSchema = z.looseObject({ name: z.looseObject({ short: z.string(), full: z.string() }) });

const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Substitutes the placeholders and returns the manifest as formatted JSON. The values are GUIDs
 * (checked by readTeamsIds), so plain text substitution cannot break the JSON; an unknown
 * placeholder is an error rather than a manifest that Teams would reject at upload.
 */
export function renderManifest(template: string, ids: TeamsIds, org?: TeamsOrg): string {
  const values: Record<string, string> = { MicrosoftAppId: ids.botId, TEAMS_APP_ID: ids.appId };
  const filled = template.replace(placeholder, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`appPackage/manifest.json has an unknown placeholder \${{${name}}}`);
    return value;
  });
  if (filled.includes('${{')) throw new Error('appPackage/manifest.json has a malformed ${{…}} placeholder');
  const manifest = manifestNamesSchema.parse(JSON.parse(filled));
  if (org) {
    // Set as JSON values, not substituted as text: an organisation's name may hold a quote.
    manifest.developer = { name: org.name, websiteUrl: org.websiteUrl, privacyUrl: org.privacyUrl, termsOfUseUrl: org.termsOfUseUrl };
    const full = `${manifest.name.short} from ${org.name}`;
    if (full.length <= fullNameMax) manifest.name = { ...manifest.name, full };
  }
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
