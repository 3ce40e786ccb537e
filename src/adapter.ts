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
import type { Config } from './config.js';
import { correlationIdOf, turnErrorMessage } from './bot/imrBot.js';
import type { Logger } from './log.js';

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

export interface BotAdapter {
  adapter: CloudAdapter;
  /**
   * One activity processed in-process, replies returned instead of sent: the built-in Direct Line
   * and the terminal chat use this. The caller has already authenticated the sender its own way.
   */
  deliver: (activity: Partial<Activity>, logic: TurnLogic) => Promise<Partial<Activity>[]>;
}

export function createAdapter(settings: AuthSettings, logger: Logger): BotAdapter {
  const auth = new StrictAuthentication(authenticationOptions(settings));
  const adapter = new ImrCloudAdapter(auth);

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

  return {
    adapter,
    deliver: async (activity, logic) => {
      // expectReplies: the replies come back in the result and nothing is sent to any serviceUrl.
      const inbound = { ...activity, deliveryMode: DeliveryModes.ExpectReplies } as Activity;
      const response = await adapter.processInProcess(inProcess, inbound, logic);
      const body = response?.body as { activities?: Partial<Activity>[] } | undefined;
      return body?.activities ?? [];
    },
  };
}
