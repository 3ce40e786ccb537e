// @ts-check
/**
 * `npm start`: runs the compiled server for the sources as they are now, never an older build.
 * The build for these exact sources is dist/<fingerprint>/ (src/launch/build.mjs); when it is not
 * there (a fresh clone, or sources changed since `npm run build`), it is built first, in about a
 * second, so `npm ci && npm start` stays one command. Where it cannot be built (a read-only
 * deployment), start-up stops and says to run `npm run build` before packaging.
 */
import { pathToFileURL } from 'node:url';
import { buildServer, currentBuild } from './build.mjs';

const say = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);

let build = await currentBuild();
if (!build.exists) {
  say('npm start: no build for these sources yet; building (npm run build)…');
  try {
    build = await buildServer({ log: say });
  } catch (error) {
    say(`npm start: the sources changed since the last build, and building here failed: ${error instanceof Error ? error.message : String(error)}`);
    say('Run `npm run build` where the code is packaged, then start again. Nothing was started.');
    process.exit(1);
  }
}
await import(pathToFileURL(build.entry).href);
