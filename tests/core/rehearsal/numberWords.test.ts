// Numbers said as words count as evidence, as figures do; "one" as a pronoun does not.
import { describe, expect, it } from 'vitest';
import { numberWords } from '../../../src-main/shared/rehearsal/numberWords';

describe('numbers written as words', () => {
  it.each([
    ['We cut costs by forty percent.', ['forty percent']],
    ['I brought in three new hires.', ['three']],
    ['It took twenty-five days instead of two months.', ['twenty-five', 'two']],
    ['We now serve a hundred thousand users.', ['a hundred']],
    ['Sign-ups doubled and churn halved.', ['doubled', 'halved']],
    ['One hundred and twelve tickets closed.', ['One hundred and twelve']],
    ['Errors fell by one percent.', ['one percent']],
  ])('finds them in %j', (text, expected) => {
    expect(numberWords(text)).toEqual(expected);
  });

  it.each([
    'One of the things I learned is patience.',
    'I was the one who asked.',
    'Someone said it was fine.',
    'Often, we met on Mondays.',
    'The tone was positive.',
  ])('finds none in %j', (text) => {
    expect(numberWords(text)).toEqual([]);
  });
});
