// The unit project for StrykerJS (npm run test:mutation): the pure core's tests in this process, in
// an environment and an order that run each mutant's covering tests only and stop at the first failure.
// The CLI tests run the core in child processes, where no mutant is active, so they are left out.
const { projects } = require('../jest.config');

const unit = projects.find((p) => p.displayName === 'unit');
module.exports = {
  ...unit,
  rootDir: '..',
  testPathIgnorePatterns: [...unit.testPathIgnorePatterns, '-cli\\.test\\.ts$'],
  testEnvironment: require.resolve('./stryker-environment.js'),
  testSequencer: require.resolve('./stryker-sequencer.js'),
};
