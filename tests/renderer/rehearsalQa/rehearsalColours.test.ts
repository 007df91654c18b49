// The rehearsal's meaningful graphics (the strength icon, the time bar, the chart's bars) need 3:1
// against what they sit on in every theme. QA found --accent at about 2:1 on dark.
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../src-renderer/src/styles/contrast';
import { THEMES, THEME_TOKENS, type TokenName } from '../../../src-renderer/src/styles/themeTokens';

// The style sheet is read from disk: Vite hands CSS imports to tests as empty text. This project has
// no Node types, so the one function used is typed here.
const NODE_FS = 'node:fs';
const fs = (await import(/* @vite-ignore */ NODE_FS)) as {
  readFileSync(path: URL, encoding: 'utf8'): string;
};
const CSS = fs.readFileSync(
  new URL('../../../src-renderer/src/features/rehearsal/rehearsal.css', import.meta.url),
  'utf8',
);

/** The token a rule gives `property` (`color: var(--link)` gives `link`). */
function tokenOf(selector: string, property: string): TokenName {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rule = new RegExp(`(^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(CSS);
  expect(rule, `rule ${selector}`).not.toBeNull();
  const value = new RegExp(`(^|;|\\s)${property}:\\s*var\\(--([a-z-]+)\\)`).exec(rule?.[2] ?? '');
  expect(value, `${property} of ${selector}`).not.toBeNull();
  return value?.[2] as TokenName;
}

const GRAPHICS: { what: string; selector: string; property: string; on: TokenName[] }[] = [
  {
    what: 'strength icon',
    selector: '.rehearsal-note--strength .codicon',
    property: 'color',
    on: ['bg', 'sidebar-bg', 'tab-active-bg'],
  },
  {
    what: 'suggestion icon',
    selector: '.rehearsal-note--suggestion .codicon',
    property: 'color',
    on: ['bg', 'tab-active-bg'],
  },
  {
    what: 'time bar',
    selector: '.rehearsal-countdown__fill',
    property: 'background',
    on: ['list-hover-bg', 'bg'],
  },
  {
    what: 'chart bar',
    selector: '.rehearsal-chart__bar',
    property: 'fill',
    on: ['bg', 'tab-active-bg'],
  },
];

describe.each(THEMES)('rehearsal graphics in the %s theme', (theme) => {
  it.each(GRAPHICS)('$what reaches 3:1 against its backgrounds', ({ selector, property, on }) => {
    const token = tokenOf(selector, property);
    for (const bg of on)
      expect(
        contrastRatio(THEME_TOKENS[theme][token], THEME_TOKENS[theme][bg]),
        `${token} on ${bg}`,
      ).toBeGreaterThanOrEqual(3);
  });

  it('the chart bar is drawn at full strength (no opacity that would thin it out)', () => {
    expect(/\.rehearsal-chart__bar\s*\{[^}]*opacity/.test(CSS)).toBe(false);
  });
});
