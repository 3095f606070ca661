// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '.bench-results/**', 'web/public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['*.ts', '*.mjs', 'web/vite.config.ts'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Nest decorators and DI use classes with only static members and empty modules.
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read JSON bodies as `response.json() as Shape`, which is clearer than a type argument.
    files: ['**/*.spec.ts', '**/*.test.ts', '**/*.bench.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // analysis/ is pure: plain data in, plain data out. It must not reach into the API, the web
    // app, frameworks, databases or I/O, so it stays testable and reusable in the browser.
    files: ['analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/api/**', '**/web/**', '@polyphony/api', '@polyphony/web'], message: 'analysis/ must not import from api/ or web/.' },
            { group: ['@nestjs/*', 'typeorm', 'typeorm-*', 'pg', '@electric-sql/*', 'react', 'react-*', 'fastify', '@fastify/*'], message: 'analysis/ is framework-free.' },
            { group: ['node:fs', 'node:http', 'node:https', 'node:net', 'fs', 'http', 'https', 'net', 'node:child_process'], message: 'analysis/ does no I/O.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
