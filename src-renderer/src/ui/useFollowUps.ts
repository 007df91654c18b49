// The open action items across conversations, shared by the view, its badge, the status bar and a
// conversation's action plan: declared here rather than in features/followups, since more than one
// feature reads it.
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { defineRead } from '../api/query';
import { whenIdle } from './lazyPart';

export const followUpsRead = defineRead('followups.list');

let idleReached = false;

/**
 * Read once the page is idle, so the count never competes with the first editor at start; refetched
 * when the window regains focus, since "overdue" moves on with the calendar.
 */
export function useFollowUps() {
  const [ready, setReady] = useState(idleReached);
  useEffect(() => {
    if (ready) return;
    let live = true;
    whenIdle(() => {
      idleReached = true;
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  return useQuery({
    ...followUpsRead.options({}),
    enabled: ready,
    refetchOnWindowFocus: true,
  });
}

export function useOverdueCount(): number {
  return useFollowUps().data?.overdueCount ?? 0;
}
