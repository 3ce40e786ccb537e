import type { Activity, Storage } from 'botbuilder';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Next, Request, Response, Server } from 'restify';
import { z } from 'zod';
import { DirectLineHistory, activityId } from './directLineHistory.js';
import { issueToken, newConversationId, newUserId, verifyToken, type DirectLineClaims } from './directLineToken.js';
import type { Erasure } from '../bot/erasure.js';

/**
 * The built-in Direct Line 3.0 endpoint (the protocol botframework-directlinejs speaks, polling
 * mode): Web Chat talks to the bot with no Azure account. It reaches the bot in-process through
 * `deliver`, so it works whether or not MicrosoftAppId is set; nothing is sent over HTTP.
 */

export interface DirectLineDeps {
  /** History is kept in the same storage as the conversation (survives restarts, shared across instances). */
  storage: Storage;
  /** HMAC key for tokens (KEY_SECRET; a key of its own is derived from it). */
  keySecret: string;
  /** In-process: gives the bot one activity, returns the bot's replies. */
  deliver(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  now?: () => Date;
  /** Direct Line's own default is 1800 s (30 minutes). */
  tokenTtlSeconds?: number;
  /** Conversations created per client IP. */
  createLimit?: { points: number; durationSeconds: number };
  /** Activities posted per conversation, before storing. */
  postLimit?: { points: number; durationSeconds: number };
  /** "delete my data" (src/bot/erasure.ts): the transcript is erased with the conversation. */
  erasure?: Pick<Erasure, 'register'>;
  /**
   * Who the limit counts. Default: the socket peer. Behind a reverse proxy (Azure App Service, a load
   * balancer) every client has the proxy's address, so the host passes the proxy's client header here.
   */
  clientAddress?: (req: Request) => string;
}

export const DIRECT_LINE_BASE = '/v3/directline';
/** Marks in-process delivery: replies come back from `deliver`, never through a Connector URL. */
export const IN_PROCESS_SERVICE_URL = 'directline://in-process';
export const DIRECT_LINE_BOT = { id: 'imr-guide-bot', name: 'IMR guide', role: 'bot' } as const;

const DEFAULT_TTL_SECONDS = 1800;
/** A person opens one chat at a time; 20 an hour per address leaves room for a shared office network. */
const DEFAULT_CREATE_LIMIT = { points: 20, durationSeconds: 3600 };
/**
 * Activities one conversation may post, counted before anything is stored (F4): a person answering
 * as fast as they can tap sends a few a minute; the bot's own limit is 30 messages a minute.
 */
const DEFAULT_POST_LIMIT = { points: 40, durationSeconds: 60 };
/** Activities the bot emits that are not for the person (Emulator traces, invoke plumbing). */
const HIDDEN_REPLY_TYPES = new Set(['trace', 'invokeResponse', 'delay']);

const accountSchema = z.object({ id: z.string().max(100).optional(), name: z.string().max(200).optional() });

const generateBodySchema = z
  .object({ user: accountSchema.optional(), trustedOrigins: z.array(z.string().max(500)).max(20).optional() })
  .optional();

const startBodySchema = z.object({ user: accountSchema.optional(), locale: z.string().max(20).optional() }).optional();

/**
 * What a client may post (F4 of the 2026-11-29 review): the activity types Web Chat sends, and of
 * each only the fields Web Chat and the bot use. Anything else in the body is dropped, never stored:
 * the transcript keeps what this schema returns. Web Chat matches its own echo by
 * channelData.clientActivityID and hides postBack / messageBack echoes; the bot reads text, value
 * (a choice), name (an event) and locale.
 */
const MAX_VALUE_BYTES = 2048;
const postActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().max(10_000).optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(20).optional(),
  name: z.string().max(200).optional(),
  value: z.unknown().refine((value) => value === undefined || Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8') <= MAX_VALUE_BYTES, 'value too large').optional(),
  channelData: z
    .object({
      clientActivityID: z.string().max(100).optional(),
      clientTimestamp: z.string().max(64).optional(),
      postBack: z.boolean().optional(),
      messageBack: z.object({ displayText: z.string().max(1000).optional() }).optional(),
    })
    .optional(),
  attachments: z.array(z.unknown()).max(0, 'This chat does not accept attachments.').optional(),
});
type PostedActivity = z.infer<typeof postActivitySchema>;

/** The stored form: the schema's fields that are set, channelData only when it says something. */
function keptFields(posted: PostedActivity): Partial<Activity> {
  const { attachments: _attachments, channelData, ...fields } = posted;
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) kept[name] = value;
  const data = Object.fromEntries(Object.entries(channelData ?? {}).filter(([, value]) => value !== undefined));
  if (Object.keys(data).length > 0) kept.channelData = data;
  return kept;
}

/** Digits, or nothing: directlinejs sends `?watermark=` empty on the first poll. */
const watermarkSchema = z.union([z.undefined(), z.literal(''), z.string().regex(/^\d{1,12}$/)]);

/** Direct Line's ErrorResponse: `{ error: { code, message } }`. */
function fail(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/** With or without a body parser mounted ahead of us. */
function bodyOf(req: Request): unknown {
  const body = req.body as unknown;
  if (body === undefined || body === null || body === '') return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    const text = body.toString();
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return Symbol.for('unparseable');
    }
  }
  return body;
}

/** The socket peer, not X-Forwarded-For: without a trusted proxy, a header the client writes could dodge the limit. */
export function socketAddress(req: Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}

function paramOf(req: Request, name: string): string {
  const params = req.params as Record<string, unknown> | undefined;
  const value = params?.[name];
  return typeof value === 'string' ? value : '';
}

function queryOf(req: Request, name: string): string | undefined {
  const value = new URL(req.url ?? '/', 'http://local').searchParams.get(name);
  return value ?? undefined;
}

export function registerDirectLine(server: Server, deps: DirectLineDeps): void {
  const now = deps.now ?? (() => new Date());
  const ttl = deps.tokenTtlSeconds ?? DEFAULT_TTL_SECONDS;
  const limit = deps.createLimit ?? DEFAULT_CREATE_LIMIT;
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds, keyPrefix: 'dl-create' });
  const postLimit = deps.postLimit ?? DEFAULT_POST_LIMIT;
  const postLimiter = new RateLimiterMemory({ points: postLimit.points, duration: postLimit.durationSeconds, keyPrefix: 'dl-post' });
  const history = new DirectLineHistory(deps.storage, deps.keySecret);
  const clientAddress = deps.clientAddress ?? socketAddress;
  // Activities of this endpoint reach the bot as channel 'directline' with the transcript's own id.
  deps.erasure?.register(async (target) => {
    if (target.channelId === 'directline') await history.erase(target.conversationId, now());
  });

  function tokenResponse(claims: { conversationId: string; userId: string }) {
    const { token, expiresIn } = issueToken(deps.keySecret, claims, now(), ttl);
    return { conversationId: claims.conversationId, token, expires_in: expiresIn };
  }

  /** The bearer token as sent. */
  function bearerOf(req: Request): string | undefined {
    return /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  }

  /** The token's claims, or an answer already sent (401 no/malformed header, 403 forged/expired/other conversation). */
  function authorise(req: Request, res: Response, conversationId?: string): DirectLineClaims | undefined {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      fail(res, 401, 'BadArgument', 'An Authorization: Bearer token is required.');
      return undefined;
    }
    const check = verifyToken(deps.keySecret, match[1], now());
    if (!check.ok) {
      if (check.reason === 'expired') fail(res, 403, 'TokenExpired', 'Token expired.');
      else if (check.reason === 'malformed') fail(res, 401, 'BadArgument', 'The token is not a Direct Line token of this server.');
      else fail(res, 403, 'Forbidden', 'The token is not valid.');
      return undefined;
    }
    if (conversationId !== undefined && check.claims.conv !== conversationId) {
      fail(res, 403, 'Forbidden', 'This token is for another conversation.');
      return undefined;
    }
    return check.claims;
  }

  /** One point from `bucket` for `key`, or a 429 with Retry-After already sent. */
  async function allow(bucket: RateLimiterMemory, key: string, res: Response, message: string): Promise<boolean> {
    try {
      await bucket.consume(key);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      res.header('Retry-After', String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))));
      fail(res, 429, 'TooManyRequests', message);
      return false;
    }
  }

  function stampReply(reply: Partial<Activity>, seq: number, conversationId: string, userId: string, replyToId: string): Partial<Activity> {
    return {
      ...reply,
      id: activityId(conversationId, seq),
      timestamp: now(),
      channelId: 'directline',
      serviceUrl: IN_PROCESS_SERVICE_URL,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      from: reply.from?.id ? { ...reply.from, role: 'bot' } : { ...DIRECT_LINE_BOT },
      recipient: { id: userId, name: '', role: 'user' },
      replyToId: reply.replyToId ?? replyToId,
    };
  }

  /** The bot hears one activity; its replies join the transcript. */
  async function deliverAndRecord(activity: Partial<Activity>, conversationId: string, userId: string): Promise<void> {
    const replies = (await deps.deliver(activity)).filter((reply) => !HIDDEN_REPLY_TYPES.has(reply.type ?? ''));
    await history.append(conversationId, userId, replies, (reply, seq) =>
      stampReply(reply, seq, conversationId, userId, activity.id ?? ''));
  }

  function base(conversationId: string, userId: string): Partial<Activity> {
    return {
      channelId: 'directline',
      serviceUrl: IN_PROCESS_SERVICE_URL,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      recipient: { ...DIRECT_LINE_BOT },
      from: { id: userId, name: '', role: 'user' },
    };
  }

  server.post(`${DIRECT_LINE_BASE}/tokens/generate`, async (req: Request, res: Response) => {
    const body = generateBodySchema.safeParse(bodyOf(req));
    if (!body.success) return fail(res, 400, 'BadArgument', 'The request body is not valid.');
    if (!(await allow(limiter, clientAddress(req), res, 'Too many new conversations from this address; try again later.'))) return;
    // The user id is always the server's (F5 of the 2026-11-29 review): reminders and rate limits are
    // keyed by it, so a page that could name one could act as someone else.
    res.send(200, tokenResponse({ conversationId: newConversationId(), userId: newUserId() }));
  });

  /** After "delete my data" a conversation's tokens live out their time and are never renewed. */
  async function erased(conversationId: string): Promise<boolean> {
    return (await history.read(conversationId))?.erasedAt !== undefined;
  }

  server.post(`${DIRECT_LINE_BASE}/tokens/refresh`, async (req: Request, res: Response) => {
    const claims = authorise(req, res);
    if (!claims) return;
    // 404, not 403: directlinejs reads 403 as "token expired" and drops the chat at once; with 404 the
    // page keeps its token (and its "erased" message) until it expires, then starts afresh.
    if (await erased(claims.conv)) return fail(res, 404, 'NotFound', 'This conversation was erased. A new chat starts a new conversation.');
    res.send(200, tokenResponse({ conversationId: claims.conv, userId: claims.user }));
  });

  server.post(`${DIRECT_LINE_BASE}/conversations`, async (req: Request, res: Response) => {
    const body = startBodySchema.safeParse(bodyOf(req));
    if (!body.success) return fail(res, 400, 'BadArgument', 'The request body is not valid.');
    // A token minted by tokens/generate names the conversation (that is where creation is rate-limited).
    const claims = authorise(req, res);
    if (!claims) return;
    const created = await history.create(claims.conv, claims.user);
    res.send(created ? 201 : 200, tokenResponse({ conversationId: claims.conv, userId: claims.user }));
  });

  server.get(`${DIRECT_LINE_BASE}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const conversationId = paramOf(req, 'conversationId');
    if (!watermarkSchema.safeParse(queryOf(req, 'watermark')).success) return fail(res, 400, 'BadArgument', 'The watermark is not valid.');
    const claims = authorise(req, res, conversationId);
    if (!claims) return;
    // Reconnecting after a reload: the token vouches for the conversation even if its transcript has expired.
    await history.create(claims.conv, claims.user);
    if (await erased(claims.conv)) {
      // The same token back, not a fresh one: reconnecting must not renew an erased conversation.
      res.send(200, { conversationId: claims.conv, token: bearerOf(req), expires_in: Math.max(0, claims.exp - Math.floor(now().getTime() / 1000)) });
      return;
    }
    res.send(200, tokenResponse({ conversationId: claims.conv, userId: claims.user }));
  });

  server.get(`${DIRECT_LINE_BASE}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const conversationId = paramOf(req, 'conversationId');
    const watermark = watermarkSchema.safeParse(queryOf(req, 'watermark'));
    if (!watermark.success) return fail(res, 400, 'BadArgument', 'The watermark is not valid.');
    const claims = authorise(req, res, conversationId);
    if (!claims) return;
    const seen = watermark.data === undefined || watermark.data === '' ? 0 : Number(watermark.data);
    const page = await history.since(conversationId, seen);
    res.send(200, { activities: page.activities, watermark: String(page.watermark) });
  });

  server.post(`${DIRECT_LINE_BASE}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const conversationId = paramOf(req, 'conversationId');
    const claims = authorise(req, res, conversationId);
    if (!claims) return;
    const body = postActivitySchema.safeParse(bodyOf(req));
    if (!body.success) {
      const attachments = body.error.issues.some((issue) => issue.path[0] === 'attachments');
      return fail(res, 400, 'BadArgument', attachments ? 'This chat does not accept attachments.' : 'The activity is not valid.');
    }
    // Counted before anything is stored or run: a flood costs a 429, not a write.
    if (!(await allow(postLimiter, claims.conv, res, 'Too many activities; slow down.'))) return;
    // Typing indicators are for the other side's screen: the bot ignores them, so they are neither stored nor run.
    if (body.data.type === 'typing') {
      res.send(200, { id: `${conversationId}|typing` });
      return;
    }
    const incoming = keptFields(body.data);
    const [posted] = await history.append(conversationId, claims.user, [incoming], (activity, seq) => ({
      ...activity,
      ...base(conversationId, claims.user),
      id: activityId(conversationId, seq),
      timestamp: now(),
    }));
    if (!posted) return fail(res, 500, 'ServiceError', 'The activity was not stored.');
    try {
      if (posted.id === activityId(conversationId, 1)) {
        // Like Azure's Direct Line: the bot hears the person join before their first activity.
        await deliverAndRecord({
          ...base(conversationId, claims.user),
          type: 'conversationUpdate',
          id: `${conversationId}|join`,
          timestamp: now(),
          locale: posted.locale,
          membersAdded: [{ id: claims.user, name: '' }],
        }, conversationId, claims.user);
      }
      await deliverAndRecord(posted, conversationId, claims.user);
    } catch {
      // The person's activity is kept; the page shows the send as failed and they can retry.
      return fail(res, 502, 'BotError', 'The bot did not answer.');
    }
    res.send(200, { id: posted.id });
  });

  server.post(`${DIRECT_LINE_BASE}/conversations/:conversationId/upload`, (req: Request, res: Response, next: Next) => {
    // 415 rather than 403: directlinejs reads 403 as an expired token and would drop the connection.
    if (authorise(req, res, paramOf(req, 'conversationId'))) {
      fail(res, 415, 'BadArgument', 'This chat does not accept file uploads. Please type your answer instead.');
    }
    next();
  });
}
