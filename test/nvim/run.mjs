#!/usr/bin/env node
// Headless Neovim as a second, independent LSP client of Sourced's server over stdio:
//   nvim --headless --clean -c 'luafile test/nvim/check.lua' ARTICLE
// Checks published diagnostics (rule codes), a hover on an entity, an incremental edit,
// and shutdown. Prints one line per check and `nvim: N passed, N failed`; exits non-zero
// on any failure. Options: --no-build (do not run esbuild.mjs first), --server PATH.
// Environment: SOURCED_NVIM_ARTICLE to check another article.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const argv = process.argv.slice(2);
const build = !argv.includes('--no-build');
const serverArg = argv.indexOf('--server');
const server = path.resolve(serverArg >= 0 ? argv[serverArg + 1] : path.join(ROOT, 'dist/server.js'));
const started = Date.now();

const SHARED = path.resolve(ROOT, '../shared/articles/shoigu-anwar-faults.txt');
const FIXTURE = path.join(ROOT, 'test/editor/fixtures/ferry-strike.news');
const CASES = {
  [SHARED]: { rules: 'weekday-date,inconsistent-name', hover: 'Shoigu', expect: 'Sergei Shoigu', fix: 'Shoygu=>Shoigu' },
  [FIXTURE]: { rules: 'weekday-date,inconsistent-name', hover: 'Ostberg', expect: 'Halvard Ostberg', fix: 'Ostburg=>Ostberg' },
};
const article = path.resolve(process.env.SOURCED_NVIM_ARTICLE || (existsSync(SHARED) ? SHARED : FIXTURE));
const expect = CASES[article] || CASES[SHARED];

const results = [];
function finish(extra) {
  if (extra) results.push({ ok: false, name: extra.name, detail: extra.detail });
  for (const r of results) {
    console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name}`);
    if (!r.ok && r.detail) console.log(`        ${r.detail}`);
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`  (${path.basename(article)}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`nvim: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (nvim.status !== 0) finish({ name: 'nvim is installed', detail: 'run scripts/setup-editors.sh (apt-get install neovim)' });

if (build && serverArg < 0 && existsSync(path.join(ROOT, 'esbuild.mjs'))) {
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) finish({ name: 'build (node esbuild.mjs)', detail: (r.stdout + r.stderr).trim().split('\n').slice(-5).join(' | ') });
}
if (!existsSync(server)) finish({ name: 'server is built', detail: `${server} is missing: run node esbuild.mjs` });

const runDir = path.join(ROOT, '.cache/nvim-run');
rmSync(runDir, { recursive: true, force: true });
const xdg = {};
for (const [k, sub] of [['XDG_CONFIG_HOME', 'config'], ['XDG_DATA_HOME', 'data'], ['XDG_STATE_HOME', 'state'], ['XDG_CACHE_HOME', 'cache']]) {
  xdg[k] = path.join(runDir, sub);
  mkdirSync(xdg[k], { recursive: true });
}
const resultsFile = path.join(runDir, 'results.tsv');

const child = spawn('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(HERE, 'check.lua')}`, article], {
  cwd: ROOT,
  stdio: ['ignore', 'pipe', 'pipe'],
  env: {
    ...process.env,
    ...xdg,
    SOURCED_NVIM_SERVER: server,
    SOURCED_NVIM_RESULTS: resultsFile,
    SOURCED_NVIM_RULES: expect.rules,
    SOURCED_NVIM_HOVER: expect.hover,
    SOURCED_NVIM_EXPECT: expect.expect,
    SOURCED_NVIM_FIX: expect.fix,
    SOURCED_NVIM_FIXED_RULE: 'inconsistent-name',
  },
});
let output = '';
child.stdout.on('data', (b) => (output += b));
child.stderr.on('data', (b) => (output += b));
const timer = setTimeout(() => {
  output += '\n(killed after 90 s)';
  child.kill('SIGKILL');
}, 90_000);
child.on('close', (code) => {
  clearTimeout(timer);
  if (existsSync(resultsFile)) {
    for (const line of readFileSync(resultsFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const [state, name, detail] = line.split('\t');
      results.push({ ok: state === 'PASS', name, detail });
    }
  }
  if (!results.length) finish({ name: 'check.lua ran', detail: `nvim exited ${code}: ${output.trim().slice(-800)}` });
  if (code !== 0) finish({ name: 'nvim exits cleanly', detail: `exit ${code}: ${output.trim().slice(-800)}` });
  finish();
});
