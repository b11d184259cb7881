#!/usr/bin/env node
// `npm run bench`: the speed and size of Sourced beside its budgets (../shared/DESIGN.md,
// issues 3 and 6). Prints a table and writes bench/results.json. Never run as a timed test.
//
//   node bench/run.mjs              everything (about a minute on 2 cores)
//   node bench/run.mjs --package    run `npm run package` first so the .vsix size is measured
//   node bench/run.mjs --quick      fewer repetitions (for trying the bench itself)
//   node bench/run.mjs --only core,lsp,cli   a subset of sections
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countWords, loadCorpus, textOfSize, textOfWords } from './lib/corpus.mjs';
import { startServer } from '../test/property/lsp-client.mjs';

import { adversarialInputs } from './lib/adversarial.mjs';
import { clientBundleSizes, OWN_CODE_BUDGET } from './lib/client-bundle.mjs';
const require = createRequire(import.meta.url);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const onlyArg = argv.find((a) => a.startsWith('--only'));
const only = onlyArg ? new Set((onlyArg.includes('=') ? onlyArg.split('=')[1] : argv[argv.indexOf(onlyArg) + 1]).split(',')) : null;
const want = (s) => !only || only.has(s);

if (argv.includes('--package')) {
  const r = spawnSync('npm', ['run', 'package'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) console.error(`bench: npm run package failed (exit ${r.status}); the .vsix size is not measured`);
}
for (const f of ['core.js', 'server.js', 'cli.js']) {
  if (!existsSync(join(repoRoot, 'dist', f))) {
    console.error(`bench: dist/${f} is missing: run \`node esbuild.mjs\` (npm run bench does)`);
    process.exit(2);
  }
}

const loadAtStart = loadavg().map((x) => +x.toFixed(2));
const core = require(join(repoRoot, 'dist', 'core.js'));
const corpus = loadCorpus(repoRoot);
const log = (s) => process.stderr.write(`bench: ${s}\n`);
const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism(), memoryGB: +(totalmem() / 2 ** 30).toFixed(1) },
  corpus: { kind: corpus.kind, dir: corpus.dir, articles: corpus.articles.length },
};
const rows = [];
const row = (section, measure, value, budget, pass, note = '') => rows.push({ section, measure, value, budget, status: pass === null ? '' : pass ? 'PASS' : 'FAIL', note });

const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN);
const median = (xs) => pct([...xs].sort((a, b) => a - b), 50);
const ms = (x, d = 2) => (Number.isFinite(x) ? `${x.toFixed(d)} ms` : 'n/a');
const mb = (b) => `${(b / 2 ** 20).toFixed(1)} MB`;
const fmtInt = (n) => Math.round(n).toLocaleString('en-GB');
const time = (fn) => {
  const t = performance.now();
  const v = fn();
  return [performance.now() - t, v];
};
/** Up to `runs` timings of fn, stopping early once `budgetMs` is spent (slow cases: fewer runs). */
const repeat = (fn, runs, budgetMs) => {
  const out = [];
  const t0 = performance.now();
  while (out.length < runs && (out.length === 0 || performance.now() - t0 < budgetMs)) out.push(time(fn)[0]);
  return out;
};

// ---------------------------------------------------------------- core: per article
const kb = core.loadKnowledge();
const run = (text, timings, stages) => {
  const a = core.analyze(text, kb, stages ? { timings: stages } : {});
  // Every rule, the off-by-default ones too, so per-rule timings stay comparable.
  const findings = core.check(a, { kb, timings, ...core.MEASURE_ALL });
  return { a, findings };
};

if (want('core')) {
  log(`per-article timing over ${corpus.articles.length} ${corpus.kind} articles…`);
  for (const art of corpus.articles) run(art.text); // warm-up pass: JIT, caches
  if (!quick) for (const art of corpus.articles) run(art.text);
  const timings = new Map();
  const stages = new Map();
  const per = [];
  const findingsByRule = {};
  const findingsBySeverity = {};
  let words = 0;
  let total = 0;
  const errors = [];
  for (const art of corpus.articles) {
    const w = countWords(art.text);
    let dt;
    let out;
    try {
      [dt, out] = time(() => run(art.text, timings, stages));
    } catch (e) {
      errors.push({ file: art.file, error: String(e?.stack ?? e) });
      continue;
    }
    per.push(dt);
    words += w;
    total += dt;
    for (const f of out.findings) {
      findingsByRule[f.rule] = (findingsByRule[f.rule] ?? 0) + 1;
      findingsBySeverity[f.severity] = (findingsBySeverity[f.severity] ?? 0) + 1;
    }
  }
  const sorted = [...per].sort((a, b) => a - b);
  const p50 = pct(sorted, 50);
  const p99 = pct(sorted, 99);
  const n = per.length;
  results.perArticle = {
    articles: n, errors, p50, p90: pct(sorted, 90), p99, max: sorted.at(-1), meanMs: total / n, totalMs: total, words, wordsPerSecond: words / (total / 1000),
    meanWords: words / n,
  };
  row('core', `per article p50 (${n} articles, analyze+check, warm)`, ms(p50), '≤ 2 ms', p50 <= 2);
  row('core', 'per article p99', ms(p99), '≤ 10 ms', p99 <= 10, `max ${ms(sorted.at(-1), 1)}`);
  // The named-entity tagger alone (features and decoding, with the rule-based hints made
  // beforehand), and loading its weights in a fresh process.
  const prepared = corpus.articles.map((art) => core.ner.documentTokens(art.text, kb));
  for (const p of prepared) core.ner.tagDocument(p.text, p.sentences, kb, p.hints);
  const tag = prepared.map((p) => time(() => core.ner.tagDocument(p.text, p.sentences, kb, p.hints))[0]).sort((a, b) => a - b);
  results.tagger = { p50: pct(tag, 50), p99: pct(tag, 99) };
  row('core', 'named-entity tagger alone, per article p50', ms(pct(tag, 50)), '', null, `p99 ${ms(pct(tag, 99))}; included in the per-article time above`);
  const load = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(process.execPath, ['-e', `const c=require(${JSON.stringify(join(repoRoot, "dist/core.js"))});const t=performance.now();c.ner.loadShippedWeights();console.log(performance.now()-t)`], { encoding: 'utf8' });
    load.push(Number(r.stdout.trim()));
  }
  const loadMs = median(load);
  results.taggerLoadMs = loadMs;
  row('core', 'named-entity model loading (median of 5 fresh processes)', ms(loadMs), '≤ 50 ms', loadMs <= 50);
  row('core', 'words per second (analyze+check, one core)', fmtInt(words / (total / 1000)), '', null, `${fmtInt(words / n)} words per article on average`);
  if (errors.length) row('core', 'articles that threw', String(errors.length), '0', false, errors[0].error.split('\n')[0]);

  results.stages = Object.fromEntries([...stages].map(([id, t]) => [id, { totalMs: t, perArticleUs: (t / n) * 1000 }]));
  results.rules = Object.fromEntries([...timings].sort((a, b) => b[1] - a[1]).map(([id, t]) => [id, { totalMs: t, perArticleUs: (t / n) * 1000 }]));
  const perRule = {};
  for (const r of core.RULES) perRule[r.id] = (findingsByRule[r.id] ?? 0) / n;
  for (const k of Object.keys(findingsByRule)) if (!(k in perRule)) perRule[k] = findingsByRule[k] / n;
  results.findingsPerArticle = { byRule: perRule, bySeverity: Object.fromEntries(Object.entries(findingsBySeverity).map(([k, v]) => [k, v / n])) };

  // A 1,000-word article, warm.
  const t1k = textOfWords(corpus.articles, 1000);
  for (let i = 0; i < 20; i++) run(t1k);
  const r1k = repeat(() => run(t1k), quick ? 30 : 200, 5000);
  const p1k = median(r1k);
  results.article1000 = { words: countWords(t1k), p50: p1k, p99: pct([...r1k].sort((a, b) => a - b), 99) };
  row('core', `1,000-word article (median of ${r1k.length}, warm)`, ms(p1k), '< 5 ms', p1k < 5);

  // 100,000 words.
  const t100k = textOfWords(corpus.articles, 100_000);
  const firstRun = time(() => run(t100k))[0];
  const r100k = firstRun > 20_000 ? [firstRun] : repeat(() => run(t100k), quick ? 2 : 5, 20_000);
  const m100k = median(r100k);
  results.words100k = { words: countWords(t100k), chars: t100k.length, medianMs: m100k, runs: r100k };
  row('core', `100,000 words (${(t100k.length / 1e6).toFixed(2)} M chars, median of ${r100k.length})`, ms(m100k, 0), '< 500 ms', m100k < 500);

  // Scaling and the regex floor.
  results.scaling = [];
  for (const [label, size, reps] of [['10 KB', 10_240, 40], ['100 KB', 102_400, 10], ['1 MB', 1_048_576, 3]]) {
    const text = textOfSize(corpus.articles, size);
    log(`scaling: ${label}…`);
    const first = time(() => run(text))[0];
    const ts = first > 20_000 ? [first] : repeat(() => run(text), quick ? Math.max(2, reps / 4) : reps, 20_000);
    const fs = repeat(() => {
      let c = 0;
      const re = /\w+/g;
      while (re.exec(text)) c++;
      return c;
    }, 20, 2000);
    const t = median(ts);
    const f = median(fs);
    results.scaling.push({ size: label, chars: text.length, words: countWords(text), ms: t, floorMs: f, ratio: t / f, msPerKB: t / (text.length / 1024) });
  }
  const s0 = results.scaling[0];
  const s2 = results.scaling[2];
  const linear = s2.msPerKB / s0.msPerKB;
  results.linearity = linear;
  row('core', 'time linear in size (ms per KB at 1 MB ÷ at 10 KB)', linear.toFixed(2), '≤ 2 (linear)', linear <= 2);
}

// ---------------------------------------------------------------- the language server
async function coldStart(text) {
  const t0 = performance.now();
  const s = await startServer();
  const uri = 'untitled:cold-start.news';
  await s.open(uri, text);
  const d = await s.diagnostics(uri);
  const dt = performance.now() - t0;
  await s.stop();
  return { ms: dt, diagnostics: d.items.length };
}

async function lspBench() {
  const article = corpus.articles.find((a) => countWords(a.text) > 300) ?? corpus.articles[0];
  // Cold start: spawn -> initialize -> didOpen -> first (pulled) diagnostics.
  const cold = [];
  for (let i = 0; i < (quick ? 2 : 5); i++) cold.push((await coldStart(article.text)).ms);
  const coldMed = median(cold);
  results.coldStart = { runs: cold, medianMs: coldMed, maxMs: Math.max(...cold) };
  row('server', `cold start to first diagnostics (median of ${cold.length})`, ms(coldMed, 0), '< 500 ms', coldMed < 500, `max ${ms(Math.max(...cold), 0)}`);

  const s = await startServer();
  try {
    // Hover: round trips on every entity mention of a ~1,000-word article, analysis cached.
    const t1k = textOfWords(corpus.articles, 1000);
    const uri = 'untitled:hover.news';
    await s.open(uri, t1k);
    await s.diagnostics(uri);
    const a = core.analyze(t1k, kb);
    const { TextDocument } = require('vscode-languageserver-textdocument');
    const doc = TextDocument.create(uri, 'news', 1, t1k);
    const targets = a.entities.flatMap((e) => e.mentions.map((m) => doc.positionAt(m.start + 1)));
    while (targets.length < 200 && targets.length) targets.push(...targets.slice(0, 200 - targets.length));
    for (const p of targets.slice(0, 20)) await s.hover(uri, p);
    const hov = [];
    let answered = 0;
    for (const p of targets.slice(0, 200)) {
      const t = performance.now();
      const h = await s.hover(uri, p);
      hov.push(performance.now() - t);
      if (h) answered++;
    }
    const hs = hov.sort((x, y) => x - y);
    results.hover = { samples: hs.length, answered, p50: pct(hs, 50), p99: pct(hs, 99) };
    row('server', `hover round trip p50 (${hs.length} hovers on entities)`, ms(pct(hs, 50), 3), '< 1 ms', pct(hs, 50) < 1, `p99 ${ms(pct(hs, 99), 3)}; includes JSON-RPC over stdio, so server time is less`);

    // Keystroke latency in a 100,000-word document: didChange of one character, then pull.
    const big = textOfWords(corpus.articles, 100_000);
    const bigUri = 'untitled:keystroke-100k.news';
    await s.open(bigUri, big);
    const tOpen = performance.now();
    await s.diagnostics(bigUri);
    const firstBig = performance.now() - tOpen;
    const bdoc = TextDocument.create(bigUri, 'news', 1, big);
    // Type into the middle of a paragraph, then delete, alternately, so the size stays put.
    let pos = big.indexOf(' ', Math.floor(big.length / 2));
    const ks = [];
    // Keystrokes are answered from the last findings carried through the edit, whatever the
    // document's size; the full check runs in the worker when typing pauses.
    const keys = quick ? 20 : 60;
    for (let i = 0; i < keys; i++) {
      const insert = i % 2 === 0;
      const at = bdoc.positionAt(pos);
      const change = insert
        ? { range: { start: at, end: at }, text: 'x' }
        : { range: { start: at, end: bdoc.positionAt(pos + 1) }, text: '' };
      TextDocument.update(bdoc, [change], bdoc.version + 1);
      const t = performance.now();
      await s.change(bigUri, [change]);
      await s.diagnostics(bigUri);
      ks.push(performance.now() - t);
      if (!insert) pos = big.indexOf(' ', pos + 2000) > 0 ? big.indexOf(' ', pos + 2000) : pos;
      await new Promise((r) => setTimeout(r, 5));
    }
    const warm = ks.slice(Math.min(10, Math.floor(ks.length / 2))).sort((x, y) => x - y);
    // Then a pause: the worker's full check of the last version, until the client is asked to pull.
    const refreshes = s.refreshes();
    const tPause = performance.now();
    const settled = await Promise.race([s.waitRefresh().then(() => true), new Promise((r) => setTimeout(() => r(false), 30_000))]);
    const settleMs = settled && s.refreshes() > refreshes ? performance.now() - tPause : NaN;
    results.keystroke100k = { words: countWords(big), firstDiagnosticsMs: firstBig, samples: warm.length, p50: pct(warm, 50), p99: pct(warm, 99), all: ks, fullCheckAfterPauseMs: settleMs };
    row('server', `keystroke in 100,000 words: didChange + pull, p50 (${warm.length} keys)`, ms(pct(warm, 50), 1), '≤ 50 ms', pct(warm, 50) <= 50);
    row('server', 'keystroke in 100,000 words, p99', ms(pct(warm, 99), 1), '≤ 50 ms', pct(warm, 99) <= 50, `first diagnostics of the document ${ms(firstBig, 0)}`);
    row('server', 'full findings after a typing pause (100,000 words, worker)', ms(settleMs, 0), '', null, 'from the last keystroke: 150 ms pause + the check in the worker thread');
  } finally {
    await s.stop();
  }

  // Memory with 100 open articles (heap after GC via a preloaded probe, and RSS via ps).
  const dir = mkdtempSync(join(tmpdir(), 'sourced-bench-'));
  const probe = join(dir, 'heap.json');
  const m = await startServer({ nodeArgs: ['--expose-gc', '-r', join(repoRoot, 'bench', 'lib', 'heap-probe.cjs')], env: { SOURCED_HEAP_PROBE: probe } });
  try {
    const docs = corpus.articles.slice(0, 100);
    for (const [i, art] of docs.entries()) await m.open(`untitled:doc-${i}.news`, art.text);
    for (let i = 0; i < docs.length; i++) await m.diagnostics(`untitled:doc-${i}.news`);
    await new Promise((r) => setTimeout(r, 400)); // let debounced status work finish
    m.child.kill('SIGUSR2');
    for (let i = 0; i < 50 && !existsSync(probe); i++) await new Promise((r) => setTimeout(r, 50));
    const mem = existsSync(probe) ? JSON.parse(readFileSync(probe, 'utf8')) : null;
    const ps = spawnSync('ps', ['-o', 'rss=', '-p', String(m.child.pid)], { encoding: 'utf8' });
    const rss = Number(ps.stdout.trim()) * 1024 || mem?.rss || NaN;
    results.memory100 = { documents: docs.length, heapUsed: mem?.heapUsed ?? null, heapTotal: mem?.heapTotal ?? null, rss, external: mem?.external ?? null };
    if (mem) row('server', `heap used with ${docs.length} open articles (after GC)`, mb(mem.heapUsed), '< 150 MB', mem.heapUsed < 150 * 2 ** 20, `RSS ${mb(rss)}`);
    else row('server', `RSS with ${docs.length} open articles (heap probe unavailable)`, mb(rss), '< 150 MB heap', rss < 150 * 2 ** 20, 'RSS is an upper bound of the heap');
  } finally {
    await m.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- CLI throughput
function cliRun(jobs) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', '--jobs', String(jobs), '--no-progress', '--fail-on', 'none', corpus.pattern], {
    cwd: corpus.dir,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    env: { ...process.env, CI: 'true' },
  });
  const dt = performance.now() - t;
  return { ms: dt, status: r.status, stderr: r.stderr.trim().split('\n').slice(-1)[0], findings: r.stdout.split('\n').filter(Boolean).length };
}

function cliBench() {
  const n = corpus.articles.length;
  const words = corpus.articles.reduce((s, a) => s + countWords(a.text), 0);
  const all = availableParallelism();
  // Twice each, alternating, keeping the faster run: less noise from whatever else the machine runs.
  const best = (a, b) => (a.ms <= b.ms ? a : b);
  const one1 = cliRun(1);
  const many1 = cliRun(all);
  const one = quick ? one1 : best(one1, cliRun(1));
  const many = quick ? many1 : best(many1, cliRun(all));
  results.cli = {
    files: n, words, jobs1: { ...one, filesPerSecond: n / (one.ms / 1000), wordsPerSecond: words / (one.ms / 1000) },
    jobsAll: { jobs: all, ...many, filesPerSecond: n / (many.ms / 1000), wordsPerSecond: words / (many.ms / 1000) },
    speedup: one.ms / many.ms,
  };
  const ok = one.status === 0 && many.status === 0 && one.findings === many.findings;
  row('cli', `check, 1 worker: ${n} files`, `${(one.ms / 1000).toFixed(2)} s`, '', ok ? null : false, `${fmtInt(n / (one.ms / 1000))} files/s, ${fmtInt(words / (one.ms / 1000))} words/s${one.status ? `; exit ${one.status}: ${one.stderr}` : ''}`);
  row('cli', `check, ${all} workers (all cores)`, `${(many.ms / 1000).toFixed(2)} s`, '', ok ? null : false, `${fmtInt(n / (many.ms / 1000))} files/s; ×${(one.ms / many.ms).toFixed(2)} vs 1 worker${one.findings !== many.findings ? `; FINDINGS DIFFER ${one.findings} vs ${many.findings}` : ''}`);
}

// ---------------------------------------------------------------- the package
function vsixSize() {
  const p = join(repoRoot, 'dist', 'sourced.vsix');
  if (!existsSync(p)) {
    results.vsix = null;
    row('package', '.vsix size', 'not built', '< 3 MB', null, 'run with --package (npm run package) to measure');
    return;
  }
  const size = statSync(p).size;
  results.vsix = { bytes: size };
  row('package', '.vsix size (dist/sourced.vsix)', mb(size), '< 3 MB', size < 3 * 2 ** 20);
}

if (want('lsp')) {
  log('language server: cold start, hover, keystroke, memory…');
  await lspBench();
}
if (want('cli')) {
  log('CLI check throughput…');
  cliBench();
}
/** The client bundles as shipped (minified): Sourced's own code against its budget, the language client library beside it. */
async function clientBundles() {
  const sizes = await clientBundleSizes(repoRoot);
  results.clientBundles = sizes;
  const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
  for (const [name, s] of Object.entries(sizes)) {
    const lib = Object.entries(s.packages).sort((a, b) => b[1] - a[1]).map(([p, b]) => `${p} ${kb(b)}`).join(', ');
    row('package', `dist/${name}.js, Sourced's own code (minified)`, kb(s.own), `≤ ${kb(OWN_CODE_BUDGET)}`, s.own <= OWN_CODE_BUDGET, 'no server module but the shared message types');
    row('package', `dist/${name}.js, whole bundle (minified)`, kb(s.bytes), '', null, `the rest is the language client library: ${lib}`);
  }
}

if (want('package')) {
  await clientBundles();
  vsixSize();
}
if (want('adversarial')) {
  log('adversarial inputs…');
  adversarialBench();
}

// ---------------------------------------------------------------- adversarial inputs (issue 6: each under 1 s)
// Each input is checked through the CLI (`sourced analyze FILE`, a fresh process: start-up, the
// knowledge base, analysis, rules, output), as a user would meet it. Beside its time: the ratio to
// a plain scan of the same text for word starts (/\b\w/g: the floor any reading of the text pays), and the time of a
// 10x-longer copy with the ratio of the two, which must be at most 12 (linear, with some slack).
// Times are CPU time (user + system) of the CLI process, read by a preloaded probe: wall time on
// this shared 2-core machine swings with whatever else runs; the wall time is recorded beside it.

function cliTime(file, extraArgs, dir) {
  const probe = join(dir, 'cpu.json');
  rmSync(probe, { force: true });
  const t = performance.now();
  const r = spawnSync(process.execPath, ['-r', join(repoRoot, 'bench', 'lib', 'cpu-probe.cjs'), join(repoRoot, 'dist', 'cli.js'), 'analyze', '--fail-on', 'none', '--no-config', ...extraArgs, file], {
    cwd: dir, encoding: 'utf8', maxBuffer: 512 * 2 ** 20, env: { ...process.env, CI: 'true', SOURCED_CPU_PROBE: probe },
  });
  const wall = performance.now() - t;
  const cpu = existsSync(probe) ? JSON.parse(readFileSync(probe, 'utf8')) : null;
  return { wall, cpu: cpu ? (cpu.user + cpu.system) / 1000 : NaN, status: r.status, stderr: r.stderr };
}

/** The median run of `runs` (by CPU time), with its wall time. */
function cliMedian(file, extraArgs, dir, runs) {
  const all = Array.from({ length: runs }, () => cliTime(file, extraArgs, dir)).sort((a, b) => a.cpu - b.cpu);
  return all[(all.length - 1) >> 1];
}

function regexFloor(text) {
  return median(repeat(() => {
    let c = 0;
    // Word starts, not whole words: `\w+` over a 10 MB word overflows V8's backtracking stack.
    const re = /\b\w/g;
    while (re.exec(text)) c++;
    return c;
  }, 5, 2000));
}

function adversarialBench() {
  const LINEAR_LIMIT = 12;
  /** Below this much analysis time (over the CLI's start-up) a growth ratio is noise: not judged. */
  const RATIO_FLOOR_MS = 100;
  const inputs = adversarialInputs(repoRoot);
  const dir = mkdtempSync(join(tmpdir(), 'sourced-adversarial-'));
  const runs = quick ? 1 : 3;
  results.adversarial = [];
  let worst = { name: '', ms: 0 };
  try {
    // The CLI's own start-up: a one-sentence article.
    const tiny = join(dir, 'start-up.news');
    writeFileSync(tiny, 'Headline\n\nThe council said on Monday that the road would reopen.\n');
    const startup = cliMedian(tiny, [], dir, quick ? 3 : 5);
    results.adversarialStartup = { ms: startup.cpu, wallMs: startup.wall };
    row('adversarial', 'CLI start-up: a one-sentence article (median of 5)', ms(startup.cpu, 0), '', null, `wall ${ms(startup.wall, 0)}; in every time below`);
    for (const [name, make] of Object.entries(inputs)) {
      log(`adversarial: ${name}…`);
      const measure = (k) => {
        const text = make(k);
        const file = join(dir, `input-${k}.news`);
        writeFileSync(file, text);
        // The 10x copy gets 10x the size and line limits, so it is refused (or not) as the original is.
        const limits = ['--max-size', String(5 * 2 ** 20 * k), '--max-line-length', String(100_000 * k)];
        const r = cliMedian(file, limits, dir, k === 1 ? runs : 1);
        const refused = /skipped|not checked|line-too-long|file-too-large|not-text/i.exec(r.stderr) ? r.stderr.trim().split('\n')[0] : '';
        const floor = regexFloor(text);
        rmSync(file, { force: true });
        return { chars: text.length, ms: r.cpu, wallMs: r.wall, status: r.status, floorMs: floor, refused };
      };
      const one = measure(1);
      const ten = measure(10);
      const net1 = Math.max(0, one.ms - startup.cpu);
      const net10 = Math.max(0, ten.ms - startup.cpu);
      const judged = net10 >= RATIO_FLOOR_MS;
      // An original under the floor is noise (often refused at once): the copy is held to the
      // floor instead, so a 10x copy that does real work is not "infinitely" slower.
      const growth = net10 / Math.max(net1, RATIO_FLOOR_MS);
      const linear = !judged || growth <= LINEAR_LIMIT;
      const overFloor = one.floorMs > 0 ? net1 / one.floorMs : Infinity;
      const ok = one.status !== null && one.status < 2 && one.ms < 1000;
      results.adversarial.push({
        name, chars: one.chars, ms: one.ms, wallMs: one.wallMs, netMs: net1, regexFloorMs: one.floorMs, overRegexFloor: overFloor,
        longer: { chars: ten.chars, ms: ten.ms, wallMs: ten.wallMs, netMs: net10, growth, judged }, linear, overBudget: !ok, refused: one.refused || undefined, exit: one.status,
      });
      if (one.ms > worst.ms) worst = { name, ms: one.ms };
      row('adversarial', `${name} (CLI, median of ${runs})`, ms(one.ms, 0), '< 1000 ms', ok && linear,
        `x${fmtInt(overFloor)} a word-start scan (\\b\\w); 10x copy ${ms(ten.ms, 0)}, growth x${judged ? growth.toFixed(1) : `${growth.toFixed(1)} (not judged: under ${RATIO_FLOOR_MS} ms)`}${linear ? '' : ' NOT LINEAR'}${one.refused ? `; refused: ${one.refused}` : ''}${one.status >= 2 || one.status === null ? `; exit ${one.status}` : ''}`);
    }
    // A hostile `ignore:` glob in .sourced.yaml against a long file name (a regex built from it
    // backtracked for minutes): through the CLI with a 60-letter name, then a 600-letter path
    // (three 200-letter folders: a file name stops at 255 bytes).
    const globAt = (k) => {
      const sub = join(dir, `glob-${k}`);
      const rel = k === 1 ? `${'a'.repeat(60)}.news` : `${'a'.repeat(200)}/${'a'.repeat(200)}/${'a'.repeat(200)}.news`;
      mkdirSync(dirname(join(sub, rel)), { recursive: true });
      writeFileSync(join(sub, rel), 'Headline\n\nThe council said the road would reopen.\n');
      writeFileSync(join(sub, '.sourced.yaml'), `ignore:\n${Array.from({ length: 10 }, (_, j) => `  - "**/${'*a'.repeat(7 + j)}*c"`).join('\n')}\n`);
      const probe = join(sub, 'cpu.json');
      const samples = Array.from({ length: k === 1 ? runs : 1 }, () => {
        const t = performance.now();
        const r = spawnSync(process.execPath, ['-r', join(repoRoot, 'bench', 'lib', 'cpu-probe.cjs'), join(repoRoot, 'dist', 'cli.js'), 'analyze', '--fail-on', 'none', rel], { cwd: sub, encoding: 'utf8', env: { ...process.env, CI: 'true', SOURCED_CPU_PROBE: probe } });
        const cpu = JSON.parse(readFileSync(probe, 'utf8'));
        return { ms: (cpu.user + cpu.system) / 1000, wall: performance.now() - t, status: r.status };
      }).sort((a, b) => a.ms - b.ms);
      return samples[(samples.length - 1) >> 1];
    };
    const g1 = globAt(1);
    const g10 = globAt(10);
    const gNet1 = Math.max(0, g1.ms - startup.cpu);
    const gNet10 = Math.max(0, g10.ms - startup.cpu);
    const gJudged = gNet10 >= RATIO_FLOOR_MS;
    const gOk = g1.ms < 1000 && g1.status < 2;
    const gGrowth = gNet10 / Math.max(gNet1, RATIO_FLOOR_MS);
    const gLinear = !gJudged || gGrowth <= LINEAR_LIMIT;
    results.adversarial.push({ name: 'hostile ignore glob (.sourced.yaml) on a 60-letter name', chars: 60, ms: g1.ms, wallMs: g1.wall, netMs: gNet1, longer: { chars: 600, ms: g10.ms, wallMs: g10.wall, netMs: gNet10, growth: gGrowth, judged: gJudged }, linear: gLinear, overBudget: !gOk });
    row('adversarial', `hostile ignore glob (10 patterns *a*a…*c) on a 60-letter name (CLI)`, ms(g1.ms, 0), '< 1000 ms', gOk && gLinear, `600-letter path ${ms(g10.ms, 0)}${gJudged ? '' : ` (growth not judged: under ${RATIO_FLOOR_MS} ms)`}`);
    if (g1.ms > worst.ms) worst = { name: 'hostile ignore glob', ms: g1.ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // The glob matcher alone, in process: 10 patterns x 1,000 names, and again 10x longer names.
  const globTimes = [60, 600].map((len) => {
    const names = Array.from({ length: 1000 }, (_, i) => `drafts/${'a'.repeat(len)}${i}.news`);
    const matchers = Array.from({ length: 10 }, (_, k) => core.compileGlob(`${'*a'.repeat(7 + k)}*c`));
    return time(() => { for (const m of matchers) for (const n of names) m(n); })[0];
  });
  results.adversarialGlobInProcess = { ms: globTimes[0], longerMs: globTimes[1] };
  row('adversarial', 'hostile ignore glob (*a*a…*c), 10^4 checks of 60-letter names, in process', ms(globTimes[0], 1), '< 1000 ms', globTimes[0] < 1000, `10x longer names: ${ms(globTimes[1], 1)} (${(globTimes[1] / globTimes[0]).toFixed(1)}x)`);
  results.adversarialWorst = worst;
  const over = results.adversarial.filter((a) => a.overBudget || !a.linear).map((a) => a.name);
  if (over.length) log(`adversarial inputs over budget or not linear: ${over.join('; ')}`);
}

// ---------------------------------------------------------------- print
function table(headers, data) {
  const widths = headers.map((h, i) => Math.max(h.length, ...data.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...data.map(line)].join('\n');
}

const out = [];
results.machine.loadAverage = { start: loadAtStart, end: loadavg().map((x) => +x.toFixed(2)) };
out.push(`Sourced bench — ${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}; load average ${loadAtStart[0]} at the start, ${results.machine.loadAverage.end[0]} at the end${loadAtStart[0] > 1 || results.machine.loadAverage.end[0] > 2 ? ' (the machine was busy: timings are pessimistic)' : ''}`);
out.push(`Corpus: ${corpus.kind === 'bbc' ? '../shared/corpus/bbc' : 'test/fixtures/corpus (../shared/corpus/bbc absent)'}, ${corpus.articles.length} articles`);
out.push('');
out.push(table(['', 'measure', 'value', 'budget', '', 'note'], rows.map((r) => [r.section, r.measure, r.value, r.budget, r.status, r.note])));
if (results.scaling) {
  out.push('');
  out.push('Scaling (concatenated corpus articles; analyze+check vs a plain /\\w+/g word scan of the same text):');
  out.push(table(['size', 'chars', 'words', 'analysis', 'ms per KB', 'regex floor', 'ratio'], results.scaling.map((s) => [s.size, fmtInt(s.chars), fmtInt(s.words), ms(s.ms, 1), s.msPerKB.toFixed(3), ms(s.floorMs, 3), `×${fmtInt(s.ratio)}`])));
}
if (results.stages) {
  out.push('');
  out.push("Time per analysis stage over the corpus (analyze's timings, in the order they run; the rules follow):");
  out.push(table(['stage', 'total', 'per article'], Object.entries(results.stages).map(([id, t]) => [id, ms(t.totalMs, 1), `${t.perArticleUs.toFixed(1)} µs`])));
}
if (results.rules) {
  out.push('');
  out.push(`Time per rule over the corpus (check's timings) and mean findings per article:`);
  const n = results.perArticle.articles;
  out.push(table(['rule', 'total', 'per article', 'findings / article'], Object.entries(results.findingsPerArticle.byRule).map(([id, f]) => [id, ms(results.rules[id]?.totalMs ?? 0, 1), `${(results.rules[id]?.perArticleUs ?? 0).toFixed(1)} µs`, f.toFixed(3)])));
  out.push(`Findings per article by severity: ${Object.entries(results.findingsPerArticle.bySeverity).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ') || 'none'} (${n} articles)`);
}
if (results.adversarial) {
  out.push('');
  out.push(`Adversarial inputs through the CLI (CPU ms of the process; start-up ${ms(results.adversarialStartup.ms, 0)} is inside each time; "net" is the time over it):`);
  out.push(table(['input', 'chars', 'CLI', 'wall', 'net', 'word-start scan', 'net ÷ scan', '10x copy', 'growth (net, base ≥ 100 ms)', ''], results.adversarial.map((a) => [
    a.name, fmtInt(a.chars), ms(a.ms, 0), ms(a.wallMs, 0), ms(a.netMs, 0), a.regexFloorMs === undefined ? '' : ms(a.regexFloorMs, 2), a.overRegexFloor === undefined ? '' : `×${fmtInt(a.overRegexFloor)}`,
    ms(a.longer.ms, 0), a.longer.judged && a.longer.growth !== undefined ? `×${a.longer.growth.toFixed(1)}` : 'n/a (<100 ms)', a.overBudget ? 'OVER BUDGET' : !a.linear ? 'NOT LINEAR' : a.refused ? 'refused' : 'ok',
  ])));
}
results.table = rows;
const fails = rows.filter((r) => r.status === 'FAIL');
out.push('');
out.push(fails.length ? `${fails.length} budget(s) missed: ${fails.map((f) => f.measure).join('; ')}` : 'All measured budgets met.');
console.log(out.join('\n'));
writeFileSync(join(repoRoot, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
log('wrote bench/results.json');
