// `npm test`: build, type-check, then every kind of test — unit, protocol and property tests
// (node:test), the end-to-end suite in a real VS Code, and the headless Neovim check.
// Prints a closing line "test: N passed, N failed" summing all of them (and ", N skipped" when a
// check could not run, such as the acceptance on ../shared when it is absent: skipped is not passed).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [];
let passed = 0;
let failed = 0;
let skipped = 0;

function run(name, cmd, args, { parse } = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: parse ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: process.env, maxBuffer: 256 * 1024 * 1024 });
  if (parse) process.stdout.write(r.stdout ?? '');
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  let counts = null;
  if (parse && r.stdout) counts = parse(r.stdout);
  const ok = r.status === 0;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  } else if (parse) {
    ok ? passed++ : failed++;
  }
  steps.push({ name, ok, secs, counts });
  return ok;
}

const nodeTestCounts = (out) => {
  const p = /^ℹ pass (\d+)$/m.exec(out);
  const f = /^ℹ fail (\d+)$/m.exec(out);
  const k = /^ℹ skipped (\d+)$/m.exec(out);
  return p ? { passed: +p[1], failed: +(f?.[1] ?? 0), skipped: +(k?.[1] ?? 0) } : null;
};
const plainCounts = (out) => {
  const m = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/.exec(out.split('\n').reverse().find((l) => /\d+ passed, \d+ failed/.test(l)) ?? '');
  return m ? { passed: +m[1], failed: +m[2], skipped: +(m[3] ?? 0) } : null;
};

let ok = run('build', 'node', ['esbuild.mjs']);
ok = run('typecheck', 'npx', ['tsc', '-p', '.', '--noEmit']) && ok;
// Every test file of test/unit, test/protocol and test/property, two processes at a time, the
// longest first, the small unit files sharing a process (scripts/test-node.mjs says why).
ok = run('unit, protocol and property tests', 'node', ['scripts/test-node.mjs'], { parse: nodeTestCounts }) && ok;
if (existsSync('test/editor/run.mjs')) ok = run('end-to-end in VS Code', 'node', ['test/editor/run.mjs', '--no-build'], { parse: plainCounts }) && ok;
// The packaged extension, installed into the same VS Code: what a user gets from the .vsix.
if (existsSync('test/editor/run.mjs')) {
  const packaged = run('package the .vsix', 'npm', ['run', 'package', '--silent']);
  ok = packaged && ok;
  if (packaged) ok = run('end-to-end with the installed .vsix', 'node', ['test/editor/run.mjs', '--vsix', '--no-build'], { parse: plainCounts }) && ok;
  // Packaging rebuilt dist/ minified; rebuild the development bundles for anything that follows.
  run('rebuild', 'node', ['esbuild.mjs']);
}
if (existsSync('test/nvim/run.mjs')) ok = run('headless Neovim', 'node', ['test/nvim/run.mjs', '--no-build'], { parse: plainCounts }) && ok;

console.log('\n=== summary');
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.secs}s)${s.counts ? ` — ${s.counts.passed} passed, ${s.counts.failed} failed${s.counts.skipped ? `, ${s.counts.skipped} skipped` : ''}` : ''}`);
if (!ok && failed === 0) failed = steps.filter((s) => !s.ok).length;
console.log(`test: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped (not checked)` : ''}`);
process.exit(ok ? 0 : 1);
