/** Unit and integration tests. Browser (end-to-end) tests run from scripts/e2e.mjs. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          module: 'commonjs',
          moduleResolution: 'node10',
          ignoreDeprecations: '6.0',
          jsx: 'react-jsx',
          esModuleInterop: true,
          isolatedModules: true,
          resolveJsonModule: true,
          types: ['office-js', 'node', 'jest'],
        },
        diagnostics: { ignoreCodes: ['TS151001'] },
      },
    ],
  },
};
