import { useId, useState } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import type { CharterDraftFiles } from '../../src/messaging/protocol.ts';
import type { PopupActions } from './actions.ts';

/**
 * "Proposer une charte corrigée": the background drafts the corrected charter (core/draft); this shows it, as the
 * Markdown it is saved in, and lets the user copy it or save it in each form. Text only: nothing becomes markup.
 */
export function CharterDraft({ host, actions }: { host: string; actions: PopupActions }) {
  const headingId = useId();
  const [draft, setDraft] = useState<CharterDraftFiles | null>(null);
  const saves: [keyof CharterDraftFiles['files'], string][] = [
    ['markdown', t('draftDownloadMarkdown')],
    ['html', t('draftDownloadHtml')],
    ['text', t('draftDownloadText')],
  ];
  return (
    <section class="charter-draft" aria-labelledby={draft ? headingId : undefined}>
      <div class="button-row">
        <button
          type="button"
          class="button button-small"
          aria-disabled={actions.busy}
          onClick={() => actions.draftCharter(host, setDraft)}
        >
          {t('draftButton')}
        </button>
      </div>
      {draft && (
        <>
          <h2 id={headingId} class="panel-heading">
            {t('draftPreviewLabel')}
          </h2>
          <pre class="draft-preview" tabIndex={0} aria-labelledby={headingId}>
            {draft.markdown}
          </pre>
          <div class="button-row">
            <button
              type="button"
              class="button button-small"
              aria-disabled={actions.busy}
              onClick={() => actions.copyDraft(draft)}
            >
              {t('draftCopy')}
            </button>
            {saves.map(([form, label]) => (
              <button
                key={form}
                type="button"
                class="button button-small"
                aria-disabled={actions.busy}
                onClick={() => actions.saveFile(draft.files[form])}
              >
                {label}
              </button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
