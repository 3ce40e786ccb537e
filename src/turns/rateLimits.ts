import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { hmacKey } from '../keys.js';

/**
 * Limits per sender (issue 7). Two, for two different harms:
 * - messages per sender per minute: a script or a stuck client flooding one conversation. Past the
 *   limit the caller answers a kind "slow down" once (firstRefusal) and then stays quiet until the
 *   window ends: answering every message of a flood would be the flood.
 * - SMS sent per number per hour: SMS pumping (toll fraud) makes a bot text premium numbers over
 *   and over; every text costs real money, so sending stops at the cap.
 * The caller owns the words; this returns decisions. With STORAGE=redis the counts are shared by
 * all instances; if Redis is away, each instance counts in memory instead (the insurance limiter)
 * rather than refusing everyone.
 */

export type RateLimitName = 'messagesPerSender' | 'smsPerNumber';

export type RateDecision =
  | { allowed: true; remaining: number }
  | {
      allowed: false;
      limit: RateLimitName;
      retryAfterSeconds: number;
      /** The first refusal in this window: say "slow down" now, and nothing more until it ends. */
      firstRefusal: boolean;
    };

export interface RateLimits {
  /** Count one incoming message from this sender. */
  message(senderKey: string): Promise<RateDecision>;
  /** Count `segments` SMS about to be sent to this number; refused means do not send. */
  sms(numberKey: string, segments?: number): Promise<RateDecision>;
}

export interface RateLimitSettings {
  messagesPerMinute?: number;
  smsPerHour?: number;
  /** Tests shorten the windows; production keeps a minute and an hour. */
  messageWindowSeconds?: number;
  smsWindowSeconds?: number;
  keyPrefix?: string;
  /** STORAGE=redis: count in Redis, shared by every instance. */
  redis?: Redis;
}

/** Limit keys are HMACs: a sender id on SMS is a phone number. */
export function rateKey(keySecret: string, channelId: string, senderId: string): string {
  return hmacKey(keySecret, 'rate', channelId, senderId);
}

function limiter(points: number, duration: number, keyPrefix: string, redis: Redis | undefined): RateLimiterAbstract {
  const insurance = new RateLimiterMemory({ points, duration, keyPrefix });
  if (!redis) return insurance;
  return new RateLimiterRedis({
    storeClient: redis,
    points,
    duration,
    keyPrefix,
    // Redis down: decide in memory at once instead of waiting for a command to time out.
    rejectIfRedisNotReady: true,
    insuranceLimiter: insurance,
  });
}

async function decide(limit: RateLimitName, rateLimiter: RateLimiterAbstract, key: string, points: number): Promise<RateDecision> {
  try {
    const result = await rateLimiter.consume(key, points);
    return { allowed: true, remaining: result.remainingPoints };
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) {
      return {
        allowed: false,
        limit,
        retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)),
        firstRefusal: outcome.consumedPoints - points <= rateLimiter.points,
      };
    }
    // Neither store could count (should not happen with the memory insurance): let the message
    // through. A limiter that fails closed would silence every person at once.
    return { allowed: true, remaining: 0 };
  }
}

export function createRateLimits(settings: RateLimitSettings = {}): RateLimits {
  const prefix = settings.keyPrefix ?? 'imr:rate:';
  const messages = limiter(settings.messagesPerMinute ?? 30, settings.messageWindowSeconds ?? 60, `${prefix}msg`, settings.redis);
  // 60 segments: one whole conversation must fit. Walking every answer combination by SMS (no
  // HELP, no plan link), Spanish took up to 41 segments (accents make texts UCS-2, 67 characters a
  // segment; 450 of 2,160 combinations passed 20) and English up to 21; at the old 20 the outcome
  // was cut off mid-way. Pumping one number still stops at about 60 segments an hour.
  const sms = limiter(settings.smsPerHour ?? 60, settings.smsWindowSeconds ?? 3600, `${prefix}sms`, settings.redis);
  return {
    message: (senderKey) => decide('messagesPerSender', messages, senderKey, 1),
    sms: (numberKey, segments = 1) => decide('smsPerNumber', sms, numberKey, segments),
  };
}
