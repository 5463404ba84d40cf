import type { Handlers } from '../messaging/server.ts';
import { createAuditHandlers } from './audit-handlers.ts';
import { createDraftHandlers } from './draft-handlers.ts';
import { createPortalHandlers, type HandlerDeps } from './handlers.ts';

/** Every request of the protocol with its handler, by name; the compiler checks that none is missing. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return { ...createPortalHandlers(deps), ...createAuditHandlers(deps), ...createDraftHandlers(deps) };
}
