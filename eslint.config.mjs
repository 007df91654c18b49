import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { dirname, resolve } from 'node:path';

// The layers of ARCHITECTURE.md, enforced: each block forbids imports that cross a layer.
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

// A renderer feature imports only its own folder, ui/, api/, editor/, workbench/ (contribution points)
// and src-main/shared; the shared folders import no feature (only main.tsx, the root, loads them).
// no-restricted-imports sees specifiers, not where they land, so this rule resolves them.
const RENDERER = '/src-renderer/src/';
const areaOf = (file) => {
  const rel = file.replaceAll('\\', '/').split(RENDERER)[1];
  if (!rel) return null;
  const [top, feature] = rel.split('/');
  return top === 'features' ? `features/${feature}` : rel.includes('/') ? top : null;
};
const featureBoundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const mine = areaOf(context.filename);
    if (!mine) return {};
    const check = (source) => {
      const spec = source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const theirs = areaOf(`${resolve(dirname(context.filename), spec)}/`);
      if (!theirs?.startsWith('features/') || theirs === mine) return;
      context.report({
        node: source,
        message: mine.startsWith('features/')
          ? `${mine} may not import ${theirs}: move what both use to ui/, or link through a workbench contribution point or command.`
          : `${mine}/ may not import ${theirs}: features contribute to the workbench, never the other way round.`,
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default tseslint.config(
  // A Stryker run stopped mid-way leaves its sandbox (a copy of the project) in .stryker-tmp.
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'bench/results/**',
      'resources/**',
      '.stryker-tmp/**',
      'reports/**',
      'tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src-renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  layer(
    ['src-main/shared/**'],
    [
      {
        group: ['**/core/**', '**/electron/**', '**/web/**', '**/src-renderer/**'],
        message: 'shared imports nothing of ours outside shared.',
      },
      {
        group: ['node:*', 'electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'],
        message: 'shared is pure: no Node, no Electron, no driver.',
      },
    ],
  ),
  layer(
    ['src-main/core/**'],
    [
      {
        group: ['electron', '**/electron/**', '**/web/**', '**/src-renderer/**'],
        message: 'core runs in plain Node and never imports electron, web or the renderer.',
      },
    ],
  ),
  layer(
    ['src-main/core/**/!(connection).ts'],
    [
      {
        group: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'],
        message: 'the SQLite driver is imported only in core/db/connection.ts.',
      },
      {
        group: ['electron', '**/electron/**', '**/web/**', '**/src-renderer/**'],
        message: 'core runs in plain Node and never imports electron, web or the renderer.',
      },
    ],
  ),
  layer(
    ['src-main/web/**'],
    [
      {
        group: ['electron', '**/electron/**', '**/src-renderer/**'],
        message: 'browser mode never imports electron or the renderer.',
      },
    ],
  ),
  layer(
    ['src-main/electron/**'],
    [
      {
        group: ['**/web/**', '**/src-renderer/**'],
        message: 'the desktop shell imports core and shared only.',
      },
    ],
  ),
  // SQL lives only in repositories (`*Repository*.ts`) and core/db: a service states rules, its
  // repository the statements. `db.transaction` stays allowed (multi-step writes run in one).
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/**/*Repository*.ts', 'src-main/core/db/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // prepare() is only SQL; exec() is SQL on a db handle or with a literal statement (not RegExp.exec).
          selector:
            "CallExpression[callee.property.name='prepare'], CallExpression[callee.property.name='exec']:matches(" +
            '[arguments.0.type=/^(Literal|TemplateLiteral)$/], [callee.object.name=/^db$/i], [callee.object.property.name=/^db$/i])',
          message: 'SQL lives in a *Repository.ts file (or core/db), not in a service or rule.',
        },
      ],
    },
  },
  {
    files: ['src-renderer/src/**/*.{ts,tsx}'],
    plugins: { ladder: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'ladder/feature-boundaries': 'error' },
  },
  // One path for server data: only the query layer (api/) and each feature's declarations
  // (<feature>Queries.ts) send a call, fetch a channel or change the cache; components use those.
  // startupReads.ts sends the first reads before the query library has loaded (see its header).
  {
    files: ['src-renderer/src/**/*.{ts,tsx}'],
    ignores: [
      'src-renderer/src/api/**',
      'src-renderer/src/**/*Queries.ts',
      'src-renderer/src/workbench/startupReads.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ImportDeclaration[source.value=/\\/api\\/client$/] ImportSpecifier[imported.name=/^(call|api)$/]',
          message:
            "Declare the read or write in this feature's *Queries.ts (defineRead/defineWrite) and use that.",
        },
        {
          selector:
            'ImportDeclaration[source.value=/\\/api\\/query$/] ImportSpecifier[imported.name=/^(fetchApi|useApi)$/]',
          message:
            "Declare the read in this feature's *Queries.ts (defineRead) and use its use() or fetch().",
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(setQueryData|invalidateQueries|removeQueries)$/]',
          message:
            "What a write does to the cache belongs to its declaration in this feature's *Queries.ts.",
        },
      ],
    },
  },
  layer(
    ['src-renderer/**'],
    [
      {
        group: [
          '**/core/**',
          '**/electron/**',
          '**/web/**',
          'node:*',
          'electron',
          'better-sqlite3',
          'better-sqlite3-multiple-ciphers',
        ],
        message: 'the renderer imports only src-main/shared.',
      },
    ],
  ),
);
