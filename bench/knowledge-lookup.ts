/**
 * Knowledge lookup: time per cookie name against the whole knowledge base (the project's vendors and the
 * Open Cookie Database), for names it knows (exact and by prefix) and names it does not.
 */
import { loadCookieKnowledge } from '../src/core/knowledge/load.ts';
import openCookieDatabase from '../src/core/knowledge/open-cookie-database.json';
import { openCookieDatabaseEntries } from '../src/core/knowledge/open-cookie-database.ts';
import { formatMs, median, sampleMs } from './measure.ts';
import type { BenchRow } from './report.ts';

/** Every name the database knows (a prefix with a suffix added), each followed by one it does not know. */
function namesToLookUp(): { name: string; domain: string }[] {
  return openCookieDatabaseEntries(openCookieDatabase).flatMap((entry, index) => [
    {
      name: entry.match === 'prefix' ? `${entry.name}1a2b` : entry.name,
      domain: entry.domains?.[0] ?? 'data.montreuil.fr',
    },
    { name: `inconnu_${index}`, domain: 'data.montreuil.fr' },
  ]);
}

export async function benchKnowledgeLookup(): Promise<BenchRow[]> {
  const loadStarted = performance.now();
  const lookup = await loadCookieKnowledge();
  const loadMs = performance.now() - loadStarted;
  const names = namesToLookUp();
  const known = names.filter(({ name, domain }) => lookup(name, domain) !== null).length;
  const perNameMs =
    median(sampleMs(() => names.forEach(({ name, domain }) => lookup(name, domain)), { minRuns: 20, minTimeMs: 500 })) /
    names.length;
  return [
    {
      group: 'knowledge',
      name: `lookup per cookie name, full knowledge base (${names.length.toLocaleString('en')} names, ${known.toLocaleString('en')} known)`,
      result: `${formatMs(perNameMs)} per name`,
      figures: { names: names.length, known, perNameUs: perNameMs * 1000 },
    },
    {
      group: 'knowledge',
      name: 'loading and indexing the knowledge base (before the first lookup only)',
      result: formatMs(loadMs),
      figures: { loadMs },
    },
  ];
}
