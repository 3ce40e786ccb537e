import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { activity } from '../src/httpHelpers.js';
import { repoRoot } from '../bench/processes.js';
import { productionStartArgs } from '../src/productionStart.js';

/**
 * What a person types is health information (src/log.ts). One whole conversation carries a marker
 * word: in free text, as the Medi-Cal plan's name, beside dates, commands and a reminder request.
 * The bot runs as `npm start` runs it (its own process, the real logger at trace level, SQLite), and
 * afterwards the marker is in no log line, not in /metrics, and in no stored value except one: the
 * conversation's own answers, where the person typed it as the plan's name. That is by design
 * (machines/answers.ts: planName is the one free text, a brand name, never a member ID; it is what
 * the plan page prints). Known brands are stored as the catalog's name, not as typed.
 */

const marker = 'Qwxzyvmarker';
const dir = mkdtempSync(join(tmpdir(), 'imr-privacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const conversation: { text?: string; value?: unknown }[] = [
  { text: `Hello, my name is ${marker} and my plan said no` },
  { text: 'I have Medi-Cal through a managed care plan' },
  { text: `${marker} Health` },
  { text: 'no hearing' },
  { text: `Dr ${marker} said the plan called it not medically necessary` },
  { text: 'they said no in writing' },
  { text: `October 3, ${marker}` },
  { text: 'not urgent' },
  { text: `remind me ${marker}`, value: { reminders: 'yes' } },
  { text: `what is an IMR ${marker}?` },
  { text: `${marker}@example.com 510-555-0100` },
  { text: 'help' },
  { text: 'back' },
];

describe('privacy of what a person types', () => {
  it('keeps a marker out of every log line, the metrics and every stored value but the plan name the person gave', async () => {
    const sqlitePath = join(dir, 'bot.sqlite');
    const child = spawn(process.execPath, [...productionStartArgs], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        STORAGE: 'sqlite',
        SQLITE_PATH: sqlitePath,
        KEY_SECRET: randomBytes(32).toString('base64url'),
        LOG_LEVEL: 'trace',
        MicrosoftAppId: '',
        NODE_ENV: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stdout.on('data', (chunk: Buffer) => (logs += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (logs += chunk.toString('utf8')));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listening line: ${logs}`)), 25_000);
        const look = () => {
          const match = /"port":(\d+).*"msg":"listening"/.exec(logs);
          if (!match) return;
          clearTimeout(timer);
          child.stdout.off('data', look);
          resolve(Number(match[1]));
        };
        child.stdout.on('data', look);
      });
      const url = `http://127.0.0.1:${port}`;
      let lastReplies = 0;
      for (const turn of conversation) {
        const response = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(activity('privacy-1', { ...turn, from: { id: `user-${marker}`, name: marker, role: 'user' } })),
        });
        expect(response.status).toBe(200);
        const body = (await response.json()) as { activities?: unknown[] };
        lastReplies = body.activities?.length ?? 0;
      }
      expect(lastReplies).toBeGreaterThan(0);
      const metrics = await fetch(`${url}/metrics`);
      expect(await metrics.text()).not.toContain(marker);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }

    const lines = logs.split('\n').filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(conversation.length);
    for (const line of lines) expect(line.toLowerCase()).not.toContain(marker.toLowerCase());

    // Every text cell of every table in every database file the bot wrote (state, reminders, …).
    const files = readdirSync(dir).filter((name) => name.endsWith('.sqlite'));
    expect(files.length).toBeGreaterThan(0);
    let planNamesSeen = 0;
    for (const file of files) {
      const db = new Database(join(dir, file), { readonly: true });
      try {
        const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
        for (const { name } of tables) {
          for (const row of db.prepare<[], Record<string, unknown>>(`SELECT * FROM "${name}"`).all()) {
            for (const [column, cell] of Object.entries(row)) {
              const text = Buffer.isBuffer(cell) ? cell.toString('utf8') : String(cell);
              if (name === 'state' && column === 'value' && text.startsWith('{"plan":')) {
                // A kept plan (issue 9) is the person's own record of their answers, plan name included,
                // behind an unguessable expiring link: the name may be there, nothing else they typed.
                expect(text.replaceAll(`${marker} Health`, '…'), `${name}.${column} (a plan)`).not.toContain(marker);
              } else if (name === 'state' && column === 'value') {
                const withoutPlanName = text.replace(new RegExp(`"planName":"${marker} Health"`, 'g'), () => {
                  planNamesSeen += 1;
                  return '"planName":"…"';
                });
                expect(withoutPlanName, `${name}.${column}`).not.toContain(marker);
              } else {
                expect(text, `${name}.${column}`).not.toContain(marker);
              }
            }
          }
        }
      } finally {
        db.close();
      }
    }
    expect(planNamesSeen).toBe(1);
  }, 60_000);
});
