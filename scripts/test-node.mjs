// The node:test part of `npm test`: every test file of test/unit, test/protocol and
// test/property (the files `node --test` would find there), side by side on as many processes as
// there are cores (2 by default; SOURCED_TEST_CONCURRENCY=N to change), the longest first.
//
//   node scripts/test-node.mjs [--list] [WORD…]   (build first: node esbuild.mjs)
//
// --list prints the processes in the order they start; WORDs keep only the processes with a file
// whose path contains one of them (`node scripts/test-node.mjs shared` runs the shared ones).
//
// Why not `node --test dir…`: it starts one process per file, in alphabetical order. Most unit
// files are small and pay more for the process (node, the test runner, loading dist/core.js and
// the knowledge base, warming up the analysis: about 0.7 s of CPU) than for their tests, and a
// long file that starts last keeps the run waiting while the other core has nothing left to do.
// So the small unit files share a process (a few of them, SHARED_GROUPS, each importing its
// files in turn: the same tests with the same assertions, one dist/core.js loaded once), and
// every process starts in order of its expected cost (COST, CPU seconds measured on the test
// files), so the long ones overlap each other and the short ones fill in at the end.
//
// A unit file that changes something for the whole process beyond one test (a global left
// replaced, a fresh copy of dist/core.js in the module cache, a worker or server kept across
// tests, or several seconds of work) runs in its own process: list it in OWN_PROCESS. The
// protocol files share one process too (each still starts its own language servers in its own
// temporary workspace: the process only runs the client side, one test after another), apart
// from those in OWN_PROCESS. Every property file runs in its own process.
// `node --test test/unit/x.test.mjs` runs any one file alone, as before.
//
// Each process first sets V8_FLAGS (SOURCED_TEST_V8_FLAGS=… to change them, empty for none):
// V8 optimises a function with TurboFan only after it has run about four times as long as by
// default. The analysis bundle is large and most test processes run it for seconds, not minutes:
// with the default, about half of a process's CPU went to compiling optimised code on V8's
// background threads, code most of which ran too briefly to pay that back (half of the BBC
// corpus, analysed as bbc-corpus.test.mjs does: 18.6 s CPU with the default, 11.0 s with this,
// the same findings). The flag changes when code is optimised, not what it computes; the CLI and
// language servers the tests start run with their own, default flags. cli-code-cache.test.mjs
// runs without it: V8 takes a code cache only from a process with the flags it was made with.
const V8_FLAGS = process.env.SOURCED_TEST_V8_FLAGS ?? '--interrupt-budget=500000';
const WITHOUT_V8_FLAGS = new Set(['test/unit/cli-code-cache.test.mjs']);
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['test/unit', 'test/protocol', 'test/property'];
const CONCURRENCY = Number(process.env.SOURCED_TEST_CONCURRENCY) || 2;
const SHARED_GROUPS = 2;

/** Unit files that need a process of their own (see above). */
const OWN_PROCESS = new Set([
  'test/unit/adversarial.test.mjs', // a worker thread kept across its tests; long
  'test/unit/bbc-corpus.test.mjs', // the 2,225 BBC articles: long
  'test/unit/cli-code-cache.test.mjs', // loads the CLI starter in-process, which sets V8 flags (v8.setFlagsFromString): in a process that has
  // already run other files' code that crashed V8 (SIGSEGV), so it runs where nothing ran before it
  'test/unit/cli.test.mjs', // dozens of CLI processes and a language server: long
  'test/unit/ner.test.mjs', // retrains the tagger: long
  'test/unit/regex-safety.test.mjs', // loads a second dist/core.js with RegExp replaced; enables source maps
  'test/unit/robustness.test.mjs', // CLI processes on large files: seconds of waiting
  'test/protocol/code-cache.test.mjs', // sets SOURCED_CODE_CACHE_DIR in process.env while its servers start
  'test/protocol/large-document.test.mjs', // long
]);

/**
 * CPU seconds of each file, with the processes it starts and waits for (or, for the files that
 * share a process, their part of it), as the table this prints at the end measured them on 2
 * cores (the files run on their own process, where listed, from a quiet run of 2026-12-08; the
 * others' older figures were taken beside other work, about ±15%): only the order of the
 * processes depends on it. A file not listed counts 2 s, a unit file that shares a process
 * SHARED_COST.
 */
const COST = {
  'test/property/edits-one.test.mjs': 19.5,
  'test/unit/adversarial.test.mjs': 21.9,
  'test/property/analysis-determinism.test.mjs': 20,
  'test/property/analysis-utf16.test.mjs': 23.1,
  'test/unit/cli.test.mjs': 24,
  'test/unit/bbc-corpus.test.mjs': 16.2,
  'test/property/analysis-news.test.mjs': 12.1,
  'test/property/edits-sequence.test.mjs': 12.6,
  'test/protocol/large-document.test.mjs': 12.3,
  'test/property/layouts.test.mjs': 9,
  'test/property/protocol-edits.test.mjs': 5.6,
  'test/unit/ner.test.mjs': 7.1,
  'test/unit/cli-code-cache.test.mjs': 5.4,
  'test/protocol/code-cache.test.mjs': 3.9, // five servers, three of them writing a cache
  'test/unit/robustness.test.mjs': 3.0,
  'test/unit/regex-safety.test.mjs': 2.1, // with every pattern's verdict recorded; recheck's own process is not counted
  // Unit files that share a process (about 0.8 s each; these more):
  'test/unit/rules.test.mjs': 3.5,
  'test/unit/bounded-attribution-work.test.mjs': 5,
  'test/unit/bounded-searches.test.mjs': 4.5,
  'test/unit/figure-roles.test.mjs': 4.5,
  'test/unit/attribution-cues.test.mjs': 4,
  'test/unit/annotations-w3c.test.mjs': 3.5,
  // Protocol files that share a process:
  'test/protocol/workspace-files.test.mjs': 5,
  'test/protocol/trust.test.mjs': 4.2,
  'test/protocol/lifecycle.test.mjs': 2.8,
  'test/protocol/diagnostics.test.mjs': 2.6,
  'test/protocol/bad-input.test.mjs': 1.8,
  'test/protocol/annotations.test.mjs': 1.6,
  'test/protocol/features.test.mjs': 1.2,
  'test/protocol/article-date.test.mjs': 0.6,
  'test/protocol/namesakes.test.mjs': 0.6,
  'test/protocol/roles-hover.test.mjs': 0.6,
};
const SHARED_COST = 0.8;

const isTestFile = (name) => /^(?:test|test-.+|.+[.\-_]test)\.[cm]?js$/.test(name);
function testFiles(dir) {
  const out = [];
  for (const e of readdirSync(join(REPO, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory() && e.name !== 'node_modules') out.push(...testFiles(rel));
    else if (e.isFile() && isTestFile(e.name)) out.push(rel);
  }
  return out.sort();
}

const files = DIRS.filter((d) => existsSync(join(REPO, d))).flatMap((d) => testFiles(d));
const shared = files.filter((f) => f.startsWith('test/unit/') && !OWN_PROCESS.has(f));
const sharedProtocol = files.filter((f) => f.startsWith('test/protocol/') && !OWN_PROCESS.has(f));
const alone = files.filter((f) => !shared.includes(f) && !sharedProtocol.includes(f));

// The shared files in groups of about equal cost (alphabetical, dealt out in turn).
const groups = Array.from({ length: Math.min(SHARED_GROUPS, shared.length) }, () => []);
shared.forEach((f, i) => groups[i % groups.length].push(f));

const words = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const jobs = [
  ...alone.map((f) => ({ name: f, files: [f], cost: COST[f] ?? 2 })),
  ...groups.map((g, i) => ({ name: `shared unit process ${i + 1}`, files: g, cost: g.reduce((s, f) => s + (COST[f] ?? SHARED_COST), 0) })),
  ...(sharedProtocol.length ? [{ name: 'shared protocol process', files: sharedProtocol, cost: sharedProtocol.reduce((s, f) => s + (COST[f] ?? 2), 0) }] : []),
].filter((j) => !words.length || words.some((w) => j.name.includes(w) || j.files.some((f) => f.includes(w))))
  .sort((a, b) => b.cost - a.cost || (a.name < b.name ? -1 : 1));

if (process.argv.includes('--list')) {
  for (const j of jobs) console.log(`${j.cost.toFixed(1).padStart(5)} s  ${j.name}${j.files.length > 1 ? `: ${j.files.map((f) => f.replace(/^test\/(unit|protocol)\//, '')).join(', ')}` : ''}`);
  process.exit(0);
}

// Each process runs a file made here that imports its test files: for a group, all its members
// (each registers its tests as it would alone; node:test runs them one after another, the
// top-level before hooks of all of them first and their after hooks last). Static imports, so that
// every hook is in place before the first test runs: a member that throws while it loads fails its
// whole group (the error is printed). The first import records, when the process exits, its wall
// time and the CPU time of it and of the processes it waited for (CLI runs, language servers), for
// the table printed at the end (the figures COST above comes from).
const tmp = mkdtempSync(join(tmpdir(), 'sourced-test-groups-'));
const meter = join(tmp, 'meter.mjs');
writeFileSync(meter, `import { readFileSync, writeFileSync } from 'node:fs';
process.on('exit', () => {
  let cpu = null;
  try {
    // utime, stime, cutime, cstime (clock ticks, 100 a second on Linux): fields 14 to 17.
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    cpu = (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
  } catch {
    const u = process.cpuUsage();
    cpu = (u.user + u.system) / 1e6;
  }
  writeFileSync(process.env.SOURCED_TEST_METER_OUT, JSON.stringify({ wall: process.uptime(), cpu }));
});
`);
const flags = join(tmp, 'v8-flags.mjs');
writeFileSync(flags, `import { setFlagsFromString } from 'node:v8';\nsetFlagsFromString(${JSON.stringify(V8_FLAGS)});\n`);
const entries = jobs.map((j, i) => {
  const entry = join(tmp, `${i}-${j.files.length === 1 ? j.files[0].split('/').pop() : `shared-${i}.test.mjs`}`);
  const out = join(tmp, `${i}.json`);
  const setFlags = V8_FLAGS.trim() && !j.files.some((f) => WITHOUT_V8_FLAGS.has(f)) ? `import ${JSON.stringify(pathToFileURL(flags).href)};\n` : '';
  writeFileSync(entry, `// ${j.name}\n${setFlags}process.env.SOURCED_TEST_METER_OUT = ${JSON.stringify(out)};\nimport ${JSON.stringify(pathToFileURL(meter).href)};\n${j.files.map((f) => `import ${JSON.stringify(pathToFileURL(join(REPO, f)).href)};`).join('\n')}\n`);
  return entry;
});
const t0 = Date.now();
let failed = false;
const stream = run({ files: entries, concurrency: CONCURRENCY });
stream.on('test:fail', (e) => {
  if (!e.todo) failed = true;
});
stream.compose(spec).pipe(process.stdout);
process.on('exit', () => {
  // Wall and CPU seconds of each process (CPU includes the processes it started and waited for).
  const rows = jobs.map((j, i) => {
    try {
      return { ...j, ...JSON.parse(readFileSync(join(tmp, `${i}.json`), 'utf8')) };
    } catch {
      return { ...j, wall: NaN, cpu: NaN };
    }
  });
  const sum = rows.reduce((s, r) => s + (r.cpu || 0), 0);
  const lines = rows.sort((a, b) => (b.cpu || 0) - (a.cpu || 0)).map((r) => `  ${r.cpu.toFixed(1).padStart(6)} s CPU ${r.wall.toFixed(1).padStart(6)} s wall  ${r.name}`);
  writeSync(1, `\nprocesses (CPU seconds incl. child processes, wall seconds):\n${lines.join('\n')}\n  ${sum.toFixed(1).padStart(6)} s CPU in all; ${((Date.now() - t0) / 1000).toFixed(1)} s wall for the step\n`);
  rmSync(tmp, { recursive: true, force: true });
  if (failed) process.exitCode = 1;
});
