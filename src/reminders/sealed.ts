import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Where a reminder goes (a phone number, a Teams conversation reference) identifies a person, so it
 * is stored only sealed: AES-256-GCM with a key derived from KEY_SECRET (HKDF-SHA256, one key per
 * purpose). A stolen database without KEY_SECRET tells nobody whom to text. GCM also authenticates:
 * a row edited in the database fails to open instead of sending to an address someone planted.
 */

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Sealer {
  seal(plaintext: string): string;
  /** Throws when the sealed text was made with another key or altered. */
  open(sealed: string): string;
}

export function deriveKey(keySecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', keySecret, 'imr-guide-bot', purpose, 32));
}

export function createSealer(keySecret: string, purpose = 'reminders/address'): Sealer {
  const key = deriveKey(keySecret, purpose);
  // The purpose is bound into every message too, so a value sealed for one use cannot be opened as another.
  const aad = Buffer.from(purpose);
  return {
    seal(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(aad);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
    },
    open(sealed) {
      const [version, iv, body, tag] = sealed.split('.');
      if (version !== VERSION || iv === undefined || body === undefined || tag === undefined) throw new Error('sealed value: unknown format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAAD(aad);
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
