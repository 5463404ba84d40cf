import { t } from '../adapters/i18n.ts';
import { runtime } from '../adapters/runtime.ts';
import type { MessageType, Protocol, Reply } from './protocol.ts';

/** Sends one typed request to the background; a handler's error arrives here as a thrown Error with its message. */
export async function ask<T extends MessageType>(
  type: T,
  request: Protocol[T]['request'],
): Promise<Protocol[T]['response']> {
  const reply = (await runtime.sendMessage({ type, request })) as Reply<T> | undefined;
  if (!reply) throw new Error(t('errorNoReply', type));
  if (!reply.ok) throw new Error(reply.error);
  return reply.response;
}
