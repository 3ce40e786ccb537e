import type { Next, Request, Response, Server } from 'restify';

/**
 * The one place where the bytes of a request become a value (issue 13, F1/F2 of the 2026-11-29
 * review). Everything here runs before any route, so before authentication, Direct Line token
 * checks or Twilio signature checks: it must never throw, never inflate, never recurse, and every
 * stream it reads has an 'error' handler.
 *
 * - Content-Encoding other than identity: 415 (with `Accept-Encoding: identity`), on every route,
 *   before a byte of the body is read. No channel this bot serves compresses a request body
 *   (docs/security.md has the evidence), and restify's own gunzip had no 'error' handler and no
 *   limit on what it inflated: one bad request stopped the process, a 100 KB one used 2 GB.
 * - A body over `maxBytes`: 413, counted in received bytes (Content-Length is checked first).
 * - JSON (`application/json`, `application/*+json`) and forms (`application/x-www-form-urlencoded`)
 *   only, UTF-8 only (RFC 8259 §8.1): another charset 415, bytes that are not UTF-8 400, invalid
 *   JSON 400, JSON nested deeper than `maxDepth` 400 (checked on the bytes before parsing, so nothing
 *   downstream can run out of stack), a form of more than `maxFormFields` fields 400.
 * - Any other type with a body: 415. An empty body is `undefined`, whatever the type says.
 * - A client that goes away mid-body ('aborted', 'error', 'close') gets nothing and costs nothing.
 */

export interface BodyLimits {
  maxBytes: number;
  maxDepth: number;
  maxFormFields: number;
}

export const defaultBodyLimits: BodyLimits = { maxBytes: 256 * 1024, maxDepth: 64, maxFormFields: 200 };

/** Why a body was refused: the code is logged and sent, never the parser's own message. */
export type BodyRefusal = { status: 400 | 413 | 415; code: string; message: string };

const refusals = {
  encoding: { status: 415, code: 'ContentEncodingNotSupported', message: 'Send the body without Content-Encoding.' },
  charset: { status: 415, code: 'CharsetNotSupported', message: 'Send the body as UTF-8.' },
  type: { status: 415, code: 'ContentTypeNotSupported', message: 'Send JSON (application/json) or a form (application/x-www-form-urlencoded).' },
  tooLarge: { status: 413, code: 'BodyTooLarge', message: 'The body is too large.' },
  notUtf8: { status: 400, code: 'InvalidUtf8', message: 'The body is not valid UTF-8.' },
  json: { status: 400, code: 'InvalidJson', message: 'The body is not valid JSON.' },
  deep: { status: 400, code: 'JsonTooDeep', message: 'The JSON is nested too deeply.' },
  form: { status: 400, code: 'FormTooLarge', message: 'The form has too many fields.' },
} satisfies Record<string, BodyRefusal>;

const methodsWithBodies = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True when the request's Content-Encoding is absent or identity. */
export function isIdentityEncoding(header: string | string[] | undefined): boolean {
  const value = (Array.isArray(header) ? header.join(',') : (header ?? '')).trim().toLowerCase();
  return value === '' || value === 'identity';
}

type MediaKind = 'json' | 'form' | 'other';

function mediaOf(header: string | undefined): { kind: MediaKind; charset: string | undefined } {
  const [type = '', ...params] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  let charset: string | undefined;
  for (const param of params) {
    const match = /^charset\s*=\s*"?([^";\s]*)"?$/.exec(param);
    if (match) charset = match[1];
  }
  const kind: MediaKind = type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type) ? 'json' : type === 'application/x-www-form-urlencoded' ? 'form' : 'other';
  return { kind, charset };
}

/**
 * The deepest nesting of objects and arrays in JSON text, stopping as soon as it passes `limit`.
 * Iterative and string-aware (brackets inside strings do not count).
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Parses a complete body; a refusal instead of an exception. */
export function parseBody(bytes: Buffer, contentType: string | undefined, limits: BodyLimits = defaultBodyLimits): { ok: true; value: unknown } | { ok: false; refusal: BodyRefusal } {
  if (bytes.length === 0) return { ok: true, value: undefined };
  const media = mediaOf(contentType);
  if (media.kind === 'other') return { ok: false, refusal: refusals.type };
  if (media.charset !== undefined && media.charset !== 'utf-8' && media.charset !== 'utf8') return { ok: false, refusal: refusals.charset };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, refusal: refusals.notUtf8 };
  }
  if (media.kind === 'form') {
    const fields = new Map<string, string | string[]>();
    let count = 0;
    for (const [name, value] of new URLSearchParams(text)) {
      if (++count > limits.maxFormFields) return { ok: false, refusal: refusals.form };
      const previous = fields.get(name);
      fields.set(name, previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value]);
    }
    // fromEntries defines own properties: a field named __proto__ stays a field.
    return { ok: true, value: Object.fromEntries(fields) };
  }
  if (text.trim() === '') return { ok: true, value: undefined };
  if (jsonDepthExceeds(text, limits.maxDepth)) return { ok: false, refusal: refusals.deep };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, refusal: refusals.json };
  }
}

/** Reads the body with a byte limit; resolves undefined when the client went away (nothing to answer). */
function readBytes(req: Request, maxBytes: number): Promise<Buffer | BodyRefusal | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const finish = (result: Buffer | BodyRefusal | undefined) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('aborted', onGone);
      req.off('close', onClose);
      // 'error' stays handled for the life of the request: a late socket error must not be unhandled.
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) finish(refusals.tooLarge);
      else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks, received));
    const onGone = () => finish(undefined);
    const onClose = () => {
      if (!req.complete) finish(undefined);
    };
    req.on('error', onGone);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('aborted', onGone);
    req.on('close', onClose);
  });
}

function refuse(res: Response, refusal: BodyRefusal, close: boolean): void {
  if (close) res.setHeader('Connection', 'close');
  if (refusal.status === 415 && refusal.code === refusals.encoding.code) res.setHeader('Accept-Encoding', 'identity');
  res.send(refusal.status, { error: { code: refusal.code, message: refusal.message } });
}

export interface BodyHooks {
  /** Each refusal, as a code (src/app.ts logs it). */
  onRefused?: (refusal: BodyRefusal) => void;
  /**
   * A smaller byte limit for some routes (by route path), so a flood of large bodies is refused from
   * its Content-Length instead of being read and parsed: a Direct Line activity or a Twilio form is a
   * few KB, a Bot Framework activity can be much larger.
   */
  maxBytesByRoute?: Readonly<Record<string, number>>;
}

/** Mounts the refusals and the parser on the server: the only body parser the app has. */
export function parseRequestBodies(server: Server, limits: BodyLimits = defaultBodyLimits, hooks: BodyHooks = {}): void {
  server.pre((req: Request, res: Response, next: Next) => {
    // A request whose stream fails before a route reads it (a reset socket) must not crash Node.
    req.on('error', () => undefined);
    if (isIdentityEncoding(req.headers['content-encoding'])) return next();
    hooks.onRefused?.(refusals.encoding);
    refuse(res, refusals.encoding, true);
    return next(false);
  });

  server.use((req: Request, res: Response, next: Next) => {
    if (!methodsWithBodies.has(req.method ?? '')) return next();
    const routePath = req.getRoute()?.path;
    const maxBytes = Math.min(limits.maxBytes, (typeof routePath === 'string' ? hooks.maxBytesByRoute?.[routePath] : undefined) ?? limits.maxBytes);
    const declared = Number(req.headers['content-length'] ?? '0');
    if (Number.isFinite(declared) && declared > maxBytes) {
      hooks.onRefused?.(refusals.tooLarge);
      refuse(res, refusals.tooLarge, true);
      return next(false);
    }
    void readBytes(req, maxBytes).then((bytes) => {
      // The client went away: there is no one to answer.
      if (bytes === undefined) return next(false);
      const parsed = Buffer.isBuffer(bytes) ? parseBody(bytes, req.headers['content-type'], limits) : ({ ok: false, refusal: bytes } as const);
      if (!parsed.ok) {
        hooks.onRefused?.(parsed.refusal);
        refuse(res, parsed.refusal, parsed.refusal.status === 413);
        return next(false);
      }
      req.body = parsed.value;
      return next();
    });
  });
}
