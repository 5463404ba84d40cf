/**
 * Draws the toolbar icon (a cookie beside a charter page) as PNG at each size the manifest names,
 * so that the repository holds no binary images and the icon can be changed as code.
 */
import { deflateSync } from 'node:zlib';

const ink = [0x1f, 0x3a, 0x5f, 255]; // the charter page outline: navy
const paper = [0xff, 0xff, 0xff, 255];
const dough = [0xd9, 0x93, 0x3d, 255];
const chip = [0x5a, 0x32, 0x12, 255];

/** The colour of one point of a unit square (0..1), or null where the icon is transparent. */
function colourAt(x, y) {
  const inCookie = (x - 0.62) ** 2 + (y - 0.62) ** 2 < 0.34 ** 2;
  if (inCookie) {
    const chips = [
      [0.52, 0.5],
      [0.72, 0.56],
      [0.58, 0.74],
      [0.78, 0.76],
    ];
    return chips.some(([cx, cy]) => (x - cx) ** 2 + (y - cy) ** 2 < 0.055 ** 2) ? chip : dough;
  }
  const inPage = x > 0.08 && x < 0.62 && y > 0.06 && y < 0.8;
  if (!inPage) return null;
  const onBorder = x < 0.14 || x > 0.56 || y < 0.12 || y > 0.74;
  const onLine = x > 0.2 && x < 0.5 && [0.24, 0.36, 0.48].some((lineY) => Math.abs(y - lineY) < 0.03);
  return onBorder || onLine ? ink : paper;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG of the icon at `size` pixels, each pixel averaged over 4×4 samples for smooth edges. */
export function iconPng(size) {
  const samples = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // leading 0: no PNG filter
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          for (let c = 0; c < 3; c++) sum[c] += colour[c] * colour[3];
          sum[3] += colour[3];
        }
      }
      const alpha = sum[3] / (samples * samples);
      for (let c = 0; c < 3; c++) row[1 + px * 4 + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
