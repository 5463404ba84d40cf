import type { Dataset, Embed, PortalSite } from '../sites.ts';
import { escapeHtml } from './html.ts';
import { portalPage } from './layout.ts';

/** A portal's home page: search, a few dataset cards, and whatever it embeds from other hosts. */
export function homePage(site: PortalSite): string {
  return portalPage(site, {
    title: 'Accueil',
    main: `<section class="ods-hero">
  <h1>${escapeHtml(site.title)}</h1>
  <p>Les données publiques de ${escapeHtml(site.publisher)}, libres de réutilisation.</p>
  <form class="ods-search" action="/explore/" role="search">
    <input type="search" name="q" placeholder="Rechercher un jeu de données" aria-label="Rechercher un jeu de données">
    <button type="submit">Rechercher</button>
  </form>
</section>
<section class="ods-datasets" aria-label="Jeux de données à la une">
  <h2>Jeux de données à la une</h2>
  <div class="ods-cards">
${site.datasets.map(datasetCard).join('\n')}
  </div>
</section>
${site.embeds.map(embedSection).join('\n')}`,
  });
}

function datasetCard(dataset: Dataset): string {
  return `    <article class="ods-card">
      <span class="ods-card__theme">${escapeHtml(dataset.theme)}</span>
      <h3><a href="/explore/dataset/${dataset.slug}/">${escapeHtml(dataset.title)}</a></h3>
      <p>${escapeHtml(dataset.description)}</p>
      <p class="ods-card__count">${dataset.records.toLocaleString('fr-FR')} enregistrements</p>
    </article>`;
}

function embedSection(embed: Embed): string {
  const content =
    embed.kind === 'map-tiles'
      ? `<div class="ods-map">${embed.tiles.map((src) => `<img src="${src}" alt="" width="256" height="256">`).join('')}</div>`
      : `<iframe class="ods-video" src="${embed.src}" title="${escapeHtml(embed.title)}" width="480" height="270"></iframe>`;
  return `<section class="ods-embed">
  <h2>${escapeHtml(embed.title)}</h2>
  ${content}
</section>`;
}

/** The catalogue and dataset pages: the same frame, so that browsing a portal sets the same cookies. */
export function explorePage(site: PortalSite, slug: string | null): string {
  const dataset = slug ? site.datasets.find((candidate) => candidate.slug === slug) : undefined;
  if (dataset) {
    return portalPage(site, {
      title: dataset.title,
      main: `<h1>${escapeHtml(dataset.title)}</h1>
<p>${escapeHtml(dataset.description)}</p>
<p>${dataset.records.toLocaleString('fr-FR')} enregistrements — thème ${escapeHtml(dataset.theme)}.</p>`,
    });
  }
  return portalPage(site, {
    title: 'Données',
    main: `<h1>Catalogue de données</h1>
<div class="ods-cards">
${site.datasets.map(datasetCard).join('\n')}
</div>`,
  });
}

/** Opendatasoft's CMS pages that every portal has (legal notice, accessibility, contact, about). */
export function simplePage(site: PortalSite, title: string): string {
  return portalPage(site, {
    title,
    main: `<h1>${escapeHtml(title)}</h1>
<p>Ce portail est édité par ${escapeHtml(site.publisher)} et hébergé par Opendatasoft.</p>`,
  });
}
