import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Redis } from 'ioredis';
import { createSealer } from '../../src/reminders/sealed.js';

/**
 * Looks for planted words everywhere the bot could have kept them: every cell of every SQLite table,
 * the raw bytes of the database file and its WAL, every Redis key under a prefix, and the plaintext
 * of every sealed value (AES-GCM under KEY_SECRET: a raw scan cannot see into those, the key can).
 */

/** Every purpose the app seals values for (src/turns/turnGuard.ts, src/reminders/reminders.ts). */
const sealPurposes = ['seen/answer', 'reminders/address', 'reminders/calendar'];
const sealedPattern = /v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}/g;

export interface Finding {
  where: string;
  word: string;
}

export class Scanner {
  private readonly sealers;
  constructor(
    keySecret: string,
    private readonly words: readonly string[],
  ) {
    this.sealers = sealPurposes.map((purpose) => createSealer(keySecret, purpose));
  }

  /** The words in this text, and in the plaintext of any sealed value inside it. */
  text(where: string, text: string): Finding[] {
    const found: Finding[] = [];
    const lower = text.toLowerCase();
    for (const word of this.words) if (lower.includes(word.toLowerCase())) found.push({ where, word });
    for (const sealed of text.match(sealedPattern) ?? []) {
      for (const sealer of this.sealers) {
        let opened: string;
        try {
          opened = sealer.open(sealed);
        } catch {
          continue;
        }
        found.push(...this.text(`${where} (sealed)`, opened));
      }
    }
    return found;
  }

  /** Every text cell of every table in a SQLite file (opened read-only). */
  sqliteRows(path: string): Finding[] {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const found: Finding[] = [];
      const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
      for (const { name } of tables) {
        for (const row of db.prepare<[], Record<string, unknown>>(`SELECT * FROM "${name}"`).all()) {
          for (const [column, cell] of Object.entries(row)) {
            found.push(...this.text(`${name}.${column}`, Buffer.isBuffer(cell) ? cell.toString('utf8') : String(cell)));
          }
        }
      }
      return found;
    } finally {
      db.close();
    }
  }

  /** The raw bytes of every file in a folder (the database, its -wal and -shm): deleted rows linger there. */
  rawFiles(dir: string): Finding[] {
    const found: Finding[] = [];
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      const bytes = readFileSync(path);
      for (const word of this.words) {
        for (const variant of [word, word.toLowerCase(), word.toUpperCase()]) {
          if (bytes.includes(Buffer.from(variant, 'utf8'))) found.push({ where: `${name} (raw bytes, ${bytes.length} B)`, word });
        }
      }
    }
    return found;
  }

  /** Every key under a Redis prefix, whatever its type. */
  async redisKeys(client: Redis, prefix: string): Promise<{ findings: Finding[]; keys: string[] }> {
    const found: Finding[] = [];
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    for (const key of keys) {
      const type = await client.type(key);
      let values: string[] = [];
      if (type === 'string') values = [(await client.get(key)) ?? ''];
      else if (type === 'hash') values = Object.entries(await client.hgetall(key)).flat();
      else if (type === 'set') values = await client.smembers(key);
      else if (type === 'list') values = await client.lrange(key, 0, -1);
      else if (type === 'zset') values = await client.zrange(key, '0', '-1');
      found.push(...this.text(`redis ${key}`, [key, ...values.map(String)].join('\n')));
    }
    return { findings: found, keys };
  }
}
