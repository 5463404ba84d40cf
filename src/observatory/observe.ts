import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import knownPortals from '../core/portal/known-portal-hosts.json';
import { createOrganisationLookup, thirdPartyWebFallback } from '../core/knowledge/organisations.ts';
import { hostsOfList, OBSERVE_USAGE, parseObserveOptions } from './options.ts';
import { writeSummaries } from './output.ts';
import { progressWriter, type Progress } from './progress.ts';
import { popupWords, readFrenchMessages } from './popup.ts';
import { runObservatory } from './run.ts';
import { pluralForm } from '../core/words/format.ts';
import { sayIn } from '../core/words/messages.ts';

export interface ObserveEnvironment {
  /** The built extension the portals are visited with. */
  extensionDir: string;
  chromiumPath: string;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/** "0 audité", "1 échec", "2 échecs", by the French plural rule. */
const counted = (count: number, word: string) => `${count} ${word}${pluralForm(count) === 'one' ? '' : 's'}`;

/** `npm run observe -- …`: 0 when every portal is done (failures recorded included), 1 on an error, 2 on usage, 130 when stopped. */
export async function observe(args: readonly string[], environment: ObserveEnvironment): Promise<number> {
  const parsed = parseObserveOptions(args);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n\n${OBSERVE_USAGE}`);
    return 2;
  }
  const { options } = parsed;
  let hosts = options.hosts;
  if (options.hostsFile !== null) {
    const list = hostsOfList(await readFile(options.hostsFile, 'utf8'));
    if (list.rejected.length > 0) process.stderr.write(`Lignes ignorées (pas un nom d'hôte) : ${list.rejected.slice(0, 5).join(', ')}${list.rejected.length > 5 ? '…' : ''}\n`);
    hosts = list.hosts;
  } else if (hosts.length === 0) {
    hosts = knownPortals.hosts;
  }
  const organisationsFile = join(environment.extensionDir, 'data', 'third-party-organisations.json');
  const organisations = JSON.parse(await readFile(organisationsFile, 'utf8')) as Record<string, string>;
  const organisationOf = createOrganisationLookup(thirdPartyWebFallback(organisations));
  const french = await readFrenchMessages(environment.extensionDir);
  const outDir = resolve(options.outDir);
  await mkdir(outDir, { recursive: true });
  const finished = await runObservatory({
    hosts,
    outDir,
    concurrency: options.concurrency,
    pauseMs: options.pauseMs,
    timeoutMs: options.timeoutMs,
    chromium: { chromiumPath: environment.chromiumPath, extensionDir: environment.extensionDir, resolveRules: options.resolveRules, insecure: options.insecure },
    rules: options.rules,
    organisationOf: (domain) => organisationOf(domain)?.name ?? null,
    words: popupWords(french),
    signal: environment.signal,
    onProgress: environment.onProgress ?? progressWriter(process.stderr),
  });
  const totals = await writeSummaries(outDir, hosts, new Date(), sayIn(french));
  process.stderr.write(
    `${finished ? 'Terminé' : 'Interrompu (relancez la même commande pour reprendre)'} : ${counted(totals.byOutcome.audited, 'audité')}, ${totals.byOutcome['not-opendatasoft']} pas Opendatasoft, ${counted(totals.byOutcome.failed, 'échec')} — ${join(outDir, 'index.html')}\n`,
  );
  return finished ? 0 : 130;
}
