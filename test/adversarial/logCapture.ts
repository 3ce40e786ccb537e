import { createLogger, type Logger, type LogLevel } from '../../src/log.js';

/** The app's own logger (src/log.ts, same redaction), writing to memory so a test can read every line. */
export function capturedLogger(level: LogLevel = 'trace'): { logger: Logger; lines: () => Record<string, unknown>[]; text: () => string } {
  const chunks: string[] = [];
  const logger = createLogger(level, { write: (chunk: string) => void chunks.push(chunk) });
  const text = () => chunks.join('');
  return {
    logger,
    text,
    lines: () =>
      text()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
