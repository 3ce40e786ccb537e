import { crc32, deflateSync, inflateSync } from 'node:zlib';

/**
 * A small PNG codec for the Teams icons: 8-bit RGBA only, which is all the icons need. Encoding
 * lets the icons be drawn by code (reviewable, reproducible); decoding lets the packager and the
 * tests check Teams' icon rules (size, white-on-transparent outline) on the committed files.
 */

export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes, row-major, straight (not premultiplied) alpha. */
  pixels: Uint8Array;
}

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 6 = RGBA, 2 = RGB, 3 = palette, 0 = grey, 4 = grey + alpha (PNG spec §11.2.2). */
  colorType: number;
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export function encodePng(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  if (pixels.length !== width * height * 4) {
    throw new Error(`encodePng: expected ${width * height * 4} bytes of RGBA, got ${pixels.length}`);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y += 1) {
    // Filter type 0 (None) on every row: the icons are tiny, and it keeps the encoder obvious.
    raw[y * (stride + 1)] = 0;
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Reads the IHDR, which the PNG spec requires to be the first chunk. */
export function readPngHeader(png: Uint8Array): PngHeader {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(signature)) {
    throw new Error('not a PNG file (the 8-byte signature is missing)');
  }
  if (buf.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file (the first chunk is not IHDR)');
  }
  return {
    width: buf.readUInt32BE(16),
    height: buf.readUInt32BE(20),
    bitDepth: buf[24] ?? 0,
    colorType: buf[25] ?? 0,
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Decodes a non-interlaced 8-bit RGBA PNG (any of the five row filters); other kinds are refused. */
export function decodePng(png: Uint8Array): RgbaImage {
  const header = readPngHeader(png);
  if (header.bitDepth !== 8 || header.colorType !== 6) {
    throw new Error(`decodePng reads 8-bit RGBA only (bit depth ${header.bitDepth}, colour type ${header.colorType})`);
  }
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf[28] !== 0) throw new Error('decodePng does not read interlaced PNGs');
  const idat: Buffer[] = [];
  for (let at = 8; at + 12 <= buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const { width, height } = header;
  const stride = width * 4;
  if (raw.length !== (stride + 1) * height) throw new Error('PNG image data has the wrong length');
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const row = y * (stride + 1) + 1;
    for (let i = 0; i < stride; i += 1) {
      const x = raw[row + i] ?? 0;
      const a = i >= 4 ? (out[y * stride + i - 4] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + i] ?? 0) : 0;
      const c = i >= 4 && y > 0 ? (out[(y - 1) * stride + i - 4] ?? 0) : 0;
      let value: number;
      switch (filter) {
        case 0: value = x; break;
        case 1: value = x + a; break;
        case 2: value = x + b; break;
        case 3: value = x + Math.floor((a + b) / 2); break;
        case 4: value = x + paeth(a, b, c); break;
        default: throw new Error(`unknown PNG row filter ${String(filter)}`);
      }
      out[y * stride + i] = value & 0xff;
    }
  }
  return { width, height, pixels: out };
}
