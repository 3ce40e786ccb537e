import type { Activity, Storage } from 'botbuilder';
import restify, { type Server } from 'restify';
import { registerDirectLine, type DirectLineDeps } from '../../src/directline/registerDirectLine.js';
import { parseRequestBodies } from '../../src/http/requestBody.js';

export const KEY_SECRET = 'test-key-secret-of-at-least-32-characters';

/** Stands in for the bot: welcomes on join, echoes messages. The real bot is plugged in by src/app.ts. */
export async function echoDeliver(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  await Promise.resolve();
  if (activity.type === 'conversationUpdate') return [{ type: 'message', text: 'Welcome (members added)' }];
  if (activity.type === 'event' && activity.name === 'webchat/join') return [{ type: 'message', text: 'Welcome (join)' }];
  if (activity.type === 'message') return [{ type: 'trace', name: 'hidden' }, { type: 'message', text: `You said: ${activity.text ?? ''}` }];
  return [];
}

export interface Running {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function startDirectLine(storage: Storage, overrides: Partial<DirectLineDeps> = {}): Promise<Running> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // The app's own body parser (src/http/requestBody.ts), as buildApp mounts it.
  parseRequestBodies(server);
  registerDirectLine(server, { storage, keySecret: KEY_SECRET, deliver: echoDeliver, ...overrides });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}

export interface JsonResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

export async function call(url: string, init: { method?: string; token?: string; body?: unknown; rawBody?: string } = {}): Promise<JsonResponse> {
  const headers: Record<string, string> = {};
  if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
  let body: string | undefined;
  if (init.rawBody !== undefined) body = init.rawBody;
  else if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method: init.method ?? 'GET', headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    // Not JSON: kept as text for the assertion to show.
  }
  return { status: response.status, body: parsed, headers: response.headers };
}
