// (A .js file: the web worker extension host loads a test entry as <path>.js.)
// The end-to-end suite of the web extension, run inside VS Code's web worker extension host
// (test/editor/run.mjs --web: the workbench URL asks for extensionDevelopmentKind=web). There is
// no Node here and no file system but the workbench's: this file may require only 'vscode', and
// it reports each result as a console line "SOURCED_E2E_RESULT {json}" that the launcher
// (code-launcher.mjs) collects. The workspace folder holds the fixtures run.mjs copied into it.
'use strict';
const vscode = require('vscode');

const WAIT_MS = 30000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitFor(what, fn, ms = WAIT_MS) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    last = await fn();
    if (last.done) return last.value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}: ${last.why || ''}`);
    await sleep(200);
  }
}
function assert(ok, message) {
  if (!ok) throw new Error(message);
}
const ruleOf = (d) => String(typeof d.code === 'object' && d.code ? d.code.value : d.code);
const sourced = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourced');
const hoverText = (hovers) => (hovers || []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value || ''))).join('\n');
const text = (bytes) => new TextDecoder().decode(bytes);

const tests = [];
const it = (title, fn) => tests.push({ title: `web extension ${title}`, fn });

const folder = () => vscode.workspace.workspaceFolders[0].uri;
const fixture = (name) => vscode.Uri.joinPath(folder(), name);
let api;
let doc;

it('activates in the web worker extension host', async () => {
  assert(typeof process === 'undefined', 'this suite is meant to run without Node');
  const ext = vscode.extensions.getExtension('sourced.sourced');
  assert(ext, 'the extension sourced.sourced is not loaded');
  doc = await vscode.workspace.openTextDocument(fixture('harbour-levy.news'));
  await vscode.window.showTextDocument(doc);
  api = await ext.activate();
  assert(doc.languageId === 'news', `language ${doc.languageId}`);
  await waitFor('the server to run', () => ({ done: api.health().state === 'running', why: api.health().state }));
});

it('diagnostics appear on a .news file', async () => {
  const rules = await waitFor('diagnostics', () => {
    const found = new Set(sourced(doc.uri).map(ruleOf));
    return { done: ['unsourced-statistic', 'weekday-date', 'inconsistent-name'].every((r) => found.has(r)), value: found, why: [...found].join(', ') };
  });
  assert(rules.size >= 3, 'three rules');
  const withDocs = sourced(doc.uri).find((d) => ruleOf(d) === 'weekday-date');
  assert(typeof withDocs.code === 'object' && String(withDocs.code.target).includes('docs/rules/weekday-date.md'), `docs link: ${JSON.stringify(withDocs.code)}`);
});

it('hovers on a person name them', async () => {
  const at = doc.getText().indexOf('Lindqvist');
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, doc.positionAt(at + 2));
  const t = hoverText(hovers);
  assert(/Maren Lindqvist/.test(t) && /person/i.test(t), `hover: ${t}`);
});

it('a quick fix applies (the spelling of a name)', async () => {
  const d = sourced(doc.uri).find((x) => ruleOf(x) === 'inconsistent-name');
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.edit && /Lindqvist/.test(a.title));
  assert(fix, `quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
  assert(await vscode.workspace.applyEdit(fix.edit), 'edit not applied');
  assert(!doc.getText().includes('Lindkvist'), 'the variant spelling is still there');
  await waitFor('the finding to go', () => ({ done: !sourced(doc.uri).some((x) => ruleOf(x) === 'inconsistent-name') }));
});

it('gives code lens, outline, semantic tokens and inlay hints', async () => {
  const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri);
  assert(lenses.some((l) => l.command && /claims/.test(l.command.title)), `code lens: ${JSON.stringify(lenses.map((l) => l.command && l.command.title))}`);
  const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
  assert(symbols.some((s) => s.name === 'People' && s.children.some((c) => /Lindqvist/.test(c.name))), `outline: ${symbols.map((s) => s.name).join(', ')}`);
  const tokens = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', doc.uri);
  assert(tokens && tokens.data.length >= 5, 'semantic tokens');
  const hints = await vscode.commands.executeCommand('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
  assert(Array.isArray(hints) && hints.length > 0, 'no inlay hints');
});

it('a note is saved through the workspace file system and shows in the annotation list', async () => {
  const start = doc.getText().indexOf('12 per cent');
  const result = await api.client().sendRequest('workspace/executeCommand', {
    command: 'sourced.server.annotate', arguments: [{ uri: doc.uri.toString(), motivation: 'commenting', note: 'checked with the port office', start, end: start + 11 }],
  });
  assert(result && result.ok, `annotate: ${JSON.stringify(result)}`);
  const saved = JSON.parse(text(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder(), '.sourced/annotations/harbour-levy.news.json'))));
  assert(saved.length === 1 && saved[0].body.some((b) => b.value === 'checked with the port office'), JSON.stringify(saved));
  const list = await api.client().sendRequest('sourced/annotations', { uri: doc.uri.toString() });
  assert(list.length === 1 && list[0].start === start, JSON.stringify(list));
});

it('.sourced.yaml read through the workspace file system turns a rule off', async () => {
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), '.sourced.yaml'), new TextEncoder().encode('rules:\n  weekday-date: off\n'));
  await waitFor('weekday-date to go', () => ({ done: !sourced(doc.uri).some((x) => ruleOf(x) === 'weekday-date'), why: sourced(doc.uri).map(ruleOf).join(', ') }));
});

it('an unsaved article is checked, and the status says annotations are unavailable', async () => {
  const untitled = await vscode.workspace.openTextDocument({ language: 'news', content: 'Port fees to rise\n\nPort fees rose 40 per cent last year, the highest rise in a decade.\n' });
  await vscode.window.showTextDocument(untitled);
  await waitFor('diagnostics on the unsaved article', () => ({ done: sourced(untitled.uri).some((d) => ruleOf(d) === 'unsourced-statistic') }));
  await waitFor('the status', () => {
    const s = api.health().status;
    return { done: !!s && /unavailable|unsaved/.test(s.detail || ''), why: JSON.stringify(s) };
  });
});

async function run() {
  let failures = 0;
  for (const t of tests) {
    const started = Date.now();
    let result;
    try {
      await t.fn();
      result = { title: t.title, state: 'passed', ms: Date.now() - started };
    } catch (err) {
      failures++;
      result = { title: t.title, state: 'failed', error: String((err && err.stack) || err) };
    }
    console.log(`SOURCED_E2E_RESULT ${JSON.stringify(result)}`);
  }
  if (failures) throw new Error(`${failures} web test(s) failed`);
}

module.exports = { run };
