import { Fragment } from 'preact';
import { t } from '../../src/adapters/i18n.ts';

/** Text that may break after its dots, so a long host name wraps between labels, not inside one. */
function BreakAfterDots({ text }: { text: string }) {
  const labels = text.split('.');
  return (
    <>
      {labels.map((label, index) => (
        <Fragment key={index}>
          {label}
          {index < labels.length - 1 && (
            <>
              .<wbr />
            </>
          )}
        </Fragment>
      ))}
    </>
  );
}

/** The extension's name, small, above the page's one h1 (the portal host, or what the popup is about). */
export function Header({ title }: { title: string }) {
  return (
    <header class="header">
      <p class="brand">{t('extensionName')}</p>
      <h1 class="title">
        <BreakAfterDots text={title} />
      </h1>
    </header>
  );
}
