/** Unit tests of the pure core run in milliseconds; API tests boot Strapi on a per-worker SQLite file. */
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest'] };
// The pure core's entry point (package.json "imports" at run time) is its TypeScript source under test.
const moduleNameMapper = { '^#format(/import)?$': '<rootDir>/src/format$1', '^#format/office$': '<rootDir>/src/format/render/office' };
const ignore = ['/node_modules/', '<rootDir>/dist/', '<rootDir>/.tmp/', '<rootDir>/src/plugins/.*/dist/'];

module.exports = {
  testTimeout: 120000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      testPathIgnorePatterns: ignore,
      modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.stryker-tmp/'],
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/test/api/**/*.test.ts'],
      testPathIgnorePatterns: ignore,
      modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.stryker-tmp/'],
      globalSetup: '<rootDir>/test/api/global-setup.js',
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      testPathIgnorePatterns: ignore,
      modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.stryker-tmp/'],
      globalSetup: '<rootDir>/test/browser/global-setup.js',
    },
  ],
};
