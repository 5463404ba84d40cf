import type { TabState } from '../core/report/tab-state.ts';

import type { PortalSettings } from '../core/portal/settings.ts';

export type { PortalSettings };

/** Which tab the popup speaks about: the active tab, or one named in the popup URL (tests, detached popup). */
export type TabTarget = { tabId: number } | { host: string };

/** Every request the popup and the options page may send to the background, with its reply. */
export interface Protocol {
  getTabState: { request: TabTarget; response: TabState };
  /** Reads the portal's charter again, now. */
  rereadCharter: { request: { host: string }; response: TabState };
  /** Forgets every cookie recorded for one portal (not the browser's cookies). */
  clearPortalRecord: { request: { host: string }; response: TabState };
  getPortalSettings: { request: Record<string, never>; response: PortalSettings };
  addPortalHost: { request: { host: string }; response: PortalSettings };
  removePortalHost: { request: { host: string }; response: PortalSettings };
}

export type MessageType = keyof Protocol;

export interface Message<T extends MessageType = MessageType> {
  type: T;
  request: Protocol[T]['request'];
}

/** Errors cross the message boundary as data, never as a rejected promise with a lost stack. */
export type Reply<T extends MessageType> =
  | { ok: true; response: Protocol[T]['response'] }
  | { ok: false; error: string };

export const messageTypes: readonly MessageType[] = [
  'getTabState',
  'rereadCharter',
  'clearPortalRecord',
  'getPortalSettings',
  'addPortalHost',
  'removePortalHost',
];
