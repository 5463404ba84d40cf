import { t } from '../../src/adapters/i18n.ts';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import { visibleText } from '../../src/core/report/visible-name.ts';

/**
 * What one charter line says, its words exactly as the charter has them (whatever the interface language),
 * invisible characters shown as marks; its name is on its line, its section the heading above it.
 */
export function DeclaredFacts({ declared }: { declared: DeclaredCookie }) {
  return (
    <>
      {declared.match === 'prefix' && <p class="prefix-note">{t('prefixNote', visibleText(declared.name))}</p>}
      <dl class="facts">
        {declared.provider !== null && (
          <>
            <dt>{t('labelProvider')}</dt>
            <dd>{visibleText(declared.provider)}</dd>
          </>
        )}
        {declared.service !== null && (
          <>
            <dt>{t('labelService')}</dt>
            <dd>{visibleText(declared.service)}</dd>
          </>
        )}
        <dt>{t('labelPurpose')}</dt>
        {declared.purpose !== null ? (
          <dd class="purpose">{visibleText(declared.purpose)}</dd>
        ) : (
          <dd class="muted">{t('purposeMissing')}</dd>
        )}
        {declared.duration !== null && (
          <>
            <dt>{t('labelDuration')}</dt>
            <dd>{visibleText(declared.duration)}</dd>
          </>
        )}
      </dl>
    </>
  );
}

/** A charter name as shown: "_pk_*" for a prefix, invisible characters as marks. */
export function declaredName(declared: DeclaredCookie): string {
  return visibleText(declared.match === 'prefix' ? `${declared.name}*` : declared.name);
}
