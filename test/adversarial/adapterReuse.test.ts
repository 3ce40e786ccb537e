import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { activity, post, startApp, type Running } from '../src/httpHelpers.js';

/**
 * src/adapter.ts reuses connector clients across requests (docs/benchmark.md). Reuse must never
 * send one conversation's replies to another request's serviceUrl: each stand-in connector gets
 * exactly the replies of the requests that named it, however the requests interleave.
 */

const closers: (() => Promise<void>)[] = [];
let running: Running | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
  for (const close of closers.splice(0)) await close();
});

async function standInConnector(): Promise<{ url: string; paths: string[] }> {
  const paths: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    req.resume();
    req.on('end', () => {
      paths.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `r${paths.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, paths };
}

describe('reused connector clients', () => {
  it('send each reply to the serviceUrl of its own request, across interleaved conversations', async () => {
    const first = await standInConnector();
    const second = await standInConnector();
    running = await startApp();
    const url = running.url;
    const turns = Array.from({ length: 12 }, (_, i) => ({ connector: i % 2 === 0 ? first : second, conversation: `reuse-${i % 2}-${i % 3}`, id: `in-${i}` }));
    const statuses = await Promise.all(
      turns.map(async (turn) => (await post(url, activity(turn.conversation, { id: turn.id, text: 'Kaiser', serviceUrl: turn.connector.url, deliveryMode: 'normal' }))).status),
    );
    expect(statuses.every((status) => status === 200)).toBe(true);
    for (const connector of [first, second]) {
      const expected = turns.filter((turn) => turn.connector === connector);
      expect(connector.paths.length).toBeGreaterThanOrEqual(expected.length);
      for (const path of connector.paths) {
        const match = /^\/v3\/conversations\/([^/]+)\/activities\/([^/]+)$/.exec(path);
        expect(match, path).not.toBeNull();
        expect(expected.some((turn) => turn.conversation === decodeURIComponent(match?.[1] ?? '') && turn.id === match?.[2])).toBe(true);
      }
    }
  });
});
