import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import lingui from 'eslint-plugin-lingui'

/** Every file whose text could reach a person: all of it goes through the catalogue. */
const localised = ['src/**/*.{ts,tsx}']

export default tseslint.config(
  { ignores: ['dist', 'build', 'data', 'node_modules', 'coverage', '.debug'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.strict },
  {
    files: localised,
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/test-*.{ts,tsx}'],
    plugins: { lingui },
    rules: {
      ...lingui.configs['flat/recommended'].rules,
      // Any text a person could see or hear must come from the catalogue. Strings that cannot be
      // interface text are let through: ids, class names, paths, keys (no space, no capital).
      'lingui/no-unlocalized-strings': [
        'error',
        {
          ignore: ['^[^A-Z\\s][^\\s]*$', '^[A-Z0-9_]+$', '^\\W*$'],
          ignoreNames: [
            {
              regex: { pattern: '^(className|id|key|to|href|hrefLang|lang|rel|target|type|role)$' },
            },
            { regex: { pattern: '^(aria-(hidden|live|current|labelledby|describedby)|data-.*)$' } },
            { regex: { pattern: '^[A-Z0-9_]+$' } },
            'path',
            'kind',
          ],
          ignoreFunctions: [
            'console.*',
            'Error',
            'TypeError',
            'document.querySelector',
            'document.getElementById',
            'addEventListener',
            'removeEventListener',
            'dispatchEvent',
            'import.meta.glob',
            'useHref',
            'page',
            'Date',
          ],
        },
      ],
      'lingui/t-call-in-function': 'error',
    },
  },
)
