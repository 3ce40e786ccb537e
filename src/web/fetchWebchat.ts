/**
 * Install step (package.json "postinstall"): puts the pinned Web Chat bundle at
 * src/web/vendor/webchat-<version>.js. Only the npm registry is needed; the tarball is checked
 * against its pinned sha512 before anything is read from it, and the extracted file against its own.
 * Idempotent: a present file with the right hash is left alone.
 */
import { readEnvironment } from '../config.js';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import {
  WEBCHAT_BUNDLE_PATH,
  WEBCHAT_FILE_INTEGRITY,
  WEBCHAT_TARBALL_INTEGRITY,
  WEBCHAT_VERSION,
} from './webchatBundle.js';

const PACKAGE = 'botframework-webchat';
const MEMBER = 'package/dist/webchat.js';

export function sriSha512(data: Uint8Array): string {
  return `sha512-${createHash('sha512').update(data).digest('base64')}`;
}

/**
 * The registry the person's npm is set up with (a mirror or a proxy registry works too).
 * npm passes it to lifecycle scripts as npm_config_registry; outside npm, ask npm.
 */
async function registryUrl(): Promise<string> {
  // Install-time script: read through the one module that reads the environment.
  const fromNpm = readEnvironment().npm_config_registry;
  const raw = fromNpm !== undefined && fromNpm !== ''
    ? fromNpm
    : (await promisify(execFile)('npm', ['config', 'get', 'registry'])).stdout.trim();
  return raw.endsWith('/') ? raw : `${raw}/`;
}

function tarballUrl(registry: string): string {
  return `${registry}${PACKAGE}/-/${PACKAGE}-${WEBCHAT_VERSION}.tgz`;
}

function readString(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? raw.length : end).toString('utf8');
}

function readOctal(block: Buffer, start: number, length: number): number {
  const text = readString(block, start, length).trim();
  return text === '' ? 0 : Number.parseInt(text, 8);
}

/** The `path` record of a pax extended header ("<len> path=<value>\n" records). */
function paxPath(data: Buffer): string | undefined {
  let at = 0;
  let found: string | undefined;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space === -1) break;
    const length = Number.parseInt(data.subarray(at, space).toString('utf8'), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (record.slice(0, eq) === 'path') found = record.slice(eq + 1);
    at += length;
  }
  return found;
}

/** One regular file out of a (POSIX ustar / pax / GNU) tar archive, or undefined when absent. */
export function extractTarMember(tar: Buffer, member: string): Buffer | undefined {
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) return undefined;
    const size = readOctal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = readString(header, 345, 155);
    const shortName = readString(header, 0, 100);
    const name = longName ?? (prefix === '' ? shortName : `${prefix}/${shortName}`);
    const dataStart = offset + 512;
    const data = tar.subarray(dataStart, dataStart + size);
    offset = dataStart + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      longName = paxPath(data);
      continue;
    }
    if (type === 'L') {
      longName = readString(data, 0, data.length);
      continue;
    }
    longName = undefined;
    if ((type === '0' || type === '\0') && name === member) return Buffer.from(data);
  }
  return undefined;
}

async function presentAndRight(): Promise<boolean> {
  try {
    return sriSha512(await readFile(WEBCHAT_BUNDLE_PATH)) === WEBCHAT_FILE_INTEGRITY;
  } catch {
    return false;
  }
}

export async function fetchWebchat(log: (line: string) => void = console.log): Promise<'present' | 'fetched'> {
  if (await presentAndRight()) {
    log(`webchat ${WEBCHAT_VERSION}: present, hash checked`);
    return 'present';
  }
  const url = tarballUrl(await registryUrl());
  const response = await fetch(url);
  if (!response.ok) throw new Error(`webchat: ${url} answered ${response.status}`);
  const tgz = Buffer.from(await response.arrayBuffer());
  const tarballHash = sriSha512(tgz);
  if (tarballHash !== WEBCHAT_TARBALL_INTEGRITY) {
    throw new Error(`webchat: tarball integrity mismatch (got ${tarballHash}, pinned ${WEBCHAT_TARBALL_INTEGRITY})`);
  }
  const bundle = extractTarMember(gunzipSync(tgz), MEMBER);
  if (bundle === undefined) throw new Error(`webchat: ${MEMBER} not in the tarball`);
  const fileHash = sriSha512(bundle);
  if (fileHash !== WEBCHAT_FILE_INTEGRITY) {
    throw new Error(`webchat: ${MEMBER} integrity mismatch (got ${fileHash}, pinned ${WEBCHAT_FILE_INTEGRITY})`);
  }
  await mkdir(dirname(WEBCHAT_BUNDLE_PATH), { recursive: true });
  // Write then rename: an interrupted install never leaves a half file that a later run would re-hash.
  const partial = `${WEBCHAT_BUNDLE_PATH}.partial`;
  await writeFile(partial, bundle);
  await rename(partial, WEBCHAT_BUNDLE_PATH);
  log(`webchat ${WEBCHAT_VERSION}: fetched ${bundle.length} bytes to ${WEBCHAT_BUNDLE_PATH}`);
  return 'fetched';
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  fetchWebchat().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
