import {
  ActivityTypes,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  DeliveryModes,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  ClaimsIdentity,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, Response } from 'restify';
import type { Config } from './config.js';
import { correlationIdOf, turnErrorMessage } from './bot/imrBot.js';
import { serverErrorBody } from './http/serverGuards.js';
import { newCorrelationId, type Logger } from './log.js';

export type AuthSettings = Pick<
  Config,
  'MicrosoftAppId' | 'MicrosoftAppPassword' | 'MicrosoftAppType' | 'MicrosoftAppTenantId' | 'BotOpenIdMetadata'
>;

/**
 * Any failure to prove who is calling is a 401. botbuilder 4.23 lets some token defects (a wrong
 * issuer, a bad signature) escape as plain errors, which CloudAdapter answers with 500: the caller
 * would read that as our fault and retry.
 */
class StrictAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new BoundedCache<ConnectorClient>(64);
  private readonly tokenClients = new BoundedCache<UserTokenClient>(8);

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      throw new AuthenticationError(`Unauthorized: ${error instanceof Error ? error.name : 'invalid token'}`, 401);
    }
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.reusing(result.claimsIdentity, result.connectorFactory) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(claimsIdentity, super.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  /**
   * The stock CloudAdapter builds a ConnectorClient (a whole HTTP pipeline) and a UserTokenClient on
   * every request, even for expectReplies, where neither sends anything: about half of a bare echo
   * bot's CPU per turn (docs/benchmark.md). Both depend only on the bot's app id, the serviceUrl and
   * the audience, never on the caller's token, so they are reused; the token is still checked on
   * every request above. (Bot Framework's C# adapter caches its connector clients the same way.)
   */
  private reusing(claimsIdentity: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory {
    const appId = appIdOf(claimsIdentity);
    const connectors = this.connectors;
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        return connectors.get(`${appId}\u0000${serviceUrl}\u0000${audience ?? ''}`, () => factory.create(serviceUrl, audience));
      }
    })();
  }
}

/** The app id botframework-connector itself derives from a caller's claims (audience, then appid). */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

/** A few long-lived clients, bounded because serviceUrls come from requests; a failed creation is not kept. */
class BoundedCache<T> {
  private readonly entries = new Map<string, Promise<T>>();
  constructor(private readonly limit: number) {}

  get(key: string, create: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached) return cached;
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    const created = create();
    this.entries.set(key, created);
    created.catch(() => this.entries.delete(key));
    return created;
  }
}

export function authenticationOptions(settings: AuthSettings): ConfigurationBotFrameworkAuthenticationOptions {
  if (!settings.MicrosoftAppId) return {};
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: settings.MicrosoftAppId,
    MicrosoftAppPassword: settings.MicrosoftAppPassword ?? '',
    MicrosoftAppType: settings.MicrosoftAppType,
    MicrosoftAppTenantId: settings.MicrosoftAppTenantId ?? '',
  };
  if (!settings.BotOpenIdMetadata) return options;
  // botbuilder treats any one of these as "configure everything by hand": keep the public cloud's
  // values for all but the metadata document, or replies would have no login URL.
  return {
    ...options,
    ToBotFromChannelOpenIdMetadataUrl: settings.BotOpenIdMetadata,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}

class ImrCloudAdapter extends CloudAdapter {
  /** CloudAdapter's own turn pipeline (middleware, onTurnError, expectReplies), minus the HTTP request. */
  processInProcess(result: AuthenticateRequestResult, activity: Activity, logic: TurnLogic): Promise<InvokeResponse | undefined> {
    return this.processActivity(result, activity, logic);
  }
}

export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * botbuilder writes to the console on its own: a multi-line stack for every request it refuses, the
 * whole JWKS key when a token names an unknown key id, and the caller's own claims (F10 of the
 * 2026-11-29 review: 0.5-1.2 KB of non-JSON per unauthenticated request, and a forged log line
 * through a token's audience). While the adapter handles a request, its console calls are taken
 * into this note instead (only what kind they were), and the request gets one JSON log line.
 */
interface ConsoleNote {
  kinds: string[];
}
const adapterConsole = new AsyncLocalStorage<ConsoleNote>();
let consoleTaken = false;

/** Error names (TokenExpiredError) and a fixed code for the key listing; never a message. */
function kindOf(first: unknown): string {
  if (first instanceof Error) return /^[A-Za-z]{1,40}$/.test(first.name) ? first.name : 'Error';
  // botframework-connector prints this (with every public key) whenever a signature does not verify.
  if (typeof first === 'string' && first.startsWith('Error finding key')) return 'SignatureNotVerified';
  return 'text';
}

function takeAdapterConsole(): void {
  if (consoleTaken) return;
  consoleTaken = true;
  for (const method of ['error', 'warn'] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      const note = adapterConsole.getStore();
      if (note) note.kinds.push(kindOf(args[0]));
      else original(...args);
    };
  }
}

/** Why a request was not authenticated, as a code (the caller's token is never echoed). */
function refusalReason(req: Request, kinds: readonly string[]): string {
  if (!req.headers.authorization) return 'TOKEN_MISSING';
  if (kinds.includes('TokenExpiredError')) return 'TOKEN_EXPIRED';
  if (kinds.includes('SignatureNotVerified')) return 'SIGNATURE_INVALID';
  return 'TOKEN_INVALID';
}

export interface BotAdapter {
  adapter: CloudAdapter;
  /**
   * POST /api/messages: CloudAdapter.process with its answer taken in hand. A 401 is logged as one
   * line with a reason code and answered without botbuilder's message (which repeats the caller's
   * claims); a 500 gets the generic body and an id; everything else goes out as botbuilder made it.
   */
  processHttp: (req: Request, res: Response, logic: TurnLogic) => Promise<void>;
  /**
   * One activity processed in-process, replies returned instead of sent: the built-in Direct Line
   * and the terminal chat use this. The caller has already authenticated the sender its own way.
   */
  deliver: (activity: Partial<Activity>, logic: TurnLogic) => Promise<Partial<Activity>[]>;
}

export function createAdapter(settings: AuthSettings, logger: Logger): BotAdapter {
  const auth = new StrictAuthentication(authenticationOptions(settings));
  const adapter = new ImrCloudAdapter(auth);
  takeAdapterConsole();

  // STYLE.md §8: logs get a code and a correlation id; the person gets a kind sentence; the stored
  // conversation is left as it was (the failed turn wrote nothing).
  adapter.onTurnError = async (context, error) => {
    const correlationId = correlationIdOf(context);
    logger.error(
      { code: 'TURN_FAILED', turnId: correlationId, channel: context.activity.channelId, error: error instanceof Error ? error.name : 'unknown', stack: error instanceof Error ? error.stack : undefined },
      'turn failed',
    );
    // Nothing to say on a conversationUpdate or an invoke: the person did not write.
    const type: string = context.activity.type;
    if (type !== 'message' && type !== 'event') return;
    try {
      await context.sendActivity({ type: ActivityTypes.Message, text: turnErrorMessage(context.activity, correlationId) });
    } catch (sendError) {
      logger.error({ code: 'TURN_ERROR_REPLY_FAILED', turnId: correlationId, error: sendError instanceof Error ? sendError.name : 'unknown' }, 'could not tell the person');
    }
  };

  const identity = new ClaimsIdentity(
    settings.MicrosoftAppId ? [{ type: AuthenticationConstants.AudienceClaim, value: settings.MicrosoftAppId }] : [],
    settings.MicrosoftAppId ? true : AuthenticationConstants.AnonymousAuthType,
  );
  const inProcess: AuthenticateRequestResult = {
    claimsIdentity: identity,
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    callerId: '',
    connectorFactory: auth.createConnectorFactory(identity),
  };

  const processHttp = async (req: Request, res: Response, logic: TurnLogic): Promise<void> => {
    const answer: { status: number; body?: unknown } = { status: 200 };
    const held = {
      status(code: number) {
        answer.status = code;
        return held;
      },
      header(name: string, value: string) {
        res.header(name, value);
        return held;
      },
      send(body: unknown) {
        answer.body = body;
        return held;
      },
      end() {
        return held;
      },
    };
    const note: ConsoleNote = { kinds: [] };
    await adapterConsole.run(note, () => adapter.process(req, held as unknown as Response, logic));
    if (answer.status === 401) {
      logger.warn({ code: 'AUTH_REFUSED', reason: refusalReason(req, note.kinds) }, 'request not authenticated');
      res.send(401, { error: { code: 'Unauthorized', message: 'The request is not authenticated.' } });
      return;
    }
    if (answer.status >= 500) {
      const id = newCorrelationId();
      logger.error({ code: 'ADAPTER_FAILED', errorId: id, errors: note.kinds }, 'request failed in the adapter');
      res.send(500, serverErrorBody(id));
      return;
    }
    if (note.kinds.length > 0) logger.warn({ code: 'ADAPTER_CONSOLE', kinds: note.kinds }, 'botbuilder wrote to the console');
    if (answer.body === undefined) res.send(answer.status);
    else res.send(answer.status, answer.body);
  };

  return {
    adapter,
    processHttp,
    deliver: async (activity, logic) => {
      // expectReplies: the replies come back in the result and nothing is sent to any serviceUrl.
      const inbound = { ...activity, deliveryMode: DeliveryModes.ExpectReplies } as Activity;
      const response = await adapter.processInProcess(inProcess, inbound, logic);
      const body = response?.body as { activities?: Partial<Activity>[] } | undefined;
      return body?.activities ?? [];
    },
  };
}
