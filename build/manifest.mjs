/**
 * Derives each browser's manifest from the one source manifest.json:
 * Chrome runs the background as a service worker, Firefox as an event page (background.scripts).
 */
export function manifestFor(browser, source) {
  const manifest = structuredClone(source);
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: 'background.js' };
  } else {
    manifest.background = { scripts: ['background.js'] };
  }
  return manifest;
}
