// Jest's node environment for StrykerJS runs (test/jest.unit.config.js), in two roles.
// - In the dry run (no active mutant) it records, per test file, the mutants its tests cover, so
//   that stryker-sequencer.js gives each mutant run only the files that cover it: Stryker selects
//   tests by a name pattern alone, and loading every test file costs ~2 s a run.
// - With a mutant active it bails, which jest cannot be asked to do programmatically: once a test
//   has failed the mutant is killed, and the run's remaining tests pass without running.
const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');
const { TestEnvironment } = require('jest-environment-node');

const COVERAGE_DIR = path.join(process.cwd(), '.stryker-file-coverage');
let killed; // the active mutant a test already failed for

// The test's id as Stryker and jest's name pattern see it: describe blocks and test, by spaces.
const fullName = (test) => {
  const names = [];
  for (let block = test.parent; block?.parent; block = block.parent) names.unshift(block.name);
  return [...names, test.name].join(' ');
};

class StrykerEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.testPath = context.testPath;
    this.names = [];
  }

  handleTestEvent(event) {
    const stryker = this.global.__stryker__;
    if (!stryker) return; // a plain jest run
    this.stryker = stryker;
    const active = stryker.activeMutant;
    if (active === undefined) {
      if (event.name === 'test_start') this.names.push(fullName(event.test));
      return;
    }
    if (event.name === 'test_fn_failure' || event.name === 'hook_failure') killed = active;
    else if (event.name === 'test_start' && killed === active) event.test.fn = () => {};
  }

  async teardown() {
    const perTest = this.stryker?.activeMutant === undefined ? this.stryker?.mutantCoverage?.perTest : undefined;
    if (perTest && this.names.length) {
      const mutants = new Set(this.names.flatMap((name) => Object.keys(perTest[name] ?? {})));
      fs.mkdirSync(COVERAGE_DIR, { recursive: true });
      const file = createHash('sha1').update(this.testPath).digest('hex');
      fs.writeFileSync(path.join(COVERAGE_DIR, `${file}.json`), JSON.stringify({ path: this.testPath, mutants: [...mutants] }));
    }
    await super.teardown();
  }
}

module.exports = StrykerEnvironment;
