import { expect } from 'vitest';

/** The SHA-256 of a charter page's text, kept as evidence of what was read: any 64 hex digits. */
export const anySha256 = expect.stringMatching(/^[0-9a-f]{64}$/);
