import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The real Bot Framework OpenID metadata (login.botframework.com) is out of reach here: a loopback
 * stand-in serves the same two documents with a key made for the test, and BotOpenIdMetadata points
 * the adapter at it. `token` signs Bot Framework channel tokens as the channels do (RS256).
 */

export const appId = '11111111-2222-3333-4444-555555555555';
export const issuer = 'https://api.botframework.com';
export const channelServiceUrl = 'https://webchat.botframework.com/';

export interface RsaKey {
  privateKey: KeyObject;
  jwk: { n?: string; e?: string };
}

export function rsaKey(): RsaKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, jwk: publicKey.export({ format: 'jwk' }) };
}

export interface OpenIdStandIn {
  /** The BotOpenIdMetadata URL. */
  metadataUrl: string;
  trusted: RsaKey;
  /** A token signed now (the library checks expiry against the clock it reads), by the trusted key unless told. */
  token(claims?: Record<string, unknown>, options?: { kid?: string; key?: KeyObject }): string;
  close(): Promise<void>;
}

/** Tokens for `appId` from `serviceUrl` (defaults: the Web Chat channel to this file's app id); the deploy-guide test passes its deployer's. */
export async function startOpenIdStandIn(audience: { appId?: string; serviceUrl?: string } = {}): Promise<OpenIdStandIn> {
  const aud = audience.appId ?? appId;
  const serviceurl = audience.serviceUrl ?? channelServiceUrl;
  const trusted = rsaKey();
  const server: Server = createServer((req, res) => {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const documents: Record<string, unknown> = {
      '/v1/.well-known/openidconfiguration': { issuer, jwks_uri: `${origin}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] },
      '/v1/.well-known/keys': { keys: [{ kty: 'RSA', use: 'sig', kid: 'trusted-key', n: trusted.jwk.n, e: trusted.jwk.e }] },
    };
    const document = documents[req.url ?? ''];
    res.statusCode = document ? 200 : 404;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(document ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const metadataUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
  return {
    metadataUrl,
    trusted,
    token(claims = {}, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const header = { alg: 'RS256', typ: 'JWT', kid: options.kid ?? 'trusted-key' };
      const payload = { iss: issuer, aud, serviceurl, nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims };
      const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
      const signed = `${encode(header)}.${encode(payload)}`;
      return `${signed}.${sign('sha256', Buffer.from(signed), options.key ?? trusted.privateKey).toString('base64url')}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
