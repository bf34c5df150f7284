import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

function withProjectTypescriptEslint(config) {
  if (!config.plugins || !config.plugins['@typescript-eslint']) return config;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { '@typescript-eslint': _bundled, ...plugins } = config.plugins;
  return { ...config, plugins, languageOptions: { ...config.languageOptions, parser: tseslint.parser } };
}

export default [
  { ignores: ['node_modules/', 'dist/', 'build/', 'coverage/', 'test-output/'] },
  // eslint-plugin-office-addins' "react" config (recommended + React: load before read, sync after load,
  // no sync in loops, prettier), with its bundled copy of @typescript-eslint swapped for the project's own.
  ...officeAddins.configs.react.map(withProjectTypescriptEslint),
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: 'readonly',
        Excel: 'readonly',
        OfficeExtension: 'readonly',
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'react/react-in-jsx-scope': 'off',
      'react/prop-types': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'office-addins/no-context-sync-in-loop': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2022, sourceType: 'module' },
  },
  {
    files: ['**/*.cjs', 'webpack.config.js', 'jest.config.js', 'bin/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}', '**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The Office rules read any getRange/getCell/value as Office.js. Only src/excel/ (and the pane and
    // commands) call the Excel JavaScript API; src/headless/ implements it over ExcelJS, and tests and
    // fixtures read ExcelJS workbooks or misuse the API on purpose to check its errors.
    files: ['src/headless/**', 'test/**', 'scripts/**', '**/*.test.{ts,tsx}'],
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, 'off'])),
  },
];
