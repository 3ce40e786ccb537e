import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { startServer, stopServer, type ServerProcess } from '../src/serverProcess.js';
import { twilioToken } from '../src/smsHelpers.js';
import { abortedUpload, attacks, rawRequest } from './hostileRequests.js';

/**
 * F1/F2 of the 2026-11-29 security review: one POST with `Content-Encoding: gzip` and a body that
 * was not gzip stopped the whole process, before any authentication; a gzip bomb inflated past the
 * body limit. Here the bot runs as `npm start` runs it (its own process, SQLite, the Twilio webhook
 * on), every route it serves is fed every malformed encoding, and after each one the same process
 * (same pid) must still answer /healthz.
 */

const dir = mkdtempSync(join(tmpdir(), 'imr-bytes-'));
const env = {
  STORAGE: 'sqlite',
  SQLITE_PATH: join(dir, 'bot.sqlite'),
  KEY_SECRET: randomBytes(32).toString('base64url'),
  TWILIO_AUTH_TOKEN: twilioToken,
  LOG_LEVEL: 'info',
};

let server: ServerProcess;
let routes: { method: string; path: string }[] = [];

/** Every route the app mounts, with its parameters filled in (read from the app itself, so a new route is covered too). */
async function allRoutes(): Promise<{ method: string; path: string }[]> {
  const app = await buildApp(loadConfig({ ...env, STORAGE: 'memory' }), { logger: createLogger('silent') });
  try {
    const { routes: mounted } = app.server.getDebugInfo() as { routes: { method: string; path: string | RegExp }[] };
    return mounted.map((route) => ({
      method: route.method.toUpperCase(),
      path: String(route.path).replace(/:token\.ics/, 'x.ics').replace(/:[A-Za-z]+/g, 'x'),
    }));
  } finally {
    await app.close();
  }
}

beforeAll(async () => {
  routes = await allRoutes();
  server = await startServer(env);
}, 90_000);

afterAll(async () => {
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
});

async function stillAlive(after: string): Promise<void> {
  expect(server.alive(), `the process exited after ${after}:\n${server.output().slice(-2000)}`).toBe(true);
  const health = await rawRequest(server.url, { method: 'GET', path: '/healthz' });
  expect(health.status, after).toBe(200);
}

describe('untrusted bytes, on every route, before authentication', () => {
  it('covers the routes a deployment serves', () => {
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining(['POST /api/messages', 'POST /api/sms', 'POST /v3/directline/tokens/generate', 'POST /v3/directline/conversations/x/activities', 'GET /healthz']),
    );
  });

  it.each(attacks().map((attack) => [attack.name, attack] as const))('answers %s on every route without stopping the process', async (_name, attack) => {
    for (const route of routes) {
      const answer = await rawRequest(server.url, { method: route.method, path: route.path, headers: attack.headers, body: attack.body });
      const where = `${attack.name} → ${route.method} ${route.path}`;
      const refusedEverywhere = 'content-encoding' in attack.headers;
      if (route.method === 'POST' || refusedEverywhere) expect([attack.expect].flat(), `${where}: ${answer.status} ${answer.body}`).toContain(answer.status);
      else expect(answer.status, `${where}: ${answer.body}`).toBeLessThan(500);
      // An error says what was refused, never what broke inside.
      if (answer.status >= 400) expect(answer.body, where).not.toMatch(/RangeError|Z_DATA_ERROR|Z_BUF_ERROR|SqliteError|stack|at \w+ \(/);
      await stillAlive(where);
    }
  });

  it('refuses huge headers on every route with 431 and keeps serving', async () => {
    for (const route of routes) {
      const answer = await rawRequest(server.url, { method: route.method, path: route.path, headers: { 'content-type': 'application/json', 'x-junk': 'a'.repeat(64 * 1024) }, body: '{}' }).catch(() => ({ status: 431 }));
      expect(answer.status, `${route.method} ${route.path}`).toBe(431);
      await stillAlive(`huge headers → ${route.method} ${route.path}`);
    }
  });

  it('survives clients that go away in the middle of a body, on every POST route', async () => {
    for (const route of routes.filter((r) => r.method === 'POST')) {
      await abortedUpload(server.url, route.path, { 'content-type': 'application/json' });
      await abortedUpload(server.url, route.path, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      await stillAlive(`an aborted upload → ${route.path}`);
    }
  });

  it('answers malformed HTTP with 400 and keeps serving', async () => {
    const { connect } = await import('node:net');
    const { hostname, port } = new URL(server.url);
    for (const garbage of ['GET / HTTP/9.9\r\n\r\n', 'POST /api/messages HTTP/1.1\r\nContent-Length: -1\r\n\r\n', 'POST /api/messages HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', '\u0000\u0001\u0002\r\n\r\n']) {
      const reply = await new Promise<string>((resolve) => {
        const socket = connect(Number(port), hostname, () => socket.write(garbage));
        let data = '';
        socket.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')));
        socket.on('close', () => resolve(data));
        socket.on('error', () => resolve(data));
        socket.setTimeout(3000, () => socket.destroy());
      });
      expect(reply, JSON.stringify(garbage)).toMatch(/^HTTP\/1\.1 400/);
      await stillAlive(`malformed HTTP ${JSON.stringify(garbage)}`);
    }
  });
});
