// Imported first by main.tsx: the start-up reads preboot.ts sent go into the query cache, where the
// restore and the panes look for them (it sends them itself when preboot did not run, as in tests).
import { queryClient } from '../api/query';
import { beginStartupReads, seedStartupReads } from './startupReads';

void beginStartupReads().catch(() => undefined);
seedStartupReads((channel, args, answer) => {
  void queryClient.prefetchQuery({ queryKey: [channel, args], queryFn: () => answer });
});
