import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Tokens of the built-in Direct Line: compact JWTs (HS256) signed with a key derived from
 * KEY_SECRET. JWT-shaped on purpose: Web Chat decodes the token and takes its `user` claim as the
 * person's id (as with Azure's tokens), so the id the page posts from is the one the token vouches
 * for. A token reads and writes only the conversation in its `conv` claim.
 */

const ISSUER = 'imr-guide-bot/directline';

const claimsSchema = z.object({
  iss: z.literal(ISSUER),
  conv: z.string().min(1).max(100),
  user: z.string().min(1).max(100),
  iat: z.number().int(),
  exp: z.number().int(),
});
export type DirectLineClaims = z.infer<typeof claimsSchema>;

export type TokenCheck =
  | { ok: true; claims: DirectLineClaims }
  | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** A key of its own: a leaked token never helps forge the storage-key HMACs that share KEY_SECRET. */
function signingKey(keySecret: string): Buffer {
  return createHmac('sha256', keySecret).update('directline-token-v1').digest();
}

function sign(keySecret: string, signingInput: string): Buffer {
  return createHmac('sha256', signingKey(keySecret)).update(signingInput).digest();
}

export function issueToken(
  keySecret: string,
  claims: { conversationId: string; userId: string },
  now: Date,
  ttlSeconds: number,
): { token: string; expiresIn: number } {
  const iat = Math.floor(now.getTime() / 1000);
  const payload: DirectLineClaims = { iss: ISSUER, conv: claims.conversationId, user: claims.userId, iat, exp: iat + ttlSeconds };
  const signingInput = `${HEADER}.${base64url(JSON.stringify(payload))}`;
  return { token: `${signingInput}.${sign(keySecret, signingInput).toString('base64url')}`, expiresIn: ttlSeconds };
}

/**
 * Canonical unpadded base64url only (F11 of the 2026-11-29 review): Node's decoder skips characters
 * outside the alphabet and ignores a signature's spare low bits, so `sig=`, `si!g` and a last
 * character off by one bit all decoded to the same MAC. One token now has exactly one spelling.
 */
function strictBase64url(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

export function verifyToken(keySecret: string, token: string, now: Date): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [header, payload, signature] = parts as [string, string, string];
  const expected = sign(keySecret, `${header}.${payload}`);
  const given = strictBase64url(signature);
  const payloadBytes = strictBase64url(payload);
  // Constant time, and the header is covered by the signature, so `alg: none` tricks fail here too.
  if (header !== HEADER || !given || !payloadBytes || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'forged' };
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(payloadBytes.toString('utf8'));
  } catch {
    return { ok: false, reason: 'forged' };
  }
  const parsed = claimsSchema.safeParse(decoded);
  if (!parsed.success) return { ok: false, reason: 'forged' };
  if (parsed.data.exp <= Math.floor(now.getTime() / 1000)) return { ok: false, reason: 'expired' };
  return { ok: true, claims: parsed.data };
}

/** Unguessable ids: a conversation id is not a credential, but nothing gains from it being guessable. */
export function newConversationId(): string {
  return randomBytes(18).toString('base64url');
}

/** `dl_` marks a user id embedded in a token by the service (directlinejs refuses it from the page). */
export function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}
