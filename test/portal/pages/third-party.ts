import { deflateSync } from 'node:zlib';
import type { ThirdPartyHost } from '../hosts.ts';
import { documentHtml } from './html.ts';

/** The home page of a third-party host: a plain web page, not a portal (no badge expected there). */
export function thirdPartyHome(host: ThirdPartyHost): string {
  const what = host === 'tuiles.carto-tiers.fr' ? 'Service de tuiles cartographiques' : 'Lecteur vidéo intégrable';
  return documentHtml({
    title: what,
    body: `<h1>${what}</h1>
<p>Ce service est intégré par des sites tiers. Il n'est pas un portail de données.</p>`,
  });
}

/** The page a portal frames to show a video: a still player. */
export function videoEmbedPage(title: string): string {
  return documentHtml({
    title,
    head: '<style>body{margin:0;font:14px sans-serif;background:#111;color:#eee;display:grid;place-items:center;height:100vh}</style>',
    body: `<div role="img" aria-label="Lecteur vidéo">▶ ${title}</div>`,
  });
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 256×256 map tile (pale land, a few streets), drawn as an RGB PNG. */
export function mapTilePng(seed: number): Buffer {
  const size = 256;
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const street = (x + seed * 37) % 64 < 3 || (y + seed * 11) % 48 < 3 || Math.abs(x - y - seed) < 2;
      const park = !street && ((x >> 5) + (y >> 5) + seed) % 7 === 0;
      const [r, g, b] = street ? [255, 255, 255] : park ? [200, 226, 190] : [238, 234, 226];
      raw.set([r, g, b], row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
