import { beforeEach, vi } from 'vitest';
import { fakeBrowser, resetFakeBrowser } from './fake-browser.ts';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => {
  resetFakeBrowser();
});
