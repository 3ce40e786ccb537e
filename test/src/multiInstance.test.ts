import { createServer, type Server } from 'node:http';
import type { Activity } from 'botbuilder';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationKey } from '../../src/keys.js';
import { RedisConversationLock } from '../../src/turns/conversationLock.js';
import { rateKey } from '../../src/turns/rateLimits.js';
import { seenKey } from '../../src/turns/seenActivities.js';
import { activity, testKeySecret } from './httpHelpers.js';
import { ready, redisAvailable, redisUrl, testClient } from './redisEnv.js';
import { hasCard, nextAnswer, post, startServer, stopServer, texts, type ServerProcess } from './serverProcess.js';

/**
 * issue 7: several identical instances behind a load balancer share one Redis, and no answer a
 * person gave is lost. Two real server processes on two ports (STORAGE=redis, one KEY_SECRET);
 * the test plays the load balancer and the channel.
 */

const run = Math.random().toString(36).slice(2, 8);
const sent = new Map<string, string[]>();

/** An activity of conversation `id` (ids recorded, so the test can remove its keys afterwards). */
function say(conversation: string, fields: Partial<Activity>): Partial<Activity> {
  const made = activity(conversation, fields);
  sent.set(conversation, [...(sent.get(conversation) ?? []), String(made.id)]);
  return made;
}
const join = (conversation: string) => say(conversation, { type: 'conversationUpdate', membersAdded: [{ id: `user-${conversation}`, name: '' }] });
const conversationId = (name: string) => `mi-${run}-${name}`;

async function removeKeys(client: Redis): Promise<void> {
  for (const [conversation, ids] of sent) {
    const key = conversationKey(testKeySecret, 'webchat', conversation);
    const keys = [`imr:state:${key}`, ...['owner', 'queue', 'alive', 'seq', 'fence'].map((part) => `imr:lock:${key}:${part}`)];
    keys.push(`imr:rate:msg:${rateKey(testKeySecret, 'webchat', `user-${conversation}`)}`, `imr:seen:scope:${key}`);
    for (const id of ids) keys.push(`imr:seen:${seenKey(testKeySecret, 'webchat', `${conversation}\u0000${id}`)}`);
    await client.del(...keys);
  }
}

/** A loopback Bot Connector: records the replies in the order they arrive (normal delivery, not expectReplies). */
async function startConnector(): Promise<{ server: Server; url: string; received: Partial<Activity>[] }> {
  const received: Partial<Activity>[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push(JSON.parse(body) as Partial<Activity>);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `r${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}`, received };
}

describe.runIf(redisAvailable)('two instances sharing one Redis', () => {
  let client: Redis;
  let a: ServerProcess;
  let b: ServerProcess;
  const env = () => ({ REDIS_URL: redisUrl ?? '', STATE_TTL_DAYS: '0.01' });

  beforeAll(async () => {
    client = await ready(testClient('multi-instance'));
    [a, b] = await Promise.all([startServer(env()), startServer(env())]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([stopServer(a), stopServer(b)]);
    await removeKeys(client);
    client.disconnect();
  });

  it('finishes a conversation whose turns alternate between the two instances, and keeps it under 10 KB in Redis', async () => {
    const conversation = conversationId('alternate');
    let result = await post(a.url, join(conversation));
    const transcript = texts(result.activities);
    for (let turn = 0; turn < 15 && !hasCard(result); turn++) {
      result = await post((turn % 2 === 0 ? b : a).url, say(conversation, nextAnswer(result.activities)));
      expect(result.status).toBe(200);
      transcript.push(...texts(result.activities));
    }
    expect(hasCard(result), transcript.join('\n')).toBe(true);
    // Every answer was kept: the outcome's card follows a "Got it" for the last one, never a first question.
    expect(transcript.filter((line) => line.startsWith('What kind of health coverage'))).toHaveLength(1);

    const stateKey = `imr:state:${conversationKey(testKeySecret, 'webchat', conversation)}`;
    const bytes = Number(await client.call('MEMORY', 'USAGE', stateKey));
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(10_000);
  }, 60_000);

  it('keeps both answers of a double text sent to both instances at once, and sends the replies in the order the turns ran', async () => {
    const connector = await startConnector();
    try {
      const conversation = conversationId('double');
      await post(a.url, join(conversation));
      const normal = { serviceUrl: connector.url, deliveryMode: 'normal' };
      const coverage = say(conversation, { ...normal, text: 'HMO or Kaiser', value: { answer: { coverage: 'dmhc_plan' } } });
      const reason = say(conversation, { ...normal, text: 'Not medically necessary', value: { answer: { reason: 'medical_necessity' } } });
      const [one, two] = await Promise.all([post(a.url, coverage), post(b.url, reason)]);
      expect([one.status, two.status]).toEqual([200, 200]);

      const replies = connector.received.filter((reply) => reply.type === 'message');
      expect(replies).toHaveLength(2);
      // Whichever ran first asks for the other answer; the second saw both answers and asks the next question.
      expect(replies[0]?.text).toMatch(/^Got it: .*\n\n(What kind of health coverage|Why did the plan say no)/);
      expect(replies[1]?.text).toMatch(/^Got it: .*\n\nDid you appeal to the plan/);
      expect(new Set(replies.map((reply) => reply.replyToId))).toEqual(new Set([coverage.id, reason.id]));
    } finally {
      connector.server.closeAllConnections();
      connector.server.close();
    }
  }, 60_000);

  it('answers a retried activity on the other instance with the same replies, without running the turn again', async () => {
    const conversation = conversationId('retry');
    let result = await post(a.url, join(conversation));
    result = await post(a.url, say(conversation, nextAnswer(result.activities)));
    await post(b.url, say(conversation, nextAnswer(result.activities)));

    // "back" applied twice would land on the first question; once, on the second.
    const back = say(conversation, { text: 'back' });
    const first = await post(a.url, back);
    const retry = await post(b.url, back);
    expect(texts(retry.activities)).toEqual(texts(first.activities));
    expect(texts(first.activities).join('\n')).toMatch(/Why did the plan say no/);

    const again = await post(b.url, say(conversation, { text: 'back' }));
    expect(texts(again.activities).join('\n')).toMatch(/What kind of health coverage/);
  }, 60_000);

  it('answers a retry that arrives on the other instance while the first attempt still runs once, with the same replies', async () => {
    const conversation = conversationId('retry-at-once');
    let result = await post(a.url, join(conversation));
    result = await post(a.url, say(conversation, nextAnswer(result.activities)));
    await post(b.url, say(conversation, nextAnswer(result.activities)));

    const back = say(conversation, { text: 'back' });
    const [first, retry] = await Promise.all([post(a.url, back), post(b.url, back)]);
    expect(texts(retry.activities)).toEqual(texts(first.activities));
    expect(texts(first.activities).join('\n')).toMatch(/Why did the plan say no/);
    const again = await post(a.url, say(conversation, { text: 'back' }));
    expect(texts(again.activities).join('\n')).toMatch(/What kind of health coverage/);
  }, 60_000);

  it('counts one sender across both instances: past 30 messages a minute, one "slow down", then silence', async () => {
    const conversation = conversationId('flood');
    const replies: string[][] = [];
    for (let index = 0; index < 32; index++) {
      const result = await post((index % 2 === 0 ? a : b).url, say(conversation, { text: 'help' }));
      expect(result.status).toBe(200);
      replies.push(texts(result.activities));
    }
    expect(replies.slice(0, 30).every((turn) => turn.length > 0)).toBe(true);
    expect(replies[30]).toEqual(['That is a lot of messages at once. Please wait a minute, then send your last answer again.']);
    expect(replies[31]).toEqual([]);
  }, 60_000);

  it('lets the other instance finish a conversation when one is killed with SIGKILL', async () => {
    const conversation = conversationId('killed');
    const doomed = await startServer(env());
    let result = await post(doomed.url, join(conversation));
    result = await post(doomed.url, say(conversation, nextAnswer(result.activities)));
    const answered = texts(result.activities).join('\n');
    expect(await stopServer(doomed, 'SIGKILL')).toBeNull();

    const transcript: string[] = [];
    for (let turn = 0; turn < 15 && !hasCard(result); turn++) {
      result = await post(b.url, say(conversation, nextAnswer(result.activities)));
      expect(result.status).toBe(200);
      transcript.push(...texts(result.activities));
    }
    expect(hasCard(result), `${answered}\n${transcript.join('\n')}`).toBe(true);
    expect(transcript.some((line) => line.includes('What kind of health coverage'))).toBe(false);
  }, 90_000);

  it('on SIGTERM finishes the turn in flight, answers it, and exits 0', async () => {
    const conversation = conversationId('sigterm');
    const leaving = await startServer(env());
    const joined = await post(leaving.url, join(conversation));
    // The test holds the conversation's lock, so the instance's turn waits inside its request.
    const lock = new RedisConversationLock({ client });
    const held = await lock.acquire(conversationKey(testKeySecret, 'webchat', conversation));
    const inFlight = post(leaving.url, say(conversation, nextAnswer(joined.activities)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    leaving.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(leaving.alive()).toBe(true);
    await held.release();

    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(texts(answered.activities).join('\n')).toMatch(/^Got it: /);
    expect(await leaving.exited).toBe(0);
    // The answer was written before the exit: the other instance goes on from it.
    const next = await post(b.url, say(conversation, { text: 'back' }));
    expect(texts(next.activities).join('\n')).toMatch(/What kind of health coverage/);
  }, 60_000);
});
