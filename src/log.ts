import { randomBytes } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { TurnEvent } from '../dialogs/contract.js';

/**
 * Logs carry codes, never words: a turn id, the conversation's hashed key prefix, TurnEvent codes,
 * outcome ids and timings. What a person types is health information and never reaches a log line.
 */

export type { Logger };

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** `destination`: stdout by default; tests pass a stream to read what was logged. */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'imr-guide-bot' },
    // Belt and braces: if an activity object ever reaches a log call, its words do not.
    redact: { paths: ['text', '*.text', 'activity', '*.activity', 'value', '*.value', 'authorization', '*.authorization'], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A short random id that ties one turn's log lines (and the person's error message) together. */
export function newCorrelationId(): string {
  return randomBytes(6).toString('base64url');
}

/** TurnEvents as log fields: codes only (each variant's fields are ids, slots and enum values). */
export function eventCodes(events: readonly TurnEvent[]): string[] {
  return events.map((event) => {
    switch (event.type) {
      case 'question':
        return `question:${event.slot}`;
      case 'answered':
        return `answered:${event.slots.join('+')}`;
      case 'notUnderstood':
        return `notUnderstood:${event.slot ?? '-'}`;
      case 'outcome':
        return `outcome:${event.id}`;
      case 'command':
        return `command:${event.command}`;
      case 'safety':
        return `safety:${event.kind}`;
      case 'faq':
        return `faq:${event.id}`;
      case 'dateRefused':
        return `dateRefused:${event.problem}`;
      case 'locale':
        return `locale:${event.locale}`;
      case 'welcome':
        return 'welcome';
    }
  });
}
