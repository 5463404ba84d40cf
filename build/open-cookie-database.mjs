/**
 * Regenerates src/core/knowledge/open-cookie-database.json (and its licence beside it) from the Open Cookie Database
 * (github.com/jkwakman/Open-Cookie-Database, Apache-2.0), the fallback for cookies the project's own knowledge base
 * does not describe. Keeps only the columns the lookup uses, so that the extension ships a compact derived file.
 * Run: node build/open-cookie-database.mjs [folder holding open-cookie-database.csv, SOURCE.txt and LICENSE] [target folder]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceFolder = process.argv[2] ?? fileURLToPath(new URL('../../shared/open-cookie-database/', import.meta.url));
const targetFolder = process.argv[3] ?? fileURLToPath(new URL('../src/core/knowledge/', import.meta.url));
const hostname = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** Browsers refuse these in a cookie name; a "name" holding them is a note, not a cookie. */
const notInAName = /[\s;=,]/;

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** "google-analytics.com (3rd party) or .doubleclick.net" → "google-analytics.com doubleclick.net"; "" when none. */
function hostsOf(domainCell) {
  const hosts = domainCell
    .toLowerCase()
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .split(/\s+/)
    .map((token) => token.replace(/^\.+|\.+$/g, ''))
    .filter((token) => hostname.test(token));
  return [...new Set(hosts)].join(' ');
}

const collapse = (text) => text.replace(/\s+/g, ' ').trim();

const [header, ...records] = parseCsv(await readFile(join(sourceFolder, 'open-cookie-database.csv'), 'utf8'));
const column = (name) => {
  const index = header.indexOf(name);
  if (index < 0) throw new Error(`The CSV has no column "${name}"; its columns are: ${header.join(', ')}`);
  return index;
};
const at = {
  platform: column('Platform'),
  category: column('Category'),
  name: column('Cookie / Data Key name'),
  domain: column('Domain'),
  description: column('Description'),
  retention: column('Retention period'),
  wildcard: column('Wildcard match'),
};

const seen = new Set();
const cookies = [];
for (const record of records) {
  let name = collapse(record[at.name] ?? '');
  let prefix = record[at.wildcard]?.trim() === '1' ? 1 : 0;
  if (name.endsWith('*')) {
    name = name.replace(/\*+$/, '');
    prefix = 1;
  }
  const description = collapse(record[at.description] ?? '');
  // "Pending" is the database's placeholder for a description not written yet: nothing to tell a reader.
  if (name === '' || notInAName.test(name) || description === '' || /^pending$/i.test(description)) continue;
  const domains = hostsOf(record[at.domain] ?? '');
  const key = [name, domains, prefix].join('\u0001');
  if (seen.has(key)) continue;
  seen.add(key);
  const text = (index) => collapse(record[index] ?? '');
  cookies.push([name, domains, text(at.category), text(at.platform), description, text(at.retention), prefix]);
}
// Sorted by name (stable: among same names, the CSV's order stays), so that a new release diffs line by line.
cookies.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const commit = /commit ([0-9a-f]{40})/.exec(await readFile(join(sourceFolder, 'SOURCE.txt'), 'utf8'))?.[1] ?? null;
const attribution = {
  name: 'Open Cookie Database',
  source: 'https://github.com/jkwakman/Open-Cookie-Database',
  commit,
  licence: 'Apache-2.0',
  licenceFile: 'OPEN-COOKIE-DATABASE-LICENSE',
  changes:
    'Derived by build/open-cookie-database.mjs: only the name, domain, category, platform, description, retention period and wildcard columns; domains reduced to host names; rows without a description left out; a trailing * of a name read as a prefix; duplicates removed; sorted by name.',
};
const columns = ['name', 'domains', 'category', 'platform', 'description', 'retention', 'prefix'];
const lines = cookies.map((row) => JSON.stringify(row));
const target = join(targetFolder, 'open-cookie-database.json');
await writeFile(
  target,
  `{"attribution":${JSON.stringify(attribution)},\n"columns":${JSON.stringify(columns)},\n"cookies":[\n${lines.join(',\n')}\n]}\n`,
);
// Written rather than copied, so that the copy does not inherit the source's read-only mode.
await writeFile(join(targetFolder, 'OPEN-COOKIE-DATABASE-LICENSE'), await readFile(join(sourceFolder, 'LICENSE')));
console.log(`${cookies.length} cookies of the Open Cookie Database (commit ${commit}) written to ${target}`);
