import { createHmac } from 'node:crypto';

/**
 * Storage keys are HMACs, not ids: a Teams user id or an SMS conversation id (a phone number)
 * never appears in the database, and a stolen database cannot be joined back to people without
 * KEY_SECRET.
 */

export function hmacKey(secret: string, purpose: string, ...parts: string[]): string {
  const mac = createHmac('sha256', secret);
  mac.update(purpose);
  for (const part of parts) mac.update(`\u0000${part}`);
  return mac.digest('base64url');
}

export function conversationKey(secret: string, channelId: string, conversationId: string): string {
  return `conversation/${hmacKey(secret, 'conversation', channelId, conversationId)}`;
}
