import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeTurn } from './fakeTurn.js';
import { activity, post, startApp, type Running } from './httpHelpers.js';

/**
 * With MicrosoftAppId set, only the Bot Framework may call /api/messages. The real OpenID metadata
 * (login.botframework.com) is out of reach here, so a loopback stand-in serves the same two
 * documents, with a key made for this test, and BotOpenIdMetadata points the adapter at it.
 */

const appId = '11111111-2222-3333-4444-555555555555';
const issuer = 'https://api.botframework.com';
const serviceUrl = 'https://webchat.botframework.com/';
const pinnedNow = new Date('2026-03-14T18:00:00Z');

function rsaKey(): { privateKey: KeyObject; jwk: { n?: string; e?: string } } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, jwk: publicKey.export({ format: 'jwk' }) };
}

const trusted = rsaKey();
const stranger = rsaKey();
let metadataServer: Server;
let bot: Running;

function token(claims: Record<string, unknown>, options: { kid?: string; key?: KeyObject } = {}): string {
  // Tokens are signed at the real time: the library checks expiry against the clock it reads.
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: options.kid ?? 'trusted-key' };
  const payload = { iss: issuer, aud: appId, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims };
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const signed = `${encode(header)}.${encode(payload)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), options.key ?? trusted.privateKey).toString('base64url')}`;
}

beforeAll(async () => {
  metadataServer = createServer((req, res) => {
    const origin = `http://127.0.0.1:${(metadataServer.address() as AddressInfo).port}`;
    const documents: Record<string, unknown> = {
      '/v1/.well-known/openidconfiguration': { issuer, jwks_uri: `${origin}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] },
      '/v1/.well-known/keys': { keys: [{ kty: 'RSA', use: 'sig', kid: 'trusted-key', n: trusted.jwk.n, e: trusted.jwk.e }] },
    };
    const document = documents[req.url ?? ''];
    res.statusCode = document ? 200 : 404;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(document ?? {}));
  });
  await new Promise<void>((resolve) => metadataServer.listen(0, '127.0.0.1', resolve));
  const metadata = `http://127.0.0.1:${(metadataServer.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
  bot = await startApp(
    { MicrosoftAppId: appId, MicrosoftAppPassword: 'not-used-with-expect-replies', BotOpenIdMetadata: metadata },
    { runTurn: fakeTurn, now: () => pinnedNow },
  );
});

afterAll(async () => {
  await bot.close();
  await new Promise<void>((resolve) => {
    metadataServer.close(() => resolve());
    metadataServer.closeAllConnections();
  });
});

const message = () => activity('auth-1', { channelId: 'webchat', serviceUrl, text: 'hi' });

describe('Bot Framework authentication (MicrosoftAppId set)', () => {
  it('lets a request with a good token through, even from a non-loopback serviceUrl', async () => {
    const result = await post(bot.url, message(), { authorization: `Bearer ${token({})}` });
    expect(result.status).toBe(200);
    expect(result.activities[0]?.text).toBe('Message 1. Pick one.');
  });

  const now = Math.floor(Date.now() / 1000);
  it.each([
    ['no token', () => ({})],
    ['a token signed by an unknown key', () => ({ authorization: `Bearer ${token({}, { kid: 'stranger-key', key: stranger.privateKey })}` })],
    ['a known key id with a forged signature', () => ({ authorization: `Bearer ${token({}, { key: stranger.privateKey })}` })],
    ['a token for another bot (wrong audience)', () => ({ authorization: `Bearer ${token({ aud: 'another-bot' })}` })],
    ['a token from another issuer', () => ({ authorization: `Bearer ${token({ iss: 'https://issuer.attacker.example' })}` })],
    ['an expired token', () => ({ authorization: `Bearer ${token({ iat: now - 7200, nbf: now - 7200, exp: now - 3600 })}` })],
    ['a token for another serviceUrl', () => ({ authorization: `Bearer ${token({ serviceurl: 'https://attacker.example/' })}` })],
    ['a malformed token', () => ({ authorization: 'Bearer not.a.jwt' })],
  ])('refuses %s with 401', async (_defect, headers) => {
    const result = await post(bot.url, message(), headers());
    expect(result.status).toBe(401);
    expect(result.activities).toEqual([]);
  });
});
