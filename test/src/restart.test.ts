import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, describe, expect, it } from 'vitest';
import { activity, post, startApp, testKeySecret } from './httpHelpers.js';
import { productionStartArgs } from './productionStart.js';

/**
 * `npm start` as a real process, twice on one SQLite file: a restart between two turns of one
 * conversation loses nothing (the transcript equals one made without a restart), SIGTERM ends it
 * cleanly, and nothing a person typed reaches the logs.
 */

// Not 'imr-restart-': the path is logged, and a random suffix starting with 1 would hold the conversation id 'restart-1'.
const dir = mkdtempSync(join(tmpdir(), 'imr-restarts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Started {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
}

function startServer(): Promise<Started> {
  // `npm start`'s own command without npm: npm relays SIGTERM to its child, but the test stops the server it spawned.
  const child = spawn(process.execPath, [...productionStartArgs], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '', PORT: '0', STORAGE: 'sqlite', SQLITE_PATH: join(dir, 'state.sqlite'), KEY_SECRET: testKeySecret, LOG_LEVEL: 'info' },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" log line:\n${output}`)), 45_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /"port":(\d+)[^\n]*"msg":"listening"/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${port}`, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited early with ${code}:\n${output}`)));
  });
}

function stop(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.once('exit', (code) => resolve(code));
    started.child.kill('SIGTERM');
  });
}

const privateWords = 'Zanzibar-quux my member id is 12345';
const texts = (replies: Partial<Activity>[]) => replies.map((reply) => reply.text ?? JSON.stringify(reply.attachments));

describe('npm start', () => {
  it('keeps a conversation across a restart on the same SQLite file, and logs no typed words', async () => {
    const conversation = 'restart-1';
    const join = activity(conversation, { type: 'conversationUpdate', membersAdded: [{ id: `user-${conversation}`, name: '' }] });

    const first = await startServer();
    const welcome = await post(first.url, join);
    expect(welcome.status).toBe(200);
    const pressed = welcome.activities.at(-1)?.suggestedActions?.actions[0];
    expect(pressed).toBeDefined();
    const press = activity(conversation, { text: String(pressed?.title), value: pressed?.value as unknown });
    const beforeRestart = await post(first.url, press);
    const typed = await post(first.url, activity(conversation, { text: privateWords }));
    expect(await stop(first)).toBe(0);

    const second = await startServer();
    const afterRestart = await post(second.url, activity(conversation, { text: '1' }));
    expect(afterRestart.status).toBe(200);
    expect(await stop(second)).toBe(0);

    // The same four activities in one process that never restarts.
    const control = await startApp();
    try {
      const expected = [];
      for (const sent of [join, press, activity(conversation, { text: privateWords }), activity(conversation, { text: '1' })]) {
        expected.push(texts((await post(control.url, sent)).activities));
      }
      expect([welcome, beforeRestart, typed, afterRestart].map((result) => texts(result.activities))).toEqual(expected);
    } finally {
      await control.close();
    }

    const logs = first.output() + second.output();
    expect(logs).toContain('"msg":"turn"');
    expect(logs).not.toContain('Zanzibar');
    expect(logs).not.toContain('12345');
    expect(logs).not.toContain(conversation);
    // Two cold starts of a TypeScript process: slow on a loaded CI machine.
  }, 150_000);
});
