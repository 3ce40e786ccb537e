// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const framework = ['botbuilder', 'botbuilder-*', 'botframework-*', 'restify', 'ioredis', 'better-sqlite3', 'twilio', 'pino', 'prom-client'];
const io = ['node:fs', 'node:fs/*', 'node:http', 'node:https', 'node:net', 'fs', 'http', 'https', 'net'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'test-results/**', 'src/web/vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    // machines/ is the decision: pure, imports nothing of the project or the framework, no I/O.
    files: ['machines/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['../*', '../**', '@/*'], message: 'machines/ imports nothing of the project.' },
          { group: [...framework, ...io], message: 'machines/ stays pure: no framework, no I/O.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'process', message: 'machines/ reads no environment.' }],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time is an input: no clock reads in machines/.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time is an input: no clock reads in machines/.' },
      ],
    },
  },
  {
    // dialogs/ is the conversation: it may use machines/, but never the framework or src/.
    files: ['dialogs/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['../src/*', '../../src/*', '**/src/**'], message: 'dialogs/ does not import src/.' },
          { group: [...framework, ...io], message: 'dialogs/ does not import the framework or do I/O.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'process', message: 'Only src/config reads the environment.' }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // src/launch/*.mjs run before anything is compiled; they are `// @ts-check`ed, so TypeScript knows Node's globals.
    files: ['**/*.mjs'],
    rules: { 'no-undef': 'off' },
  },
);
