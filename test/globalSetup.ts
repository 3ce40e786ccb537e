import { buildServer } from '../src/launch/build.mjs';

/**
 * Tests that start the server as a process run what `npm start` runs: the build for the current
 * sources (src/launch/start.mjs). Built once here, before any test file, instead of by several
 * test files at once; a no-op when dist/ already holds the build for these sources.
 */
export default async function setup(): Promise<void> {
  await buildServer({ log: (line) => process.stderr.write(`${line}\n`) });
}
