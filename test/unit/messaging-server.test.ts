import { describe, expect, it, vi } from 'vitest';
import type { MessageType } from '../../src/messaging/protocol.ts';
import { requestChecks } from '../../src/messaging/requests.ts';
import { serveMessages, type Handlers } from '../../src/messaging/server.ts';
import { fakeBrowser } from '../support/fake-browser.ts';

const popupPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('popup/popup.html') };

/** Handlers that answer what they were asked, so that a test sees whether one ran and with what. */
function echoHandlers(): Handlers {
  const handlers = Object.fromEntries(
    Object.keys(requestChecks).map((type) => [
      type,
      vi.fn(async (request: unknown) => ({ answeredTo: type, request })),
    ]),
  );
  return handlers as unknown as Handlers;
}

/** What the background replies to one message, as the sender's sendMessage would receive it. */
function send(message: unknown, sender: object = popupPage): Promise<unknown> | undefined {
  const [reply] = fakeBrowser.runtime.onMessage.emit(message as never, sender as never);
  return reply as Promise<unknown> | undefined;
}

describe('the background’s message server', () => {
  it('answers the extension’s own page with what the handler returns', async () => {
    serveMessages(echoHandlers());
    expect(
      await send({ type: 'switchAuditPhase', request: { host: 'data.montreuil.fr', phase: 'after-refusal' } }),
    ).toEqual({
      ok: true,
      response: { answeredTo: 'switchAuditPhase', request: { host: 'data.montreuil.fr', phase: 'after-refusal' } },
    });
    expect(await send({ type: 'getTabState', request: { tabId: 7 } })).toEqual({
      ok: true,
      response: { answeredTo: 'getTabState', request: { tabId: 7 } },
    });
  });

  it('says nothing to a web page or another extension, and runs no handler for them', () => {
    const handlers = echoHandlers();
    serveMessages(handlers);
    const request = { type: 'startAudit', request: { host: 'data.montreuil.fr', deleteCookies: true } };
    // A script of this extension running in a web page has the extension's id, but a web page's address.
    expect(
      send(request, { id: fakeBrowser.runtime.id, url: 'https://data.montreuil.fr/pages/accueil/' }),
    ).toBeUndefined();
    expect(
      send(request, { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' }),
    ).toBeUndefined();
    expect(send(request, {})).toBeUndefined();
    expect(handlers.startAudit).not.toHaveBeenCalled();
  });

  it('refuses an unknown type in words, whatever stands for it', async () => {
    serveMessages(echoHandlers());
    expect(await send({ type: 'deleteAllCookies', request: {} })).toEqual({
      ok: false,
      error: 'Demande inconnue : « deleteAllCookies ».',
    });
    expect(await send({ type: 'toString', request: {} })).toEqual({
      ok: false,
      error: 'Demande inconnue : « toString ».',
    });
    expect(await send({ request: {} })).toEqual({ ok: false, error: 'Demande inconnue : « undefined ».' });
    expect(await send({ type: 7, request: {} })).toEqual({ ok: false, error: 'Demande inconnue : « 7 ».' });
    expect(await send('getTabState')).toEqual({ ok: false, error: 'Message mal formé : ni type ni demande.' });
    expect(await send(null)).toEqual({ ok: false, error: 'Message mal formé : ni type ni demande.' });
  });

  const malformed: [MessageType, unknown][] = [
    ['getTabState', { tabId: -1 }],
    ['getTabState', { tabId: '3' }],
    ['getTabState', { host: 42 }],
    ['getTabState', { tabId: 1.5 }],
    ['getTabState', { tabId: 3, withDetails: 'yes' }],
    ['getPortalDetails', {}],
    ['startAudit', { host: 'data.montreuil.fr', deleteCookies: 'yes' }],
    ['switchAuditPhase', { host: 'data.montreuil.fr', phase: 'after-everything' }],
    ['compareWithPastAudit', { host: 'data.montreuil.fr', startedAt: '1764500000000' }],
    ['exportEvidence', { host: 'data.montreuil.fr', format: 'pdf' }],
    ['getPortalSettings', []],
    ['addPortalHost', { host: ['data.montreuil.fr'] }],
  ];

  it.each(malformed)('refuses a malformed %s request, %j, before its handler runs', async (type, request) => {
    const handlers = echoHandlers();
    serveMessages(handlers);
    expect(await send({ type, request })).toEqual({ ok: false, error: `Demande « ${type} » mal formée.` });
    expect(handlers[type]).not.toHaveBeenCalled();
  });

  it('refuses a request missing altogether, for every type', async () => {
    serveMessages(echoHandlers());
    const replies = await Promise.all(Object.keys(requestChecks).map((type) => send({ type })));
    expect(replies).toEqual(
      Object.keys(requestChecks).map((type) => ({ ok: false, error: `Demande « ${type} » mal formée.` })),
    );
  });

  it('sends a handler’s error back as data, whether it throws at once or later', async () => {
    const handlers = echoHandlers();
    handlers.addPortalHost = () => {
      throw new Error('« pas un hôte » n’est pas un nom d’hôte valide.');
    };
    handlers.readCharter = async () => Promise.reject(new Error('Page de charte introuvable.'));
    handlers.clearPortalRecord = async () => Promise.reject('écriture refusée');
    serveMessages(handlers);
    expect(await send({ type: 'addPortalHost', request: { host: 'pas un hôte' } })).toEqual({
      ok: false,
      error: '« pas un hôte » n’est pas un nom d’hôte valide.',
    });
    expect(await send({ type: 'readCharter', request: { host: 'data.montreuil.fr' } })).toEqual({
      ok: false,
      error: 'Page de charte introuvable.',
    });
    expect(await send({ type: 'clearPortalRecord', request: { host: 'data.montreuil.fr' } })).toEqual({
      ok: false,
      error: 'écriture refusée',
    });
  });
});
