/**
 * Writes the add-in's ribbon and manifest icons (addin/assets/icon-16/32/80.png): a Fluent-blue tile with
 * a white 3×3 grid (the services grid). Plain RGBA PNGs encoded with node:zlib, so no image tool is needed.
 * Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG. */
export function encodePng(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function icon(size: number): Buffer {
  const blue: [number, number, number, number] = [0x0f, 0x6c, 0xbd, 255];
  const white: [number, number, number, number] = [255, 255, 255, 255];
  const clear: [number, number, number, number] = [0, 0, 0, 0];
  const radius = Math.max(2, Math.round(size / 8));
  const margin = Math.round(size * 0.2);
  const line = Math.max(1, Math.round(size / 16));
  const inner = size - 2 * margin;
  return encodePng(size, (x, y) => {
    // Rounded corners.
    const cx = x < radius ? radius - x : x >= size - radius ? x - (size - radius - 1) : 0;
    const cy = y < radius ? radius - y : y >= size - radius ? y - (size - radius - 1) : 0;
    if (cx * cx + cy * cy > radius * radius) return clear;
    const gx = x - margin, gy = y - margin;
    if (gx < 0 || gy < 0 || gx >= inner || gy >= inner) return blue;
    const onLine = (v: number) => [0, 1, 2, 3].some((k) => Math.abs(v - Math.round((k * (inner - line)) / 3)) < line);
    return onLine(gx) || onLine(gy) ? white : blue;
  });
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'addin', 'assets');
for (const size of [16, 32, 80]) writeFileSync(join(out, `icon-${size}.png`), icon(size));
console.log(`wrote icon-16/32/80.png to ${out}`);
