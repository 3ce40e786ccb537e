import type { Duplex } from 'node:stream';
import type { Request, Response, Server } from 'restify';
import { newCorrelationId, type Logger } from '../log.js';

/**
 * Server-wide guards (issue 13): no request, however malformed, stops Node or reaches a person's
 * logs as text, and a 500 never carries the error's own words (F9 of the 2026-11-29 review: a
 * 5,000-deep JSON answered "RangeError: Maximum call stack size exceeded", a full disk
 * "SqliteError: database or disk is full").
 */

/** The body of every 500: a kind sentence and an id to quote; the log has the same id and the error's name. */
export function serverErrorBody(id: string): { error: { code: string; message: string; id: string } } {
  return { error: { code: 'ServerError', message: 'Something went wrong on our side. Please try again.', id } };
}

/** A code-like value (SQLITE_FULL, ECONNRESET) is safe to log; a message is not. */
export function errorCodeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^[A-Za-z0-9_]{1,64}$/.test(code) ? code : undefined;
}

export interface ServerGuardOptions {
  /** Whole request (headers and body) in ms; the channels give up after 15 s. */
  requestTimeoutMs?: number;
  headersTimeoutMs?: number;
}

export function guardServer(server: Server, logger: Logger, options: ServerGuardOptions = {}): void {
  const http = server.server;
  // Slow clients (one byte a second) hold a socket for Node's default 5 minutes otherwise.
  http.requestTimeout = options.requestTimeoutMs ?? 30_000;
  http.headersTimeout = options.headersTimeoutMs ?? 15_000;

  // Malformed HTTP (bad request line, huge headers, a broken chunked body): answered like Node's
  // default would, but logged as one line with a code.
  http.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const code = errorCodeOf(error) ?? 'unknown';
    if (code !== 'ECONNRESET') logger.warn({ code: 'HTTP_CLIENT_ERROR', error: code }, 'malformed request');
    if (!socket.writable || code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const status = code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });

  // A handler that threw or rejected: restify would send the error's message.
  server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: unknown }, callback: () => void) => {
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status >= 500 && !res.headersSent) {
      const id = newCorrelationId();
      logger.error({ code: 'HTTP_SERVER_ERROR', errorId: id, error: error.name, errorCode: errorCodeOf(error), route: req.getRoute()?.path }, 'request failed');
      res.send(500, serverErrorBody(id));
    }
    return callback();
  });
}
