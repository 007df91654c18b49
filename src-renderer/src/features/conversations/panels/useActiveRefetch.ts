// Re-reads live panel data when its conversation's tab becomes the visible one again: the journal,
// the profile pages or another tab may have changed what it counts in the meantime.
import { useEffect, useRef } from 'react';

export function useActiveRefetch(active: boolean, refetch: () => unknown): void {
  const wasActive = useRef(active);
  useEffect(() => {
    if (active && !wasActive.current) void refetch();
    wasActive.current = active;
  }, [active, refetch]);
}
