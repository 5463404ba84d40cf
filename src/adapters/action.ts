import browser from 'webextension-polyfill';

/** What the toolbar button shows on one tab: an empty text hides the badge. */
export interface BadgeLook {
  text: string;
  color?: string;
  title: string;
}

/** The toolbar button: its badge and title, tab by tab. */
export const action = {
  async show(tabId: number, { text, color, title }: BadgeLook): Promise<void> {
    await browser.action.setBadgeText({ tabId, text });
    if (color !== undefined) await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setTitle({ tabId, title });
  },
};

export type ActionApi = typeof action;
