// The test files of a StrykerJS mutant run: only those whose tests cover the active mutant (as
// stryker-environment.js recorded in the dry run), the quickest first, so that the environment's
// bail ends a killed mutant early. Outside a mutant run, or without a record, every file.
const fs = require('node:fs');
const path = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const COVERAGE_DIR = path.join(process.cwd(), '.stryker-file-coverage');
let recorded; // Map of mutant id → test paths, read once per worker after the dry run wrote it

function coveringFiles() {
  if (!recorded && fs.existsSync(COVERAGE_DIR)) {
    recorded = new Map();
    for (const f of fs.readdirSync(COVERAGE_DIR)) {
      const { path: testPath, mutants } = JSON.parse(fs.readFileSync(path.join(COVERAGE_DIR, f), 'utf8'));
      for (const id of mutants) recorded.set(id, [...(recorded.get(id) ?? []), testPath]);
    }
  }
  return recorded;
}

class StrykerSequencer extends Sequencer {
  sort(tests) {
    const cost = (t) => this.time(t) ?? t.context.hasteFS.getSize(t.path) ?? 0;
    const active = process.env.__STRYKER_ACTIVE_MUTANT__;
    const files = active !== undefined ? coveringFiles()?.get(active) : undefined;
    const selected = files ? tests.filter((t) => files.includes(t.path)) : tests;
    return [...selected].sort((a, b) => cost(a) - cost(b));
  }
}

module.exports = StrykerSequencer;
