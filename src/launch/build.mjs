// @ts-check
/**
 * `npm run build`: the production server, compiled once. Plain JavaScript on purpose: `npm start`
 * (src/launch/start.mjs) must decide whether the build is current before any TypeScript can run, and
 * without paying for a TypeScript loader at every start.
 *
 * One ES module bundle made by esbuild from src/index.ts with its dependencies inside (measured in
 * docs/deploy.md: ~1 s of CPU to first reply against ~2 s for tsc's output and ~4 s through tsx on
 * the same loaded machine; a build takes ~2 s against tsc's ~23 s). Left outside the bundle: the
 * native better-sqlite3 and restify's optional dtrace-provider, loaded from node_modules as usual.
 *
 * Each build lives in `dist/<fingerprint>/`, named after a hash of everything it is made from
 * (sources, package.json, package-lock.json). So a build can never be stale: sources that changed
 * have another fingerprint, whose folder does not exist yet. The web page's files and the Web Chat
 * bundle are copied beside the bundle, where src/web/assets.ts finds them.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distRoot = join(repoRoot, 'dist');
/** The entry module inside a build folder. */
export const serverFile = 'server.js';
export const buildInfoFile = 'build-info.json';

/** What a build is made from. src/web/vendor is not: postinstall checks it against its pinned sha512, and its version is in src/web/webchatBundle.ts. */
const sourceDirs = ['src', 'dialogs', 'machines'];
const sourceFiles = ['package.json', 'package-lock.json'];
const skippedDirs = new Set([join('src', 'web', 'vendor')]);

/** The only project module allowed to locate files through import.meta.url in the server (see checkAssetLookups). */
const assetModule = join('src', 'web', 'assets.ts');

/**
 * @param {string} root
 * @param {string} dir relative to root
 * @returns {Promise<string[]>} files under dir, relative to root
 */
async function filesUnder(root, dir) {
  if (skippedDirs.has(dir)) return [];
  let entries;
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(root, path);
      return Promise.resolve(entry.isFile() ? [path] : []);
    }),
  );
  return nested.flat();
}

/**
 * A hash of every file a build is made from (path and content): the name of the build folder.
 * @param {string} [root]
 * @returns {Promise<string>} 16 hex characters
 */
export async function sourceFingerprint(root = repoRoot) {
  const files = [...(await Promise.all(sourceDirs.map((dir) => filesUnder(root, dir)))).flat(), ...sourceFiles];
  // Sorted with '/' separators, so the same tree hashes the same on any machine.
  const names = files.map((file) => file.split(sep).join('/')).sort();
  const contents = await Promise.all(names.map((name) => readFile(join(root, name)).catch(() => Buffer.alloc(0))));
  const hash = createHash('sha256');
  names.forEach((name, i) => {
    hash.update(name).update('\0').update(String(contents[i]?.length ?? 0)).update('\0');
    hash.update(contents[i] ?? Buffer.alloc(0));
  });
  return hash.digest('hex').slice(0, 16);
}

/**
 * @param {string} fingerprint
 * @param {string} [root]
 */
export function buildDir(fingerprint, root = repoRoot) {
  return join(root, 'dist', fingerprint);
}

/**
 * The build for these exact sources, when one exists.
 * @param {string} [root]
 * @returns {Promise<{ fingerprint: string, dir: string, entry: string, exists: boolean }>}
 */
export async function currentBuild(root = repoRoot) {
  const fingerprint = await sourceFingerprint(root);
  const dir = buildDir(fingerprint, root);
  const entry = join(dir, serverFile);
  const exists = await stat(join(dir, buildInfoFile)).then(() => true, () => false);
  return { fingerprint, dir, entry, exists };
}

/**
 * Bundled dependencies written as CommonJS read these; an ES module has neither (ioredis names
 * __dirname when it trims an error's stack). Both point at the bundle's own folder.
 */
const banner = [
  "import { createRequire as __bundleRequire } from 'node:module';",
  "import { fileURLToPath as __bundlePath } from 'node:url';",
  'const require = __bundleRequire(import.meta.url);',
  'const __filename = __bundlePath(import.meta.url);',
  "const __dirname = __bundlePath(new URL('.', import.meta.url));",
].join('\n');

/**
 * A module that finds a file next to itself through import.meta.url finds it next to the bundle
 * once bundled. Only src/web/assets.ts may do that (and the build copies what it names); any other
 * server module doing it would look in the wrong folder in production, so the build refuses.
 * @param {Record<string, unknown>} inputs esbuild's metafile inputs
 * @param {string} root
 */
async function checkAssetLookups(inputs, root) {
  const offenders = [];
  for (const input of Object.keys(inputs)) {
    if (input.includes('node_modules') || !/^(src|dialogs|machines)\//.test(input)) continue;
    const text = await readFile(join(root, input), 'utf8');
    if (/import\.meta\.url/.test(text) && input !== assetModule.split(sep).join('/')) offenders.push(input);
  }
  if (offenders.length) {
    throw new Error(`${offenders.join(', ')}: find files through src/web/assets.ts; import.meta.url points at the bundle once built`);
  }
}

/**
 * Builds the server for the current sources into dist/<fingerprint>/ unless that build exists.
 * Written to a temporary folder and renamed into place, so a process starting at the same moment
 * sees a whole build or none.
 * @param {{ root?: string, force?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ fingerprint: string, dir: string, entry: string, exists: boolean, built: boolean, ms: number }>}
 */
export async function buildServer(options = {}) {
  const root = options.root ?? repoRoot;
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const current = await currentBuild(root);
  if (current.exists && !options.force) return { ...current, built: false, ms: performance.now() - started };

  const { build, version } = await import('esbuild');
  const staging = join(root, 'dist', `.staging-${process.pid}-${Date.now()}`);
  await mkdir(staging, { recursive: true });
  try {
    const result = await build({
      absWorkingDir: root,
      entryPoints: { server: 'src/index.ts' },
      outdir: staging,
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      // The oldest Node this project runs on (package.json engines); 22 and 24 run it as well.
      target: 'node20.19',
      external: ['better-sqlite3', 'dtrace-provider'],
      banner: { js: banner },
      // Whitespace and syntax only: names stay, so a stack trace in a log is still readable.
      minifyWhitespace: true,
      minifySyntax: true,
      sourcemap: 'linked',
      legalComments: 'linked',
      metafile: true,
      logLevel: 'silent',
    });
    await checkAssetLookups(result.metafile.inputs, root);
    await cp(join(root, 'src', 'web', 'public'), join(staging, 'public'), { recursive: true });
    const vendor = join(root, 'src', 'web', 'vendor');
    const hasVendor = await stat(vendor).then(() => true, () => false);
    if (hasVendor) await cp(vendor, join(staging, 'vendor'), { recursive: true });
    else log('The Web Chat bundle is missing (src/web/vendor): run `npm install`; the chat page will answer 503 until then.');
    const info = { fingerprint: current.fingerprint, builtAt: new Date().toISOString(), esbuild: version, node: process.version, webchat: hasVendor };
    await writeFile(join(staging, buildInfoFile), `${JSON.stringify(info, null, 2)}\n`);
    try {
      await rename(staging, current.dir);
    } catch (error) {
      // Another process built the same sources first: theirs is identical.
      const code = /** @type {NodeJS.ErrnoException} */ (error).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
      if (!options.force) await rm(staging, { recursive: true, force: true });
      else {
        await rm(current.dir, { recursive: true, force: true });
        await rename(staging, current.dir);
      }
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await pruneOldBuilds(root, current.fingerprint);
  return { ...current, exists: true, built: true, ms: performance.now() - started };
}

/**
 * Keeps the newest builds (a server still running an older one reads its page files from there)
 * and removes the rest.
 * @param {string} root
 * @param {string} keep
 */
async function pruneOldBuilds(root, keep, kept = 3) {
  const dist = join(root, 'dist');
  const entries = await readdir(dist, { withFileTypes: true }).catch(() => []);
  const builds = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && /^[0-9a-f]{16}$/.test(entry.name) && entry.name !== keep)
      .map(async (entry) => ({ name: entry.name, mtime: (await stat(join(dist, entry.name))).mtimeMs })),
  );
  builds.sort((a, b) => b.mtime - a.mtime);
  for (const old of builds.slice(kept - 1)) await rm(join(dist, old.name), { recursive: true, force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const result = await buildServer({ force: process.argv.includes('--force'), log: (line) => process.stderr.write(`${line}\n`) });
    const where = relative(process.cwd(), result.entry) || result.entry;
    process.stdout.write(result.built ? `Built ${where} in ${Math.round(result.ms)} ms\n` : `Up to date: ${where}\n`);
  } catch (error) {
    process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
