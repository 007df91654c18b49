// The folders of src-main/core (one per feature, plus db, common and host) depend on each other one
// way only: a loop between two features means neither can be read, moved or tested on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = resolve(__dirname, '../../src-main/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

/** folder -> folder -> the file imports that make that arrow. */
function folderArrows(): Map<string, Map<string, string[]>> {
  const arrows = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(CORE)) {
    const from = relative(CORE, file).split('/')[0]!;
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = relative(CORE, resolve(dirname(file), fileName));
      const to = target.split('/')[0]!;
      if (target.startsWith('..') || to === from || !target.includes('/')) continue;
      const byTarget = arrows.get(from) ?? new Map<string, string[]>();
      byTarget.set(to, [...(byTarget.get(to) ?? []), `${relative(CORE, file)} -> ${target}`]);
      arrows.set(from, byTarget);
    }
  }
  return arrows;
}

/** Groups of folders that reach each other (Tarjan's strongly connected components of size > 1). */
function loops(arrows: Map<string, Map<string, string[]>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of arrows.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        group.push(w);
      } while (w !== v);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const v of arrows.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('core folders', () => {
  it('import each other one way only', () => {
    const arrows = folderArrows();
    expect(arrows.size).toBeGreaterThan(5);
    const described = loops(arrows).map((group) =>
      group.flatMap((a) => group.flatMap((b) => arrows.get(a)?.get(b) ?? [])),
    );
    expect(described).toEqual([]);
  });
});
