import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { newUserId } from '../directline/directLineToken.js';
import { socketAddress } from '../directline/registerDirectLine.js';
import { publicDir } from './assets.js';
import { WEBCHAT_BUNDLE_PATH } from './webchatBundle.js';

/**
 * The website chat page (GET /): the official Web Chat bundle, served from this server only, and
 * GET /api/directline/token when the page talks to Azure Direct Line instead of the built-in one.
 */

export interface WebPageOptions {
  /** Azure Direct Line secret (DIRECT_LINE_SECRET). Set: the page gets tokens from Azure through us. */
  directLineSecret?: string;
  /** Azure Direct Line's base; overridable so tests use a local stand-in. */
  directLineBaseUrl?: string;
  /** Azure conversations minted per client IP (each is a billable Azure conversation). */
  tokenLimit?: { points: number; durationSeconds: number };
  /** Who the limit counts (default: the socket peer); see DirectLineDeps.clientAddress. */
  clientAddress?: (req: Request) => string;
  /**
   * EMBED_ALLOWED_ORIGINS: the sites that may show the page in an <iframe> (`['*']` = any; the
   * default). The page's own origin always may.
   */
  embedAllowedOrigins?: readonly string[];
}

export const AZURE_DIRECT_LINE_BASE_URL = 'https://directline.botframework.com';

const PUBLIC_DIR = publicDir;
const STATIC_FILES: Record<string, { file: string; type: string }> = {
  '/chat.js': { file: 'chat.js', type: 'text/javascript; charset=utf-8' },
  '/chat.css': { file: 'chat.css', type: 'text/css; charset=utf-8' },
};

/** What Azure's POST /v3/directline/tokens/generate answers; only these fields go to the browser. */
const azureTokenSchema = z.object({
  conversationId: z.string().min(1).max(200),
  token: z.string().min(1).max(4000),
  expires_in: z.number().int().positive(),
});

/**
 * Nothing but this server (and, in Azure mode, Azure's Direct Line). Web Chat styles itself with
 * emotion, which inserts <style> elements: they carry a per-response nonce, so style-src needs no
 * 'unsafe-inline'. No 'unsafe-eval': the bundle runs without it (checked in Chromium).
 */
const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

export function contentSecurityPolicy(nonce: string, directLineOrigin?: string, embedAllowedOrigins: readonly string[] = ['*']): string {
  const connect = directLineOrigin ? `'self' ${directLineOrigin}` : `'self'`;
  // Framing is the embed snippet (docs/web.md): CSP frame-ancestors, not X-Frame-Options, which
  // cannot name several sites. The chat keeps nothing a framing site could read or act on.
  const ancestors = embedAllowedOrigins.includes('*') ? '*' : ["'self'", ...embedAllowedOrigins].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Web Chat also creates one <style> without the nonce and fills it through CSSOM: the hash of
    // the empty string admits exactly that empty element, nothing with content.
    `style-src 'self' 'nonce-${nonce}' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

function securityHeaders(res: Response): void {
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('Cache-Control', 'no-store');
}

export function registerWebPage(server: Server, options: WebPageOptions = {}): void {
  const secret = options.directLineSecret === '' ? undefined : options.directLineSecret;
  const azureBase = (options.directLineBaseUrl ?? AZURE_DIRECT_LINE_BASE_URL).replace(/\/+$/, '');
  const azureOrigin = new URL(azureBase).origin;
  const limit = options.tokenLimit ?? { points: 20, durationSeconds: 3600 };
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds, keyPrefix: 'web-token' });
  let bundle: { raw: Buffer; gzip: Buffer } | undefined;

  server.get('/', async (_req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    const template = await readFile(new URL('index.html', PUBLIC_DIR), 'utf8');
    const html = template
      .replace('content="builtin"', secret ? `content="${azureBase}/v3/directline"` : 'content="builtin"')
      .replace('content="NONCE"', `content="${nonce}"`);
    securityHeaders(res);
    res.header('Content-Security-Policy', contentSecurityPolicy(nonce, secret ? azureOrigin : undefined, options.embedAllowedOrigins));
    res.sendRaw(200, html, { 'Content-Type': 'text/html; charset=utf-8' });
  });

  for (const [route, { file, type }] of Object.entries(STATIC_FILES)) {
    server.get(route, async (_req: Request, res: Response) => {
      const body = await readFile(new URL(file, PUBLIC_DIR));
      res.header('X-Content-Type-Options', 'nosniff');
      res.header('Cache-Control', 'no-cache');
      res.sendRaw(200, body, { 'Content-Type': type });
    });
  }

  server.get('/vendor/webchat.js', async (req: Request, res: Response) => {
    if (bundle === undefined) {
      try {
        const raw = await readFile(WEBCHAT_BUNDLE_PATH);
        bundle = { raw, gzip: gzipSync(raw) };
      } catch {
        res.sendRaw(503, 'The Web Chat bundle is missing: run `npm install` (its postinstall fetches it).', {
          'Content-Type': 'text/plain; charset=utf-8',
        });
        return;
      }
    }
    const gzip = /\bgzip\b/.test(req.header('accept-encoding', ''));
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Cache-Control', 'public, max-age=3600');
    res.header('Vary', 'Accept-Encoding');
    const headers: Record<string, string> = { 'Content-Type': 'text/javascript; charset=utf-8' };
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.sendRaw(200, gzip ? bundle.gzip : bundle.raw, headers);
  });

  server.get('/api/directline/token', async (req: Request, res: Response) => {
    securityHeaders(res);
    if (!secret) {
      res.send(404, { error: { code: 'NotFound', message: 'This server uses its built-in Direct Line.' } });
      return;
    }
    try {
      await limiter.consume((options.clientAddress ?? socketAddress)(req));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      res.header('Retry-After', String(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))));
      res.send(429, { error: { code: 'TooManyRequests', message: 'Too many new conversations; try again later.' } });
      return;
    }
    let answer: globalThis.Response;
    try {
      answer = await fetch(`${azureBase}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        // The user id is embedded in the token, so the page cannot speak as someone else.
        body: JSON.stringify({ user: { id: newUserId() } }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      res.send(502, { error: { code: 'DirectLineUnavailable', message: 'The chat service could not be reached.' } });
      return;
    }
    const parsed = azureTokenSchema.safeParse(answer.ok ? await answer.json().catch(() => undefined) : undefined);
    if (!parsed.success) {
      res.send(502, { error: { code: 'DirectLineUnavailable', message: 'The chat service did not give a token.' } });
      return;
    }
    res.send(200, parsed.data);
  });
}
