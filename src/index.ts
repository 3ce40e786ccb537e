import { buildApp } from './app.js';
import { loadConfigOrExit, redactedConfig } from './config.js';
import { createLogger } from './log.js';

/** Wires and listens; decides nothing (STYLE.md §7). */

const config = loadConfigOrExit();

const logger = createLogger(config.LOG_LEVEL);
logger.info({ config: redactedConfig(config) }, 'config');
const app = await buildApp(config, { logger });

app.server.listen(config.PORT, () => {
  const address = app.server.address();
  logger.info({ port: address.port, localMode: config.localMode, storage: config.STORAGE }, 'listening');
  // issue 8: every instance polls for due reminders; claims with a lease keep each one sent once.
  app.reminders.start(30_000);
});

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  app.close().then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ code: 'SHUTDOWN_FAILED', error: error instanceof Error ? error.name : 'unknown' }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
