import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Activity } from 'botbuilder';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity } from './httpHelpers.js';
import { freePort } from './freePort.js';
import { redisAvailable } from './redisEnv.js';
import { post, startServer, stopServer, texts, type ServerProcess } from './serverProcess.js';

/**
 * issue 7, Faults, on a real server process and a Redis of the test's own (its own port and data
 * directory): while Redis is hung or down the person gets "we're having trouble, try again in a
 * minute", /readyz says 503, /healthz 200 and the process stays up; when Redis is back the
 * conversation goes on where it was, with no restart. The Redis keeps an append-only file, as
 * docs/scaling.md asks of a self-run Redis: a restarted Redis without one has forgotten everything.
 */

const dir = mkdtempSync(joinPath(tmpdir(), 'imr-redis-outage-'));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function startRedis(port: number): ChildProcess {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir, '--daemonize', 'no'],
    { stdio: 'ignore' },
  );
  child.on('error', () => undefined);
  return child;
}

function stopRedis(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function status(url: string, path: string): Promise<number> {
  return (await fetch(`${url}${path}`)).status;
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`not true within ${timeoutMs} ms`);
}

const conversation = `outage-${Math.random().toString(36).slice(2, 8)}`;
const message = (fields: Partial<Activity>) => activity(conversation, fields);
const reasonAnswer = () => message({ text: 'Not medically necessary', value: { answer: { reason: 'medical_necessity' } } });
const trouble = /^Sorry, we are having trouble right now\. .*try again in a minute\.$/;

describe.runIf(redisAvailable)('a server whose Redis goes away and comes back', () => {
  let port: number;
  let redis: ChildProcess | undefined;
  let server: ServerProcess;

  beforeAll(async () => {
    port = await freePort();
    redis = startRedis(port);
    server = await startServer({ REDIS_URL: `redis://127.0.0.1:${port}` });
    await until(async () => (await status(server.url, '/readyz')) === 200, 15_000);
  }, 90_000);

  afterAll(async () => {
    redis?.kill('SIGCONT');
    await stopServer(server);
    await stopRedis(redis);
    rmSync(dir, { recursive: true, force: true });
  });

  it('says "try again in a minute" while Redis is hung, and goes on where it was once it answers again', async () => {
    await post(server.url, message({ type: 'conversationUpdate', membersAdded: [{ id: `user-${conversation}`, name: '' }] }));
    const coverage = await post(server.url, message({ text: 'HMO or Kaiser', value: { answer: { coverage: 'dmhc_plan' } } }));
    expect(texts(coverage.activities).join('\n')).toMatch(/Why did the plan say no/);

    redis?.kill('SIGSTOP');
    const started = Date.now();
    const hung = await post(server.url, reasonAnswer());
    // Every Redis call gives up after 2 s (the rate count, then the seen-check): well inside the channels' 15 s.
    expect(Date.now() - started).toBeLessThan(5500);
    expect(hung.status).toBe(200);
    expect(texts(hung.activities)).toEqual([expect.stringMatching(trouble)]);
    expect(await status(server.url, '/healthz')).toBe(200);
    expect(await status(server.url, '/readyz')).toBe(503);
    expect(server.alive()).toBe(true);

    redis?.kill('SIGCONT');
    await until(async () => (await status(server.url, '/readyz')) === 200, 15_000);
    const resent = await post(server.url, reasonAnswer());
    expect(texts(resent.activities).join('\n')).toMatch(/^Got it: .*\n\nDid you appeal to the plan/);
  }, 60_000);

  it('says "try again in a minute" while Redis is down, and goes on where it was after Redis restarts', async () => {
    await stopRedis(redis);
    const down = await post(server.url, message({ text: 'back' }));
    expect(down.status).toBe(200);
    expect(texts(down.activities)).toEqual([expect.stringMatching(trouble)]);
    expect(await status(server.url, '/healthz')).toBe(200);
    expect(await status(server.url, '/readyz')).toBe(503);
    await sleep(1000);
    expect(server.alive()).toBe(true);

    redis = startRedis(port);
    await until(async () => (await status(server.url, '/readyz')) === 200, 20_000);
    // Both earlier answers survived: one step back from "did you appeal" is the reason question.
    const back = await post(server.url, message({ text: 'back' }));
    expect(texts(back.activities).join('\n')).toMatch(/Why did the plan say no/);
    expect(server.output()).not.toMatch(/uncaught|unhandled/i);
  }, 60_000);

  it('says "try again in a minute" while Redis is full (noeviction), evicts nothing, and goes on once there is room', async () => {
    const admin = new Redis(`redis://127.0.0.1:${port}`, { lazyConnect: true });
    await admin.connect();
    try {
      await admin.config('SET', 'maxmemory-policy', 'noeviction');
      await admin.config('SET', 'maxmemory', '1');
      const full = await post(server.url, message({ text: 'back' }));
      expect(texts(full.activities)).toEqual([expect.stringMatching(trouble)]);
      await admin.config('SET', 'maxmemory', '0');
      // Nothing saved was lost: one step back from the reason question is the first question.
      const back = await post(server.url, message({ text: 'back' }));
      expect(texts(back.activities).join('\n')).toMatch(/What kind of health coverage/);
    } finally {
      admin.disconnect();
    }
  }, 60_000);
});
