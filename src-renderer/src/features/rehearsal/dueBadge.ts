// The activity bar's count of questions due for practice. It is asked for only once the workbench
// is ready and the main thread is idle, so it never delays the start; a failed read shows no badge.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { dueRead } from './rehearsalQueries';
import { useWorkbench } from '../../workbench/store';

function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}

export function useDueBadge(): number | null {
  const ready = useWorkbench((s) => s.ready);
  const [armed, setArmed] = useState(false);
  useEffect(() => (ready && !armed ? whenIdle(() => setArmed(true)) : undefined), [ready, armed]);
  const { data } = useQuery({
    // Under the read's own key: the rehearsal's invalidation (any `practice.` read) refreshes it too.
    ...dueRead.options({ countOnly: true }),
    enabled: armed,
    retry: false,
  });
  return data && data.count > 0 ? data.count : null;
}
