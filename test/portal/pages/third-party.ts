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

/** A 256×256 map tile (pale land, a park, a few streets), as SVG: enough to look like a map, nothing to encode. */
export function mapTileSvg(seed: number): string {
  const offset = (seed * 37) % 64;
  const streets = [0, 64, 128, 192]
    .map((x) => `<rect x="${(x + offset) % 256}" y="0" width="4" height="256"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
<rect width="256" height="256" fill="#eeeae2"/>
<rect x="${(seed * 53) % 160}" y="${(seed * 29) % 160}" width="80" height="64" fill="#c8e2be"/>
<g fill="#fff">${streets}<rect x="0" y="${((seed * 11) % 200) + 20}" width="256" height="4"/></g>
</svg>`;
}
