import type { CheckId } from './types.ts';

/** The message key (_locales) of each check's short title: a few words, for a mark on a line or a table cell. */
export const findingTitleKeys: Record<CheckId, string> = {
  'declared-session-but-persistent': 'findingTitleDeclaredSessionButPersistent',
  'declared-persistent-but-session': 'findingTitleDeclaredPersistentButSession',
  'lifetime-longer-than-declared': 'findingTitleLifetimeLongerThanDeclared',
  'audience-lifetime-over-13-months': 'findingTitleAudienceLifetimeOver13Months',
  'audience-expiry-extended': 'findingTitleAudienceExpiryExtended',
  'set-before-consent': 'findingTitleSetBeforeConsent',
  'set-after-refusal': 'findingTitleSetAfterRefusal',
  'undeclared-third-party': 'findingTitleUndeclaredThirdParty',
  'missing-secure': 'findingTitleMissingSecure',
  'samesite-none-without-secure': 'findingTitleSameSiteNoneWithoutSecure',
};
