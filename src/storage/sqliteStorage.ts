import { isKeptUntilDeleted } from './retention.js';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { ETagConflictError } from './storageErrors.js';

/**
 * botbuilder's Storage on an embedded SQLite file: no database server to run, and a restart loses
 * nothing. Same eTag rules as botbuilder's MemoryStorage (a stale eTag is a conflict; `*` or none
 * overwrites), but a write of several keys is one transaction. Rows expire `ttlDays` after their
 * last write (interfaces.md STATE_TTL_DAYS): expired rows are invisible at once and swept later.
 */

const DAY_MS = 86_400_000;
/** Below this much room (in the file's page limit or on its disk) the store is not ready: a few hundred turns' worth. */
const MIN_FREE_BYTES = 8 * 1024 * 1024;

export interface SqliteStorageOptions {
  path: string;
  ttlDays: number;
  /** Time is an input: tests pass a clock. */
  now?: () => number;
  /** How often expired rows are deleted; 0 = never on a timer (tests call sweep()). */
  sweepEveryMs?: number;
}

interface Row {
  key: string;
  value: string;
  etag: string;
}

export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly ttlMs: number;
  private readonly sweeper: NodeJS.Timeout | undefined;
  private readonly path: string;

  constructor(options: SqliteStorageOptions) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.path = options.path;
    this.db = new Database(options.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    // "delete my data": a deleted row's bytes are overwritten with zeros, not left in free space.
    this.db.pragma('secure_delete = ON');
    this.db.exec(`CREATE TABLE IF NOT EXISTS state (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      etag TEXT NOT NULL,
      expires_at INTEGER NOT NULL
    ) WITHOUT ROWID`);
    this.db.exec('CREATE INDEX IF NOT EXISTS state_expires_at ON state (expires_at)');
    this.now = options.now ?? Date.now;
    this.ttlMs = options.ttlDays * DAY_MS;
    const every = options.sweepEveryMs ?? 60 * 60 * 1000;
    if (every > 0) {
      this.sweeper = setInterval(() => this.sweep(), every);
      this.sweeper.unref();
    }
  }

  /** The connection, for the stores that share this file (retry answers) and for tests (a full disk). */
  get database(): Database.Database {
    return this.db;
  }

  read(keys: string[]): Promise<StoreItems> {
    const select = this.db.prepare<[string, number], Row>('SELECT key, value, etag FROM state WHERE key = ? AND expires_at > ?');
    const now = this.now();
    const items: StoreItems = {};
    for (const key of keys) {
      const row = select.get(key, now);
      if (row) items[key] = { ...(JSON.parse(row.value) as StoreItem), eTag: row.etag };
    }
    return Promise.resolve(items);
  }

  write(changes: StoreItems): Promise<void> {
    const now = this.now();
    const current = this.db.prepare<[string, number], Pick<Row, 'etag'>>('SELECT etag FROM state WHERE key = ? AND expires_at > ?');
    const upsert = this.db.prepare<[string, string, string, number]>(
      'INSERT INTO state (key, value, etag, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag, expires_at = excluded.expires_at',
    );
    const writeAll = this.db.transaction((entries: [string, StoreItem][]) => {
      for (const [key, item] of entries) {
        const { eTag, ...value } = item;
        const existing = current.get(key, now);
        if (existing && eTag !== undefined && eTag !== '*' && eTag !== existing.etag) throw new ETagConflictError(key);
        upsert.run(key, JSON.stringify(value), randomUUID(), isKeptUntilDeleted(item) ? Number.MAX_SAFE_INTEGER : now + this.ttlMs);
      }
    });
    try {
      writeAll(Object.entries(changes) as [string, StoreItem][]);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  delete(keys: string[]): Promise<void> {
    const remove = this.db.prepare<[string]>('DELETE FROM state WHERE key = ?');
    this.db.transaction((all: string[]) => all.forEach((key) => remove.run(key)))(keys);
    return Promise.resolve();
  }

  /**
   * After an erasure: the WAL still holds the pages as they were before the delete, so it is copied
   * into the database (whose freed cells secure_delete has zeroed) and truncated to nothing.
   */
  scrub(): Promise<boolean> {
    try {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      // Busy: another process on this file is reading; its next checkpoint copies the zeroed pages.
      return Promise.resolve(result?.busy === 0);
    } catch {
      return Promise.resolve(false);
    }
  }

  /** Deletes expired rows; returns how many. */
  sweep(): number {
    return this.db.prepare<[number]>('DELETE FROM state WHERE expires_at <= ?').run(this.now()).changes;
  }

  /**
   * Ready means writable, not only readable (/readyz; with the disk full every read went through and
   * every write failed): a probe row is written and deleted in one transaction (a read-only file, an
   * I/O error, a lock held too long), and there must be room to grow, in the file's page limit and
   * on its disk. A probe alone cannot tell: SQLite reuses the probe's own freed pages.
   */
  async ping(): Promise<boolean> {
    try {
      this.db.transaction(() => {
        this.db.prepare("INSERT INTO state (key, value, etag, expires_at) VALUES ('readyz-probe', '{}', '', 0) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run();
        this.db.prepare("DELETE FROM state WHERE key = 'readyz-probe'").run();
      })();
      const pages = this.db.pragma('page_count', { simple: true }) as number;
      const maxPages = this.db.pragma('max_page_count', { simple: true }) as number;
      const pageSize = this.db.pragma('page_size', { simple: true }) as number;
      if ((maxPages - pages) * pageSize < MIN_FREE_BYTES) return false;
      if (this.path === ':memory:') return true;
      const disk = await statfs(dirname(this.path));
      return disk.bavail * disk.bsize >= MIN_FREE_BYTES;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }
}
