// Generators of hostile values: odd strings, odd numbers, prototype keys, deep nesting, and
// mutations that break exactly one field of a valid argument.
import fc from 'fast-check';

/** Characters that break naive text handling: lone surrogates, bidi controls, NUL, joiners, emoji. */
const ODD_CHARS = [
  '\uD800',
  '\uDFFF',
  '\u202E',
  '\u200F',
  '\u2066',
  '\0',
  '\u200D',
  '\uFEFF',
  '\u0301',
  '\u0BCD',
  '👩‍💻',
  '🏳️‍🌈',
  '\r\n',
  '\u2028',
  'ﷺ',
  'ẞ',
  'İ',
];

export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...ODD_CHARS), maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '%00',
    '../../etc/passwd',
    "'; DROP TABLE entries; --",
    '" OR 1=1',
    'NEAR(a b)',
    '*',
    '"',
    'a AND',
    '^',
    '{"root":null}',
    'null',
    'NaN',
  ),
  fc.integer({ min: 60, max: 300_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 1, max: 20_000 }).map((n) => '\u202E👩‍💻e\u0301'.repeat(n)),
);

export const oddNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    -1,
    0,
    1.5,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_VALUE,
    2 ** 31,
    2 ** 53,
    -(2 ** 63),
    1e308,
  ),
  fc.double(),
  fc.integer(),
);

const protoKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  '',
  ' ',
);

export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    key: fc.oneof(fc.string({ maxLength: 12 }), protoKey),
    maxDepth: 4,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  oddString,
  oddNumber,
  fc.constantFrom(null, undefined, true, false, [], {}, [[[]]], () => 1, Symbol('s')),
  fc.integer({ min: 50, max: 3000 }).map(deeplyNested),
  fc.integer({ min: 1, max: 5000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
);

function deeplyNested(depth: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** An object whose own `__proto__` key is data (JSON.parse makes these), not the prototype. */
export function withOwnProtoKey(
  base: Record<string, unknown>,
  value: unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  Object.defineProperty(out, '__proto__', {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  });
  return out;
}

/** A value of a different JavaScript type than the given one (so a schema for that type refuses it). */
export function wrongTypeFor(original: unknown): fc.Arbitrary<unknown> {
  const choices: fc.Arbitrary<unknown>[] = [];
  // A field that takes null may also take a string (a nullable id), so null is replaced by non-strings.
  if (typeof original !== 'string' && original !== null) choices.push(oddString);
  if (typeof original !== 'number') choices.push(fc.constantFrom(NaN, Infinity, -1, 0, 3));
  if (typeof original !== 'boolean') choices.push(fc.boolean());
  if (!Array.isArray(original)) choices.push(fc.array(oddString, { maxLength: 3 }));
  if (typeof original !== 'object' || original === null || Array.isArray(original))
    choices.push(fc.dictionary(oddString, oddString, { maxKeys: 3 }));
  if (typeof original === 'number')
    choices.push(fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -1e308, 0.5));
  // Not undefined: an optional field takes it (dropping a key is its own mutation).
  choices.push(fc.constantFrom(Symbol('s'), 10n));
  return fc.oneof(...choices);
}

export type Mutation =
  | { kind: 'replace'; key: string; value: unknown }
  | { kind: 'wrong-type'; key: string; value: unknown }
  | { kind: 'drop'; key: string }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'own-proto'; value: unknown }
  | { kind: 'as-array' };

/** Mutations that each break or stretch one field of `valid`. */
export function mutations(valid: Record<string, unknown>): fc.Arbitrary<Mutation> {
  const keys = Object.keys(valid);
  const options: fc.Arbitrary<Mutation>[] = [
    fc.record({
      kind: fc.constant('extra' as const),
      key: fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), protoKey),
      value: anyValue,
    }),
    fc.record({ kind: fc.constant('own-proto' as const), value: anyValue }),
    fc.constant({ kind: 'as-array' as const }),
  ];
  if (keys.length > 0) {
    const key = fc.constantFrom(...keys);
    options.push(
      fc.record({
        kind: fc.constant('replace' as const),
        key,
        value: fc.oneof(oddString, oddNumber, anyValue),
      }),
      key.chain((k) =>
        wrongTypeFor(valid[k]).map((value): Mutation => ({ kind: 'wrong-type', key: k, value })),
      ),
      fc.record({ kind: fc.constant('drop' as const), key }),
    );
  }
  return fc.oneof(...options);
}

export function applyMutation(valid: Record<string, unknown>, m: Mutation): unknown {
  switch (m.kind) {
    case 'replace':
    case 'wrong-type':
      return { ...valid, [m.key]: m.value };
    case 'drop': {
      const out = { ...valid };
      delete out[m.key];
      return out;
    }
    case 'extra':
      return m.key === '__proto__'
        ? withOwnProtoKey(valid, m.value)
        : { ...valid, [m.key]: m.value };
    case 'own-proto':
      return withOwnProtoKey(valid, m.value);
    case 'as-array':
      return [valid];
  }
}
