import { z } from 'zod';

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

const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Substitutes the placeholders and returns the manifest as formatted JSON. The values are GUIDs
 * (checked by readTeamsIds), so plain text substitution cannot break the JSON; an unknown
 * placeholder is an error rather than a manifest that Teams would reject at upload.
 */
export function renderManifest(template: string, ids: TeamsIds): string {
  const values: Record<string, string> = { MicrosoftAppId: ids.botId, TEAMS_APP_ID: ids.appId };
  const filled = template.replace(placeholder, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`appPackage/manifest.json has an unknown placeholder \${{${name}}}`);
    return value;
  });
  if (filled.includes('${{')) throw new Error('appPackage/manifest.json has a malformed ${{…}} placeholder');
  return `${JSON.stringify(JSON.parse(filled), null, 2)}\n`;
}
