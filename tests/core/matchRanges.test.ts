// The letters quick open marks: the places journal.find's rule matched each typed word, traced back
// through folding (case, accents, decomposition) to the title as written.
import { describe, expect, it } from 'vitest';
import { matchRanges } from '../../src-main/shared/journal/matchRanges';

const marked = (text: string, query: string) =>
  matchRanges(text, query).map(([a, b]) => text.slice(a, b));

describe('matchRanges', () => {
  it('marks the first place of each typed word, in order, merging overlaps', () => {
    expect(matchRanges('Rebuild budget', 'bu')).toEqual([[2, 4]]);
    expect(marked('Budget review', 'rev bud')).toEqual(['Bud', 'rev']);
    expect(marked('Planning', 'plan ann')).toEqual(['Plann']);
    // Words that meet end to end are one mark, not two side by side.
    expect(matchRanges('Budget', 'bud get')).toEqual([[0, 6]]);
    expect(matchRanges('Budget', '')).toEqual([]);
    expect(matchRanges('Budget', 'zebra')).toEqual([]);
  });

  it('marks the letters as written when case and accents were folded', () => {
    expect(marked('Café with Zoë', 'CAFÉ zoe')).toEqual(['Café', 'Zoë']);
    // A decomposed accent (e + U+0301) is marked with its letter, never split from it.
    expect(marked('Cafe\u0301 noir', 'cafe')).toEqual(['Cafe\u0301']);
    expect(marked('Ol\u00e9 Ole\u0301', 'ole ole')).toEqual(['Ol\u00e9']);
    expect(marked('İstanbul trip', 'istan')).toEqual(['İstan']);
  });

  it('keeps its place past letters folding changes in length', () => {
    // A Hangul syllable folds to two or three jamo: the syllable is marked whole.
    expect(marked('한국어 노트', '노')).toEqual(['노']);
    expect(marked('한국어 노트 국', '국어')).toEqual(['국어']);
    // Letters outside the basic plane are two units long.
    expect(marked('😀 Émoji', 'emo')).toEqual(['Émo']);
    expect(marked('ΟΔΟΣ και', 'και')).toEqual(['και']);
  });
});
