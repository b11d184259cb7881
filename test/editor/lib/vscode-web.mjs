// Helpers to run the real VS Code (the 1.100.3 build shipped inside the npm package
// code-server, installed by scripts/setup-editors.sh) as a server, and to drive its web
// workbench in headless Chromium with playwright-core. Used by the end-to-end launcher
// (test/editor/code-launcher.mjs) and by scripts/screenshot.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE_DIR = process.env.SOURCED_EDITORS_CACHE || path.join(REPO_ROOT, '.cache');

/** Folder of the VS Code build inside code-server (has out/server-main.js). */
export function vscodeDir() {
  const dir =
    process.env.SOURCED_VSCODE_DIR ||
    path.join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`, 'node_modules/code-server/lib/vscode');
  if (!existsSync(path.join(dir, 'out/server-main.js'))) {
    throw new Error(`VS Code server not found in ${dir}; run scripts/setup-editors.sh first`);
  }
  return dir;
}

export function chromiumPath() {
  const candidates = [process.env.SOURCED_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found; run scripts/setup-editors.sh (apt-get install chromium)');
  return found;
}

/** Environment with every tool's home kept out of ~. */
export function isolatedEnv(baseDir, extra = {}) {
  const env = { ...process.env, ...extra };
  for (const [key, sub] of [
    ['XDG_CONFIG_HOME', 'config'],
    ['XDG_DATA_HOME', 'data'],
    ['XDG_CACHE_HOME', 'cache'],
    ['XDG_RUNTIME_DIR', 'runtime'],
  ]) {
    env[key] = path.join(baseDir, 'xdg', sub);
    mkdirSync(env[key], { recursive: true, mode: 0o700 });
  }
  // Node options meant for the test runner must not leak into VS Code's processes.
  delete env.NODE_OPTIONS;
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.VSCODE_IPC_HOOK_CLI;
  return env;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node out/server-main.js` and resolves once it accepts connections.
 * @param {{dataDir: string, userDataDir?: string, extensionsDir?: string, env?: object,
 *          log?: (line: string) => void, extraArgs?: string[], workspaceTrust?: boolean}} opts
 *   workspaceTrust: leave VS Code's workspace trust on (by default the server runs with
 *   --disable-workspace-trust, so every folder is trusted)
 */
export async function startServer(opts) {
  const dir = vscodeDir();
  const port = await freePort();
  const dataDir = opts.dataDir;
  const userDataDir = opts.userDataDir || path.join(dataDir, 'user-data');
  const extensionsDir = opts.extensionsDir || path.join(dataDir, 'extensions');
  for (const d of [dataDir, userDataDir, extensionsDir]) mkdirSync(d, { recursive: true });
  const args = [
    path.join(dir, 'out/server-main.js'),
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    ...(opts.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-telemetry',
    '--server-data-dir', path.join(dataDir, 'server-data'),
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...(opts.extraArgs || []),
  ];
  const env = opts.env || isolatedEnv(dataDir);
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log = opts.log || (() => {});
  let output = '';
  const onData = (buf) => {
    const text = buf.toString();
    output += text;
    for (const line of text.split(/\r?\n/)) if (line.trim()) log(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`VS Code server exited with ${child.exitCode} before listening:\n${output}`);
    }
    if (/Extension host agent listening on/.test(output) && (await httpOk(url))) break;
    if (Date.now() > deadline) {
      stopProcess(child);
      throw new Error(`VS Code server did not start within 60 s:\n${output}`);
    }
    await sleep(150);
  }
  return {
    port,
    url,
    child,
    dataDir,
    userDataDir,
    extensionsDir,
    /** Turns an absolute path on this machine into the URI the workbench uses for it. */
    remoteUri: (abs) => `vscode-remote://127.0.0.1:${port}${encodeURI(abs.split(path.sep).join('/'))}`,
    stop: () => stopProcess(child),
  };
}

/** Runs the server's own CLI (e.g. --install-extension) and resolves with its output. */
export function serverCli(args, { env, dataDir } = {}) {
  const dir = vscodeDir();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(dir, 'out/server-main.js'), ...args], {
      env: env || isolatedEnv(dataDir || path.join(CACHE_DIR, 'editor-cli')),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (out += b));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`server CLI exited ${code}:\n${out}`))));
  });
}

function httpOk(url) {
  return fetch(url, { signal: AbortSignal.timeout(2000) })
    .then((r) => r.ok)
    .catch(() => false);
}

/** Stops a detached child and its process group; resolves once it is gone (SIGKILL after 3 s). */
export function stopProcess(child) {
  if (!child || child.exitCode !== null || child.signalCode) return Promise.resolve();
  const signalGroup = (sig) => {
    try {
      process.kill(-child.pid, sig); // the whole group: server, extension host, language server
    } catch {
      try { child.kill(sig); } catch { /* gone */ }
    }
  };
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signalGroup('SIGKILL');
      resolve();
    }, 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      signalGroup('SIGKILL'); // anything the server left behind in its group
      resolve();
    });
    signalGroup('SIGTERM');
  });
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches headless Chromium through playwright-core. */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    env: isolatedEnv(path.join(CACHE_DIR, 'chromium')),
  });
}

/**
 * The workbench URL for a folder and an optional payload (array of [key, value] pairs,
 * e.g. extensionDevelopmentPath / extensionTestsPath as vscode-remote URIs).
 */
export function workbenchUrl(server, { folder, payload } = {}) {
  const params = [];
  if (folder) params.push(`folder=${encodeURIComponent(folder)}`);
  if (payload && payload.length) params.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.url}/${params.length ? '?' + params.join('&') : ''}`;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
