import type { Activity } from 'botbuilder';
import { buildApp, type App, type BuildAppOverrides } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';

export const testKeySecret = 'test-key-secret-0123456789abcdef0123456789';

export interface Running {
  app: App;
  url: string;
  close(): Promise<void>;
}

/** The whole server on a random loopback port, memory storage unless told otherwise. */
export async function startApp(env: Record<string, string> = {}, overrides: BuildAppOverrides = {}): Promise<Running> {
  const config = loadConfig({ STORAGE: 'memory', KEY_SECRET: testKeySecret, LOG_LEVEL: 'silent', ...env });
  const app = await buildApp(config, { logger: createLogger('silent'), ...overrides });
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = app.server.address();
  return { app, url: `http://127.0.0.1:${port}`, close: () => app.close() };
}

let sequence = 0;

export function activity(conversationId: string, fields: Partial<Activity> = {}): Partial<Activity> {
  sequence += 1;
  return {
    type: 'message',
    id: `a${sequence}`,
    channelId: 'webchat',
    serviceUrl: 'http://127.0.0.1:9',
    timestamp: new Date('2026-03-14T18:00:00Z'),
    locale: 'en-US',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: `user-${conversationId}`, name: '', role: 'user' },
    recipient: { id: 'bot', name: 'IMR guide', role: 'bot' },
    deliveryMode: 'expectReplies',
    ...fields,
  };
}

export interface Posted {
  status: number;
  activities: Partial<Activity>[];
  body: unknown;
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Posted> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (an error page): kept as text for the assertion message.
  }
  const activities = (parsed as { activities?: Partial<Activity>[] } | undefined)?.activities ?? [];
  return { status: response.status, activities, body: parsed };
}
