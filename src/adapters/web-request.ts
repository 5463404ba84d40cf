import browser, { type WebRequest } from 'webextension-polyfill';

/** A response's headers, as webRequest reports them. */
export type ResponseDetails = WebRequest.OnHeadersReceivedDetailsType;
/** A request about to leave, as webRequest reports it. */
export type RequestDetails = WebRequest.OnBeforeRequestDetailsType;

/** Chrome hides Set-Cookie from listeners unless asked with "extraHeaders"; Firefox rejects that word. */
function extraInfoSpec(): WebRequest.OnHeadersReceivedOptions[] {
  const known = Object.values(
    (browser.webRequest as { OnHeadersReceivedOptions?: Record<string, string> }).OnHeadersReceivedOptions ?? {},
  );
  return known.includes('extraHeaders') ? ['responseHeaders', 'extraHeaders'] : ['responseHeaders'];
}

/** The requests pages make and the headers of their responses, Set-Cookie included. */
export const webRequest = {
  /** Every response's headers, on every address; registered at once. */
  onResponseHeaders(listener: (details: ResponseDetails) => void): void {
    browser.webRequest.onHeadersReceived.addListener(listener, { urls: ['<all_urls>'] }, extraInfoSpec());
  },

  /** Requests to the addresses matching one of `urls` (match patterns); registered at once. */
  onRequest(urls: string[], listener: (details: RequestDetails) => void): void {
    browser.webRequest.onBeforeRequest.addListener(listener, { urls });
  },
};

export type WebRequestApi = typeof webRequest;
