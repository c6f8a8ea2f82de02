import { useEffect, useState } from 'preact/hooks';

/**
 * False during server rendering and the first client render, true after: islands render the
 * same neutral state on both sides, then show stored data, so hydration never mismatches.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
