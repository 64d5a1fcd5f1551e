import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const dexieOnlyInStorage = {
  paths: [
    { name: 'dexie', message: 'Only renderer/src/storage/ may import Dexie.' },
    { name: 'dexie-react-hooks', message: 'Only renderer/src/storage/ may import Dexie.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', dexieOnlyInStorage],
      // window.api is the Electron bridge: only the platform layer may touch it.
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='api']",
          message: 'Only renderer/src/platform/ may touch window.api.',
        },
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'No raw HTML from records: render text, or sanitise in one reviewed place.',
        },
        {
          // The browser silently cuts pasted text at maxLength, and it is saved cut.
          selector: 'JSXAttribute[name.name=/^maxlength$/i]',
          message: 'No maxLength: it cuts pasted text without a word. Give TextField/TextAreaField a `limit` from domain/validation `limits`.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/storage/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/src/platform/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'No raw HTML from records.',
        },
      ],
    },
  },
);
