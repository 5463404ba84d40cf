import { t, tn, uiLocale } from '../../src/adapters/i18n.ts';
import { MAX_COOKIES_PER_PORTAL } from '../../src/core/record/cookie-cap.ts';
import { formatCount } from '../../src/core/report/format.ts';
import type { Notice } from '../../src/core/report/tab-state.ts';
import type { PopupActions } from './App.tsx';
import { dateTime } from './wording.tsx';

/** Chrome says "QUOTA_BYTES quota exceeded", Firefox "QuotaExceededError": the storage is full. */
const QUOTA_ERROR = /quota/i;

/** What the user must know before trusting the comparison. */
export function Notices({ notices, actions }: { notices: Notice[]; actions: PopupActions }) {
  if (notices.length === 0) return null;
  return <div class="notices">{notices.map((notice) => <NoticeLine key={notice.kind} notice={notice} actions={actions} />)}</div>;
}

function NoticeLine({ notice, actions }: { notice: Notice; actions: PopupActions }) {
  switch (notice.kind) {
    case 'storage-error':
      return (
        <p class="notice notice-error" role="alert">
          {QUOTA_ERROR.test(notice.message) ? t('noticeStorageFull') : t('noticeStorageError', notice.message)}
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
          {tn('noticeCookiesDropped', notice.count, formatCount(MAX_COOKIES_PER_PORTAL, uiLocale()), notice.lastAt === null ? t('dateUnknown') : dateTime(notice.lastAt))}
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
