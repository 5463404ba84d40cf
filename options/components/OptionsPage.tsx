/**
 * The options page: hosts the user added as portals, and built-in portals the user excluded.
 * Every change goes to the background, and the page shows the settings it returns.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import { ask } from '../../src/messaging/client.ts';
import type { PortalSettings } from '../../src/messaging/protocol.ts';
import { errorText } from '../../ui/wording.tsx';
import { HostForm } from './HostForm.tsx';
import { HostList } from './HostList.tsx';
import { FeedbackArea, type Feedback } from '../../ui/Feedback.tsx';

/** What adding a host did, read from the settings before and after. */
function addedText(host: string, before: PortalSettings, after: PortalSettings): string {
  if (before.addedHosts.includes(host)) return t('optionsAlreadyAdded', host);
  if (after.addedHosts.includes(host)) return t('optionsAddedDone', host);
  if (before.removedHosts.includes(host) && !after.removedHosts.includes(host)) return t('optionsRestoredDone', host);
  return t('optionsAlreadyDefault', host);
}

/** What removing a host did, read from the settings before and after. */
function removedText(host: string, before: PortalSettings, after: PortalSettings): string {
  if (after.removedHosts.includes(host) && !before.removedHosts.includes(host)) return t('optionsExcludedDone', host);
  if (before.addedHosts.includes(host) && !after.addedHosts.includes(host)) return t('optionsRemovedDone', host);
  if (before.removedHosts.includes(host)) return t('optionsAlreadyExcluded', host);
  return t('optionsNothingToExclude', host);
}

export function OptionsPage() {
  const [settings, setSettings] = useState<PortalSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  async function load() {
    setLoadError(null);
    try {
      setSettings(await ask('getPortalSettings', {}));
    } catch (error) {
      setLoadError(errorText(error));
    }
  }

  useEffect(() => {
    void load();
  }, []);

  async function change(type: 'addPortalHost' | 'removePortalHost', host: string): Promise<boolean> {
    if (busy || settings === null) return false;
    setBusy(true);
    setFeedback(null);
    try {
      const after = await ask(type, { host });
      setFeedback({ kind: 'done', text: (type === 'addPortalHost' ? addedText : removedText)(host, settings, after) });
      setSettings(after);
      return true;
    } catch (error) {
      setFeedback({ kind: 'failed', text: t('optionsActionFailed', errorText(error)) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      {loadError !== null && (
        <div class="notice notice-error">
          <p role="alert">{t('optionsLoadError', loadError)}</p>
          <button type="button" class="button" onClick={() => void load()}>
            {t('retry')}
          </button>
        </div>
      )}
      {settings === null && loadError === null && (
        <p class="muted" role="status">
          {t('popupLoading')}
        </p>
      )}
      {settings !== null && (
        <>
          <section aria-labelledby="added-title">
            <h2 id="added-title">{t('optionsAddedTitle')}</h2>
            <HostForm
              label={t('optionsAddLabel')}
              hint={t('optionsAddHint')}
              button={t('optionsAddButton')}
              busy={busy}
              onSubmit={(host) => change('addPortalHost', host)}
            />
            <HostList
              hosts={settings.addedHosts}
              empty={t('optionsAddedEmpty')}
              action={t('optionsRemoveButton')}
              actionLabel={(host) => t('optionsRemoveLabel', host)}
              busy={busy}
              onAction={(host) => void change('removePortalHost', host)}
            />
          </section>
          <section aria-labelledby="excluded-title">
            <h2 id="excluded-title">{t('optionsExcludedTitle')}</h2>
            <HostForm
              label={t('optionsExcludeLabel')}
              hint={t('optionsExcludeHint')}
              button={t('optionsExcludeButton')}
              busy={busy}
              onSubmit={(host) => change('removePortalHost', host)}
            />
            <HostList
              hosts={settings.removedHosts}
              empty={t('optionsExcludedEmpty')}
              action={t('optionsRestoreButton')}
              actionLabel={(host) => t('optionsRestoreLabel', host)}
              busy={busy}
              onAction={(host) => void change('addPortalHost', host)}
            />
          </section>
        </>
      )}
      <FeedbackArea feedback={feedback} />
    </main>
  );
}
