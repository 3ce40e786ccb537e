import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import restify, { type Server } from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerWebPage, type WebPageOptions } from '../../src/web/serveWeb.js';

const SECRET = 'azure-direct-line-secret-never-in-the-browser';

interface Seen {
  authorization: string | undefined;
  body: string;
  path: string;
}

/** Speaks Azure Direct Line's token API: POST /v3/directline/tokens/generate with the secret. */
async function azureStandIn(answer: (seen: Seen) => { status: number; body: unknown }): Promise<{ url: string; seen: Seen[]; server: HttpServer }> {
  const seen: Seen[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const entry = { authorization: req.headers.authorization, body: Buffer.concat(chunks).toString(), path: `${req.method} ${req.url}` };
      seen.push(entry);
      const { status, body } = answer(entry);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

async function pageServer(options: WebPageOptions): Promise<{ url: string; server: Server }> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  registerWebPage(server, options);
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  return { url: `http://127.0.0.1:${server.address().port}`, server };
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});
function closeLater(server: { close(callback: () => void): unknown }): void {
  closers.push(() => new Promise<void>((resolve) => {
    server.close(() => resolve());
  }));
}

describe('GET /api/directline/token (Azure Direct Line)', () => {
  it('exchanges the secret server-side and gives the page only a conversation token', async () => {
    const azure = await azureStandIn(() => ({
      status: 200,
      body: { conversationId: 'AzConv123', token: 'azure.conversation.token', expires_in: 3600, streamUrl: 'wss://example.invalid/stream' },
    }));
    closeLater(azure.server);
    const page = await pageServer({ directLineSecret: SECRET, directLineBaseUrl: azure.url });
    closeLater(page.server);

    const response = await fetch(`${page.url}/api/directline/token`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ conversationId: 'AzConv123', token: 'azure.conversation.token', expires_in: 3600 });
    expect(text).not.toContain(SECRET);

    expect(azure.seen).toHaveLength(1);
    expect(azure.seen[0]?.path).toBe('POST /v3/directline/tokens/generate');
    expect(azure.seen[0]?.authorization).toBe(`Bearer ${SECRET}`);
    // A server-chosen "dl_" user id is embedded in the token, so the page cannot pick whom it speaks as.
    expect((JSON.parse(azure.seen[0]?.body ?? '{}') as { user: { id: string } }).user.id).toMatch(/^dl_/);
  });

  it('points the page and its Content-Security-Policy at Azure, and never puts the secret in the page', async () => {
    const azure = await azureStandIn(() => ({ status: 500, body: {} }));
    closeLater(azure.server);
    const page = await pageServer({ directLineSecret: SECRET, directLineBaseUrl: azure.url });
    closeLater(page.server);

    const response = await fetch(`${page.url}/`);
    const html = await response.text();
    expect(html).toContain(`<meta name="imr-direct-line" content="${azure.url}/v3/directline">`);
    expect(html).not.toContain(SECRET);
    expect(response.headers.get('content-security-policy')).toContain(`connect-src 'self' ${azure.url}`);
    const script = await (await fetch(`${page.url}/chat.js`)).text();
    expect(script).not.toContain(SECRET);
  });

  it('answers 502 without details when Azure refuses, and 404 when no secret is set', async () => {
    const azure = await azureStandIn(() => ({ status: 403, body: { error: { code: 'Forbidden', message: `bad secret ${SECRET}` } } }));
    closeLater(azure.server);
    const withSecret = await pageServer({ directLineSecret: SECRET, directLineBaseUrl: azure.url });
    closeLater(withSecret.server);
    const refused = await fetch(`${withSecret.url}/api/directline/token`);
    expect(refused.status).toBe(502);
    expect(await refused.text()).not.toContain(SECRET);

    const builtin = await pageServer({});
    closeLater(builtin.server);
    expect((await fetch(`${builtin.url}/api/directline/token`)).status).toBe(404);
    const html = await (await fetch(`${builtin.url}/`)).text();
    expect(html).toContain('<meta name="imr-direct-line" content="builtin">');
  });

  it('limits how many Azure conversations one address can mint', async () => {
    const azure = await azureStandIn(() => ({ status: 200, body: { conversationId: 'c', token: 't', expires_in: 1800 } }));
    closeLater(azure.server);
    const page = await pageServer({ directLineSecret: SECRET, directLineBaseUrl: azure.url, tokenLimit: { points: 1, durationSeconds: 60 } });
    closeLater(page.server);
    expect((await fetch(`${page.url}/api/directline/token`)).status).toBe(200);
    expect((await fetch(`${page.url}/api/directline/token`)).status).toBe(429);
    expect(azure.seen).toHaveLength(1);
  });
});
