import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import knownPortals from '../core/portal/known-portal-hosts.json';
import { createOrganisationLookup, thirdPartyWebFallback } from '../core/knowledge/organisations.ts';
import { hostsOfList, OBSERVE_USAGE, parseObserveOptions } from './options.ts';
import { writeSummaries } from './output.ts';
import { progressWriter, type Progress } from './progress.ts';
import { popupWords, readFrenchMessages } from './popup.ts';
import { runObservatory } from './run.ts';
import { sayInFrench } from '../cli/messages.ts';
import { sayCounted } from '../core/words/messages.ts';

export interface ObserveEnvironment {
  /** The built extension the portals are visited with. */
  extensionDir: string;
  chromiumPath: string;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

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
    if (list.rejected.length > 0)
      process.stderr.write(
        `${sayInFrench('observatoryIgnoredLines', `${list.rejected.slice(0, 5).join(', ')}${list.rejected.length > 5 ? '…' : ''}`)}\n`,
      );
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
    chromium: {
      chromiumPath: environment.chromiumPath,
      extensionDir: environment.extensionDir,
      resolveRules: options.resolveRules,
      insecure: options.insecure,
    },
    rules: options.rules,
    organisationOf: (domain) => organisationOf(domain)?.name ?? null,
    words: popupWords(french),
    signal: environment.signal,
    onProgress: environment.onProgress ?? progressWriter(process.stderr),
  });
  const totals = await writeSummaries(outDir, hosts, new Date(), sayInFrench);
  const runEnd = sayInFrench('observatoryRunEnd', [
    sayInFrench(finished ? 'observatoryFinished' : 'observatoryInterrupted'),
    sayCounted(sayInFrench, 'observatoryAudited', totals.byOutcome.audited),
    sayInFrench('observatoryNotOpendatasoftCount', String(totals.byOutcome['not-opendatasoft'])),
    sayCounted(sayInFrench, 'observatoryFailures', totals.byOutcome.failed),
    join(outDir, 'index.html'),
  ]);
  process.stderr.write(`${runEnd}\n`);
  return finished ? 0 : 130;
}
