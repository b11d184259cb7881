// End-to-end: Sourced in an untrusted workspace, VS Code's Restricted Mode (issue 6, "Security
// and privacy"). test/editor/run.mjs runs this file in a VS Code session of its own, with
// workspace trust on and the folder not trusted. The folder holds a .sourced.yaml (rule
// severities, a source for the registry) and an annotations file that marks a claim verified.
// While the folder is untrusted none of them applies and nothing is written there; when the
// user presses Trust in the Workspace Trust editor, the server restarts and they do apply.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { waitFor, ruleOf, sourcedDiagnostics, hoverText, clickInWorkbench } = require('./helpers.cjs');

const EXTENSION_ID = 'sourced.sourced';
const ROOT = process.env.SOURCED_REPO_ROOT || path.resolve(__dirname, '../../..');
const MODE = process.env.SOURCED_E2E_MODE || 'dev';

// The protocol tests' article, citing a publication that only the workspace registry knows.
const TEXT = fs.readFileSync(path.join(ROOT, 'test/protocol/fixtures/harbour-terminal.news'), 'utf8')
  .replace('Okafor told reporters', 'The budget was first reported last week, according to the Harbour Ledger. Okafor told reporters');
const FIGURE_SENTENCE = 'The terminal will cost about US$240 million, and ferry traffic through the port has grown by 18 per cent since 2020.';
const ARTICLE = 'port-budget.news';
const CONFIG = 'rules:\n  vague-attribution: "off"\n  weekday-date: error\nsources:\n  - name: Harbour Ledger\n';
const ANNOTATIONS = `.sourced/annotations/${ARTICLE}.json`;
const TRUST_BUTTON = '.workspace-trust-editor .workspace-trust-buttons .monaco-description-button[aria-label^="Trust, "] a.monaco-button';

/** A W3C Web Annotation, as "Mark claim verified…" writes it, verifying the figure sentence. */
function verifiedAnnotation() {
  const start = TEXT.indexOf(FIGURE_SENTENCE);
  const end = start + FIGURE_SENTENCE.length;
  return [{
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:6f1c2a3e-0d4b-4c7a-9e2f-5b8d1a7c3e90',
    type: 'Annotation',
    motivation: 'assessing',
    creator: { type: 'Person', name: 'Desk Editor' },
    created: '2025-03-14T09:00:00.000Z',
    modified: '2025-03-14T09:00:00.000Z',
    body: [
      { type: 'TextualBody', purpose: 'assessing', value: 'verified' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/port-budget-2025.pdf' },
    ],
    target: {
      source: ARTICLE,
      selector: [
        { type: 'TextQuoteSelector', exact: FIGURE_SENTENCE, prefix: TEXT.slice(Math.max(0, start - 40), start), suffix: TEXT.slice(end, end + 40) },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  }];
}

const api = () => vscode.extensions.getExtension(EXTENSION_ID).exports;
const rules = (uri) => sourcedDiagnostics(uri).map(ruleOf).sort();
const byRule = (uri, rule) => sourcedDiagnostics(uri).filter((d) => ruleOf(d) === rule);

describe(`Sourced in Restricted Mode, an untrusted workspace (issue 6) (${MODE})`, function () {
  let dir;
  let doc;
  let files; // the workspace's own files, as written

  before(async function () {
    assert.equal(vscode.workspace.isTrusted, false,
      'the folder should open untrusted: this session runs with workspace trust on (test/editor/run.mjs)');
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    assert.ok(folder, 'VS Code opened no workspace folder');
    dir = folder.uri.fsPath;
    files = { '.sourced.yaml': CONFIG, [ARTICLE]: TEXT, [ANNOTATIONS]: JSON.stringify(verifiedAnnotation(), null, 2) };
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, ARTICLE)));
    await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor('the extension to activate', () => ({ done: vscode.extensions.getExtension(EXTENSION_ID).isActive, why: 'inactive' }));
    await waitFor('the first findings', () => ({ done: rules(doc.uri).includes('weekday-date'), why: rules(doc.uri).join(', ') }));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('the extension runs (limited support) and its status says Restricted Mode', async function () {
    const h = await waitFor('a running server', () => {
      const now = api().health();
      return { done: now.state === 'running' && !!now.status && /Restricted Mode/.test(now.status.detail || ''), value: now, why: JSON.stringify(now) };
    });
    assert.equal(h.trusted, false);
  });

  // (unknown-source, off by default, is turned on in the user settings by test/editor/run.mjs.)
  it('.sourced.yaml is not applied: default severities and the bundled sources only', async function () {
    await waitFor('the default findings', () => {
      const r = rules(doc.uri);
      return { done: ['vague-attribution', 'unknown-source', 'weekday-date'].every((x) => r.includes(x)), why: r.join(', ') };
    });
    assert.equal(byRule(doc.uri, 'weekday-date')[0].severity, vscode.DiagnosticSeverity.Warning, 'weekday-date keeps its default severity');
    assert.match(byRule(doc.uri, 'unknown-source')[0].message, /Harbour Ledger/);
  });

  it('the annotations file is not read: the figures are unsourced and the hover shows no verified mark', async function () {
    assert.equal(byRule(doc.uri, 'unsourced-statistic').length, 1, rules(doc.uri).join(', '));
    const at = doc.positionAt(TEXT.indexOf('18 per cent') + 2);
    const hover = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, at));
    assert.ok(hover.length > 0, 'a hover on the figure');
    assert.doesNotMatch(hover, /Verified/);
  });

  it('nothing is written into the workspace: annotating is refused', async function () {
    const start = TEXT.indexOf('Analysts say');
    const result = await api().client().sendRequest('workspace/executeCommand', {
      command: 'sourced.server.annotate',
      arguments: [{ uri: doc.uri.toString(), motivation: 'commenting', note: 'who?', start, end: start + 12 }],
    });
    assert.equal(result.ok, false, JSON.stringify(result));
    assert.match(result.error, /not trusted/);
    for (const [rel, text] of Object.entries(files)) assert.equal(fs.readFileSync(path.join(dir, rel), 'utf8'), text, `${rel} is unchanged`);
    assert.deepEqual(fs.readdirSync(path.join(dir, '.sourced/annotations')), [`${ARTICLE}.json`]);
  });

  it('once the user presses Trust, the server restarts trusted and .sourced.yaml and the annotations apply', async function () {
    const before = api().health();
    await vscode.commands.executeCommand('workbench.trust.manage');
    await clickInWorkbench(TRUST_BUTTON);
    await waitFor('the workspace to be trusted', () => ({ done: vscode.workspace.isTrusted, why: 'still untrusted' }));
    const h = await waitFor('a trusted server', () => {
      const now = api().health();
      return { done: now.trusted && now.state === 'running' && now.pid !== before.pid, value: now, why: JSON.stringify(now) };
    });
    assert.equal(h.crashes.length, before.crashes.length, 'a restart, not a crash');

    await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor('the workspace configuration and annotations to apply', () => {
      const r = rules(doc.uri);
      const weekday = byRule(doc.uri, 'weekday-date')[0];
      return {
        done: !!weekday && weekday.severity === vscode.DiagnosticSeverity.Error
          && !r.includes('vague-attribution') && !r.includes('unknown-source') && !r.includes('unsourced-statistic'),
        why: sourcedDiagnostics(doc.uri).map((d) => `${ruleOf(d)}:${d.severity}`).join(', '),
      };
    });
    const at = doc.positionAt(TEXT.indexOf('18 per cent') + 2);
    const hover = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, at));
    assert.match(hover, /Verified\*\* by Desk Editor/);
    await waitFor('the status to leave Restricted Mode', () => {
      const s = api().health().status;
      return { done: !!s && !/Restricted Mode/.test(s.detail || ''), why: JSON.stringify(s) };
    });
  });
});
