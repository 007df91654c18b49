// One query layer over the API: cached reads keyed by [channel, args], writes that invalidate by channel
// prefix. Each feature declares its reads and writes with defineRead/defineWrite in its *Queries.ts,
// saying there what each write invalidates or patches in the cache; components use those declarations.
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

/** Marks stale (and refetches if shown) every cached read whose channel starts with one of `prefixes`. */
export function invalidate(prefixes: string[]): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: (q) => prefixes.some((p) => String(q.queryKey[0]).startsWith(p)),
  });
}

/** Reads through the same cache as `useApi`, so a view mounted later finds the answer waiting. */
export function fetchApi<C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> {
  return queryClient.fetchQuery({ queryKey: [channel, args], queryFn: () => call(channel, args) });
}

/** One read channel as a feature declares it: its cache key, its hook, and its fetches. */
export interface Read<C extends Channel> {
  key(args: Args<C>): readonly [C, Args<C>];
  /** Key and fetch for a hook with options of its own (useQuery, useQueries, prefetchQuery). */
  options(args: Args<C>): { queryKey: readonly [C, Args<C>]; queryFn: () => Promise<Result<C>> };
  use(args: Args<C>, options?: { enabled?: boolean }): UseQueryResult<Result<C>>;
  /** Through the cache: a cached answer if fresh, else one read that is then cached. */
  fetch(args: Args<C>): Promise<Result<C>>;
  /** Straight from the main side, past the cache (e.g. the stored record after a refused save). */
  fresh(args: Args<C>): Promise<Result<C>>;
  /** The cached answer, if any, without reading. */
  peek(args: Args<C>): Result<C> | undefined;
}

export function defineRead<C extends Channel>(channel: C): Read<C> {
  return {
    key: (args) => [channel, args] as const,
    options: (args) => ({ queryKey: [channel, args] as const, queryFn: () => call(channel, args) }),
    use: (args, options) => useApi(channel, args, options),
    fetch: (args) => fetchApi(channel, args),
    fresh: (args) => call(channel, args),
    peek: (args) => queryClient.getQueryData<Result<C>>([channel, args]),
  };
}

/** What a write does to the cache once the main side has answered. */
interface WriteEffects<C extends Channel> {
  /** Channel prefixes whose cached reads go stale (refetched if shown); awaited before `patch`. */
  invalidates?: string[];
  /** Puts the answer into cached reads by hand, where a refetch would fight what is on screen; awaited. */
  patch?: (result: Result<C>, args: Args<C>) => void | Promise<void>;
}

/** A write channel with its effects on the cache, declared once beside the feature that uses it. */
export function defineWrite<C extends Channel>(
  channel: C,
  effects: WriteEffects<C> = {},
): (args: Args<C>) => Promise<Result<C>> {
  return async (args) => {
    const result = await call(channel, args);
    if (effects.invalidates) await invalidate(effects.invalidates);
    await effects.patch?.(result, args);
    return result;
  };
}
