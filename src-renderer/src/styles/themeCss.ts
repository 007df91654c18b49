// Turns themeTokens.ts into the CSS of theme.css: one block per theme, and 'system' following the
// operating system live through media queries (forced colours or more contrast → high contrast).
import { THEME_TOKENS, TOKEN_NAMES, type ThemeName } from './themeTokens';

function declarations(theme: ThemeName, indent: string): string {
  const tokens = THEME_TOKENS[theme];
  return TOKEN_NAMES.map((name) => `${indent}--${name}: ${tokens[name]};`).join('\n');
}

function block(selector: string, theme: ThemeName, indent = ''): string {
  const scheme = theme === 'light' ? 'light' : 'dark';
  return `${indent}${selector} {\n${indent}  color-scheme: ${scheme};\n${declarations(theme, `${indent}  `)}\n${indent}}`;
}

export function themeCss(): string {
  const system = ':root[data-theme="system"]';
  return [
    '/* Generated from themeTokens.ts by themeCss.ts; tests/renderer/workbench/contrast.test.ts keeps it in step. */',
    block(':root,\n:root[data-theme="light"],\n' + system, 'light'),
    block(':root[data-theme="dark"]', 'dark'),
    block(':root[data-theme="high-contrast"]', 'high-contrast'),
    `@media (prefers-color-scheme: dark) {\n${block(system, 'dark', '  ')}\n}`,
    `@media (prefers-contrast: more), (forced-colors: active) {\n${block(system, 'high-contrast', '  ')}\n}`,
    '',
  ].join('\n\n');
}
