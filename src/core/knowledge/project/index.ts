import type { VendorCookies } from '../types.ts';
import { embedVendors } from './embeds.ts';
import { measurementVendors } from './measurement.ts';
import { platformVendors } from './platform.ts';

/** The project's own knowledge base, written in French, each vendor with the page that documents its cookies. */
export const projectVendors: readonly VendorCookies[] = [...platformVendors, ...measurementVendors, ...embedVendors];
