import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for the Bot Framework's OpenID metadata (login.botframework.com is out of
 * reach here): the same two documents, with a key made for the test, so that a server started with
 * BotOpenIdMetadata pointing here authenticates tokens exactly as it would Azure's. `token()` signs
 * what the Bot Framework Connector would send; `stranger` is a key the metadata does not list.
 */

export const botFrameworkIssuer = 'https://api.botframework.com';

interface RsaKey {
  privateKey: KeyObject;
  jwk: { n?: string; e?: string };
}

function rsaKey(): RsaKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, jwk: publicKey.export({ format: 'jwk' }) };
}

export interface BotFrameworkStandIn {
  /** The value for BotOpenIdMetadata. */
  metadataUrl: string;
  /** A channel token for `appId`, signed at the real time (the library checks expiry against the clock it reads). */
  token(claims?: Record<string, unknown>, options?: { kid?: string; key?: KeyObject }): string;
  /** A key that is not in the metadata. */
  stranger: KeyObject;
  close(): Promise<void>;
}

export async function startBotFrameworkStandIn(appId: string, serviceUrl: string): Promise<BotFrameworkStandIn> {
  const trusted = rsaKey();
  const stranger = rsaKey();
  const server: Server = createServer((req, res) => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const documents: Record<string, unknown> = {
      '/v1/.well-known/openidconfiguration': { issuer: botFrameworkIssuer, jwks_uri: `${origin}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] },
      '/v1/.well-known/keys': { keys: [{ kty: 'RSA', use: 'sig', kid: 'trusted-key', n: trusted.jwk.n, e: trusted.jwk.e }] },
    };
    const document = documents[req.url ?? ''];
    res.statusCode = document ? 200 : 404;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(document ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const metadataUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;

  const token = (claims: Record<string, unknown> = {}, options: { kid?: string; key?: KeyObject } = {}): string => {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: options.kid ?? 'trusted-key' };
    const payload = { iss: botFrameworkIssuer, aud: appId, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims };
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const signed = `${encode(header)}.${encode(payload)}`;
    return `${signed}.${sign('sha256', Buffer.from(signed), options.key ?? trusted.privateKey).toString('base64url')}`;
  };

  return {
    metadataUrl,
    token,
    stranger: stranger.privateKey,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
