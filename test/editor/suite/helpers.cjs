// Helpers the end-to-end suites share: waiting on the editor, reading diagnostics and hovers,
// and asking the launcher to act in the workbench UI.
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const WAIT_MS = Number(process.env.SOURCED_E2E_WAIT_MS || 20000);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` (which returns {done, value, why}) until done, or fails after `ms`. */
async function waitFor(what, fn, ms = WAIT_MS) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    last = await fn();
    if (last.done) return last.value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}: ${last.why || ''}`);
    await sleep(150);
  }
}

/** The rule id of a diagnostic, whether its code is a string or {value, target}. */
function ruleOf(d) {
  if (d.code === undefined || d.code === null) return undefined;
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

const sourcedDiagnostics = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourced');

function hoverText(hovers) {
  const parts = [];
  for (const h of hovers || []) for (const c of h.contents) parts.push(typeof c === 'string' ? c : (c && c.value) || '');
  return parts.join('\n');
}

/**
 * Asks the launcher (test/editor/code-launcher.mjs), which drives the workbench page, to do what
 * the extension API cannot: click an element ({ click: selector }, such as the Trust button of
 * the Workspace Trust editor), type where the focus is ({ type: text }) or press a key
 * ({ press: 'Enter' }), as a user would in an input box. Served through the folder SOURCED_E2E_UI_DIR.
 */
async function inWorkbench(request, ms = WAIT_MS) {
  const dir = process.env.SOURCED_E2E_UI_DIR;
  if (!dir) throw new Error('SOURCED_E2E_UI_DIR is not set: run the suite with test/editor/run.mjs');
  fs.mkdirSync(dir, { recursive: true });
  const id = `${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmp = path.join(dir, `${id}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(request));
  fs.renameSync(tmp, path.join(dir, `${id}.request.json`));
  const response = path.join(dir, `${id}.response.json`);
  const res = await waitFor(`the launcher to do ${JSON.stringify(request)}`, () => (fs.existsSync(response)
    ? { done: true, value: JSON.parse(fs.readFileSync(response, 'utf8')) }
    : { done: false, why: 'no response' }), ms);
  if (!res.ok) throw new Error(`${JSON.stringify(request)} in the workbench failed: ${res.error}`);
}

const clickInWorkbench = (selector, ms = WAIT_MS) => inWorkbench({ click: selector }, ms);

module.exports = { WAIT_MS, sleep, waitFor, ruleOf, sourcedDiagnostics, hoverText, clickInWorkbench, inWorkbench };
