import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { createRedisClient, isStorageUnavailable } from '../../src/storage/redisClient.js';
import { RedisStorage } from '../../src/storage/redisStorage.js';
import { RedisConversationLock } from '../../src/turns/conversationLock.js';
import { RedisSeenActivities } from '../../src/turns/seenActivities.js';
import { freePort } from './freePort.js';
import { redisAvailable } from './redisEnv.js';

/**
 * issue 7, Faults: a Redis of the test's own, on its own port, stopped and started again. While it
 * is away every call fails fast — well inside the channels' 15-second limit — with an error the
 * turn turns into "we're having trouble, try again in a minute"; /readyz (ping) says no; the
 * process stays up; and when Redis is back everything works again without a restart.
 */

const commandTimeoutMs = 2000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function startRedis(port: number): ChildProcess {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
    stdio: 'ignore',
  });
  child.on('error', () => undefined);
  return child;
}

function stopRedis(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await sleep(50);
  }
  throw new Error(`not true within ${timeoutMs} ms`);
}

/** How long a promise took to settle, and how. */
async function timed(run: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = Date.now();
  try {
    await run();
    return { ms: Date.now() - started, error: undefined };
  } catch (error) {
    return { ms: Date.now() - started, error };
  }
}

describe.runIf(redisAvailable)('When Redis goes away and comes back', () => {
  let port: number;
  let server: ChildProcess;
  let client: Redis;
  let storage: RedisStorage;
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);

  beforeAll(async () => {
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    port = await freePort();
    server = startRedis(port);
    client = createRedisClient({ url: `redis://127.0.0.1:${port}`, commandTimeoutMs, connectTimeoutMs: 1000, maxReconnectDelayMs: 300 });
    storage = new RedisStorage({ client, ttlSeconds: 3600, ownsClient: true });
    await until(() => storage.ping(), 10_000);
  });

  afterAll(async () => {
    await storage.close();
    await stopRedis(server);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  });

  it('answers a hung Redis within the command timeout, not the channel’s 15 seconds', async () => {
    await storage.write({ 'conv/hung': { step: 1 } });
    server.kill('SIGSTOP');
    try {
      const read = await timed(() => storage.read(['conv/hung']));
      expect(isStorageUnavailable(read.error)).toBe(true);
      expect(read.ms).toBeLessThan(commandTimeoutMs + 1000);
      expect(await storage.ping()).toBe(false);
    } finally {
      server.kill('SIGCONT');
    }
    await until(() => storage.ping(), 10_000);
    expect(await storage.read(['conv/hung'])).toMatchObject({ 'conv/hung': { step: 1 } });
  });

  it('fails fast with a "try again" error while Redis is down, keeps the process up, and works again by itself when it returns', async () => {
    await storage.write({ 'conv/before': { step: 2 } });
    await stopRedis(server, 'SIGKILL');

    const attempts = [
      await timed(() => storage.read(['conv/before'])),
      await timed(() => storage.write({ 'conv/during': { step: 3 } })),
      await timed(() => storage.delete(['conv/before'])),
      await timed(() => new RedisConversationLock({ client }).acquire('conv/during')),
      await timed(() => new RedisSeenActivities({ client }).claim('SM-during')),
    ];
    for (const attempt of attempts) {
      expect(isStorageUnavailable(attempt.error)).toBe(true);
      expect(attempt.ms).toBeLessThan(commandTimeoutMs + 1000);
    }
    expect(await storage.ping()).toBe(false);

    // Reconnect attempts fail for a while: still no crash.
    await sleep(1000);
    expect(crashes).toEqual([]);

    server = startRedis(port);
    const recoveredIn = await until(() => storage.ping(), 10_000);
    expect(recoveredIn).toBeLessThan(10_000);
    await storage.write({ 'conv/after': { step: 4 } });
    expect(await storage.read(['conv/after'])).toMatchObject({ 'conv/after': { step: 4 } });
    const held = await new RedisConversationLock({ client }).acquire('conv/after');
    await held.release();
    expect(crashes).toEqual([]);
  });
});
