// Fillers and listed terms counted in an answer as a person types it: "like" set off by commas
// however the commas are spaced, and a listed term with symbols in it matched as written.
import { describe, expect, it } from 'vitest';
import { countHedges, countTerms } from '../../../src-main/shared/rehearsal/fillers';

describe('fillers and listed terms', () => {
  it('counts a filler "like" set off by commas, spaced or not, and never the verb', () => {
    expect(countHedges('So,like, we shipped it and, like, it held.')).toEqual([
      { term: 'like', count: 2, shown: 'like' },
    ]);
    expect(countHedges('I like the new release process.')).toEqual([]);
  });

  it('matches a listed term with symbols exactly as written', () => {
    expect(countTerms('We moved the C++ code and more C++ tests.', ['c++'])).toEqual([
      { term: 'c++', count: 2, shown: 'C++' },
    ]);
    expect(countTerms('It was 100% done.', ['100%'])).toEqual([
      { term: '100%', count: 1, shown: '100%' },
    ]);
  });
});
