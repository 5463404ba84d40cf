import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the part of a portal's report below its first screen may render: only once that first screen is painted
 * (useEffect runs after the paint), so that the first view paints without waiting for the audit, the exports and the
 * three lists.
 */
export function useBelowFirstScreen(firstScreenShown: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (firstScreenShown && !shown) setShown(true);
  }, [firstScreenShown, shown]);
  return shown;
}
