import { MemoryStorage } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { activityId, DirectLineHistory, HISTORY_CAP } from '../../src/directline/directLineHistory.js';
import { issueToken } from '../../src/directline/directLineToken.js';
import { call, KEY_SECRET, startDirectLine, type Running } from './directlineHelpers.js';

interface TokenBody {
  conversationId: string;
  token: string;
  expires_in: number;
}
interface ActivitySet {
  activities: { id: string; type: string; text?: string; from: { id: string; role?: string }; channelId: string; conversation: { id: string }; serviceUrl: string; timestamp: string; replyToId?: string; channelData?: unknown }[];
  watermark: string;
}

const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
});

async function start(...args: Parameters<typeof startDirectLine>): Promise<Running> {
  const r = await startDirectLine(...args);
  running.push(r);
  return r;
}

async function openConversation(url: string): Promise<TokenBody> {
  const generated = await call(`${url}/v3/directline/tokens/generate`, { method: 'POST' });
  expect(generated.status).toBe(200);
  const { token } = generated.body as TokenBody;
  const started = await call(`${url}/v3/directline/conversations`, { method: 'POST', token, body: { locale: 'en-US' } });
  expect(started.status).toBe(201);
  return started.body as TokenBody;
}

async function post(url: string, conv: TokenBody, activity: Record<string, unknown>) {
  return call(`${url}/v3/directline/conversations/${conv.conversationId}/activities`, { method: 'POST', token: conv.token, body: activity });
}

async function poll(url: string, conv: TokenBody, watermark = ''): Promise<ActivitySet> {
  const got = await call(`${url}/v3/directline/conversations/${conv.conversationId}/activities?watermark=${watermark}`, { token: conv.token });
  expect(got.status).toBe(200);
  return got.body as ActivitySet;
}

describe('the built-in Direct Line', () => {
  it('starts a conversation, takes a message and returns the reply after the watermark', async () => {
    const { url } = await start(new MemoryStorage());
    const conv = await openConversation(url);
    expect(conv.expires_in).toBe(1800);
    expect(conv.token.split('.')).toHaveLength(3);

    const join = await post(url, conv, { type: 'event', name: 'webchat/join', from: { id: 'ignored', role: 'user' } });
    expect(join.status).toBe(200);
    expect((join.body as { id: string }).id).toBe(`${conv.conversationId}|0000001`);

    const first = await poll(url, conv);
    // The join event, then the bot hears the person join (conversationUpdate) and the join itself.
    expect(first.activities.map((a) => a.text ?? a.type)).toEqual(['event', 'Welcome (members added)', 'Welcome (join)']);
    expect(first.watermark).toBe('3');
    const [event, welcome] = first.activities;
    expect(event?.from.role).toBe('user');
    expect(welcome).toMatchObject({
      id: `${conv.conversationId}|0000002`,
      channelId: 'directline',
      conversation: { id: conv.conversationId },
      serviceUrl: 'directline://in-process',
      from: { role: 'bot' },
      replyToId: `${conv.conversationId}|join`,
    });
    expect(Number.isNaN(Date.parse(welcome?.timestamp ?? ''))).toBe(false);

    const sent = await post(url, conv, { type: 'message', text: 'My plan denied my MRI', from: { id: 'someone-else' }, channelData: { clientActivityID: 'abc' } });
    expect(sent.status).toBe(200);
    const next = await poll(url, conv, first.watermark);
    expect(next.activities.map((a) => a.text)).toEqual(['My plan denied my MRI', 'You said: My plan denied my MRI']);
    // Web Chat matches its own echo by clientActivityID; the token, not the body, says who spoke.
    expect(next.activities[0]?.channelData).toEqual({ clientActivityID: 'abc' });
    expect(next.activities[0]?.from.id).toBe(event?.from.id);
    expect(next.activities[0]?.from.id).toMatch(/^dl_/);
    expect(next.watermark).toBe('5');

    const nothingNew = await poll(url, conv, next.watermark);
    expect(nothingNew).toEqual({ activities: [], watermark: '5' });
  });

  it('lets a reload reconnect to its conversation and refresh its token', async () => {
    const { url } = await start(new MemoryStorage());
    const conv = await openConversation(url);
    const resumed = await call(`${url}/v3/directline/conversations/${conv.conversationId}?watermark=`, { token: conv.token });
    expect(resumed.status).toBe(200);
    expect((resumed.body as TokenBody).conversationId).toBe(conv.conversationId);
    const refreshed = await call(`${url}/v3/directline/tokens/refresh`, { method: 'POST', token: conv.token });
    expect(refreshed.status).toBe(200);
    const again = refreshed.body as TokenBody;
    expect(again.conversationId).toBe(conv.conversationId);
    expect((await poll(url, again)).activities).toEqual([]);
  });

  it('refuses to let one conversation token read or post to another conversation', async () => {
    const { url } = await start(new MemoryStorage());
    const mine = await openConversation(url);
    const theirs = await openConversation(url);
    await post(url, theirs, { type: 'message', text: 'private answer' });

    const read = await call(`${url}/v3/directline/conversations/${theirs.conversationId}/activities`, { token: mine.token });
    expect(read.status).toBe(403);
    expect(JSON.stringify(read.body)).not.toContain('private answer');
    const write = await call(`${url}/v3/directline/conversations/${theirs.conversationId}/activities`, { method: 'POST', token: mine.token, body: { type: 'message', text: 'hi' } });
    expect(write.status).toBe(403);
    const resume = await call(`${url}/v3/directline/conversations/${theirs.conversationId}`, { token: mine.token });
    expect(resume.status).toBe(403);
    expect((await poll(url, theirs)).activities.map((a) => a.text)).not.toContain('hi');
  });

  it('refuses an expired token, with the TokenExpired code Web Chat understands', async () => {
    let clock = new Date('2026-03-02T17:00:00Z');
    const { url } = await start(new MemoryStorage(), { now: () => clock });
    const conv = await openConversation(url);
    clock = new Date('2026-03-02T17:29:59Z');
    expect((await call(`${url}/v3/directline/conversations/${conv.conversationId}/activities`, { token: conv.token })).status).toBe(200);
    clock = new Date('2026-03-02T17:30:00Z');
    const late = await call(`${url}/v3/directline/conversations/${conv.conversationId}/activities`, { token: conv.token });
    expect(late.status).toBe(403);
    expect(late.body).toEqual({ error: { code: 'TokenExpired', message: 'Token expired.' } });
    expect((await call(`${url}/v3/directline/tokens/refresh`, { method: 'POST', token: conv.token })).status).toBe(403);
  });

  it('refuses forged, tampered and missing tokens', async () => {
    const { url } = await start(new MemoryStorage());
    const conv = await openConversation(url);
    const base = `${url}/v3/directline/conversations/${conv.conversationId}/activities`;

    const otherKey = issueToken('another-secret-entirely-32-characters!', { conversationId: conv.conversationId, userId: 'dl_x' }, new Date(), 1800);
    expect((await call(base, { token: otherKey.token })).status).toBe(403);

    const [header, , signature] = conv.token.split('.');
    const claims = { iss: 'imr-guide-bot/directline', conv: conv.conversationId, user: 'dl_someoneelse', iat: 0, exp: 4_000_000_000 };
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    expect((await call(base, { token: tampered })).status).toBe(403);

    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    expect((await call(base, { token: unsigned })).status).toBe(403);

    expect((await call(base, { token: 'not-a-token' })).status).toBe(401);
    expect((await call(base)).status).toBe(401);
    expect((await call(`${url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(401);
  });

  it('keeps the conversation across a restart on the same storage', async () => {
    const storage = new MemoryStorage();
    const first = await start(storage);
    const conv = await openConversation(first.url);
    await post(first.url, conv, { type: 'message', text: 'before restart' });
    await first.close();

    const second = await start(storage);
    const transcript = await poll(second.url, conv);
    expect(transcript.activities.map((a) => a.text)).toContain('You said: before restart');
    const after = await post(second.url, conv, { type: 'message', text: 'after restart' });
    expect((after.body as { id: string }).id).toBe(`${conv.conversationId}|0000004`);
  });

  it('answers malformed requests with 400 and a short JSON error, and keeps serving', async () => {
    const { url } = await start(new MemoryStorage());
    const conv = await openConversation(url);
    const activities = `${url}/v3/directline/conversations/${conv.conversationId}/activities`;
    for (const body of [{}, { type: 42 }, { type: 'message', text: 'x'.repeat(10_001) }, [1, 2]]) {
      const bad = await call(activities, { method: 'POST', token: conv.token, body });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ error: { code: 'BadArgument' } });
    }
    expect((await call(activities, { method: 'POST', token: conv.token, rawBody: '{"type":' })).status).toBe(400);
    expect((await call(`${activities}?watermark=abc`, { token: conv.token })).status).toBe(400);
    expect((await call(`${url}/v3/directline/tokens/generate`, { method: 'POST', body: { user: 'me' } })).status).toBe(400);
    expect((await call(`${url}/v3/directline/conversations`, { method: 'POST', token: conv.token, body: { locale: 5 } })).status).toBe(400);
    const upload = await call(`${url}/v3/directline/conversations/${conv.conversationId}/upload?userId=x`, { method: 'POST', token: conv.token });
    expect(upload.status).toBe(415);
    expect((await post(url, conv, { type: 'message', text: 'still here' })).status).toBe(200);
  });

  it('limits how many conversations one address can create', async () => {
    const { url } = await start(new MemoryStorage(), { createLimit: { points: 2, durationSeconds: 60 } });
    const generate = () => call(`${url}/v3/directline/tokens/generate`, { method: 'POST' });
    expect((await generate()).status).toBe(200);
    expect((await generate()).status).toBe(200);
    const refused = await generate();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('counts the limit per client as the host identifies it (behind a proxy)', async () => {
    const { url } = await start(new MemoryStorage(), {
      createLimit: { points: 1, durationSeconds: 60 },
      clientAddress: (req) => String(req.headers['x-client'] ?? 'none'),
    });
    const generate = (client: string) => fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST', headers: { 'x-client': client } });
    expect((await generate('203.0.113.1')).status).toBe(200);
    expect((await generate('203.0.113.2')).status).toBe(200);
    expect((await generate('203.0.113.1')).status).toBe(429);
  });

  it('keeps every activity when the page posts twice at once', async () => {
    const { url } = await start(new MemoryStorage());
    const conv = await openConversation(url);
    const posted = await Promise.all(['a', 'b', 'c'].map((text) => post(url, conv, { type: 'message', text })));
    expect(new Set(posted.map((p) => (p.body as { id: string }).id)).size).toBe(3);
    const all = await poll(url, conv);
    expect(all.activities.filter((a) => a.text?.startsWith('You said:'))).toHaveLength(3);
    expect(all.activities.map((a) => a.id)).toEqual([...new Set(all.activities.map((a) => a.id))]);
  });
});

describe('the transcript cap', () => {
  it('keeps the newest activities and keeps numbering past the cap', async () => {
    const storage = new MemoryStorage();
    const history = new DirectLineHistory(storage, KEY_SECRET);
    await history.create('c1', 'dl_u');
    const many = Array.from({ length: HISTORY_CAP + 5 }, (_, i) => ({ type: 'message', text: `m${i + 1}` }));
    await history.append('c1', 'dl_u', many, (activity, seq) => ({ ...activity, id: activityId('c1', seq) }));
    const all = await history.since('c1', 0);
    expect(all.activities).toHaveLength(HISTORY_CAP);
    expect(all.activities[0]?.text).toBe('m6');
    expect(all.watermark).toBe(HISTORY_CAP + 5);
    const later = await history.since('c1', HISTORY_CAP + 3);
    expect(later.activities.map((a) => a.text)).toEqual([`m${HISTORY_CAP + 4}`, `m${HISTORY_CAP + 5}`]);
  });
});

describe('two server instances on one storage', () => {
  it('lose no activity when both append to the same conversation at once', async () => {
    const storage = new MemoryStorage();
    const [one, two] = [new DirectLineHistory(storage, KEY_SECRET), new DirectLineHistory(storage, KEY_SECRET)];
    await one.create('c1', 'dl_u');
    const stamp = (activity: { type?: string; text?: string }, seq: number) => ({ ...activity, id: activityId('c1', seq) });
    await Promise.all([
      one.append('c1', 'dl_u', [{ type: 'message', text: 'a' }], stamp),
      two.append('c1', 'dl_u', [{ type: 'message', text: 'b' }], stamp),
      one.append('c1', 'dl_u', [{ type: 'message', text: 'c' }], stamp),
      two.append('c1', 'dl_u', [{ type: 'message', text: 'd' }], stamp),
    ]);
    const all = await one.since('c1', 0);
    expect(all.activities.map((a) => a.text).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(new Set(all.activities.map((a) => a.id)).size).toBe(4);
  });
});

describe('Direct Line tokens', () => {
  it('are signed for one conversation and one user', () => {
    const { token } = issueToken(KEY_SECRET, { conversationId: 'c1', userId: 'dl_u1' }, new Date('2026-03-02T17:00:00Z'), 60);
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
    expect(payload).toMatchObject({ conv: 'c1', user: 'dl_u1', exp: Date.parse('2026-03-02T17:01:00Z') / 1000 });
  });
});
