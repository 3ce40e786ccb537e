import type { Activity, Storage, StoreItem } from 'botbuilder';
import { z } from 'zod';
import { hmacKey } from '../keys.js';
import { isETagConflict } from '../storage/storageErrors.js';

/**
 * A conversation's transcript, kept in the bot's own Storage (so it survives restarts and is shared
 * by several instances). Activities are numbered from 1; the watermark is the last number a client
 * has seen, and an activity's id is `<conversationId>|<seq padded to 7>` like Azure's.
 */

/**
 * Each append rewrites the row, so the cap bounds write size as well as storage: 200 is several
 * times the longest IMR interview (about 40 activities with retries); older ones drop off a reload.
 */
export const HISTORY_CAP = 200;
/**
 * And in bytes (F4 of the 2026-11-29 review: one token grew a row to 49 MB and each append took
 * 0.7 s): a whole IMR interview in the built-in Direct Line is about 20 KB (docs/scaling.md), so
 * 128 KB is several interviews; the oldest activities drop off first.
 */
export const MAX_TRANSCRIPT_BYTES = 128 * 1024;
const MAX_WRITE_ATTEMPTS = 5;

const storedSchema = z.object({
  v: z.literal(1),
  userId: z.string(),
  next: z.number().int().positive(),
  activities: z.array(z.object({ seq: z.number().int().positive(), activity: z.record(z.string(), z.unknown()) })),
  /** "delete my data" (epoch ms): everything before it is gone; the conversation's tokens are no longer refreshed. */
  erasedAt: z.number().int().optional(),
});
type StoredHistory = z.infer<typeof storedSchema>;
type StoredItem = StoredHistory & StoreItem;

export interface HistoryEntry {
  seq: number;
  activity: Partial<Activity>;
}

export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

type Entry = StoredHistory['activities'][number];

/** The newest entries that fit HISTORY_CAP and MAX_TRANSCRIPT_BYTES; the newest one is always kept. */
function withinCaps(entries: Entry[]): Entry[] {
  const kept: Entry[] = [];
  let bytes = 0;
  for (let i = entries.length - 1; i >= 0 && kept.length < HISTORY_CAP; i--) {
    const entry = entries[i] as Entry;
    bytes += Buffer.byteLength(JSON.stringify(entry), 'utf8') + 1;
    // 256 bytes for the row's own fields (userId, next, erasedAt).
    if (bytes > MAX_TRANSCRIPT_BYTES - 256 && kept.length > 0) break;
    kept.push(entry);
  }
  return kept.reverse();
}

export class DirectLineHistory {
  /** One chain per conversation in this process: fewer eTag retries when a page posts twice at once. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly storage: Storage,
    private readonly keySecret: string,
  ) {}

  /** The key is an HMAC of the id, like the bot's own rows: the database alone names no conversation. */
  private key(conversationId: string): string {
    return `directline/${hmacKey(this.keySecret, 'directline-history', conversationId)}`;
  }

  async read(conversationId: string): Promise<(StoredHistory & { eTag?: string }) | undefined> {
    const key = this.key(conversationId);
    const items = await this.storage.read([key]);
    const item = items[key] as StoredItem | undefined;
    if (item === undefined) return undefined;
    const parsed = storedSchema.safeParse(item);
    // A row this code cannot read is treated as absent rather than crashing the request.
    return parsed.success ? { ...parsed.data, eTag: item.eTag } : undefined;
  }

  /** Creates the transcript if absent; true when it was created now. */
  async create(conversationId: string, userId: string): Promise<boolean> {
    return this.serialised(conversationId, async () => {
      if ((await this.read(conversationId)) !== undefined) return false;
      const item: StoredItem = { v: 1, userId, next: 1, activities: [] };
      await this.storage.write({ [this.key(conversationId)]: item });
      return true;
    });
  }

  /**
   * Numbers and appends activities; `stamp` receives each one's seq and returns what is stored.
   * eTag-safe: on a conflict (another instance appended first) the append is redone on a fresh read.
   */
  async append(
    conversationId: string,
    userId: string,
    activities: Partial<Activity>[],
    stamp: (activity: Partial<Activity>, seq: number) => Partial<Activity>,
  ): Promise<Partial<Activity>[]> {
    if (activities.length === 0) return [];
    return this.serialised(conversationId, async () => {
      for (let attempt = 1; ; attempt++) {
        const current = (await this.read(conversationId)) ?? { v: 1 as const, userId, next: 1, activities: [] };
        const stamped = activities.map((activity, i) => stamp(activity, current.next + i));
        const entries = withinCaps([
          ...current.activities,
          ...stamped.map((activity, i) => ({ seq: current.next + i, activity: activity })),
        ]);
        const item: StoredItem = {
          v: 1,
          userId: current.userId,
          next: current.next + activities.length,
          activities: entries,
          ...(current.erasedAt !== undefined ? { erasedAt: current.erasedAt } : {}),
          eTag: current.eTag ?? '*',
        };
        try {
          await this.storage.write({ [this.key(conversationId)]: item });
          return stamped;
        } catch (error) {
          if (attempt < MAX_WRITE_ATTEMPTS && isETagConflict(error)) continue;
          throw error;
        }
      }
    });
  }

  /**
   * "delete my data": every activity so far is dropped (what the person typed, what the bot said),
   * keeping only the numbering (so the page's watermark still works) and when it happened. What comes
   * after (the bot's confirmation, a new start) is appended as usual. A conversation with no
   * transcript here (Azure's Direct Line) is left alone.
   */
  async erase(conversationId: string, at: Date): Promise<void> {
    await this.serialised(conversationId, async () => {
      for (let attempt = 1; ; attempt++) {
        const current = await this.read(conversationId);
        if (current === undefined) return;
        const item: StoredItem = { v: 1, userId: current.userId, next: current.next, activities: [], erasedAt: at.getTime(), eTag: current.eTag ?? '*' };
        try {
          await this.storage.write({ [this.key(conversationId)]: item });
          return;
        } catch (error) {
          if (attempt < MAX_WRITE_ATTEMPTS && isETagConflict(error)) continue;
          throw error;
        }
      }
    });
  }

  /** Activities after the watermark, and the new watermark (unchanged when nothing is new). */
  async since(conversationId: string, watermark: number): Promise<{ activities: Partial<Activity>[]; watermark: number }> {
    const history = await this.read(conversationId);
    if (history === undefined) return { activities: [], watermark: 0 };
    // A watermark from beyond this transcript (a store that was reset) starts the client over.
    const seen = watermark >= history.next ? 0 : watermark;
    const fresh = history.activities.filter((entry) => entry.seq > seen);
    return { activities: fresh.map((entry) => entry.activity as Partial<Activity>), watermark: history.next - 1 };
  }

  private serialised<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(conversationId) ?? Promise.resolve();
    const run = previous.then(work, work);
    const settled = run.then(() => undefined, () => undefined);
    this.queues.set(conversationId, settled);
    void settled.then(() => {
      if (this.queues.get(conversationId) === settled) this.queues.delete(conversationId);
    });
    return run;
  }
}
