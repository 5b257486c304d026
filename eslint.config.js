import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'client/dist/', 'client/src/gql/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // Only the adapters may touch a database driver (STYLE.md §1–2).
    files: ['server/**/*.ts', 'client/**/*.ts', 'client/**/*.tsx', 'seed/**/*.ts'],
    ignores: ['server/store/sqlite/**', 'server/store/neo4j/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { name: 'neo4j-driver', message: 'Only the Neo4j store adapter imports the driver.' },
        { name: 'better-sqlite3', message: 'Only the SQLite store adapter imports the driver.' },
      ],
    },
  },
);
