import { t } from '../../src/adapters/i18n.ts';
import type { Notice } from '../../src/core/report/tab-state.ts';
import type { PopupActions } from './App.tsx';

/** What the user must know before trusting the comparison. */
export function Notices({ notices, actions }: { notices: Notice[]; actions: PopupActions }) {
  if (notices.length === 0) return null;
  return (
    <div class="notices">
      {notices.map((notice) => {
        switch (notice.kind) {
          case 'storage-error':
            return (
              <p class="notice notice-error" role="alert">
                {t('noticeStorageError', notice.message)}
              </p>
            );
          case 'missing-host-permission':
            return (
              <div class="notice notice-warning">
                <p role="alert">{t('noticeMissingPermission')}</p>
                <button type="button" class="button" aria-disabled={actions.busy} onClick={() => actions.requestPermission()}>
                  {t('grantPermission')}
                </button>
              </div>
            );
        }
      })}
    </div>
  );
}
