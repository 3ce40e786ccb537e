import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTarMember, fetchWebchat, sriSha512 } from '../../src/web/fetchWebchat.js';
import { WEBCHAT_BUNDLE_PATH, WEBCHAT_FILE_INTEGRITY } from '../../src/web/webchatBundle.js';

/** One 512-byte ustar header; `type` '0' file, 'x' pax extended header. */
function header(name: string, size: number, type: string): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 'utf8');
  block.write('0000644\0', 100);
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  block.write(type, 156);
  block.write('ustar\0', 257);
  return block;
}

function entry(name: string, data: Buffer | string, type = '0'): Buffer {
  const body = Buffer.from(data);
  const padded = Buffer.alloc(Math.ceil(body.length / 512) * 512);
  body.copy(padded);
  return Buffer.concat([header(name, body.length, type), padded]);
}

function paxRecord(key: string, value: string): string {
  const text = ` ${key}=${value}\n`;
  let length = text.length;
  while (`${length}${text}`.length !== length) length = `${length}${text}`.length;
  return `${length}${text}`;
}

describe('the Web Chat install step', () => {
  it('reads the bundle out of a tar, including a long name given in a pax header', () => {
    const longName = `package/${'d'.repeat(120)}/webchat.js`;
    const tar = Buffer.concat([
      entry('package/package.json', '{"name":"botframework-webchat"}'),
      entry('PaxHeader', paxRecord('path', longName), 'x'),
      entry('ignored-short-name', 'from pax'),
      entry('package/dist/webchat.js', 'window.WebChat = {};'),
      Buffer.alloc(1024),
    ]);
    expect(extractTarMember(tar, 'package/dist/webchat.js')?.toString()).toBe('window.WebChat = {};');
    expect(extractTarMember(tar, longName)?.toString()).toBe('from pax');
    expect(extractTarMember(tar, 'package/dist/missing.js')).toBeUndefined();
  });

  it('left the pinned bundle in place, and a second run keeps it without fetching', async () => {
    expect(sriSha512(readFileSync(WEBCHAT_BUNDLE_PATH))).toBe(WEBCHAT_FILE_INTEGRITY);
    const lines: string[] = [];
    await expect(fetchWebchat((line) => lines.push(line))).resolves.toBe('present');
    expect(lines.join('\n')).toContain('present, hash checked');
  });
});
