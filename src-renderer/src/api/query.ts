// One query layer over the API: cached reads keyed by [channel, args], writes that invalidate by channel prefix.
import { QueryClient, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Args, Channel, Result } from '../../../src-main/shared/contract';
import { call } from './client';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 30_000, retry: false, refetchOnWindowFocus: false },
  },
});

export function useApi<C extends Channel>(
  channel: C,
  args: Args<C>,
  options: { enabled?: boolean } = {},
): UseQueryResult<Result<C>> {
  return useQuery({
    queryKey: [channel, args],
    queryFn: () => call(channel, args),
    enabled: options.enabled ?? true,
  });
}

/** Runs a write, then invalidates every cached read whose channel starts with one of `prefixes`. */
export async function mutate<C extends Channel>(
  channel: C,
  args: Args<C>,
  prefixes: string[] = [channel.split('.')[0] + '.', 'search.'],
): Promise<Result<C>> {
  const result = await call(channel, args);
  await queryClient.invalidateQueries({
    predicate: (q) => prefixes.some((p) => String(q.queryKey[0]).startsWith(p)),
  });
  return result;
}

/** Reads through the same cache as `useApi`, so a view mounted later finds the answer waiting. */
export function fetchApi<C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> {
  return queryClient.fetchQuery({ queryKey: [channel, args], queryFn: () => call(channel, args) });
}
