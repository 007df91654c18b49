// One path for server data, kept by the lint: outside api/ and the features' *Queries.ts, a renderer
// file that sends a call, reads a channel or changes the cache by hand fails `npm run lint`.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function dataPathErrors(file: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').length;
}

const PLANTED: Record<string, string> = {
  'a direct call':
    "import { call } from '../../api/client';\nexport const read = () => call('journal.get', { id: 'x' });\n",
  'the raw api object':
    "import { api } from '../../api/client';\nexport const read = () => api['journal.get']({ id: 'x' });\n",
  'a renamed call':
    "import { call as send } from '../../api/client';\nexport const read = () => send('journal.get', { id: 'x' });\n",
  'an undeclared read hook':
    "import { useApi } from '../../api/query';\nexport const useEntry = () => useApi('journal.get', { id: 'x' });\n",
  'an undeclared fetch':
    "import { fetchApi } from '../../api/query';\nexport const read = () => fetchApi('journal.list', {});\n",
  'a cache write by hand':
    "import { queryClient } from '../../api/query';\nexport const put = () => queryClient.setQueryData(['journal.get', { id: 'x' }], null);\n",
  'an invalidation by hand':
    "import { queryClient } from '../../api/query';\nexport const stale = () => queryClient.invalidateQueries();\n",
};

describe('the data path lint', () => {
  it.each(Object.entries(PLANTED))('fails a component holding %s', async (_what, code) => {
    expect(await dataPathErrors('src-renderer/src/features/journal/Planted.tsx', code)).toBe(1);
  });

  it.each(Object.entries(PLANTED))('lets a feature declaration hold %s', async (_what, code) => {
    expect(await dataPathErrors('src-renderer/src/features/journal/plantedQueries.ts', code)).toBe(
      0,
    );
  });

  it('passes a component that uses the declarations', async () => {
    const code =
      "import { entryRead } from './journalQueries';\nexport const useEntry = () => entryRead.use({ id: 'x' });\n";
    expect(await dataPathErrors('src-renderer/src/features/journal/Planted.tsx', code)).toBe(0);
  });
});
