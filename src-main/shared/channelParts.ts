// How a feature declares its channels, once: the channel's name is the key of its names part, and its
// result type rides on a value that is never read. A names part is plain data (no zod), so the renderer
// and the preload take the names without the schemas; the feature's schema part `satisfies
// SchemasFor<...>`, so a schema missing or left over for any of its channels fails to compile.
import type { z } from 'zod';

declare const resultType: unique symbol;

/** The declared result type of one channel (a phantom: the value is an empty object). */
export interface Returns<R> {
  readonly [resultType]?: R;
}

const declared: Returns<never> = Object.freeze({});

export function returns<R>(): Returns<R> {
  return declared;
}

export type ResultOf<D> = D extends Returns<infer R> ? R : never;

/** A feature's argument schemas: exactly one for each channel of its names part. */
export type SchemasFor<P> = { [C in keyof P]: z.ZodType };
