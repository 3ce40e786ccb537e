import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../src/storage/sqliteStorage.js';
import { activity, post, startApp, type Running } from '../src/httpHelpers.js';
import { capturedLogger } from './logCapture.js';
import { openConversation, say } from './webClient.js';

/**
 * F9 of the 2026-11-29 review: a 500 carried the error's own text ("SqliteError: database or disk is
 * full", "RangeError: Maximum call stack size exceeded") and the app logged nothing. And two Info
 * items: /readyz said ready while every write failed; a `text` that was not a string became a failed
 * turn instead of a 400.
 *
 * A full disk is simulated with a real SQLite file whose page count is capped (`PRAGMA
 * max_page_count`): SQLite answers SQLITE_FULL, "database or disk is full", exactly as on a full disk.
 */

const dir = mkdtempSync(join(tmpdir(), 'imr-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let running: Running | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

/** The app on a real SQLite file that can be made full at any moment. */
async function startOnSqlite(name: string) {
  const storage = new SqliteStorage({ path: join(dir, `${name}.sqlite`), ttlDays: 30, sweepEveryMs: 0 });
  const logs = capturedLogger('info');
  running = await startApp({}, { storage, logger: logs.logger });
  const fill = () => {
    const pages = storage.database.pragma('page_count', { simple: true }) as number;
    storage.database.pragma(`max_page_count = ${pages}`);
  };
  return { url: running.url, storage, logs, fill };
}

describe('a full disk', () => {
  it('answers a Direct Line post it cannot store with a 500 that names no internal error, and logs the error as a code', async () => {
    const { url, logs, fill } = await startOnSqlite('dl-full');
    const conversation = await openConversation(url);
    expect((await say(url, conversation, 'hi')).status).toBe(200);
    fill();
    const sent = await say(url, conversation, 'Kaiser '.repeat(1400));
    expect(sent.status).toBe(500);
    expect(JSON.stringify(sent.body)).not.toMatch(/Sqlite|disk|full|Error:/i);
    expect(sent.body).toMatchObject({ error: { code: expect.any(String) as string, id: expect.any(String) as string } });
    const id = (sent.body as { error: { id: string } }).error.id;
    const line = logs.lines().find((entry) => entry.errorId === id);
    expect(line).toMatchObject({ errorCode: 'SQLITE_FULL' });
    expect(logs.text()).not.toContain('Kaiser');
  });

  it('makes /readyz say 503 when storage can be read but not written, and 200 again once there is room', async () => {
    const { url, storage, fill } = await startOnSqlite('ready-full');
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    fill();
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    storage.database.pragma('max_page_count = 1073741823');
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });
});

describe('an activity whose text is not a string', () => {
  it.each([[{ a: 1 }], [['x']], [42], [true]])('is refused with 400 before any turn runs (text: %j)', async (text) => {
    running = await startApp();
    const answer = await post(running.url, activity('text-type', { text: text as unknown as string }));
    expect(answer.status).toBe(400);
    const fine = await post(running.url, activity('text-type', { text: 'Kaiser' }));
    expect(fine.status).toBe(200);
    expect(fine.activities.length).toBeGreaterThan(0);
  });
});
