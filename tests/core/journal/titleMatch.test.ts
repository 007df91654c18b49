// The quick input's rule (quick open, the pickers, journal.find): the start of a title ranks above
// the start of a word, which ranks above the inside of a word; what counts as a word's start is
// the place after anything but a letter or digit, in any script. And the title a picker shows.
import { describe, expect, it } from 'vitest';
import { shownTitle } from '../../../src-main/shared/journal/findEntries';
import { matchScore } from '../../../src-main/shared/journal/titleMatch';

const START = 1;
const WORD_START = 2 / 3;
const INSIDE = 1 / 3;

describe('matchScore', () => {
  it('ranks the start of the text, then a word start, then the inside of a word', () => {
    expect(matchScore('Build review', 'build')).toBe(START);
    expect(matchScore('The build', 'build')).toBe(WORD_START);
    expect(matchScore('Rebuild', 'build')).toBe(INSIDE);
    expect(matchScore('Rebuild review', 'review build')).toBe((2 + 1) / 6);
    expect(matchScore('Rebuild', 'zebra')).toBe(0);
  });

  it('takes letters and digits of any script as inside a word, anything else as a word start', () => {
    for (const before of ['a', 'm', 'z', '0', '5', '9', 'é', 'ß', 'Ж', '٣', '中']) {
      expect(matchScore(`x${before}plan`, 'plan'), before).toBe(INSIDE);
    }
    for (const before of [' ', '-', '_', '`', '{', '/', ':', '@', '[', '—', '·', '«']) {
      expect(matchScore(`x${before}plan`, 'plan'), before).toBe(WORD_START);
    }
  });

  it('matches every title fully for a query of no words', () => {
    expect(matchScore('Anything at all', '')).toBe(1);
    expect(matchScore('Anything at all', '   ')).toBe(1);
  });
});

describe('shownTitle', () => {
  it('shows an untitled or blank-titled entry by its kind, as quick open lists it', () => {
    expect(shownTitle('feedback', '')).toBe('Untitled feedback');
    expect(shownTitle('praise', '   ')).toBe('Untitled praise');
    expect(shownTitle('praise', ' Kind words ')).toBe('Kind words');
  });
});
