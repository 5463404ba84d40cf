import type { CharterTemplate } from './template.ts';
import { newerTemplate } from './newer.ts';
import { olderTemplate } from './older.ts';

/** Every known charter layout. When a header row fits several, the one mapping the most columns wins. */
export const charterTemplates: readonly CharterTemplate[] = [olderTemplate, newerTemplate];
