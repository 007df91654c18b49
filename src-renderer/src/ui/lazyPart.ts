// Parts the first editor does not need get their own chunks: loaded on first use, or before that in
// idle time after start (preloadLazyParts), so a first click or shortcut rarely waits for them.
import { createElement, lazy, type ComponentType } from 'react';

const loaders: Array<() => Promise<unknown>> = [];

const preloaders = new WeakMap<object, () => Promise<unknown>>();

export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const start = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return { default: component };
      },
      (error: unknown) => {
        loading = null; // a failed chunk load may succeed on the next try
        throw error;
      },
    );
    return loading;
  };
  loaders.push(start);
  const Lazy = lazy(start);
  // Once loaded, render it directly: React.lazy suspends on its first render even for a settled load.
  function Part(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  preloaders.set(Part, start);
  return Part;
}

/** Loads `component` if it is a lazy part (a no-op for any other component). */
export function loadPart(component: object): Promise<unknown> {
  return preloaders.get(component)?.() ?? Promise.resolve();
}

/** Whether `component` was made by lazyPart (its first render may wait for a chunk). */
export function isLazyPart(component: object): boolean {
  return preloaders.has(component);
}

/** Starts loading every lazy part; failures surface later, where the part is shown. */
export function preloadLazyParts(): void {
  for (const load of loaders) load().catch(() => undefined);
}

/** Runs `task` when the page is idle (or soon, where there is no idle callback). */
export function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 50);
}
