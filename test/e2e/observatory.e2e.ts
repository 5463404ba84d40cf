/**
 * The observatory (`npm run observe`) over the local portals, broken ones included: summary.json must say what each
 * portal does (written by hand from test/portal/), each audited portal's folder must hold the extension's exports,
 * and the dashboard must link them; a run stopped midway must resume without visiting a finished portal again.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observe } from '../../src/observatory/observe.ts';
import type { PortalSummary } from '../../src/observatory/summary.ts';
import { chromiumHostResolverRules, observatoryHosts, startPortal, type Portal } from '../portal/index.ts';
import { chromeExtensionDir, chromiumPath, requireBrowser, requireExtensionBuild } from './support/environment.ts';

interface Summary {
  schema: string;
  totals: { portals: number; byOutcome: Record<string, number>; portalsByFindingType: Record<string, number> };
  portals: PortalSummary[];
}

let portal: Portal;
let outDir: string;

beforeAll(async () => {
  requireBrowser(chromiumPath, 'Chromium', 'chromium');
  requireExtensionBuild(chromeExtensionDir);
  portal = await startPortal();
  outDir = await mkdtemp(join(tmpdir(), 'charte-observatoire-e2e-'));
});
afterAll(async () => {
  await portal?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const quiet = () => undefined;
const commonArgs = () => [
  '--resolve',
  chromiumHostResolverRules(portal),
  '--insecure',
  '--timeout',
  '90',
  '--pause',
  '0.2',
];
const hostArgs = (hosts: readonly string[]) => hosts.flatMap((host) => ['--host', host]);

async function readSummary(dir: string): Promise<Summary> {
  return JSON.parse(await readFile(join(dir, 'summary.json'), 'utf8')) as Summary;
}

describe('observatory', () => {
  it(
    'audits every local portal in three phases and records why each broken one failed',
    { timeout: 300_000 },
    async () => {
      const dir = join(outDir, 'complet');
      const code = await observe([...hostArgs(observatoryHosts), '--out', dir, '--concurrency', '3', ...commonArgs()], {
        extensionDir: chromeExtensionDir,
        chromiumPath,
        onProgress: quiet,
      });
      expect(code).toBe(0);
      const summary = await readSummary(dir);
      const of = (host: string) => {
        const found = summary.portals.find((entry) => entry.host === host);
        if (!found) throw new Error(`${host} is not in summary.json`);
        return found;
      };
      expect(summary.schema).toBe('charte-vs-cookies.observatory.v1');
      expect(summary.portals.map((entry) => entry.host)).toEqual(observatoryHosts);

      // Broken portals: each with its reason, and the run went on.
      expect(of('erreur-serveur.opendatasoft.com')).toMatchObject({
        outcome: 'failed',
        failure: { kind: 'http', reason: expect.stringContaining('500') },
      });
      expect(of('sans-reponse.opendatasoft.com')).toMatchObject({ outcome: 'failed', failure: { kind: 'timeout' } });
      expect(of('certificat-invalide.opendatasoft.com')).toMatchObject({ outcome: 'failed', failure: { kind: 'tls' } });
      expect(of('introuvable.opendatasoft.com')).toMatchObject({ outcome: 'failed', failure: { kind: 'dns' } });
      for (const host of ['data.metropole-udata.fr', 'data.comte-ckan.org'])
        expect(of(host), host).toMatchObject({ outcome: 'not-opendatasoft', failure: { kind: 'not-opendatasoft' } });

      // Montreuil: its charter read, atuserid set before any choice, Matomo only after acceptance, the map tiles' cookie.
      const montreuil = of('data.montreuil.fr');
      expect(montreuil).toMatchObject({
        outcome: 'audited',
        failure: null,
        banner: 'present',
        charter: { source: 'portal' },
      });
      expect(montreuil.phases['sans-choix']?.undeclared).toContain('atuserid');
      expect(montreuil.phases['sans-choix']?.findingsByType['set-before-consent']).toBeGreaterThan(0);
      expect(montreuil.phases.refus?.undeclared).not.toContain('_pk_id.1.ab12');
      expect(montreuil.phases.acceptation?.undeclared).toContain('_pk_id.1.ab12');
      expect(montreuil.phases['sans-choix']?.consent).toBeNull();
      expect(montreuil.phases.refus?.consent?.services).toEqual(
        expect.arrayContaining([{ service: 'matomo', accepted: false }]),
      );
      expect(montreuil.phases.acceptation?.consent?.services).toEqual(
        expect.arrayContaining([{ service: 'matomo', accepted: true }]),
      );
      expect(montreuil.phases.acceptation?.consent?.decidedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      // Dreux has no charter: the standard one stands in, and the summary says why.
      expect(of('dreux-agglomeration-centrevaldeloire.opendatasoft.com').charter).toMatchObject({
        source: 'standard',
        fallbackReason: expect.any(String),
      });
      // The portal that does what it says: nothing undeclared in any phase.
      const exemplary = of('exemplaire.opendatasoft.com');
      for (const phase of ['sans-choix', 'refus', 'acceptation'] as const)
        expect(exemplary.phases[phase]?.undeclared, phase).toEqual([]);
      // Matomo started after a refusal is pointed out in the refusal phase alone.
      const ignoresRefusal = of('refus-ignore.opendatasoft.com');
      expect(ignoresRefusal.phases.refus?.findingsByType['set-after-refusal']).toBeGreaterThan(0);
      expect(ignoresRefusal.phases['sans-choix']?.findingsByType['set-after-refusal']).toBeUndefined();
      // No banner: no choice to make, the phases that need one are not run.
      expect(of('sans-bandeau.opendatasoft.com')).toMatchObject({
        outcome: 'audited',
        banner: 'absent',
        phases: { refus: null, acceptation: null },
      });
      // Valenciennes embeds a video whose third-party cookie is undeclared.
      expect(of('valenciennesmetro.opendatasoft.com').phases['sans-choix']?.undeclared).toContain('lecteur_visiteur');

      // The exports are the extension's own, in each audited portal's folder, and the dashboard links them.
      for (const phase of ['sans-choix', 'refus', 'acceptation']) {
        for (const extension of ['csv', 'json', 'html'])
          expect(existsSync(join(dir, 'data.montreuil.fr', `${phase}.${extension}`)), `${phase}.${extension}`).toBe(
            true,
          );
      }
      const evidence = JSON.parse(await readFile(join(dir, 'data.montreuil.fr', 'acceptation.json'), 'utf8')) as {
        schema: string;
        portalHost: string;
      };
      expect(evidence).toMatchObject({ schema: 'charte-vs-cookies.evidence.v1', portalHost: 'data.montreuil.fr' });
      const csv = await readFile(join(dir, 'summary.csv'), 'utf8');
      expect(csv.startsWith('\uFEFFPortail;Résultat;Raison;')).toBe(true);
      expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(observatoryHosts.length + 1);
      const dashboard = await readFile(join(dir, 'index.html'), 'utf8');
      expect(dashboard).toContain('<a href="data.montreuil.fr/acceptation.html">après acceptation</a>');
      expect(dashboard).toContain('déposé après refus');
      expect(dashboard).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/);
    },
  );

  it('stopped midway, resumes without visiting a finished portal again', { timeout: 240_000 }, async () => {
    const dir = join(outDir, 'reprise');
    const hosts = ['sans-bandeau.opendatasoft.com', 'exemplaire.opendatasoft.com'];
    const args = [...hostArgs(hosts), '--out', dir, '--concurrency', '1', ...commonArgs()];
    const stop = new AbortController();
    const first = await observe(args, {
      extensionDir: chromeExtensionDir,
      chromiumPath,
      signal: stop.signal,
      onProgress: (progress) => {
        if (progress.done === 1) stop.abort();
      },
    });
    expect(first).toBe(130);
    const finished = await stat(join(dir, hosts[0]!, 'resultat.json'));
    expect(existsSync(join(dir, hosts[1]!, 'resultat.json')), 'the portal under way when stopped').toBe(false);
    expect((await readSummary(dir)).portals.map((entry) => entry.host)).toEqual([hosts[0]]);

    const requestsBefore = portal.requests.length;
    const second = await observe(args, { extensionDir: chromeExtensionDir, chromiumPath, onProgress: quiet });
    expect(second).toBe(0);
    expect(
      (await stat(join(dir, hosts[0]!, 'resultat.json'))).mtimeMs,
      'the finished portal is not visited again',
    ).toBe(finished.mtimeMs);
    const visitedAgain = portal.requests.slice(requestsBefore).map((request) => request.host);
    expect(visitedAgain).not.toContain(hosts[0]);
    expect(visitedAgain).toContain(hosts[1]);
    const summary = await readSummary(dir);
    expect(summary.portals.map((entry) => entry.host)).toEqual(hosts);
    expect(summary.portals.every((entry) => entry.outcome === 'audited')).toBe(true);
  });
});
