/**
 * The popup's root: asks the background for the tab's state and renders it; holds no business rule.
 * Every action goes through `ask` and shows the state the background returns.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { firstViews, type KeptFirstViews } from '../../src/adapters/first-views.ts';
import { t } from '../../src/adapters/i18n.ts';
import { permissions } from '../../src/adapters/permissions.ts';
import { tabs } from '../../src/adapters/tabs.ts';
import type { PortalSummary, TabState } from '../../src/core/report/tab-state.ts';
import { ask } from '../../src/messaging/client.ts';
import type { EvidenceFile, TabTarget } from '../../src/messaging/protocol.ts';
import type { PopupActions } from './actions.ts';
import { phaseText } from './audit-words.ts';
import { useBelowFirstScreen } from './below-first-screen.ts';
import { copyToClipboard } from './clipboard.ts';
import { downloadFile } from './download.ts';
import { Header } from './Header.tsx';
import { CharterReading } from './CharterReading.tsx';
import { NotPortal, NoWebPage } from './NotPortal.tsx';
import { PortalView } from './PortalView.tsx';
import { errorText } from '../../ui/wording.tsx';
import { FeedbackArea, type Feedback } from '../../ui/Feedback.tsx';
import { NotOpendatasoft } from './NotOpendatasoft.tsx';

/** `kept`: the first view the background kept at the last opening, shown until it answers. */
type View =
  { phase: 'loading' } | { phase: 'error'; message: string } | { phase: 'shown'; state: TabState; kept?: true };

/**
 * The tab the popup speaks about and, when the popup knows it already, the host of its page: the active tab comes with
 * its address, so that the first view kept for that host is read at once, without asking for the tab again (one
 * round trip less before the first paint).
 */
export interface PopupTarget {
  target: TabTarget;
  host?: string | null;
}

/** The popup's target: `?tabId=N` or `?host=…` in its URL (tests, e2e), else the active tab. */
export async function findTarget(search: string): Promise<PopupTarget> {
  const params = new URLSearchParams(search);
  const tabId = params.get('tabId');
  if (tabId !== null && /^\d+$/.test(tabId)) return { target: { tabId: Number(tabId) } };
  const host = params.get('host')?.trim().toLowerCase();
  if (host) return { target: { host } };
  const tab = await tabs.active();
  if (tab?.id === undefined) throw new Error(t('errorNoActiveTab'));
  return { target: { tabId: tab.id }, host: tabs.hostOfPage(tab) };
}

/**
 * Marks, once each, the first paint with data ('popup-rendered'), the background's first answer ('popup-answered')
 * and the paint of the whole state, every list in the page ('popup-complete'), which the e2e harness and the
 * benchmark time.
 */
function markOnce(name: 'popup-rendered' | 'popup-answered' | 'popup-complete'): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}

/**
 * "Chargement…" is shown only past this wait: the first view usually comes within a frame or two, and a word
 * flashed just before it is noise, with a frame's work in the way of the view.
 */
const loadingShownAfterMs = 100;

/** Whether `ms` have passed since the component was first rendered. */
function useAfter(ms: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setPassed(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return passed;
}

/**
 * Resolves once the next frame is painted (after the frame's callbacks, the task that follows it), or after 100 ms in
 * a page the browser does not paint (hidden: a background tab), as Preact's effects do.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timeout = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(timeout);
      setTimeout(resolve);
    });
  });
}

export function App({ findTarget: target }: { findTarget: () => Promise<PopupTarget> }) {
  const [view, setView] = useState<View>({ phase: 'loading' });
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const resolvedTarget = useRef<PopupTarget | null>(null);
  const latestRequest = useRef(0);
  const running = useRef(false);
  // Below a kept first view nothing renders until the background answers: its lists would be cut, the answer brings
  // them whole, and rendering them meanwhile took the processor from the background's work on that answer (every
  // entry came 0-23 ms later, on this 2-core machine).
  const below = useBelowFirstScreen(view.phase === 'shown') && !(view.phase === 'shown' && view.kept);
  const loadingSeen = useAfter(loadingShownAfterMs);

  async function fetchState(): Promise<TabState> {
    resolvedTarget.current ??= await target();
    return ask('getTabState', resolvedTarget.current.target);
  }

  async function load(): Promise<void> {
    const request = ++latestRequest.current;
    setView({ phase: 'loading' });
    setFeedback(null);
    try {
      // When the popup opens, the first view kept by the background paints at once, without waiting for it to answer
      // (nor to wake up): its answer replaces it a moment later. The kept views are asked for first, while the popup
      // still looks for its tab.
      const keptViews = request === 1 ? firstViews.all().catch((): KeptFirstViews | null => null) : null;
      const popupTarget = (resolvedTarget.current ??= await target());
      let keptShown = false;
      if (keptViews) {
        const [views, host] = await Promise.all([
          keptViews,
          popupTarget.host !== undefined ? popupTarget.host : tabs.hostOf(popupTarget.target).catch(() => null),
        ]);
        const kept = host === null ? undefined : views?.of(host);
        // The background is asked once the kept view is painted: asked at once, its work (the comparison of every
        // cookie, in the extension's own process) ran while the popup rendered and painted, and put that paint 1-4 ms
        // later on a 2-core machine. The first view being on screen, it is asked for everything at once: one
        // request, where the summary and then its details took two.
        if (kept && request === latestRequest.current) {
          const painted = afterNextPaint();
          setView({ phase: 'shown', state: kept, kept: true });
          await painted;
          keptShown = true;
        }
      }
      const state = await ask(
        'getTabState',
        keptShown ? { ...popupTarget.target, withDetails: true } : popupTarget.target,
      );
      markOnce('popup-answered');
      if (request === latestRequest.current) setView({ phase: 'shown', state });
    } catch (error) {
      if (request === latestRequest.current) setView({ phase: 'error', message: errorText(error) });
    }
  }

  /**
   * Runs one action at a time; `show` applies its result, unless a newer request came since, and returns what to
   * announce ('' for nothing). Buttons stay focusable while an action runs (aria-disabled, not disabled) and a
   * second click is ignored here.
   */
  async function perform<T>(work: () => Promise<T>, show: (result: T) => string): Promise<void> {
    if (running.current) return;
    running.current = true;
    const request = ++latestRequest.current;
    setBusy(true);
    setFeedback(null);
    try {
      const result = await work();
      if (request !== latestRequest.current) return;
      const doneText = show(result);
      if (doneText) setFeedback({ kind: 'done', text: doneText });
    } catch (error) {
      if (request === latestRequest.current) setFeedback({ kind: 'failed', text: t('actionFailed', errorText(error)) });
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  /** An action that changes the state: `work` returns the new state, or nothing to read the state again. */
  function run(work: () => Promise<TabState | void>, doneText: string): void {
    void perform(
      async () => (await work()) ?? (await fetchState()),
      (state) => {
        setView({ phase: 'shown', state });
        return doneText;
      },
    );
  }

  /** Saves a file through the browser's downloads, and says so. */
  const saved = (file: EvidenceFile) => {
    downloadFile(file);
    return t('exportDone', file.fileName);
  };

  const actions: PopupActions = {
    busy,
    reread: (host) => run(() => ask('readCharter', { host }), t('rereadDone')),
    clear: (host) => run(() => ask('clearPortalRecord', { host }), t('clearDone')),
    startAudit: (host, deleteCookies) =>
      run(
        () => ask('startAudit', { host, deleteCookies }),
        deleteCookies ? t('auditStartedCookiesDeleted') : t('auditStarted'),
      ),
    switchPhase: (host, phase) =>
      run(() => ask('switchAuditPhase', { host, phase }), t('phaseSwitched', phaseText(phase))),
    compare: (host, startedAt, show) =>
      void perform(
        () => ask('compareWithPastAudit', { host, startedAt }),
        (diff) => {
          show(diff);
          return '';
        },
      ),
    exportEvidence: (host, format) => void perform(() => ask('exportEvidence', { host, format }), saved),
    draftCharter: (host, show) =>
      void perform(
        () => ask('draftCharter', { host }),
        (draft) => {
          show(draft);
          return '';
        },
      ),
    copyDraft: (draft) =>
      void perform(
        () =>
          copyToClipboard(draft.markdown, draft.html).then(
            () => true,
            () => false,
          ),
        (copied) => t(copied ? 'draftCopied' : 'draftCopyFailed'),
      ),
    saveFile: (file) => void perform(async () => file, saved),
    treatAsPortal: (host) => run(() => ask('treatAsPortal', { host }), t('treatAsPortalDone')),
    addHost: (host) =>
      run(
        async () => {
          await ask('addPortalHost', { host });
        },
        t('addHostDone', host),
      ),
    requestPermission: () =>
      run(async () => {
        // Called before any await: Firefox grants permissions only inside the click itself.
        const granted = await permissions.requestAllHosts();
        if (!granted) throw new Error(t('permissionRefused'));
      }, t('permissionGranted')),
  };

  // Asked as soon as the page is in place, not after the first paint (when useEffect would run): a frame sooner.
  useLayoutEffect(() => {
    void load();
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- once, when the popup opens; `load` is new each render
  }, []);

  // Marked once, after the first state is painted (useEffect runs after the paint).
  useEffect(() => {
    if (view.phase !== 'loading') markOnce('popup-rendered');
  }, [view]);

  // Once the first view is painted, its details follow: the whole comparison, what each cookie is, the findings.
  const waitingSummary =
    view.phase === 'shown' && !view.kept && view.state.kind === 'portal' && view.state.details === null
      ? view.state.summary
      : null;
  useEffect(() => {
    if (waitingSummary === null) return;
    const request = latestRequest.current;
    ask('getPortalDetails', { host: waitingSummary.host }).then(
      (details) => {
        if (request !== latestRequest.current) return;
        setView((shown) =>
          shown.phase === 'shown' && shown.state.kind === 'portal'
            ? { phase: 'shown', state: { ...shown.state, details } }
            : shown,
        );
      },
      (error: unknown) => {
        if (request !== latestRequest.current) return;
        // Say whether the lists are cut too, or only the cookies' details and the findings are missing.
        setFeedback({
          kind: 'failed',
          text: t(listsAreCut(waitingSummary) ? 'detailsFailedFirstView' : 'detailsFailed', errorText(error)),
        });
      },
    );
  }, [waitingSummary]);

  // A portal whose charter was never read: the popup asks for the read, and shows the state once the charter is in.
  const charterAwaited = view.phase === 'shown' && view.state.kind === 'charter-reading' ? view.state.host : null;
  useEffect(() => {
    if (charterAwaited === null) return;
    const request = latestRequest.current;
    ask('readCharter', { host: charterAwaited }).then(
      (state) => {
        if (request === latestRequest.current) setView({ phase: 'shown', state });
      },
      (error: unknown) => {
        if (request === latestRequest.current) setView({ phase: 'error', message: errorText(error) });
      },
    );
  }, [charterAwaited]);

  // Tells the e2e harness the popup shows a whole state: not "loading", nor a summary still waiting for its details
  // or its charter.
  useEffect(() => {
    if (
      view.phase === 'loading' ||
      (view.phase === 'shown' && view.kept) ||
      waitingSummary !== null ||
      charterAwaited !== null
    )
      return;
    if (view.phase === 'shown' && view.state.kind === 'portal' && !below) return;
    markOnce('popup-complete');
    document.documentElement.dataset.ready = 'true';
  }, [view, waitingSummary, charterAwaited, below]);

  const stateName = view.phase === 'shown' ? view.state.kind : view.phase;
  return (
    <main class="popup" data-state={stateName} aria-busy={view.phase === 'loading' || charterAwaited !== null || busy}>
      <FeedbackArea feedback={feedback} />
      {view.phase === 'loading' && loadingSeen && (
        <p class="loading" role="status">
          {t('popupLoading')}
        </p>
      )}
      {view.phase === 'error' && <ErrorView message={view.message} onRetry={() => void load()} />}
      {view.phase === 'shown' && <StateView state={view.state} actions={actions} below={below} />}
    </main>
  );
}

function StateView({ state, actions, below }: { state: TabState; actions: PopupActions; below: boolean }) {
  switch (state.kind) {
    case 'no-web-page':
      return <NoWebPage />;
    case 'not-portal':
      return <NotPortal host={state.host} actions={state.fromAddress ? null : actions} />;
    case 'not-opendatasoft':
      return <NotOpendatasoft state={state} actions={actions} />;
    case 'charter-reading':
      return <CharterReading host={state.host} />;
    case 'portal':
      return <PortalView summary={state.summary} details={state.details} actions={actions} below={below} />;
  }
}

/** Whether a group holds more entries than the summary's first ones: without the details, the lists stay cut. */
function listsAreCut({ firstEntries, counts }: PortalSummary): boolean {
  return (
    firstEntries.undeclared.length < counts.undeclared ||
    firstEntries.declaredAndSeen.length < counts.declaredAndSeen ||
    firstEntries.declaredNotSeen.length < counts.declaredNotSeen
  );
}

function ErrorView({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <section class="error-view">
      <Header title={t('errorTitle')} />
      <p class="notice notice-error" role="alert">
        {t('errorLoad', message)}
      </p>
      <button type="button" class="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </section>
  );
}
