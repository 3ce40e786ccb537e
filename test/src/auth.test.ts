import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeTurn } from './fakeTurn.js';
import { activity, post, startApp, type Running } from './httpHelpers.js';
import { appId, channelServiceUrl as serviceUrl, rsaKey, startOpenIdStandIn, type OpenIdStandIn } from './openIdStandIn.js';

/**
 * With MicrosoftAppId set, only the Bot Framework may call /api/messages. The real OpenID metadata
 * (login.botframework.com) is out of reach here, so a loopback stand-in serves the same two
 * documents, with a key made for this test, and BotOpenIdMetadata points the adapter at it.
 */

const pinnedNow = new Date('2026-03-14T18:00:00Z');
const stranger = rsaKey();
let openId: OpenIdStandIn;
let bot: Running;
const token = (claims: Record<string, unknown>, options?: Parameters<OpenIdStandIn['token']>[1]) => openId.token(claims, options);

beforeAll(async () => {
  openId = await startOpenIdStandIn();
  bot = await startApp(
    { MicrosoftAppId: appId, MicrosoftAppPassword: 'not-used-with-expect-replies', BotOpenIdMetadata: openId.metadataUrl },
    { runTurn: fakeTurn, now: () => pinnedNow },
  );
});

afterAll(async () => {
  await bot.close();
  await openId.close();
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
