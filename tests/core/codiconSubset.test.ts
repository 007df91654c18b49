// The renderer ships only the codicons it names (styles/codicons.css), not the package's ~650 rules:
// this scan of the sources fails when code names an icon the stylesheet lacks, so none goes blank.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const OUR_CSS = join(ROOT, 'src-renderer/src/styles/codicons.css');
// Icon names live in the renderer and in shared rules (an entry kind's icon, for one).
const SOURCES = [join(ROOT, 'src-renderer/src'), join(ROOT, 'src-main/shared')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|css)$/.test(d.name) && path !== OUR_CSS ? [path] : [];
  });
}

// The package writes `content: "\ea60"` on one line; prettier gives ours single quotes on their own.
const GLYPH = /\.codicon-([a-z0-9-]+):before\s*\{\s*content:\s*["']([^"']*)["']\s*;?\s*\}/g;

/** Each icon name a stylesheet gives a glyph, with that glyph's escaped code point. */
function glyphs(css: string): Map<string, string> {
  return new Map([...css.matchAll(GLYPH)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/**
 * Every codicon name a source names: a string literal (or a word of one, as in a className) that is
 * an icon's name, with or without the `codicon-` prefix, and every `codicon-x` in a stylesheet.
 * Naming more than is drawn (a literal 'check' that is not an icon) costs one rule, never a blank.
 */
function namedIcons(source: string, known: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const literals = source.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g);
  for (const m of literals) {
    for (const word of (m[1] ?? m[2] ?? m[3] ?? '').split(/[\s{}$]+/)) {
      const name = word.replace(/^\.?codicon-/, '');
      if (known.has(name)) found.add(name);
    }
  }
  for (const m of source.matchAll(/codicon-([a-z0-9-]+)/g))
    if (known.has(m[1] ?? '')) found.add(m[1] ?? '');
  return found;
}

/** A name built from pieces (`codicon-chevron-${dir}`) would escape the scan: whole names only. */
function builtNames(source: string): string[] {
  return [...source.matchAll(/codicon-[a-z0-9]+-?[a-z0-9-]*\$\{/g)].map((m) => m[0]);
}

const all = glyphs(
  readFileSync(join(ROOT, 'node_modules/@vscode/codicons/dist/codicon.css'), 'utf8'),
);
const ours = glyphs(readFileSync(OUR_CSS, 'utf8'));
const files = SOURCES.flatMap(sourceFiles).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

describe('the codicon subset', () => {
  it('reads the sources', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(all.size).toBeGreaterThan(500);
    expect(ours.size).toBeGreaterThan(50);
  });

  it('has the glyph of every icon the sources name, with the package code point', () => {
    const missing: string[] = [];
    for (const file of files) {
      for (const name of namedIcons(file.text, new Set(all.keys()))) {
        if (ours.get(name) !== all.get(name))
          missing.push(
            `${file.path} names '${name}': add .codicon-${name}:before { content: '${all.get(name) ?? '?'}' }`,
          );
      }
    }
    expect(missing).toEqual([]);
  });

  it('names no icon by pieces', () => {
    const built = files.flatMap((f) => builtNames(f.text).map((b) => `${f.path}: ${b}`));
    expect(built).toEqual([]);
  });

  it('holds only package glyphs (a typo is not an icon)', () => {
    const unknown = [...ours].filter(([name, content]) => all.get(name) !== content);
    expect(unknown).toEqual([]);
  });

  it('is found by the scan: a planted name missing from the subset is reported', () => {
    const known = new Set(all.keys());
    const absent = [...known].find((n) => !ours.has(n)) ?? '';
    expect(namedIcons(`<span className="codicon codicon-${absent}" />`, known)).toContain(absent);
    expect(namedIcons(`{ icon: '${absent}' }`, known)).toContain(absent);
    expect(builtNames('className={`codicon codicon-chevron-${dir}`}')).toHaveLength(1);
    expect(builtNames('className={`codicon codicon-${item.icon}`}')).toHaveLength(0);
  });
});
