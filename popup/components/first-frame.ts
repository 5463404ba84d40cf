import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * True while the popup paints its first state: long lists then show their first entries only, and the rest
 * follows right after that paint. A portal with 500 cookies shows its counts and first groups at once instead
 * of building every entry before anything appears.
 */
export const FirstFrame = createContext(false);

/** How many entries a list shows in the first frame: more than fit in the 600 px of a popup. */
export const firstFrameEntries = 6;
/** How many of its cookies a charter line shows in the first frame. */
export const firstFrameCookiesPerLine = 2;

/** The entries a list shows now: the first few in the first frame, all of them afterwards. */
export function useShownEntries(): <T>(items: readonly T[], firstFrameCount?: number) => readonly T[] {
  const firstFrame = useContext(FirstFrame);
  return (items, firstFrameCount = firstFrameEntries) => (firstFrame ? items.slice(0, firstFrameCount) : items);
}
