import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../src/app.js';
import { activity, post, startApp, type Running } from '../src/httpHelpers.js';

/**
 * The real server (buildApp, the real turn, memory storage) on a random loopback port, fed what a
 * broken client or an attacker sends. Every refusal is a 4xx, and after each the server still
 * answers a person.
 */

let running: Running;
let url: string;

beforeAll(async () => {
  running = await startApp();
  url = running.url;
});
afterAll(async () => {
  await running.close();
});

async function raw(body: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers, body });
  await response.arrayBuffer();
  return response.status;
}

async function stillServes(): Promise<void> {
  expect((await fetch(`${url}/healthz`)).status).toBe(200);
  const reply = await post(url, activity(`alive-${Math.random()}`, { text: 'Kaiser' }));
  expect(reply.status).toBe(200);
  expect(reply.activities.length).toBeGreaterThan(0);
}

describe('the message endpoint under hostile requests', () => {
  it('refuses malformed JSON with 400 and keeps serving', async () => {
    for (const body of ['{', '{"type":"message",', 'not json', '{"a":1}}', '\u0000\u0001']) {
      expect(await raw(body, { 'content-type': 'application/json' })).toBe(400);
    }
    await stillServes();
  });

  it('refuses JSON that is not an activity with 400', async () => {
    for (const body of ['[]', 'null', '"text"', '42', '{}', '{"type":"message"}']) {
      const status = await raw(body, { 'content-type': 'application/json' });
      expect(status, body).toBe(400);
    }
    await stillServes();
  });

  it('refuses an activity without a conversation id, so such requests never share one stored conversation', async () => {
    const base = { type: 'message', text: 'Kaiser', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9', from: { id: 'u' }, recipient: { id: 'bot' }, deliveryMode: 'expectReplies' };
    for (const conversation of [undefined, 'c1', {}, { id: '' }, { id: 42 }]) {
      const status = await raw(JSON.stringify({ ...base, conversation }), { 'content-type': 'application/json' });
      expect(status, JSON.stringify(conversation)).toBe(400);
    }
    await stillServes();
  });

  it('answers a 10,000-character message, and refuses a body over the limit with 413', async () => {
    const long = await post(url, activity('long', { text: 'Kaiser '.repeat(1500).slice(0, 10_000) }));
    expect(long.status).toBe(200);
    expect(long.activities.length).toBeGreaterThan(0);
    const huge = JSON.stringify(activity('huge', { text: 'x'.repeat(maxBodyBytes + 1024) }));
    expect(await raw(huge, { 'content-type': 'application/json' })).toBe(413);
    await stillServes();
  });

  it('ignores activity types it does not handle: 200, nothing said, nothing crashed', async () => {
    for (const type of ['typing', 'messageReaction', 'endOfConversation', 'deleteUserData', 'handoff', 'somethingNew']) {
      const reply = await post(url, activity(`type-${type}`, { type }));
      expect(reply.status, type).toBeLessThan(300);
      expect(reply.activities, type).toEqual([]);
    }
    await stillServes();
  });

  it('never answers a wrong content type with a server error', async () => {
    const body = JSON.stringify(activity('ctype', { text: 'Kaiser' }));
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream', 'image/png', '']) {
      const status = await raw(body, type ? { 'content-type': type } : {});
      expect(status, type).toBeGreaterThanOrEqual(200);
      expect(status, type).toBeLessThan(500);
    }
    await stillServes();
  });

  it('refuses huge headers before they reach the bot, and keeps serving', async () => {
    const status = await new Promise<number>((resolve) => {
      const { hostname, port } = new URL(url);
      const req = request({ host: hostname, port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', 'x-junk': 'a'.repeat(64 * 1024) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      // Node may close the socket instead of answering 431: either way the request never runs.
      req.on('error', () => resolve(431));
      req.end('{}');
    });
    expect(status).toBe(431);
    await stillServes();
  });

  it('keeps serving after a burst of all of the above at once', async () => {
    const bursts = Array.from({ length: 60 }, (_, i) => {
      switch (i % 4) {
        case 0:
          return raw('{', { 'content-type': 'application/json' });
        case 1:
          return raw(JSON.stringify(activity(`b${i}`, { text: '\u202E🏥'.repeat(500) })), { 'content-type': 'application/json' });
        case 2:
          return raw(JSON.stringify(activity(`b${i}`, { type: 'invoke', name: 'adaptiveCard/action', value: { junk: true } })), { 'content-type': 'application/json' });
        default:
          return raw('x'.repeat(maxBodyBytes + 10), { 'content-type': 'application/json' }).catch(() => 413);
      }
    });
    const statuses = await Promise.all(bursts);
    expect(statuses.every((status) => status < 500)).toBe(true);
    await stillServes();
  });
});
