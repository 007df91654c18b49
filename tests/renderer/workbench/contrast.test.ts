import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src-renderer/src/styles/contrast';
import {
  THEMES,
  THEME_TOKENS,
  TEXT_PAIRS,
  UI_PAIRS,
} from '../../../src-renderer/src/styles/themeTokens';
import { themeCss } from '../../../src-renderer/src/styles/themeCss';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('refuses colours it cannot judge', () => {
    expect(() => contrastRatio('rgba(0,0,0,0.5)', '#ffffff')).toThrow();
  });
});

describe.each(THEMES)('theme %s', (theme) => {
  const tokens = THEME_TOKENS[theme];

  it.each(TEXT_PAIRS)('text %s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrastRatio(tokens[fg], tokens[bg])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(UI_PAIRS)('%s against %s reaches 3:1', (fg, bg) => {
    expect(contrastRatio(tokens[fg], tokens[bg])).toBeGreaterThanOrEqual(3);
  });
});

describe('theme.css', () => {
  it('is generated from the tokens (run vitest -u after changing themeTokens.ts)', async () => {
    await expect(themeCss()).toMatchFileSnapshot('../../../src-renderer/src/styles/theme.css');
  });
});
