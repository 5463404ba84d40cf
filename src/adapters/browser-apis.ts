import { action } from './action.ts';
import { cookies } from './cookies.ts';
import { firstViews } from './first-views.ts';
import { pageResources } from './page-resources.ts';
import { permissions } from './permissions.ts';
import { runtime } from './runtime.ts';
import { tabs } from './tabs.ts';
import { webRequest } from './web-request.ts';

/** The browser APIs the background uses, one thin adapter each, injected into the background's services. */
export const browserApis = { action, cookies, firstViews, pageResources, permissions, runtime, tabs, webRequest };

export type BrowserApis = typeof browserApis;
