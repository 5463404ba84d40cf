import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { followConsent, startAudit } from '../../src/core/audit/audit.ts';
import { standardCharters } from '../../src/core/charter/standard/index.ts';
import { buildEvidence } from '../../src/core/export/evidence.ts';
import { canonicalJson, EVIDENCE_SCHEMA_ID, evidenceToJson } from '../../src/core/export/json.ts';
import { findingTitleKeys } from '../../src/core/checks/titles.ts';
import { sha256Hex } from '../../src/core/hash/sha256.ts';
import { keptCookie } from '../support/kept-cookie.ts';
import { AUDIT_START, declaredLine, evidenceInput } from '../support/evidence-input.ts';
import { validate, type Schema } from '../support/json-schema.ts';
import { sayInFrench } from '../support/locale-messages.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../src/core/export/evidence.schema.json', import.meta.url), 'utf8'),
) as Schema;
const DAY = 24 * 60 * 60 * 1000;

const audited = buildEvidence(
  evidenceInput({
    charter: {
      ...evidenceInput().charter,
      declared: [declaredLine('sessionid', { duration: 'Session' }), declaredLine('_pk_ses.', { match: 'prefix' })],
    },
    audit: followConsent(startAudit(AUDIT_START), 'accepted', AUDIT_START + 1000),
    cookies: [
      keptCookie('sessionid', AUDIT_START, { expiresAt: AUDIT_START + 365 * DAY }),
      keptCookie('_ga', AUDIT_START + 2000, {
        expiresAt: AUDIT_START + 2000 + 400 * DAY,
        requestedLifetimeMs: 730 * DAY,
        secure: false,
      }),
      keptCookie('carto_uid', AUDIT_START + 3000, {
        domain: 'carto-tiers.fr',
        party: 'third',
        partitionKey: 'https://montreuil.fr',
      }),
    ],
    requestOnlyCookies: [{ name: 'cookies_preferences', host: 'data.montreuil.fr', firstSeen: AUDIT_START + 1000 }],
  }),
);
const observedWithStandardCharter = buildEvidence(
  evidenceInput({
    charter: {
      declared: standardCharters.older.declared,
      source: { kind: 'standard', reason: { kind: 'not-read-yet' }, readAt: AUDIT_START },
    },
    charterTextSha256: null,
  }),
);

describe('the JSON export', () => {
  it.each([
    ['an audit with findings', audited],
    ['an observation with the standard charter and no cookie', observedWithStandardCharter],
  ])('is valid against its JSON Schema: %s', async (_, evidence) => {
    const exported: unknown = JSON.parse(await evidenceToJson(evidence, sayInFrench));
    expect(validate(exported, schema)).toEqual([]);
    expect(exported).toMatchObject({ schema: EVIDENCE_SCHEMA_ID, schemaVersion: 1 });
  });

  it('is checked by a validator that does catch a broken export', async () => {
    const exported = JSON.parse(await evidenceToJson(audited, sayInFrench)) as Record<string, unknown> & {
      rows: Record<string, unknown>[];
    };
    delete exported.charter;
    exported.rows[0] = { ...exported.rows[0], value: 'secret', status: 'vu' };
    expect(validate(exported, schema)).toEqual([
      '$: missing charter',
      '$.rows[0].status: "vu" not in enum',
      '$.rows[0]: unexpected value',
    ]);
  });

  it('lists in its schema every check the findings may name', () => {
    const finding = (schema.$defs as Record<string, Schema>).finding as { properties: { check: { enum: string[] } } };
    expect(finding.properties.check.enum.sort()).toEqual(Object.keys(findingTitleKeys).sort());
  });

  it('holds the SHA-256 of its canonical form without the hash, as it explains', async () => {
    const text = await evidenceToJson(audited, sayInFrench);
    const { exportSha256, ...rest } = JSON.parse(text) as { exportSha256: string; integrity: { method: string } };
    expect(exportSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await sha256Hex(canonicalJson(rest))).toBe(exportSha256);
    expect(rest.integrity.method).toContain("jq -cjS 'del(.exportSha256)'");
  });

  it('changes its hash when any fact changes', async () => {
    const hashOf = async (text: string) => (JSON.parse(text) as { exportSha256: string }).exportSha256;
    const changed = {
      ...audited,
      rows: audited.rows.map((row, index) => (index === 0 ? { ...row, lifetime: `${row.lifetime} ` } : row)),
    };
    expect(await hashOf(await evidenceToJson(changed, sayInFrench))).not.toBe(
      await hashOf(await evidenceToJson(audited, sayInFrench)),
    );
  });
});

describe('canonical JSON (RFC 8785 for the values an export holds)', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: [{ z: 1, a: null }], a: 'é"\n', c: true, skipped: undefined })).toBe(
      '{"a":"é\\"\\n","b":[{"a":null,"z":1}],"c":true}',
    );
  });

  it('sorts keys by UTF-16 code units, as RFC 8785 says', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, '\u{1F600}': 4, '\uFFFF': 5 })).toBe(
      '{"Z":3,"z":2,"é":1,"\u{1F600}":4,"\uFFFF":5}',
    );
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});
