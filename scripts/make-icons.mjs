// Draws the add-in's icons (a teal tile with three rising bars, the middle one amber) as real PNG files.
// Run once when the design changes: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
function icon(x, y, s) {
  const u = (v) => v * s;
  const radius = u(0.18);
  const inCorner = (cx, cy) => Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > radius;
  if (x < radius && y < radius && inCorner(radius, radius)) return [0, 0, 0, 0];
  if (x > s - radius && y < radius && inCorner(s - radius, radius)) return [0, 0, 0, 0];
  if (x < radius && y > s - radius && inCorner(radius, s - radius)) return [0, 0, 0, 0];
  if (x > s - radius && y > s - radius && inCorner(s - radius, s - radius)) return [0, 0, 0, 0];
  const bars = [
    { x0: 0.18, x1: 0.34, top: 0.55, colour: [255, 255, 255] },
    { x0: 0.42, x1: 0.58, top: 0.38, colour: [255, 199, 64] },
    { x0: 0.66, x1: 0.82, top: 0.2, colour: [255, 255, 255] },
  ];
  for (const b of bars) {
    if (x >= u(b.x0) && x < u(b.x1) && y >= u(b.top) && y < u(0.82)) return [...b.colour, 255];
  }
  return [0, 120, 130, 255];
}
for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size, icon));
}
console.log('icons written to assets/');
