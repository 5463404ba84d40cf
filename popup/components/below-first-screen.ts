import { useEffect, useState } from 'preact/hooks';
import type { BelowFirstScreen } from './BelowFirstScreen.tsx';

export type BelowFirstScreenView = typeof BelowFirstScreen;

let loading: Promise<BelowFirstScreenView> | null = null;

/**
 * Asks for the script of the part below a portal's first screen, once: popup/index.tsx asks as soon as the page is
 * rendered, so that it loads while the first view is read (measured: every entry painted sooner, the first view not
 * later than when it was asked for after that paint).
 */
export function loadBelowFirstScreen(): Promise<BelowFirstScreenView> {
  loading ??= import('./BelowFirstScreen.tsx').then((module) => module.BelowFirstScreen);
  return loading;
}

/** The part of a portal's report below its first screen, once `firstScreenPainted` and its script has come; null until then. */
export function useBelowFirstScreen(firstScreenPainted: boolean): BelowFirstScreenView | null {
  const [view, setView] = useState<BelowFirstScreenView | null>(null);
  useEffect(() => {
    if (!firstScreenPainted || view !== null) return;
    void loadBelowFirstScreen().then((loaded) => setView(() => loaded));
  }, [firstScreenPainted, view]);
  return view;
}
