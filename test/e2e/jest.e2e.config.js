/**
 * Browser (end-to-end) tests: the harness page in Chromium, driven by playwright-core. Run by scripts/e2e.mjs,
 * which builds and serves the harness and sets PMF_E2E_URL. The default jest config leaves test/e2e/ out.
 */
module.exports = {
  rootDir: `${__dirname}/../..`,
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  testEnvironment: 'node',
  testTimeout: 30000,
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          // ES2022 keeps async functions as they are: page.evaluate() sends a function's source to the page.
          target: 'ES2022',
          module: 'commonjs',
          moduleResolution: 'node10',
          ignoreDeprecations: '6.0',
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
