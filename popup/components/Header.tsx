import { t } from '../../src/adapters/i18n.ts';

/**
 * The extension's name, small, above the page's one h1 (the portal host, or what the popup is about). A long host
 * wraps where it must through CSS (overflow-wrap), so that its accessible name stays the host, without added spaces.
 */
export function Header({ title }: { title: string }) {
  return (
    <header class="header">
      <p class="brand">{t('extensionName')}</p>
      <h1 class="title" tabIndex={-1}>
        {title}
      </h1>
    </header>
  );
}
