// End-to-end: the language server process dies (issue 6, "If the server process dies, the
// client restarts it and tells the user"). The test kills the real server process that the
// extension forked (SIGKILL, as the kernel's out-of-memory killer would) and checks, in the
// real VS Code: the server is started again, the open article gets the same findings from the
// new process, and the user is told; a crash loop stops after 4 restarts within 3 minutes, the
// status item says the server stopped, and "Sourced: Restart server" brings it back.
//
// The server's pid comes from the extension's API (health(), also printed in the Sourced
// output) and is checked against /proc: a child of this extension host running server.js.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { waitFor, sleep, ruleOf, sourcedDiagnostics } = require('./helpers.cjs');

const EXTENSION_ID = 'sourced.sourced';
const ROOT = process.env.SOURCED_REPO_ROOT || path.resolve(__dirname, '../../..');
const FIXTURE = path.join(ROOT, 'test/editor/fixtures/ferry-strike.news');
const RESTARTED = 'Sourced: the language server stopped unexpectedly and has been restarted.';

const api = () => vscode.extensions.getExtension(EXTENSION_ID).exports;
const health = () => api().health();

/** The findings on a document, in a form to compare: rule, place, severity and message. */
const findings = (uri) => sourcedDiagnostics(uri)
  .map((d) => `${ruleOf(d)} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.severity} ${d.message}`)
  .sort();

/** Live child processes of this extension host whose command line runs the server bundle. */
function serverProcesses() {
  const found = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after ')'.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) !== process.pid || fields[0] === 'Z') continue;
      const cmdline = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ');
      if (/dist[\\/]server\.js/.test(cmdline)) found.push({ pid: Number(name), cmdline });
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return serverProcesses().some((p) => p.pid === pid);
  } catch {
    return false;
  }
};

/** Waits for a running server other than `notPid`, and returns its pid. */
async function runningServer(what, notPid) {
  const h = await waitFor(what, () => {
    const now = health();
    return {
      done: now.state === 'running' && typeof now.pid === 'number' && now.pid !== notPid,
      value: now,
      why: `state ${now.state}, pid ${now.pid}`,
    };
  });
  return h.pid;
}

/** Kills the server with SIGKILL and waits until the process is gone. */
async function kill(pid) {
  assert.ok(serverProcesses().some((p) => p.pid === pid), `pid ${pid} is not a server process of this extension host: ${JSON.stringify(serverProcesses())}`);
  process.kill(pid, 'SIGKILL');
  await waitFor(`server process ${pid} to end`, () => ({ done: !alive(pid), why: 'still alive' }), 5000);
}

describe('The language server process (issue 6)', function () {
  let doc;
  let expected; // the findings before any crash

  before(async function () {
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    assert.ok(folder, 'VS Code opened no workspace folder');
    const file = path.join(folder.uri.fsPath, 'lifecycle-ferry-strike.news');
    fs.copyFileSync(FIXTURE, file);
    doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor('the extension to activate', () => ({ done: vscode.extensions.getExtension(EXTENSION_ID).isActive, why: 'inactive' }));
    // The findings once they settle: two equal readings 1 s apart.
    let last = '';
    expected = await waitFor('the first findings to settle', async () => {
      const now = findings(doc.uri);
      const key = JSON.stringify(now);
      const settled = now.length > 0 && key === last;
      last = key;
      if (!settled) await sleep(850);
      return { done: settled, value: now, why: `${now.length} findings` };
    });
    for (const r of ['weekday-date', 'inconsistent-name']) assert.ok(expected.some((f) => f.startsWith(`${r} `)), `no ${r} in ${expected.join('\n')}`);
  });

  after(async function () {
    // Leave a running server for the suites that follow, whatever happened here.
    if (health().state !== 'running') {
      await vscode.commands.executeCommand('sourced.restartServer');
      await runningServer('the server after the lifecycle tests');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('knows its server process: a child of the extension host running server.js', async function () {
    const pid = await runningServer('a running server');
    const procs = serverProcesses();
    assert.deepEqual(procs.map((p) => p.pid), [pid], `server processes of this extension host: ${JSON.stringify(procs)}`);
    assert.ok(health().starts >= 1);
    assert.equal(health().trusted, true, 'the harness disables workspace trust, so the workspace is trusted');
  });

  it('killed, the server is restarted, the user is told, and the article gets the same findings from the new process', async function () {
    const pid = await runningServer('a running server');
    const before = health();
    await kill(pid);

    const newPid = await runningServer('the restarted server', pid);
    const now = health();
    assert.equal(now.starts, before.starts + 1, 'one new server process');
    assert.deepEqual(serverProcesses().map((p) => p.pid), [newPid], 'exactly one server process, the new one');
    assert.deepEqual(now.crashes.slice(before.crashes.length).map((c) => ({ pid: c.pid, restarted: c.restarted })), [{ pid, restarted: true }]);
    assert.deepEqual(now.notices.slice(before.notices.length), [RESTARTED], 'the user was told, once');

    // The same findings as before the crash; an edit shows they come from the live server.
    await waitFor('the same findings after the restart', () => {
      const f = findings(doc.uri);
      return { done: JSON.stringify(f) === JSON.stringify(expected), why: `have\n${f.join('\n')}\nwant\n${expected.join('\n')}` };
    });
    const weekday = sourcedDiagnostics(doc.uri).find((d) => ruleOf(d) === 'weekday-date');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const wrong = doc.getText(weekday.range);
    assert.ok(await editor.edit((e) => e.replace(weekday.range, 'Someday')), 'the edit was applied');
    await waitFor('the weekday finding to go after the edit', () => ({
      done: !sourcedDiagnostics(doc.uri).some((d) => ruleOf(d) === 'weekday-date'),
      why: findings(doc.uri).join('\n'),
    }));
    assert.ok(await editor.edit((e) => e.replace(new vscode.Range(weekday.range.start, weekday.range.start.translate(0, 'Someday'.length)), wrong)));
    await waitFor('the findings of the original text again', () => {
      const f = findings(doc.uri);
      return { done: JSON.stringify(f) === JSON.stringify(expected), why: f.join('\n') };
    });
    assert.equal(health().pid, newPid, 'served by the restarted process throughout');
  });

  it('a crash loop stops after 4 restarts within 3 minutes; the status says so and "Restart server" recovers', async function () {
    this.timeout(120000);
    // Start from a fresh count, as after the user restarts the server.
    await vscode.commands.executeCommand('sourced.restartServer');
    let pid = await runningServer('the server after "Restart server"');
    const before = health();

    for (let i = 1; i <= 4; i++) {
      await kill(pid);
      pid = await runningServer(`the server restarted after crash ${i}`, pid);
    }
    await kill(pid);
    const stopped = await waitFor('the client to give up', () => {
      const h = health();
      return { done: h.state === 'stopped', value: h, why: `state ${h.state}, pid ${h.pid}` };
    });
    const crashes = stopped.crashes.slice(before.crashes.length);
    assert.deepEqual(crashes.map((c) => c.restarted), [true, true, true, true, false], JSON.stringify(crashes));
    const notices = stopped.notices.slice(before.notices.length);
    assert.deepEqual(notices.slice(0, 4), Array(4).fill(RESTARTED));
    assert.equal(notices.length, 5);
    assert.match(notices[4], /keeps stopping.*Restart server/);
    assert.equal(stopped.pid, undefined);
    assert.match(stopped.status.text, /server stopped/, 'the status item says the server stopped');
    assert.equal(stopped.status.severity, 'error');

    // It stays stopped: no server process comes back by itself.
    await sleep(2000);
    assert.equal(health().state, 'stopped');
    assert.deepEqual(serverProcesses(), [], 'no server process while stopped');

    // The way out the message names.
    await vscode.commands.executeCommand('sourced.restartServer');
    const back = await runningServer('the server after "Restart server"');
    assert.deepEqual(serverProcesses().map((p) => p.pid), [back]);
    await waitFor('the status item to leave the stopped state', () => {
      const s = health().status;
      return { done: !!s && !/server stopped/.test(s.text) && s.severity !== 'error', why: JSON.stringify(s) };
    });
    await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor('the same findings after "Restart server"', () => {
      const f = findings(doc.uri);
      return { done: JSON.stringify(f) === JSON.stringify(expected), why: `have\n${f.join('\n')}` };
    });
  });
});
