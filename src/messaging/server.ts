import browser, { type Runtime } from 'webextension-polyfill';
import { messageTypes, type Message, type MessageType, type Protocol, type Reply } from './protocol.ts';

export type Handlers = { [T in MessageType]: (request: Protocol[T]['request']) => Promise<Protocol[T]['response']> };

/** Only this extension's own pages may ask: content from the web never reaches a handler. */
function isOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && messageTypes.includes((value as Message).type);
}

/** Registers every handler by name, synchronously, so that a message that wakes the background finds it. */
export function serveMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnPage(sender) || !isMessage(message)) return undefined;
    const handler = handlers[message.type] as (request: unknown) => Promise<unknown>;
    return handler(message.request).then(
      (response): Reply<MessageType> => ({ ok: true, response: response as never }),
      (error: unknown): Reply<MessageType> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
