// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCharter } from '../../src/core/charter/parse.ts';
import { standardOpendatasoftCharter } from '../../src/core/charter/standard.ts';

describe('standardOpendatasoftCharter', () => {
  it('is what the valenciennesmetro charter declares', () => {
    const page = readFileSync(new URL('../fixtures/charters/valenciennesmetro.opendatasoft.com.txt', import.meta.url), 'utf8');
    expect(standardOpendatasoftCharter).toEqual(parseCharter(page));
  });
});
