import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import AdmZip from 'adm-zip';
import { PNG } from 'pngjs';
import { z } from 'zod';
import { readEnvironment } from '../config.js';
import { readTeamsIds, readTeamsOrg, renderManifest } from './manifest.js';

/**
 * `npm run teams:package`: builds the Teams app package for sideloading or upload to an
 * organisation's app catalog: a zip with manifest.json (ids filled in) and the two icons at its root.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const defaultAppPackageDir = resolve(repoRoot, 'appPackage');
export const defaultOutFile = resolve(repoRoot, 'build', 'appPackage.zip');

/** Teams' icon rules: colour 192×192, outline 32×32 white on transparent. */
const iconRules = { color: 192, outline: 32 } as const;

const manifestIconsSchema = z.object({
  icons: z.object({ color: z.string().min(1), outline: z.string().min(1) }),
});

function checkIcon(kind: keyof typeof iconRules, file: string, png: Buffer): void {
  const size = iconRules[kind];
  const image = PNG.sync.read(png);
  if (image.width !== size || image.height !== size) {
    throw new Error(`${file}: the ${kind} icon must be ${size}×${size} pixels, not ${image.width}×${image.height}`);
  }
  if (kind === 'outline') {
    const pixels = image.data;
    for (let i = 0; i < pixels.length; i += 4) {
      const alpha = pixels[i + 3] ?? 0;
      const white = pixels[i] === 255 && pixels[i + 1] === 255 && pixels[i + 2] === 255;
      if (alpha !== 0 && !white) throw new Error(`${file}: the outline icon must be white on transparent`);
    }
  }
}

export interface PackageOptions {
  /** Settings holding MicrosoftAppId, the optional TEAMS_APP_ID, and the organisation's ORG_* (issue 17). */
  settings: Record<string, string | undefined>;
  appPackageDir?: string;
  outFile?: string;
}

/** Builds the zip and returns its path; throws with a message naming what is missing or wrong. */
export function buildTeamsAppPackage(options: PackageOptions): string {
  const ids = readTeamsIds(options.settings);
  const dir = options.appPackageDir ?? defaultAppPackageDir;
  const outFile = options.outFile ?? defaultOutFile;
  const org = readTeamsOrg(options.settings);
  const manifest = renderManifest(readFileSync(resolve(dir, 'manifest.json'), 'utf8'), ids, org);
  const { icons } = manifestIconsSchema.parse(JSON.parse(manifest));

  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(manifest, 'utf8'));
  for (const kind of ['color', 'outline'] as const) {
    const file = icons[kind];
    const png = readFileSync(resolve(dir, file));
    checkIcon(kind, file, png);
    zip.addFile(file, png);
  }
  mkdirSync(dirname(outFile), { recursive: true });
  zip.writeZip(outFile);
  return outFile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  try {
    // The config module's reader (environment over an optional .env), not loadConfig: loadConfig
    // validates the server's settings (MicrosoftAppPassword, KEY_SECRET, storage), which a
    // machine that only builds the package has no need of, and it drops TEAMS_APP_ID.
    const settings = readEnvironment();
    const out = buildTeamsAppPackage({ settings, outFile: values.out ? resolve(values.out) : defaultOutFile });
    console.log(`Teams app package written to ${out}`);
    if (!settings.ORG_NAME) console.log('Its developer name and pages are the template\'s placeholders: set ORG_NAME and ORG_URL before uploading it beyond a test tenant.');
  } catch (error) {
    console.error(`teams:package failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
