// Helpers the end-to-end suites share: waiting on the editor, reading diagnostics and hovers.
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

module.exports = { WAIT_MS, sleep, waitFor, ruleOf, sourcedDiagnostics, hoverText };
