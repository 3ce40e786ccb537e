import type { Metrics, StorageOperation } from '../metrics.js';
import type { BotStorage } from '../storage/createStorage.js';
import { isETagConflict } from '../storage/storageErrors.js';

/**
 * The turn's storage, with every failed read, write or delete counted on /metrics
 * (`imr_storage_errors_total{operation}`, docs/metrics.md). An eTag conflict is two turns of one
 * conversation at once, retried by the bot: not a storage failure, not counted.
 *
 * A Proxy, not a wrapper class: the turn guards check `instanceof RedisStorage` for fenced writes,
 * and a Proxy keeps the prototype; methods run on the real object (private fields work).
 */
const operations: Readonly<Record<string, StorageOperation>> = { read: 'read', write: 'write', writeFenced: 'write', delete: 'delete' };

export function meteredStorage<S extends BotStorage>(storage: S, metrics: Pick<Metrics, 'recordStorageError'>): S {
  return new Proxy(storage, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const operation = typeof property === 'string' ? operations[property] : undefined;
      const method = value as (...args: unknown[]) => unknown;
      if (!operation) return method.bind(target);
      return async (...args: unknown[]): Promise<unknown> => {
        try {
          return await method.apply(target, args);
        } catch (error) {
          if (!isETagConflict(error)) metrics.recordStorageError(operation);
          throw error;
        }
      };
    },
  });
}
