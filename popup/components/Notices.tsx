import { t, tn, uiLocale } from '../../src/adapters/i18n.ts';
import { MAX_COOKIES_PER_PORTAL } from '../../src/core/record/cookie-cap.ts';
import { STORAGE_BUDGET_BYTES } from '../../src/core/record/storage-budget.ts';
import { formatCount } from '../../src/core/words/format.ts';
import { storageSize } from '../../src/core/words/storage-size.ts';
import type { Notice } from '../../src/core/report/tab-state.ts';
import type { PopupActions } from './actions.ts';
import { dateTime } from '../../ui/wording.tsx';

/** Chrome says "QUOTA_BYTES quota exceeded", Firefox "QuotaExceededError": the storage is full. */
const QUOTA_ERROR = /quota/i;

const storageSizeOf = (bytes: number) => storageSize(bytes, t, uiLocale());

type StorageError = Extract<Notice, { kind: 'storage-error' }>;

/** The true cause of a failed write: the browser's words, and for a full storage what this record and all take. */
function storageErrorText(notice: StorageError): string {
  if (!QUOTA_ERROR.test(notice.message)) return t('noticeStorageError', notice.message);
  if (notice.recordBytes === undefined || notice.storedBytes === undefined) return t('noticeStorageFull');
  return t('noticeStorageFullSizes', [
    notice.message,
    storageSizeOf(notice.recordBytes),
    formatCount(notice.portals ?? 0, uiLocale()),
    storageSizeOf(notice.storedBytes),
    storageSizeOf(STORAGE_BUDGET_BYTES),
  ]);
}

/** What the user must know before trusting the comparison. */
export function Notices({ notices, actions }: { notices: Notice[]; actions: PopupActions }) {
  if (notices.length === 0) return null;
  return (
    <div class="notices">
      {notices.map((notice) => (
        <NoticeLine key={notice.kind} notice={notice} actions={actions} />
      ))}
    </div>
  );
}

function NoticeLine({ notice, actions }: { notice: Notice; actions: PopupActions }) {
  switch (notice.kind) {
    case 'storage-error':
      return (
        <p class="notice notice-error" role="alert">
          {storageErrorText(notice)}
        </p>
      );
    case 'portal-dropped':
      return (
        <p class="notice notice-warning">
          {t('noticePortalDropped', [storageSizeOf(STORAGE_BUDGET_BYTES), dateTime(notice.at)])}
        </p>
      );
    case 'storage-read-error':
      return (
        <p class="notice notice-error" role="alert">
          {t('noticeStorageReadError', notice.message)}
        </p>
      );
    case 'damaged-record':
      return <p class="notice notice-warning">{tn('noticeDamagedRecord', notice.droppedEntries)}</p>;
    case 'cookies-dropped':
      return (
        <p class="notice notice-warning">
          {tn(
            'noticeCookiesDropped',
            notice.count,
            formatCount(MAX_COOKIES_PER_PORTAL, uiLocale()),
            notice.lastAt === null ? t('dateUnknown') : dateTime(notice.lastAt),
          )}
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
}
