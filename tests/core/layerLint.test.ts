// The layout's rules, kept by `npm run lint`: SQL only in a repository (or core/db), and no
// renderer feature importing another feature. Planted code must fail the lint; the allowed form
// must pass, so the rule cannot quietly stop applying.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function errors(file: string, code: string, rule: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).length;
}

describe('SQL lives only in repositories', () => {
  const prepare =
    "import type { Db } from '../db/connection';\nexport const n = (db: Db) => db.prepare('SELECT 1').get();\n";
  const exec =
    "import type { Db } from '../db/connection';\nexport const wipe = (db: Db) => db.exec('DELETE FROM goals');\n";
  const regex = 'export const first = (text: string) => /a+/.exec(text);\n';

  it('fails a service that prepares or runs a statement', async () => {
    expect(
      await errors('src-main/core/profile/goalsService.ts', prepare, 'no-restricted-syntax'),
    ).toBe(1);
    expect(
      await errors('src-main/core/profile/goalsService.ts', exec, 'no-restricted-syntax'),
    ).toBe(1);
  });

  it('lets a repository and core/db hold SQL, and a service use RegExp.exec', async () => {
    expect(
      await errors('src-main/core/profile/goalsRepository.ts', prepare, 'no-restricted-syntax'),
    ).toBe(0);
    expect(await errors('src-main/core/db/planted.ts', exec, 'no-restricted-syntax')).toBe(0);
    expect(
      await errors('src-main/core/profile/goalsService.ts', regex, 'no-restricted-syntax'),
    ).toBe(0);
  });
});

describe('a feature never imports another feature', () => {
  const rule = 'ladder/feature-boundaries';
  it('fails a feature importing another feature, statically or lazily', async () => {
    const code =
      "import { SearchView } from '../search/SearchView';\nexport const x = SearchView;\n";
    expect(await errors('src-renderer/src/features/journal/Planted.tsx', code, rule)).toBe(1);
    const lazy = "export const load = () => import('../features/journal/JournalView');\n";
    expect(await errors('src-renderer/src/workbench/Planted.tsx', lazy, rule)).toBe(1);
  });

  it('lets a feature use ui/, api/, workbench/ and its own folder', async () => {
    const code =
      "import { errorMessage } from '../../ui/errorMessage';\nimport { notify } from '../../workbench/store';\nimport { entryRead } from './journalQueries';\nexport const x = [errorMessage, notify, entryRead];\n";
    expect(await errors('src-renderer/src/features/journal/Planted.tsx', code, rule)).toBe(0);
  });
});
