/**
 * The arguments to `node` that `npm start` uses (package.json "start"): the compiled server for the
 * current sources, never stale (src/launch/start.mjs). Tests that start the server as a process use
 * these, so they test what production runs; test/globalSetup.ts builds it once first.
 */
export const productionStartArgs: readonly string[] = ['src/launch/start.mjs'];
