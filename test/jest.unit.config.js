// The unit project for StrykerJS (npm run test:mutation): the pure core's tests in this process.
// The CLI tests run the core in child processes, where no mutant is active, so they are left out.
const { projects } = require('../jest.config');

const unit = projects.find((p) => p.displayName === 'unit');
module.exports = { ...unit, rootDir: '..', testPathIgnorePatterns: [...unit.testPathIgnorePatterns, '-cli\\.test\\.ts$'] };
