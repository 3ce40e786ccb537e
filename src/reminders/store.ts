import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { AgreedDate, ReminderKind, ReminderLocale } from '../../machines/reminderPlan.js';

/**
 * Where reminders wait (issue 8). Two kinds with one contract: SQLite (embedded, the default: its
 * own tables in the SQLITE_PATH file the conversation state uses) and Redis (several instances,
 * src/reminders/redisStore.ts, where BullMQ holds the reminders). The store knows nothing of texts
 * or senders: a reminder's address and words arrive sealed (`payload`, src/reminders/sealed.ts)
 * and leave sealed.
 *
 * How due reminders reach the scheduler differs: SQLite hands them out to whoever polls
 * (`ClaimingReminderStore.claimDue`), Redis runs a BullMQ worker that calls the scheduler
 * (`QueueReminderStore.work`). Both send a reminder once across instances except in one case: an
 * instance takes it, sends it, and dies (or stalls past its lease or lock) before it records
 * "sent"; another instance then sends it again. A duplicate reminder is the lesser harm: the
 * alternative, marking it sent before sending, loses the reminder when an instance dies mid-send,
 * and a missed reminder can cost the person their IMR (the 6-month deadline). See docs/reminders.md.
 */

/** `sms`: Twilio's Messages API. `botframework`: a proactive message through a stored conversation reference (Teams, Azure channels). */
export const reminderChannels = ['sms', 'botframework'] as const;
export type ReminderChannel = (typeof reminderChannels)[number];

export type ReminderStatus = 'pending' | 'claimed' | 'sent' | 'failed' | 'cancelled' | 'expired';
/** What ended a person's reminders: SMS STOP, "stop reminders", "delete my data", or a new yes with new dates. */
export type CancelReason = 'stop' | 'stopReminders' | 'deleteData' | 'replaced';

export interface NewReminder {
  id: string;
  /** The person's keyed id: an HMAC of channel + user id computed by the caller (src/keys.ts), never the id itself. */
  personKey: string;
  channel: ReminderChannel;
  kind: ReminderKind;
  /** yyyy-MM-dd, California: the date the reminder is about. */
  aboutDate: string;
  /** Epoch ms. */
  dueAt: number;
  /** Sealed JSON: where to send and what the text needs. Wiped once the reminder is done. */
  payload: string;
}

export interface ReminderRecord extends NewReminder {
  status: ReminderStatus;
  /** Claims so far, including ones whose instance died mid-send. */
  attempts: number;
  leaseOwner?: string;
  /** Epoch ms. */
  leaseUntil?: number;
  /** An error code from the last failed attempt (never the message text or the address). */
  lastError?: string;
}

/** What the person agreed to, when and where (issue 8: the consent is recorded). */
export interface ConsentRecord {
  personKey: string;
  /** ISO 8601 instant. */
  at: string;
  /** The channel the person said yes on (activity.channelId: `sms`, `msteams`, `directline`, `webchat`...). */
  channel: string;
  /** How the reminders reach them. */
  delivery: ReminderChannel | 'calendar';
  locale: ReminderLocale;
  agreed: AgreedDate[];
  withdrawnAt?: string;
  withdrawnBy?: CancelReason;
}

/** A calendar link (GET /calendar/:token.ics). The token itself is never stored, only its SHA-256. */
export interface CalendarLink {
  tokenHash: string;
  personKey: string;
  /** Epoch ms: after this the link answers 404. */
  expiresAt: number;
  /** Sealed JSON of the calendar's contents (src/reminders/ics.ts). */
  payload: string;
}

export interface ClaimOptions {
  now: number;
  leaseMs: number;
  owner: string;
  channels: readonly ReminderChannel[];
  limit: number;
}

export interface ReminderStore {
  /** Adds a person's reminders and their consent (no reminders without the consent that allowed them). */
  add(reminders: readonly NewReminder[], consent: ConsentRecord): Promise<void>;
  /**
   * Cancels every pending reminder of a person and ends their calendar links. "delete my data"
   * also erases their reminders and consent records. Returns how many reminders were stopped.
   */
  cancelPerson(personKey: string, reason: CancelReason, now: number): Promise<number>;
  forPerson(personKey: string): Promise<ReminderRecord[]>;
  consents(personKey: string): Promise<ConsentRecord[]>;
  saveCalendar(link: CalendarLink, now: number): Promise<void>;
  /** The link when it exists and has not expired. */
  findCalendar(tokenHash: string, now: number): Promise<CalendarLink | undefined>;
  /** Deletes finished reminders and expired links older than `before` (epoch ms); returns how many rows. */
  purge(before: number): Promise<number>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** A store that hands due reminders out itself: the scheduler polls it (SQLite). */
export interface ClaimingReminderStore extends ReminderStore {
  /** Atomically claims due reminders (pending and due, or claimed with a lease that has ended). */
  claimDue(options: ClaimOptions): Promise<ReminderRecord[]>;
  /** Ends a claimed reminder; false when the claim was lost (lease taken over, or cancelled meanwhile). */
  finish(id: string, owner: string, status: 'sent' | 'failed' | 'expired', now: number, error?: string): Promise<boolean>;
  /** Puts a claimed reminder back to wait until `dueAt`; false when the claim was lost. */
  retryAt(id: string, owner: string, dueAt: number, now: number, error: string): Promise<boolean>;
}

/** What the scheduler decided about one due reminder, for a queue engine to carry out. */
export type Attempt =
  | { status: 'sent' | 'expired' }
  | { status: 'failed'; code: string }
  /** Try again after the engine's backoff. */
  | { status: 'retry'; code: string }
  /** Not now (an SMS in quiet hours): wait `delayMs`, without counting an attempt. */
  | { status: 'held'; delayMs: number };

export interface QueueWorkOptions {
  /** How many reminders one instance sends at once. */
  concurrency: number;
  /** How long an instance may hold a reminder without renewing its lock before others take it over. */
  lockMs: number;
  maxAttempts: number;
  /** The wait before retry `attempt` + 1 (attempt counts from 1). */
  backoff(attempt: number): number;
  /** Trouble of the engine itself (Redis away): codes for logs. */
  onError(error: Error): void;
}

/** A store whose queue engine calls the scheduler for each due reminder (BullMQ on Redis). */
export interface QueueReminderStore extends ReminderStore {
  /** Starts this instance's worker; `close` stops it after the reminders in hand are recorded. */
  work(attempt: (reminder: ReminderRecord) => Promise<Attempt>, options: QueueWorkOptions): { close(): Promise<void> };
}

export type AnyReminderStore = ClaimingReminderStore | QueueReminderStore;

export function isQueueStore(store: AnyReminderStore): store is QueueReminderStore {
  return 'work' in store;
}

interface ReminderRow {
  id: string;
  person_key: string;
  channel: ReminderChannel;
  kind: ReminderKind;
  about_date: string;
  due_at: number;
  payload: string;
  status: ReminderStatus;
  attempts: number;
  lease_owner: string | null;
  lease_until: number | null;
  last_error: string | null;
}

interface ConsentRow {
  person_key: string;
  at: string;
  channel: string;
  delivery: ConsentRecord['delivery'];
  locale: ReminderLocale;
  agreed: string;
  withdrawn_at: string | null;
  withdrawn_by: CancelReason | null;
}

const toRecord = (row: ReminderRow): ReminderRecord => ({
  id: row.id,
  personKey: row.person_key,
  channel: row.channel,
  kind: row.kind,
  aboutDate: row.about_date,
  dueAt: row.due_at,
  payload: row.payload,
  status: row.status,
  attempts: row.attempts,
  ...(row.lease_owner !== null ? { leaseOwner: row.lease_owner } : {}),
  ...(row.lease_until !== null ? { leaseUntil: row.lease_until } : {}),
  ...(row.last_error !== null ? { lastError: row.last_error } : {}),
});

const toConsent = (row: ConsentRow): ConsentRecord => ({
  personKey: row.person_key,
  at: row.at,
  channel: row.channel,
  delivery: row.delivery,
  locale: row.locale,
  agreed: JSON.parse(row.agreed) as AgreedDate[],
  ...(row.withdrawn_at !== null ? { withdrawnAt: row.withdrawn_at } : {}),
  ...(row.withdrawn_by !== null ? { withdrawnBy: row.withdrawn_by } : {}),
});

export interface SqliteReminderStoreOptions {
  /** The SQLITE_PATH file (shared with the conversation state: one file to back up), or `:memory:`. */
  path: string;
}

/**
 * The embedded store. Safe for several processes on one file: a claim is one IMMEDIATE
 * transaction, which SQLite runs one at a time across every connection to the file.
 */
export class SqliteReminderStore implements ClaimingReminderStore {
  private readonly db: Database.Database;

  constructor(options: SqliteReminderStoreOptions) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    // issue 13: "delete my data" leaves zeros, not the deleted rows' bytes (the storage's scrub truncates the WAL).
    this.db.pragma('secure_delete = ON');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS reminders (
        id TEXT PRIMARY KEY,
        person_key TEXT NOT NULL,
        channel TEXT NOT NULL,
        kind TEXT NOT NULL,
        about_date TEXT NOT NULL,
        due_at INTEGER NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        lease_owner TEXT,
        lease_until INTEGER,
        last_error TEXT,
        -- when it may next be claimed: due_at while pending, lease_until while claimed
        next_at INTEGER,
        updated_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS reminders_claimable ON reminders (channel, next_at) WHERE status IN ('pending', 'claimed');
      CREATE INDEX IF NOT EXISTS reminders_person ON reminders (person_key);
      CREATE TABLE IF NOT EXISTS reminder_consents (
        person_key TEXT NOT NULL,
        at TEXT NOT NULL,
        channel TEXT NOT NULL,
        delivery TEXT NOT NULL,
        locale TEXT NOT NULL,
        agreed TEXT NOT NULL,
        withdrawn_at TEXT,
        withdrawn_by TEXT
      );
      CREATE INDEX IF NOT EXISTS reminder_consents_person ON reminder_consents (person_key);
      CREATE TABLE IF NOT EXISTS calendar_links (
        token_hash TEXT PRIMARY KEY,
        person_key TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        payload TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS calendar_links_person ON calendar_links (person_key);
    `);
  }

  add(reminders: readonly NewReminder[], consent: ConsentRecord): Promise<void> {
    const insert = this.db.prepare(
      `INSERT INTO reminders (id, person_key, channel, kind, about_date, due_at, payload, status, attempts, next_at, updated_at)
       VALUES (@id, @personKey, @channel, @kind, @aboutDate, @dueAt, @payload, 'pending', 0, @dueAt, @createdAt)`,
    );
    const insertConsent = this.db.prepare(
      `INSERT INTO reminder_consents (person_key, at, channel, delivery, locale, agreed) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    return this.run(() =>
      this.db.transaction(() => {
        insertConsent.run(consent.personKey, consent.at, consent.channel, consent.delivery, consent.locale, JSON.stringify(consent.agreed));
        const createdAt = Date.parse(consent.at);
        for (const reminder of reminders) insert.run({ ...reminder, createdAt });
      })(),
    );
  }

  claimDue(options: ClaimOptions): Promise<ReminderRecord[]> {
    if (options.channels.length === 0 || options.limit <= 0) return Promise.resolve([]);
    const placeholders = options.channels.map(() => '?').join(', ');
    const select = this.db.prepare<unknown[], { id: string }>(
      `SELECT id FROM reminders WHERE status IN ('pending', 'claimed') AND channel IN (${placeholders}) AND next_at <= ? ORDER BY next_at LIMIT ?`,
    );
    const claim = this.db.prepare<[string, number, number, number, string], ReminderRow>(
      `UPDATE reminders SET status = 'claimed', lease_owner = ?, lease_until = ?, next_at = ?, attempts = attempts + 1, updated_at = ?
       WHERE id = ? RETURNING *`,
    );
    const { now, leaseMs, owner } = options;
    return this.run(() =>
      this.db
        .transaction(() => {
          const ids = select.all(...options.channels, now, options.limit).map((row) => row.id);
          return ids.flatMap((id) => {
            const row = claim.get(owner, now + leaseMs, now + leaseMs, now, id);
            return row ? [toRecord(row)] : [];
          });
        })
        .immediate(),
    );
  }

  finish(id: string, owner: string, status: 'sent' | 'failed' | 'expired', now: number, error?: string): Promise<boolean> {
    const update = this.db.prepare(
      `UPDATE reminders SET status = ?, payload = '', lease_owner = NULL, lease_until = NULL, next_at = NULL, last_error = COALESCE(?, last_error), updated_at = ?
       WHERE id = ? AND status = 'claimed' AND lease_owner = ?`,
    );
    return this.run(() => update.run(status, error ?? null, now, id, owner).changes === 1);
  }

  retryAt(id: string, owner: string, dueAt: number, now: number, error: string): Promise<boolean> {
    const update = this.db.prepare(
      `UPDATE reminders SET status = 'pending', lease_owner = NULL, lease_until = NULL, next_at = ?, last_error = ?, updated_at = ?
       WHERE id = ? AND status = 'claimed' AND lease_owner = ?`,
    );
    return this.run(() => update.run(dueAt, error, now, id, owner).changes === 1);
  }

  cancelPerson(personKey: string, reason: CancelReason, now: number): Promise<number> {
    const at = new Date(now).toISOString();
    return this.run(() =>
      this.db
        .transaction(() => {
          // A reminder being sent right now ('claimed') is cancelled too: its sender's finish() then
          // finds the claim gone. A send already on the wire cannot be called back.
          const stopped = this.db
            .prepare(`UPDATE reminders SET status = 'cancelled', payload = '', next_at = NULL, lease_owner = NULL, lease_until = NULL, updated_at = ? WHERE person_key = ? AND status IN ('pending', 'claimed')`)
            .run(now, personKey).changes;
          this.db.prepare('DELETE FROM calendar_links WHERE person_key = ?').run(personKey);
          if (reason === 'deleteData') {
            this.db.prepare('DELETE FROM reminders WHERE person_key = ?').run(personKey);
            this.db.prepare('DELETE FROM reminder_consents WHERE person_key = ?').run(personKey);
          } else {
            this.db
              .prepare('UPDATE reminder_consents SET withdrawn_at = ?, withdrawn_by = ? WHERE person_key = ? AND withdrawn_at IS NULL')
              .run(at, reason, personKey);
          }
          return stopped;
        })
        .immediate(),
    );
  }

  forPerson(personKey: string): Promise<ReminderRecord[]> {
    const rows = this.db.prepare<[string], ReminderRow>('SELECT * FROM reminders WHERE person_key = ? ORDER BY due_at, kind').all(personKey);
    return Promise.resolve(rows.map(toRecord));
  }

  consents(personKey: string): Promise<ConsentRecord[]> {
    const rows = this.db.prepare<[string], ConsentRow>('SELECT * FROM reminder_consents WHERE person_key = ? ORDER BY at, rowid').all(personKey);
    return Promise.resolve(rows.map(toConsent));
  }

  saveCalendar(link: CalendarLink, _now: number): Promise<void> {
    const insert = this.db.prepare('INSERT INTO calendar_links (token_hash, person_key, expires_at, payload) VALUES (?, ?, ?, ?)');
    return this.run(() => {
      insert.run(link.tokenHash, link.personKey, link.expiresAt, link.payload);
    });
  }

  findCalendar(tokenHash: string, now: number): Promise<CalendarLink | undefined> {
    const row = this.db
      .prepare<[string, number], { token_hash: string; person_key: string; expires_at: number; payload: string }>(
        'SELECT * FROM calendar_links WHERE token_hash = ? AND expires_at > ?',
      )
      .get(tokenHash, now);
    return Promise.resolve(row ? { tokenHash: row.token_hash, personKey: row.person_key, expiresAt: row.expires_at, payload: row.payload } : undefined);
  }

  purge(before: number): Promise<number> {
    return this.run(() =>
      this.db.transaction(() => {
        const reminders = this.db
          .prepare(`DELETE FROM reminders WHERE status IN ('sent', 'failed', 'cancelled', 'expired') AND updated_at < ?`)
          .run(before).changes;
        const links = this.db.prepare('DELETE FROM calendar_links WHERE expires_at < ?').run(before).changes;
        return reminders + links;
      })(),
    );
  }

  ping(): Promise<boolean> {
    return this.run(() => this.db.prepare('SELECT 1').get() !== undefined).catch(() => false);
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }

  /** better-sqlite3 is synchronous: its exceptions become rejections, so callers handle one kind of failure. */
  private run<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
