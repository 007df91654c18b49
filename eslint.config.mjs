import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// The layers of ARCHITECTURE.md, enforced: each block forbids imports that cross a layer.
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'bench/results/**', 'resources/**'] },
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
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer(['src-main/shared/**'], [
    { group: ['**/core/**', '**/electron/**', '**/web/**', '**/src-renderer/**'], message: 'shared imports nothing of ours outside shared.' },
    { group: ['node:*', 'electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'], message: 'shared is pure: no Node, no Electron, no driver.' },
  ]),
  layer(['src-main/core/**'], [
    { group: ['electron', '**/electron/**', '**/web/**', '**/src-renderer/**'], message: 'core runs in plain Node and never imports electron, web or the renderer.' },
  ]),
  layer(['src-main/core/**/!(connection).ts'], [
    { group: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'], message: 'the SQLite driver is imported only in core/db/connection.ts.' },
    { group: ['electron', '**/electron/**', '**/web/**', '**/src-renderer/**'], message: 'core runs in plain Node and never imports electron, web or the renderer.' },
  ]),
  layer(['src-main/web/**'], [
    { group: ['electron', '**/electron/**', '**/src-renderer/**'], message: 'browser mode never imports electron or the renderer.' },
  ]),
  layer(['src-main/electron/**'], [
    { group: ['**/web/**', '**/src-renderer/**'], message: 'the desktop shell imports core and shared only.' },
  ]),
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
  layer(['src-renderer/**'], [
    { group: ['**/core/**', '**/electron/**', '**/web/**', 'node:*', 'electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers'], message: 'the renderer imports only src-main/shared.' },
  ]),
);
