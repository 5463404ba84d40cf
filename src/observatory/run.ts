import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Evidence } from '../core/export/evidence.ts';
import type { BrowserSettings, ObservatoryBrowser } from './chromium-session.ts';
import { sayInFrench } from '../cli/messages.ts';
import { firstLine, PortalFailure, type VisitFailure } from './failure.ts';
import type { PopupWords } from './popup.ts';
import { preflight } from './preflight.ts';
import type { Progress } from './progress.ts';
import type { ResolveRule } from './resolve-rules.ts';
import {
  charterSummary,
  phaseSummary,
  thirdPartyOrganisations,
  type PhaseEvidence,
  type PortalSummary,
} from './summary.ts';
import { phaseNames, visitPhase, type PhaseName, type VisitSettings } from './visit.ts';

export interface RunOptions {
  hosts: readonly string[];
  outDir: string;
  concurrency: number;
  pauseMs: number;
  /** For each portal, all phases together. */
  timeoutMs: number;
  chromium: BrowserSettings;
  rules: readonly ResolveRule[];
  organisationOf: (domain: string) => string | null;
  /** The popup's words the observatory clicks, from the built extension. */
  words: PopupWords;
  /** Stops the run: visits under way are dropped (done again by the next run), nothing new starts. */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/** Each portal's result, written once all its phases are done: its presence is what a later run skips. */
export const RESULT_FILE = 'resultat.json';

export const resultPath = (outDir: string, host: string) => join(outDir, host, RESULT_FILE);

async function readResult(outDir: string, host: string): Promise<PortalSummary | null> {
  try {
    return JSON.parse(await readFile(resultPath(outDir, host), 'utf8')) as PortalSummary;
  } catch {
    return null;
  }
}

/**
 * Visits every portal not finished yet, `concurrency` at a time; a portal's phases run one after the other (one
 * visit at a time per host, with a pause between page loads). Memory holds only the portals under way: each result
 * goes to its own file at once. Returns whether every portal is done (false when stopped).
 */
export async function runObservatory(options: RunOptions): Promise<boolean> {
  const progress: Progress = { done: 0, total: options.hosts.length, failures: 0, resumed: 0, startedAt: Date.now() };
  const queue: string[] = [];
  for (const host of options.hosts) {
    const earlier = await readResult(options.outDir, host);
    if (earlier) {
      progress.done++;
      progress.resumed++;
      if (earlier.outcome === 'failed') progress.failures++;
    } else {
      queue.push(host);
    }
  }
  options.onProgress?.(progress);
  const worker = async () => {
    for (let host = queue.shift(); host !== undefined && !options.signal?.aborted; host = queue.shift()) {
      const result = await visitPortal(host, options);
      if (!result || options.signal?.aborted) return;
      const file = resultPath(options.outDir, host);
      await writeFile(`${file}.tmp`, `${JSON.stringify(result, null, 1)}\n`);
      await rename(`${file}.tmp`, file);
      progress.done++;
      if (result.outcome === 'failed') progress.failures++;
      options.onProgress?.(progress);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return !options.signal?.aborted && progress.done === progress.total;
}

/** Every phase of one portal, within its timeout; null when the run was stopped meanwhile. */
async function visitPortal(host: string, options: RunOptions): Promise<PortalSummary | null> {
  const startedAt = Date.now();
  const dir = join(options.outDir, host);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const summary: PortalSummary = {
    host,
    outcome: 'failed',
    failure: null,
    banner: null,
    charter: null,
    phases: { 'sans-choix': null, refus: null, acceptation: null },
    thirdPartyOrganisations: [],
    visitedAt: new Date(startedAt).toISOString(),
    durationMs: 0,
  };
  const settings: VisitSettings = {
    chromium: options.chromium,
    words: options.words,
    pauseMs: options.pauseMs,
    deadline: startedAt + options.timeoutMs,
  };
  let current: ObservatoryBrowser | null = null;
  let timedOut = false;
  // The timeout and a stop close the browser under way: whatever it was waiting for fails at once.
  const stopBrowser = () => void current?.close();
  const timer = setTimeout(() => {
    timedOut = true;
    stopBrowser();
  }, options.timeoutMs);
  options.signal?.addEventListener('abort', stopBrowser);
  const evidence: PhaseEvidence[] = [];
  try {
    const early = await preflight(host, {
      rules: options.rules,
      insecure: options.chromium.insecure,
      timeoutMs: Math.min(options.timeoutMs, 15_000),
    });
    if (early) throw new PortalFailure(early);
    for (const phase of phaseNames) {
      if (phase !== 'sans-choix' && summary.banner === 'absent') break;
      if (phase !== 'sans-choix') await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
      const visit = await visitPhase(host, phase, settings, (session) => (current = session));
      if (visit === 'no-banner') break;
      if (phase === 'sans-choix') summary.banner = visit.bannerFound ? 'present' : 'absent';
      const files = await saveFiles(options.outDir, host, phase, visit.files);
      const phaseEvidence = JSON.parse(visit.files.json) as Evidence;
      evidence.push(phaseEvidence);
      summary.charter ??= charterSummary(phaseEvidence);
      summary.phases[phase] = phaseSummary(phaseEvidence, files);
    }
    summary.outcome = 'audited';
  } catch (error) {
    if (options.signal?.aborted) return null;
    const failure: VisitFailure = timedOut
      ? {
          kind: 'timeout',
          reason: sayInFrench('observatoryFailurePortalTimeout', String(Math.round(options.timeoutMs / 1000))),
        }
      : error instanceof PortalFailure
        ? error.failure
        : {
            kind: 'extension',
            reason: sayInFrench('observatoryFailureUnexpected', firstLine((error as Error).message)),
          };
    summary.failure = failure;
    summary.outcome = failure.kind === 'not-opendatasoft' ? 'not-opendatasoft' : 'failed';
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stopBrowser);
  }
  summary.thirdPartyOrganisations = thirdPartyOrganisations(evidence, options.organisationOf);
  summary.durationMs = Date.now() - startedAt;
  return summary;
}

async function saveFiles(
  outDir: string,
  host: string,
  phase: PhaseName,
  files: Record<'csv' | 'json' | 'html', string>,
) {
  const names = { csv: `${host}/${phase}.csv`, json: `${host}/${phase}.json`, html: `${host}/${phase}.html` };
  for (const format of ['csv', 'json', 'html'] as const) await writeFile(join(outDir, names[format]), files[format]);
  return names;
}
