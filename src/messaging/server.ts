import { runtime, type MessageSender } from '../adapters/runtime.ts';
import type { Message, MessageType, Protocol, Reply } from './protocol.ts';
import { refusalOf } from './requests.ts';

export type Handlers = { [T in MessageType]: (request: Protocol[T]['request']) => Promise<Protocol[T]['response']> };

/**
 * The reply to one message: nothing at all to a sender that is not the extension's own page (it learns nothing),
 * a refusal as data for an unknown type or a malformed request, else what its handler answers or the error it threw.
 */
export function answer(
  handlers: Handlers,
  message: unknown,
  sender: MessageSender,
): Promise<Reply<MessageType>> | undefined {
  // Only this extension's own pages may ask: content from the web never reaches a handler.
  if (!runtime.isOwnPage(sender)) return undefined;
  const refusal = refusalOf(message);
  if (refusal !== null) return Promise.resolve({ ok: false, error: refusal });
  const { type, request } = message as Message;
  const handler = handlers[type] as (request: unknown) => Promise<unknown>;
  return Promise.resolve()
    .then(() => handler(request))
    .then(
      (response): Reply<MessageType> => ({ ok: true, response: response as never }),
      (error: unknown): Reply<MessageType> => ({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
}

/** Registers every handler by name, synchronously, so that a message that wakes the background finds it. */
export function serveMessages(handlers: Handlers): void {
  runtime.onMessage((message, sender) => answer(handlers, message, sender));
}
