#!/usr/bin/env node
// End-to-end tests of Sourced in a real VS Code (1.100.3, from the npm package code-server),
// driven by @vscode/test-electron's runTests with our own launcher as the "executable".
//
//   node test/editor/run.mjs            the extension under development (this repository)
//   node test/editor/run.mjs --vsix     the packaged dist/sourced.vsix, installed into the
//                                       VS Code server's extensions folder
// VS Code sessions run one after the other: the main one (workspace trust off: every
// suite/*.test.cjs), a Restricted Mode one (workspace trust on, the folder not trusted: every
// suite/*.restricted.cjs) and, in dev mode, a web one (the extension's browser build in the
// workbench's web worker extension host, as in VS Code for the Web: web-suite/index.js).
// Options: --no-build (do not run esbuild.mjs / npm run package first), --verbose
// Environment: SOURCED_E2E_ARTICLE (article to check); SOURCED_E2E_GREP (run only the tests
// whose title matches this regular expression); SOURCED_E2E_SESSIONS (which sessions to run,
// default "main,restricted,web", "main,restricted" with --vsix); SOURCED_E2E_KEEP=1 keeps the temporary workspace folders (their
// paths are printed with --verbose); for trying the harness itself,
// SOURCED_E2E_DEV_PATH (another extension folder instead of the repository) and
// SOURCED_E2E_VSIX (another package instead of dist/sourced.vsix).
//
// Prints one line per test and a last line `editor: N passed, N failed`; exits non-zero on
// any failure.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const argv = process.argv.slice(2);
const mode = argv.includes('--vsix') ? 'vsix' : 'dev';
const build = !argv.includes('--no-build');
const verbose = argv.includes('--verbose') || process.env.SOURCED_E2E_VERBOSE === '1';
const started = Date.now();

const results = [];
const workspaces = []; // temporary folders outside the repository, removed at the end
function finish(extraFailure) {
  if (!process.env.SOURCED_E2E_KEEP) for (const w of workspaces) rmSync(w, { recursive: true, force: true, maxRetries: 3 });
  if (extraFailure) results.push({ title: extraFailure.title, state: 'failed', error: extraFailure.error });
  const passed = results.filter((r) => r.state === 'passed').length;
  const failed = results.filter((r) => r.state === 'failed').length;
  const skipped = results.filter((r) => r.state === 'skipped').length;
  console.log('');
  for (const r of results) {
    const mark = r.state === 'passed' ? 'ok  ' : r.state === 'skipped' ? 'skip' : 'FAIL';
    console.log(`  ${mark} ${r.title}${r.ms !== undefined ? ` (${r.ms} ms)` : ''}`);
    if (r.state === 'failed' && r.error) console.log(indent(r.error, 8));
  }
  console.log(`  (${mode} mode, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`editor: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}
const indent = (s, n) => {
  const lines = String(s).trim().split('\n').filter((l) => l.trim());
  const shown = lines.length > 16 ? [...lines.slice(0, 4), '...', ...lines.slice(-12)] : lines;
  return shown.map((l) => ' '.repeat(n) + l).join('\n');
};

function sh(cmd, args, what) {
  if (verbose) console.log(`[editor] ${what}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: verbose ? 'inherit' : 'pipe', encoding: 'utf8' });
  if (r.status !== 0) {
    finish({ title: what, error: `${cmd} ${args.join(' ')} exited ${r.status}\n${(r.stdout || '') + (r.stderr || '')}` });
  }
}

async function main() {
  // 1. The editors (idempotent; fast when already installed).
  const { vscodeDir, CACHE_DIR, serverCli, isolatedEnv } = await import('./lib/vscode-web.mjs');
  try {
    vscodeDir();
  } catch {
    sh('bash', [path.join(ROOT, 'scripts/setup-editors.sh')], 'install the end-to-end VS Code');
  }

  // 2. The extension.
  const devOverride = process.env.SOURCED_E2E_DEV_PATH && path.resolve(process.env.SOURCED_E2E_DEV_PATH);
  if (build && !devOverride && !process.env.SOURCED_E2E_VSIX) {
    if (mode === 'vsix') sh('npm', ['run', '--silent', 'package'], 'package the extension (npm run package)');
    else if (existsSync(path.join(ROOT, 'esbuild.mjs'))) sh(process.execPath, ['esbuild.mjs'], 'build the extension (node esbuild.mjs)');
  }
  if (!devOverride && mode === 'dev') {
    for (const f of ['dist/client.js', 'dist/server.js', 'dist/server-main.js']) {
      if (!existsSync(path.join(ROOT, f))) finish({ title: 'extension is built', error: `${f} is missing: run node esbuild.mjs` });
    }
  }

  // 3. A VS Code session per kind of workspace; the .vsix is installed once, in the first.
  const sessions = (process.env.SOURCED_E2E_SESSIONS || (mode === 'vsix' ? 'main,restricted' : 'main,restricted,web')).split(',').map((x) => x.trim()).filter(Boolean);
  let installed;
  for (const name of sessions) {
    if (!['main', 'restricted', 'web'].includes(name)) finish({ title: 'SOURCED_E2E_SESSIONS', error: `unknown session "${name}" (main, restricted, web)` });
    if (name === 'web' && mode === 'vsix') finish({ title: 'SOURCED_E2E_SESSIONS', error: 'the web session runs in dev mode only' });
    const { exitCode, resultsFile, extensionsDir } = await session(name, { devOverride, serverCli, isolatedEnv, CACHE_DIR, installed });
    installed = extensionsDir;
    // 4. Report.
    const before = results.length;
    if (existsSync(resultsFile)) results.push(...JSON.parse(readFileSync(resultsFile, 'utf8')).results);
    const failed = results.slice(before).some((r) => r.state === 'failed');
    if (exitCode !== 0 && !failed) {
      results.push({ title: `editor suite (${name} session) ran to the end`, state: 'failed', error: `VS Code exited with ${exitCode} and no test failure recorded` });
    }
  }
  finish();
}

/**
 * One VS Code session: fresh user data, a new temporary workspace folder, the extension (the
 * repository, or the .vsix installed into the session's extensions folder), and the suite run
 * through @vscode/test-electron with our launcher as VS Code.
 *   main        workspace trust off (every folder trusted): suite/*.test.cjs
 *   restricted  workspace trust on and never prompted for, so the folder opens untrusted
 *               (Restricted Mode): suite/*.restricted.cjs
 */
async function session(name, { devOverride, serverCli, isolatedEnv, CACHE_DIR, installed }) {
  const restricted = name === 'restricted';
  const web = name === 'web';
  const runDir = path.join(CACHE_DIR, 'editor-run', name === 'main' ? mode : `${mode}-${name}`);
  rmSync(runDir, { recursive: true, force: true });
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = installed || path.join(runDir, 'extensions');
  // The workspace folder VS Code opens. The suite copies its articles into it (never editing
  // ../shared) and writes annotations there. It lives outside this repository: Sourced finds
  // the workspace root of an article by walking up to .sourced.yaml, .sourced/ or .git, and
  // inside the repository that would be the repository itself.
  const workspace = mkdtempSync(path.join(os.tmpdir(), `sourced-e2e-${mode}-${name}-`));
  workspaces.push(workspace);
  if (verbose) console.log(`[editor] ${name} session, workspace folder: ${workspace}`);
  for (const d of [userDataDir, extensionsDir]) mkdirSync(d, { recursive: true });
  const resultsFile = path.join(runDir, 'results.json');
  // Quiet, offline settings: no gallery or update checks, no git scanning, no welcome page.
  const quiet = {
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'git.enabled': false,
  };
  const trust = restricted
    // Trust on, and no modal prompt at startup: the folder opens in Restricted Mode.
    // unknown-source is off by default; the user's settings turn it on, so the restricted suite
    // can see that the workspace registry is not read (test/editor/suite/trust.restricted.cjs).
    ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'sourced.rules': { 'unknown-source': 'information' } }
    : { 'security.workspace.trust.enabled': false };
  // The web session: the extension is made to run in the web worker extension host, as in VS Code
  // for the Web. (The workbench's extensionDevelopmentKind=web URL parameter is read but not
  // applied by this build; the user setting remote.extensionKind is.)
  const kind = web ? { 'remote.extensionKind': { 'sourced.sourced': ['web'] } } : {};
  const settings = JSON.stringify({ ...quiet, ...trust, ...kind }, null, 2);
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User/settings.json'), settings);
  mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify({
    ...JSON.parse(settings),
    'sourced.author': 'E2E Desk', // recorded on annotations; the hover shows it
  }, null, 2));

  // The web suite cannot read this repository: its articles are put in the workspace for it.
  if (web) for (const f of ['harbour-levy.news']) writeFileSync(path.join(workspace, f), readFileSync(path.join(HERE, 'fixtures', f)));

  let devPath = devOverride || ROOT;
  if (mode === 'vsix') {
    if (!installed) {
      const vsix = path.resolve(process.env.SOURCED_E2E_VSIX || path.join(ROOT, 'dist/sourced.vsix'));
      if (!existsSync(vsix)) finish({ title: 'package exists', error: `${vsix} is missing: run npm run package` });
      try {
        const out = await serverCli(['--install-extension', vsix, '--extensions-dir', extensionsDir, '--force'],
          { env: isolatedEnv(runDir) });
        if (verbose) console.log(out.trim());
      } catch (err) {
        finish({ title: 'install dist/sourced.vsix into VS Code', error: String(err.message || err) });
      }
      results.push({ title: 'install dist/sourced.vsix into VS Code', state: 'passed' });
    }
    devPath = path.join(HERE, 'host-stub');
  }

  const launcher = path.join(HERE, 'code-launcher.mjs');
  chmodSync(launcher, 0o755);
  const { runTests } = await import('@vscode/test-electron');
  let exitCode;
  try {
    exitCode = await runTests({
      vscodeExecutablePath: launcher,
      extensionDevelopmentPath: devPath,
      extensionTestsPath: path.join(HERE, web ? 'web-suite/index.js' : 'suite/index.cjs'),
      launchArgs: [workspace, `--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`],
      extensionTestsEnv: {
        SOURCED_REPO_ROOT: ROOT,
        SOURCED_E2E_DEV_PATH: devPath,
        SOURCED_E2E_EXTENSIONS_DIR: extensionsDir,
        SOURCED_E2E_MODE: mode,
        SOURCED_E2E_SESSION: name,
        SOURCED_E2E_RESULTS: resultsFile,
        SOURCED_E2E_DATA: runDir,
        SOURCED_E2E_WORKSPACE: workspace,
        SOURCED_E2E_UI_DIR: path.join(runDir, 'ui-requests'),
        ...(restricted ? { SOURCED_E2E_WORKSPACE_TRUST: '1' } : {}),
        ...(web ? { SOURCED_E2E_DEV_KIND: 'web' } : {}),
        ...(verbose ? { SOURCED_E2E_VERBOSE: '1' } : {}),
      },
    });
  } catch (err) {
    exitCode = err && typeof err.code === 'number' ? err.code : 1;
    if (verbose) console.log(`[editor] ${err.message || err}`);
  }
  return { exitCode, resultsFile, extensionsDir };
}

main().catch((err) => finish({ title: 'editor harness', error: String(err && err.stack || err) }));
