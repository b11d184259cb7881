#!/usr/bin/env node
// A stand-in for the VS Code executable, given to @vscode/test-electron's
// runTests({ vscodeExecutablePath }). VS Code desktop cannot be downloaded here, so this
// accepts the arguments runTests passes to `code`, starts the real VS Code server that
// ships inside code-server, opens its workbench in headless Chromium with the extension
// under development and the test entry point in the URL payload, and exits with the exit
// code that the test runner inside the extension host reports (codeAutomationExit).
//
// Arguments understood: --extensionDevelopmentPath=P (repeatable), --extensionTestsPath=P,
// --user-data-dir=P, --extensions-dir=P, and one folder to open. Others are ignored.
// Environment: SOURCED_E2E_TIMEOUT (seconds, default 300), SOURCED_E2E_VERBOSE=1 to echo
// the server's and the browser's logs, SOURCED_E2E_DATA (state folder),
// SOURCED_E2E_WORKSPACE_TRUST=1 to keep VS Code's workspace trust on (Restricted Mode),
// SOURCED_E2E_UI_DIR: a folder where the suite asks for what only a user can do in the
// workbench, such as pressing the Trust button (see serveUiRequests below).
import { mkdirSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CACHE_DIR, startServer, launchBrowser, workbenchUrl, isolatedEnv,
} from './lib/vscode-web.mjs';

const verbose = process.env.SOURCED_E2E_VERBOSE === '1';
const timeoutSec = Number(process.env.SOURCED_E2E_TIMEOUT || 300);

/**
 * Carries out the suite's requests to act in the workbench UI, which the extension API cannot
 * do (the Trust button of the Workspace Trust editor). The suite writes `<id>.request.json`,
 * `{ "click": "<Playwright selector>" }`, into `dir`; this clicks the first match (waiting up to
 * 10 s for it) and writes `<id>.response.json`, `{ "ok": true }` or `{ "ok": false, "error" }`.
 * Returns a function that stops polling.
 */
function serveUiRequests(page, dir) {
  mkdirSync(dir, { recursive: true });
  let stopped = false;
  let busy = false;
  const timer = setInterval(async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.request.json')).sort()) {
        const id = name.slice(0, -'.request.json'.length);
        let response;
        try {
          const req = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
          // click: a Playwright selector; type: text typed where the focus is; press: one key.
          if (typeof req.click === 'string') await page.locator(req.click).first().click({ timeout: 10000 });
          else if (typeof req.type === 'string') await page.keyboard.type(req.type);
          else if (typeof req.press === 'string') await page.keyboard.press(req.press);
          else throw new Error(`unknown request ${JSON.stringify(req)}`);
          response = { ok: true };
        } catch (err) {
          response = { ok: false, error: String(err && err.message || err) };
        }
        if (verbose) console.log(`[launcher] ui request ${id}: ${JSON.stringify(response)}`);
        renameSync(path.join(dir, name), path.join(dir, `${id}.done.json`));
        writeFileSync(path.join(dir, `${id}.response.json.tmp`), JSON.stringify(response));
        renameSync(path.join(dir, `${id}.response.json.tmp`), path.join(dir, `${id}.response.json`));
      }
    } catch (err) {
      if (verbose) console.log(`[launcher] ui requests: ${err}`);
    } finally {
      busy = false;
    }
  }, 200);
  return () => { stopped = true; clearInterval(timer); };
}

function parseArgs(argv) {
  const out = { devPaths: [], testsPath: null, userDataDir: null, extensionsDir: null, folder: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [key, ...rest] = a.split('=');
    const value = rest.length ? rest.join('=') : undefined;
    const take = () => (value !== undefined ? value : argv[++i]);
    switch (key) {
      case '--extensionDevelopmentPath': out.devPaths.push(path.resolve(take())); break;
      case '--extensionTestsPath': out.testsPath = path.resolve(take()); break;
      case '--user-data-dir': out.userDataDir = path.resolve(take()); break;
      case '--extensions-dir': out.extensionsDir = path.resolve(take()); break;
      default:
        if (!a.startsWith('-') && existsSync(a) && statSync(a).isDirectory()) out.folder = path.resolve(a);
    }
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.testsPath) {
    console.error('code-launcher: --extensionTestsPath is required');
    return 2;
  }
  const dataDir = process.env.SOURCED_E2E_DATA
    || (args.userDataDir ? path.dirname(args.userDataDir) : path.join(CACHE_DIR, 'editor-run'));
  mkdirSync(dataDir, { recursive: true });
  const env = isolatedEnv(dataDir);

  const server = await startServer({
    dataDir,
    userDataDir: args.userDataDir || undefined,
    extensionsDir: args.extensionsDir || undefined,
    env,
    workspaceTrust: process.env.SOURCED_E2E_WORKSPACE_TRUST === '1',
    log: (line) => { if (verbose) console.log(`[server] ${line}`); },
  });

  let browser;
  const cleanup = async () => {
    try { if (browser) await browser.close(); } catch { /* already closed */ }
    await server.stop();
  };
  process.on('SIGINT', () => { cleanup().finally(() => process.exit(130)); });
  process.on('SIGTERM', () => { cleanup().finally(() => process.exit(143)); });

  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const exitCode = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code, logs) => {
        if (verbose && Array.isArray(logs)) {
          for (const l of logs) console.log(`[log] ${l.relativePath}\n${l.contents}`);
        }
        resolve(Number(code) || 0);
      });
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (verbose) console.log(`[workbench:${type}]`, ...(Array.isArray(args) ? args : [args]));
    });
    // The web suite (web-suite/index.js) runs where no file can be written: it logs each result
    // as "SOURCED_E2E_RESULT {json}", and they are saved here for run.mjs.
    const webResults = [];
    page.on('console', (msg) => {
      const text = msg.text();
      const m = /SOURCED_E2E_RESULT (\{.*\})\s*$/.exec(text);
      if (m && process.env.SOURCED_E2E_DEV_KIND === 'web') {
        try {
          const r = JSON.parse(m[1]);
          // The workbench may echo a worker's console line twice.
          if (!webResults.some((x) => x.title === r.title)) webResults.push(r);
        } catch { /* not ours */ }
        if (process.env.SOURCED_E2E_RESULTS) writeFileSync(process.env.SOURCED_E2E_RESULTS, JSON.stringify({ results: webResults }, null, 2));
      }
      // Test output written by the extension host is mirrored to the page console.
      if (verbose || /\[Extension Host\]/.test(text)) {
        console.log(`[browser:${msg.type()}] ${text}`);
      }
    });
    page.on('pageerror', (err) => { if (verbose) console.log(`[browser:pageerror] ${err.message}`); });

    const payload = [];
    for (const p of args.devPaths) payload.push(['extensionDevelopmentPath', server.remoteUri(p)]);
    payload.push(['extensionTestsPath', server.remoteUri(args.testsPath)]);
    // SOURCED_E2E_DEV_KIND=web: the extension under development (and the tests) run in the
    // workbench's web worker extension host, as in VS Code for the Web.
    if (process.env.SOURCED_E2E_DEV_KIND) payload.push(['extensionDevelopmentKind', process.env.SOURCED_E2E_DEV_KIND]);
    payload.push(['skipWelcome', 'true']);
    payload.push(['skipReleaseNotes', 'true']);
    const url = workbenchUrl(server, { folder: args.folder || undefined, payload });
    if (verbose) console.log(`[launcher] ${url}`);
    await page.goto(url);
    const stopUi = process.env.SOURCED_E2E_UI_DIR ? serveUiRequests(page, process.env.SOURCED_E2E_UI_DIR) : () => {};

    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => {
        console.error(`code-launcher: no result from the extension host within ${timeoutSec} s`);
        resolve(124);
      }, timeoutSec * 1000);
    });
    // The server is stopped on purpose once the tests report: only an exit before that is news.
    let reported = false;
    const serverDied = new Promise((resolve) => {
      server.child.once('exit', (code) => {
        if (reported) return;
        console.error(`code-launcher: VS Code server exited (${code}) during the run`);
        resolve(125);
      });
    });
    const code = await Promise.race([exitCode, timeout, serverDied]);
    reported = true;
    clearTimeout(timer);
    stopUi();
    return code;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`code-launcher: ${err && err.stack ? err.stack : err}`);
    process.exit(1);
  },
);

