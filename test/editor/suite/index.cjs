// Entry point loaded by VS Code's extension host (extensionTestsPath). Runs the mocha
// suite in this folder inside the real extension host and reports each result three ways:
// mocha's spec reporter (to the extension host console), a JSON file named by
// SOURCED_E2E_RESULTS (read by test/editor/run.mjs), and the exit code (failures > 0).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

function run() {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.SOURCED_E2E_TEST_TIMEOUT || 60000),
    reporter: 'spec',
    // SOURCED_E2E_GREP: run only the tests whose full title matches (a regular expression).
    ...(process.env.SOURCED_E2E_GREP ? { grep: new RegExp(process.env.SOURCED_E2E_GREP) } : {}),
  });
  // test/editor/run.mjs runs two VS Code sessions: the main one (workspace trust off, every
  // *.test.cjs) and one in Restricted Mode (workspace trust on, the folder untrusted: every
  // *.restricted.cjs).
  const suffix = process.env.SOURCED_E2E_SESSION === 'restricted' ? '.restricted.cjs' : '.test.cjs';
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith(suffix)) mocha.addFile(path.join(__dirname, f));
  }

  const results = [];
  const resultsFile = process.env.SOURCED_E2E_RESULTS;
  const save = () => {
    if (!resultsFile) return;
    try {
      fs.writeFileSync(resultsFile, JSON.stringify({ results }, null, 2));
    } catch (err) {
      console.error(`could not write ${resultsFile}: ${err}`);
    }
  };

  return new Promise((resolve, reject) => {
    let runner;
    try {
      runner = mocha.run((failures) => {
        save();
        if (failures > 0) reject(new Error(`${failures} editor test(s) failed`));
        else resolve();
      });
    } catch (err) {
      results.push({ title: 'load editor suite', state: 'failed', error: String(err && err.stack || err) });
      save();
      reject(err);
      return;
    }
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('fail', (t, err) => results.push({
      title: t.fullTitle(),
      state: 'failed',
      error: String((err && (err.stack || err.message)) || err),
    }));
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'skipped' }));
  });
}

module.exports = { run };
