import type { Activity } from 'botbuilder';
import { z } from 'zod';
import restify, { type Next, type Request, type Response, type Server } from 'restify';
import { createAdapter } from './adapter.js';
import { Erasure } from './bot/erasure.js';
import { ImrBot, type TurnRunner } from './bot/imrBot.js';
import { meteredStorage } from './bot/meteredStorage.js';
import { TurnEffects } from './bot/turnEffects.js';
import type { Config } from './config.js';
import { createLogger, type Logger } from './log.js';
import { createMetrics, registerMetricsRoute, type Metrics } from './metrics.js';
import { orgIdentity } from './org.js';
import { registerPlanRoute } from './plan/planPage.js';
import { createReminders, type Reminders } from './reminders/reminders.js';
import { DIRECT_LINE_BASE, registerDirectLine } from './directline/registerDirectLine.js';
import { registerTwilioWebhook, twilioWebhookPath } from './sms/twilioWebhook.js';
import { defaultBodyLimits, parseRequestBodies } from './http/requestBody.js';
import { guardServer } from './http/serverGuards.js';
import { createStorage, type BotStorage } from './storage/createStorage.js';
import { RedisStorage } from './storage/redisStorage.js';
import { createTurnGuards, guardTurn, type TurnGuardOptions, type TurnGuards } from './turns/turnGuard.js';
import { registerWebPage } from './web/serveWeb.js';

/**
 * Builds the whole server from a config, without listening (STYLE.md §7): index.ts listens,
 * tests listen on a random port. Other parts of the code mount their routes through `register`.
 */

/** Well above one 10,000-character message in an activity envelope; more is refused with 413. */
export const maxBodyBytes = 256 * 1024;

/**
 * Routes whose bodies are small by nature get a smaller limit, checked from Content-Length before a
 * byte is read: a Direct Line activity is at most 10,000 characters of text (about 45 KB as UTF-8
 * JSON), a Twilio form about 2 KB, the token routes a few hundred bytes.
 */
const smallBodyRoutes: Readonly<Record<string, number>> = {
  [`${DIRECT_LINE_BASE}/conversations/:conversationId/activities`]: 64 * 1024,
  [`${DIRECT_LINE_BASE}/conversations/:conversationId/upload`]: 16 * 1024,
  [`${DIRECT_LINE_BASE}/conversations`]: 16 * 1024,
  [`${DIRECT_LINE_BASE}/tokens/generate`]: 16 * 1024,
  [`${DIRECT_LINE_BASE}/tokens/refresh`]: 16 * 1024,
  [twilioWebhookPath]: 32 * 1024,
};

export interface AppDeps {
  config: Config;
  storage: BotStorage;
  logger: Logger;
  /**
   * Processes one activity in-process through the same adapter, bot and storage as
   * POST /api/messages, and returns the replies instead of sending them (the built-in Direct Line,
   * the terminal chat). The caller vouches for the sender: nothing is authenticated here.
   */
  deliver: (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;
  /** Deadline reminders (issue 8): the SMS webhook cancels them on STOP. */
  reminders?: Reminders;
  /** "delete my data" (src/bot/erasure.ts): channels register what they keep; the SMS webhook erases while opted out. */
  erasure?: Erasure;
}

/** Mounts routes on the server; runs after the built-in routes, before listening. */
export type RouteRegistrar = (server: Server, deps: AppDeps) => void | Promise<void>;

export interface BuildAppOverrides {
  storage?: BotStorage;
  logger?: Logger;
  runTurn?: TurnRunner;
  now?: () => Date;
  register?: RouteRegistrar[];
  /** GET /metrics' registry (tests read it); default: a new one per app. */
  metrics?: Metrics;
  /** The reminder scheduler's clock (tests move it to a send time); default `now`, else the real clock. */
  reminderClock?: () => Date;
  /** Turns in flight past which /api/messages sheds load (503 + Retry-After); default MAX_TURNS_IN_FLIGHT. */
  maxTurnsInFlight?: number;
  /** Rate limits and retry timings of the turn guards (tests raise the SMS cap to script long conversations). */
  guards?: TurnGuardOptions;
}

/**
 * Past this many turns in flight a new message gets 503 with Retry-After instead of waiting in a
 * queue until its socket is reset (the soak saw ECONNRESET at 1,000 concurrent): a clear answer the
 * channel can retry. About a quarter of a second of work on the benchmark machine.
 */
export const MAX_TURNS_IN_FLIGHT = 256;

export interface App {
  server: Server;
  storage: BotStorage;
  deps: AppDeps;
  reminders: Reminders;
  metrics: Metrics;
  /** Stops taking requests, waits for turns in flight, closes reminders and storage. */
  close(): Promise<void>;
}

export async function buildApp(config: Config, overrides: BuildAppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.LOG_LEVEL);
  const storage = overrides.storage ?? (await createStorage(config));
  const { adapter, deliver: deliverVia, processHttp } = createAdapter(config, logger);
  const metrics = overrides.metrics ?? createMetrics();
  const reminders = createReminders(config, {
    adapter,
    isLoopbackUrl,
    ...(storage instanceof RedisStorage ? { redisKeyPrefix: `${storage.namespace}reminders:` } : {}),
    now: overrides.reminderClock ?? overrides.now,
    // Codes only: a reminder's text and address never reach the log.
    onEvent: (event) => logger.info({ code: `REMINDER_${event.type.toUpperCase()}`, channel: event.channel, kind: event.kind, attempts: event.attempts, error: event.code }, 'reminder'),
  });
  const effects = new TurnEffects({ config, storage, logger, reminders, metrics });
  // issue 7: rate limit, once per activity id, one turn at a time per conversation (src/turns/turnGuard.ts).
  const guards = createTurnGuards(storage, config, logger, overrides.guards);
  // issue 13: "delete my data" erases every row of the conversation and the person, on every channel.
  const erasure = new Erasure({ storage, keySecret: config.KEY_SECRET, logger, reminders, seen: [guards.seen, guards.twilioSeen] });
  const bot = new ImrBot({
    storage: meteredStorage(storage, metrics),
    keySecret: config.KEY_SECRET,
    logger,
    runTurn: overrides.runTurn ?? (await import('../dialogs/turn.js')).runTurn,
    now: overrides.now,
    effects,
    erase: (target) => erasure.erase(target),
    org: orgIdentity(config),
  });
  const logic = (context: Parameters<ImrBot['run']>[0]) => guardTurn(guards, context, () => bot.run(context));

  const inFlight = new Set<Promise<unknown>>();
  const maxTurnsInFlight = overrides.maxTurnsInFlight ?? MAX_TURNS_IN_FLIGHT;
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work)).catch(() => undefined);
    return work;
  };

  const deps: AppDeps = { config, storage, logger, deliver: (activity) => track(deliverVia(activity, logic)), reminders, erasure };

  const server = restify.createServer({ name: 'imr-guide-bot', handleUncaughtExceptions: false });
  // issue 13: untrusted bytes become values in one place, before any route or authentication.
  guardServer(server, logger);
  parseRequestBodies(server, { ...defaultBodyLimits, maxBytes: maxBodyBytes }, {
    onRefused: (refusal) => logger.warn({ code: 'BODY_REFUSED', reason: refusal.code, status: refusal.status }, 'request body refused'),
    maxBytesByRoute: smallBodyRoutes,
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    const body = req.body as unknown;
    // Every stored conversation is keyed by its id: an activity without one would share a row with
    // every other such activity, so it is refused before anything runs.
    if (!activityEnvelopeSchema.safeParse(body).success) {
      res.send(400, { error: 'not an activity: type and conversation.id are required, and text must be a string' });
      return;
    }
    if (config.localMode) {
      const serviceUrl = isRecord(body) && typeof body.serviceUrl === 'string' ? body.serviceUrl : undefined;
      if (serviceUrl === undefined) {
        res.send(400, { error: 'serviceUrl is required' });
        return;
      }
      // Local mode has no authentication: without this, anyone could make the bot post to any URL.
      if (!isLoopbackUrl(serviceUrl)) {
        logger.warn({ code: 'LOCAL_MODE_SERVICE_URL_REFUSED' }, 'refused a non-loopback serviceUrl in local mode');
        res.send(403, { error: 'local mode replies only to loopback serviceUrls' });
        return;
      }
    }
    if (inFlight.size >= maxTurnsInFlight) {
      logger.warn({ code: 'LOAD_SHED', inFlight: inFlight.size }, 'too many turns in flight');
      res.header('Retry-After', '1');
      res.send(503, { error: 'busy, retry shortly' });
      return;
    }
    try {
      await track(processHttp(req, res, logic));
    } catch (error) {
      // botbuilder validates the activity outside its own try: a body that is JSON but not an activity.
      logger.warn({ code: 'ACTIVITY_REJECTED', error: error instanceof Error ? error.name : 'unknown' }, 'activity rejected');
      if (!res.headersSent) res.send(400, { error: 'not a valid activity' });
    }
  });

  server.get('/healthz', (_req: Request, res: Response, next: Next) => {
    res.send(200, { status: 'ok' });
    next();
  });

  server.get('/readyz', async (_req: Request, res: Response) => {
    const ready = await withTimeout(storage.ping(), 2000).catch(() => false);
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'storage unreachable' });
  });

  // issue 9: insight without PHI, and the plan to keep; issue 8: the website's calendar file.
  registerMetricsRoute(server, { metrics, token: config.METRICS_TOKEN });
  registerPlanRoute(server, { storage, now: () => overrides.reminderClock?.() ?? overrides.now?.() ?? new Date(), metrics, org: orgIdentity(config) });
  reminders.register(server);

  for (const register of [...builtInRoutes(config, guards), ...(overrides.register ?? [])]) await register(server, deps);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await new Promise<void>((resolve) => {
        if (!server.server.listening) return resolve();
        server.close(() => resolve());
      });
      await Promise.allSettled([...inFlight]);
      await reminders.close();
      await storage.close();
    })();
    return closing;
  };

  return { server, storage, deps, reminders, metrics, close };
}

/** The web page, and the built-in Direct Line when the page is not using Azure's (interfaces.md routes). */
function builtInRoutes(config: Config, guards: TurnGuards): RouteRegistrar[] {
  const routes: RouteRegistrar[] = [(server, deps) => registerWebPage(server, { directLineSecret: deps.config.DIRECT_LINE_SECRET, embedAllowedOrigins: deps.config.EMBED_ALLOWED_ORIGINS })];
  if (!config.DIRECT_LINE_SECRET) {
    routes.push((server, deps) => registerDirectLine(server, { storage: deps.storage, keySecret: deps.config.KEY_SECRET, deliver: deps.deliver, erasure: deps.erasure }));
  }
  // Twilio's webhook exists only with its auth token: without one, no request could be verified (interfaces.md).
  if (config.TWILIO_AUTH_TOKEN) routes.push((server, deps) => registerTwilioWebhook(server, deps, { ...twilioGuards(guards), reminders: deps.reminders }));
  return routes;
}

/**
 * The webhook shares the instances' lock, MessageSid record and SMS cap. Messages are counted once,
 * by guardTurn inside `deliver`, which also says the one "slow down": a second count here would
 * refuse at the same message, silently.
 */
function twilioGuards(guards: TurnGuards) {
  const counted = { allowed: true, remaining: 0 } as const;
  return { lock: guards.lock, seen: guards.twilioSeen, rateLimits: { message: () => Promise.resolve(counted), sms: (numberKey: string, segments?: number) => guards.limits.sms(numberKey, segments) } };
}

const activityEnvelopeSchema = z.object({
  type: z.string().min(1).max(64),
  conversation: z.object({ id: z.string().min(1).max(1024) }),
  // A text that is an object or an array reached the turn and failed there (2026-11-29 review, Info).
  text: z.string().nullish(),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 127.0.0.0/8, ::1 and localhost: the developer's own machine (the Emulator, tests). */
export function isLoopbackUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
