/**
 * Regenerates src/core/portal/known-portal-hosts.json from the project's shared list of Opendatasoft portal hosts
 * (../shared/ods_hosts.tsv: compiled from the public dataportals-registry and public code calling Opendatasoft APIs).
 * Run: node build/known-portal-hosts.mjs [path/to/ods_hosts.tsv]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const source = process.argv[2] ?? fileURLToPath(new URL('../../shared/ods_hosts.tsv', import.meta.url));
const target = fileURLToPath(new URL('../src/core/portal/known-portal-hosts.json', import.meta.url));
const hostname = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const hosts = new Set();
for (const line of (await readFile(source, 'utf8')).split('\n')) {
  const host = line.split('\t')[0]?.trim().toLowerCase() ?? '';
  if (line.startsWith('#') || !hostname.test(host)) continue;
  hosts.add(host);
}
const sorted = [...hosts].sort();
await writeFile(
  target,
  `${JSON.stringify({ source: 'shared/ods_hosts.tsv (dataportals-registry snapshot 2026-08-22 and public code calling Opendatasoft APIs)', hosts: sorted }, null, 1)}\n`,
);
console.log(`${sorted.length} portal hosts written to ${target}`);
