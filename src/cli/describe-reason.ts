import type { CharterFallbackReason } from '../core/charter/types.ts';
import { fallbackReasonIn, withKeptAddresses } from '../core/words/charter-reason.ts';
import { sayInEnglish, sayInFrench } from './messages.ts';

/** Why a charter page could not be read, and where (addresses as kept): the popup's sentence in French, then in English. */
export function describeFallbackReason(reason: CharterFallbackReason): string {
  const kept = withKeptAddresses(reason);
  return `${fallbackReasonIn(kept, sayInFrench)} / ${fallbackReasonIn(kept, sayInEnglish)}`;
}
