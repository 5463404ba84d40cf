import { useEffect, useState } from 'preact/hooks';
import type { BelowFirstScreen } from './BelowFirstScreen.tsx';

export type BelowFirstScreenView = typeof BelowFirstScreen;

/**
 * The part of a portal's report below its first screen, imported (a script of its own) once `firstScreenPainted`:
 * null until then, and until it has come.
 */
export function useBelowFirstScreen(firstScreenPainted: boolean): BelowFirstScreenView | null {
  const [view, setView] = useState<BelowFirstScreenView | null>(null);
  useEffect(() => {
    if (!firstScreenPainted || view !== null) return;
    void import('./BelowFirstScreen.tsx').then((module) => setView(() => module.BelowFirstScreen));
  }, [firstScreenPainted, view]);
  return view;
}
