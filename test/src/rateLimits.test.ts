import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { createRedisClient } from '../../src/storage/redisClient.js';
import { createRateLimits, rateKey, type RateDecision, type RateLimits } from '../../src/turns/rateLimits.js';
import { freePort } from './freePort.js';
import { dropPrefix, ready, redisAvailable, testClient, testPrefix } from './redisEnv.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function send(limits: RateLimits, sender: string, count: number): Promise<RateDecision[]> {
  const decisions: RateDecision[] = [];
  for (let i = 0; i < count; i++) decisions.push(await limits.message(sender));
  return decisions;
}

describe('Rate limits in memory (one instance)', () => {
  it('lets a person send 30 messages a minute, then says "slow down" once and stays quiet', async () => {
    const limits = createRateLimits();
    const decisions = await send(limits, 'sender-a', 33);
    expect(decisions.slice(0, 30).every((d) => d.allowed)).toBe(true);
    expect(decisions[30]).toMatchObject({ allowed: false, limit: 'messagesPerSender', firstRefusal: true });
    expect(decisions[31]).toMatchObject({ allowed: false, firstRefusal: false });
    expect(decisions[32]).toMatchObject({ allowed: false, firstRefusal: false });
    const refusal = decisions[30];
    expect(refusal?.allowed === false && refusal.retryAfterSeconds).toBeGreaterThan(0);
    expect(refusal?.allowed === false && refusal.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it('does not slow down one person because another is flooding', async () => {
    const limits = createRateLimits({ messagesPerMinute: 3 });
    await send(limits, 'flooder', 10);
    expect(await limits.message('someone-else')).toMatchObject({ allowed: true });
  });

  it('lets the person write again once the window has passed', async () => {
    const limits = createRateLimits({ messagesPerMinute: 2, messageWindowSeconds: 1 });
    await send(limits, 'sender-b', 3);
    expect(await limits.message('sender-b')).toMatchObject({ allowed: false });
    await sleep(1100);
    expect(await limits.message('sender-b')).toMatchObject({ allowed: true });
  });

  it('stops texting a number after 60 SMS in an hour (SMS pumping), counting every segment', async () => {
    const limits = createRateLimits();
    for (let i = 0; i < 29; i++) expect(await limits.sms('number-a', 2)).toMatchObject({ allowed: true });
    expect(await limits.sms('number-a', 2)).toMatchObject({ allowed: true, remaining: 0 });
    expect(await limits.sms('number-a')).toMatchObject({ allowed: false, limit: 'smsPerNumber', firstRefusal: true });
    const refused = await limits.sms('number-a');
    expect(refused).toMatchObject({ allowed: false, firstRefusal: false });
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(60);
    expect(await limits.sms('number-b')).toMatchObject({ allowed: true });
  });

  it('keys limits by an HMAC, never by the phone number itself', () => {
    const key = rateKey('s'.repeat(32), 'sms', '+15551234567');
    expect(key).not.toContain('5551234567');
    expect(key).toBe(rateKey('s'.repeat(32), 'sms', '+15551234567'));
  });
});

describe.runIf(redisAvailable)('Rate limits in Redis (several instances)', () => {
  const prefix = testPrefix('rate');
  let instanceA: Redis;
  let instanceB: Redis;
  beforeAll(async () => {
    instanceA = await ready(testClient('rate-a'));
    instanceB = await ready(testClient('rate-b'));
  });
  afterAll(async () => {
    await dropPrefix(instanceA, prefix);
    instanceA.disconnect();
    instanceB.disconnect();
  });

  it('counts a sender across instances, so a flood spread over them is still slowed down', async () => {
    const a = createRateLimits({ redis: instanceA, keyPrefix: prefix });
    const b = createRateLimits({ redis: instanceB, keyPrefix: prefix });
    const first = await send(a, 'sender-shared', 15);
    const second = await send(b, 'sender-shared', 15);
    expect([...first, ...second].every((d) => d.allowed)).toBe(true);
    expect(await a.message('sender-shared')).toMatchObject({ allowed: false, firstRefusal: true });
    expect(await b.message('sender-shared')).toMatchObject({ allowed: false, firstRefusal: false });
  });

  it('caps SMS per number across instances', async () => {
    const a = createRateLimits({ redis: instanceA, keyPrefix: prefix, smsPerHour: 4 });
    const b = createRateLimits({ redis: instanceB, keyPrefix: prefix, smsPerHour: 4 });
    expect(await a.sms('number-shared', 2)).toMatchObject({ allowed: true });
    expect(await b.sms('number-shared', 2)).toMatchObject({ allowed: true });
    expect(await a.sms('number-shared')).toMatchObject({ allowed: false, limit: 'smsPerNumber' });
  });
});

describe('Rate limits when Redis is down', () => {
  it('still decide at once, in memory, instead of blocking everyone or waiting', async () => {
    const down: Redis = createRedisClient({ url: `redis://127.0.0.1:${await freePort()}`, maxReconnectDelayMs: 200 });
    try {
      const limits = createRateLimits({ redis: down, messagesPerMinute: 3 });
      const started = Date.now();
      const decisions = await send(limits, 'sender-outage', 4);
      expect(Date.now() - started).toBeLessThan(500);
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    } finally {
      down.disconnect();
    }
  });
});
