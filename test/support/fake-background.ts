import type { Message, MessageType, Protocol } from '../../src/messaging/protocol.ts';
import { fakeBrowser } from './fake-browser.ts';

export type Replies = { [T in MessageType]?: (request: Protocol[T]['request']) => unknown };

/**
 * Stands in for the background in popup and options tests: answers each message type with the given function,
 * as the real one does (errors as data), and keeps every message sent.
 */
export function fakeBackground(replies: Replies): Message[] {
  const sent: Message[] = [];
  fakeBrowser.runtime.sendMessage = async (raw: unknown) => {
    const message = raw as Message;
    sent.push(message);
    const reply = replies[message.type] as ((request: unknown) => unknown) | undefined;
    if (!reply) return { ok: false, error: `pas de réponse prévue pour ${message.type}` };
    try {
      return { ok: true, response: await reply(message.request) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
  return sent;
}
