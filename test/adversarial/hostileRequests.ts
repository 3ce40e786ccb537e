import { request } from 'node:http';
import { connect } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

/**
 * Raw requests for the red-team tests: node:http, not fetch, so a test controls every header and
 * byte (fetch would refuse or rewrite several of these).
 */

export interface RawAnswer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

export function rawRequest(url: string, options: { method: string; path: string; headers?: Record<string, string>; body?: Buffer | string; timeoutMs?: number }): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  // Framed explicitly: Node's client sends a GET's body unframed otherwise.
  const headers = options.body === undefined ? (options.headers ?? {}) : { 'content-length': String(Buffer.byteLength(options.body)), ...options.headers };
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: options.path, method: options.method, headers, timeout: options.timeoutMs ?? 15_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer to ${options.method} ${options.path}`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Announces `declared` bytes, sends a few, and goes away: the server sees 'aborted'. */
export function abortedUpload(url: string, path: string, headers: Record<string, string>): Promise<void> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => {
      const head = [`POST ${path} HTTP/1.1`, `Host: ${hostname}:${port}`, 'Content-Length: 100000', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', ''].join('\r\n');
      socket.write(head);
      socket.write('{"type":"message","text":"');
      setTimeout(() => {
        socket.destroy();
        resolve();
      }, 50);
    });
    socket.on('error', () => resolve());
  });
}

export interface Attack {
  name: string;
  headers: Record<string, string>;
  body: Buffer;
  /** What a POST route must answer (GET routes: anything under 500, 415 for encodings); two when a route's smaller body limit (413) may come first. */
  expect: number | readonly number[];
}

const json = 'application/json';
const activityJson = JSON.stringify({ type: 'message', text: 'hi', conversation: { id: 'c' }, channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9', from: { id: 'u' } });

/** Nested arrays `depth` deep: parsers and validators that recurse run out of stack on these. */
export function deepJson(depth: number): string {
  return `{"type":"message","conversation":{"id":"deep"},"value":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

/** 64 MB of spaces as one JSON string, gzipped to about 64 KB: past any sane body limit once inflated. */
function gzipBomb(): Buffer {
  const inflated = Buffer.alloc(64 * 1024 * 1024, 0x20);
  inflated.write('{"type":"message","text":"', 0);
  inflated.write('"}', inflated.length - 2);
  return gzipSync(inflated, { level: 9 });
}

export function attacks(): Attack[] {
  const gzipped = gzipSync(activityJson);
  return [
    { name: 'gzip header on a body that is not gzip', headers: { 'content-type': json, 'content-encoding': 'gzip' }, body: Buffer.from('x'), expect: 415 },
    { name: 'gzip header on plain JSON', headers: { 'content-type': json, 'content-encoding': 'gzip' }, body: Buffer.from('{}'), expect: 415 },
    { name: 'truncated gzip', headers: { 'content-type': json, 'content-encoding': 'gzip' }, body: gzipped.subarray(0, Math.floor(gzipped.length / 2)), expect: 415 },
    { name: 'valid gzip', headers: { 'content-type': json, 'content-encoding': 'gzip' }, body: gzipped, expect: 415 },
    { name: 'deflate', headers: { 'content-type': json, 'content-encoding': 'deflate' }, body: deflateSync(activityJson), expect: 415 },
    { name: 'deflate garbage', headers: { 'content-type': json, 'content-encoding': 'deflate' }, body: Buffer.from('not deflate'), expect: 415 },
    { name: 'br', headers: { 'content-type': json, 'content-encoding': 'br' }, body: brotliCompressSync(activityJson), expect: 415 },
    { name: 'an unknown encoding', headers: { 'content-type': json, 'content-encoding': 'x-klingon' }, body: Buffer.from(activityJson), expect: 415 },
    { name: 'two encodings', headers: { 'content-type': json, 'content-encoding': 'identity, gzip' }, body: gzipped, expect: 415 },
    { name: 'a gzip bomb (64 KB inflating to 64 MB)', headers: { 'content-type': json, 'content-encoding': 'gzip' }, body: gzipBomb(), expect: 415 },
    { name: 'a charset JSON never has (UTF-16)', headers: { 'content-type': `${json}; charset=utf-16` }, body: Buffer.from(activityJson, 'utf16le'), expect: 415 },
    { name: 'an unknown charset', headers: { 'content-type': `${json}; charset=x-klingon` }, body: Buffer.from(activityJson), expect: 415 },
    { name: 'bytes that are not UTF-8', headers: { 'content-type': `${json}; charset=utf-8` }, body: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]), expect: 400 },
    { name: 'invalid JSON', headers: { 'content-type': json }, body: Buffer.from('{"type":"message",'), expect: 400 },
    { name: 'JSON 5,000 levels deep', headers: { 'content-type': json }, body: Buffer.from(deepJson(5000)), expect: 400 },
    { name: 'JSON 100,000 levels deep', headers: { 'content-type': json }, body: Buffer.from(deepJson(100_000)), expect: [400, 413] },
    { name: 'a form 1,000 fields long', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from(Array.from({ length: 1000 }, (_, i) => `f${i}=1`).join('&')), expect: 400 },
    { name: 'a body over 256 KB', headers: { 'content-type': json }, body: Buffer.from(`{"text":"${'a'.repeat(300 * 1024)}"}`), expect: 413 },
  ];
}
