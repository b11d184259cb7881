// End-to-end tests of Sourced inside a real VS Code extension host.
// Environment (set by test/editor/run.mjs, passed through the VS Code server):
//   SOURCED_REPO_ROOT      the repository root
//   SOURCED_E2E_MODE       'dev' (extension loaded from the repo) or 'vsix' (installed package)
//   SOURCED_E2E_ARTICLE    article to check (defaults to ../shared/articles/shoigu-anwar-faults.txt)
//   SOURCED_E2E_WAIT_MS    how long to wait for diagnostics (default 20000)
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'sourced.sourced';
const ROOT = process.env.SOURCED_REPO_ROOT || path.resolve(__dirname, '../../..');
const MODE = process.env.SOURCED_E2E_MODE || 'dev';
const { WAIT_MS, sleep, waitFor, ruleOf, sourcedDiagnostics, hoverText } = require('./helpers.cjs');
const FIXTURES = path.join(ROOT, 'test/editor/fixtures');

// The shared wire article with editing faults put in; our own fixture when it is absent.
const SHARED_ARTICLE = path.resolve(ROOT, '../shared/articles/shoigu-anwar-faults.txt');
const ARTICLES = {
  shared: {
    file: SHARED_ARTICLE,
    rules: ['weekday-date', 'inconsistent-name'],
    entity: { word: 'Shoigu', kind: 'person', name: 'Sergei Shoigu', laterWord: 'Shoigu', role: 'Russian Security Council Secretary' },
  },
  fixture: {
    file: path.join(FIXTURES, 'ferry-strike.news'),
    rules: ['weekday-date', 'inconsistent-name'],
    entity: { word: 'Ostberg', kind: 'person', name: 'Halvard Ostberg', laterWord: 'Ostberg', role: 'Transport Minister' },
  },
};
function pickArticle() {
  if (process.env.SOURCED_E2E_ARTICLE) {
    const file = path.resolve(process.env.SOURCED_E2E_ARTICLE);
    return { ...(file === ARTICLES.fixture.file ? ARTICLES.fixture : ARTICLES.shared), file };
  }
  return fs.existsSync(SHARED_ARTICLE) ? ARTICLES.shared : ARTICLES.fixture;
}
const ARTICLE = pickArticle();
if (ARTICLE === ARTICLES.fixture && !process.env.SOURCED_E2E_ARTICLE) {
  describe(`Sourced in VS Code on the shared article`, function () {
    it.skip(`${SHARED_ARTICLE} is absent: checked on our own fixture instead; the DESIGN.md acceptance did NOT run in VS Code`, function () {});
  });
}

async function openAsNews(file) {
  let doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  if (doc.languageId !== 'news') doc = await vscode.languages.setTextDocumentLanguage(doc, 'news');
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

function positionOf(doc, word, nth = 0) {
  const text = doc.getText();
  const re = new RegExp(`\\b${word}\\b`, 'g');
  let m;
  let i = 0;
  while ((m = re.exec(text))) {
    if (i++ === nth) return doc.positionAt(m.index + Math.floor(word.length / 2));
  }
  throw new Error(`"${word}" (#${nth + 1}) not found in ${doc.uri.fsPath}`);
}

function countOf(doc, word) {
  return (doc.getText().match(new RegExp(`\\b${word}\\b`, 'g')) || []).length;
}

describe(`Sourced in VS Code ${vscode.version} (${MODE})`, function () {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('is installed where this mode expects it', function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not known to VS Code`);
    const extPath = path.resolve(ext.extensionPath);
    if (MODE === 'vsix') {
      const extensionsDir = path.resolve(process.env.SOURCED_E2E_EXTENSIONS_DIR || '/nonexistent');
      assert.ok(extPath.startsWith(extensionsDir + path.sep),
        `expected the .vsix installed in ${extensionsDir}, got ${extPath}`);
      for (const f of ['dist/server.js', 'dist/server-main.js']) assert.ok(fs.existsSync(path.join(extPath, f)), `the package has no ${f}`);
    } else {
      const devPath = path.resolve(process.env.SOURCED_E2E_DEV_PATH || ROOT);
      assert.equal(extPath, devPath, 'expected the extension under development');
    }
  });

  it('gives .news files the news language and activates on it', async function () {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(FIXTURES, 'ferry-strike.news')));
    assert.equal(doc.languageId, 'news');
    await vscode.window.showTextDocument(doc, { preview: false });
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    await waitFor('the extension to activate', () => ({ done: ext.isActive, why: 'still inactive' }));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('the Getting Started walkthrough has three steps, and its first opens the example article with findings', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const walk = (ext.packageJSON.contributes.walkthroughs || []).find((w) => w.id === 'sourced.start');
    assert.ok(walk, 'no sourced.start walkthrough');
    assert.deepEqual(walk.steps.map((st) => st.id), ['sourced.start.open', 'sourced.start.fix', 'sourced.start.verify']);
    for (const st of walk.steps) assert.ok(fs.existsSync(path.join(ext.extensionPath, st.media.markdown)), `${st.media.markdown} is not in the package`);
    await vscode.commands.executeCommand('sourced.openExample');
    const doc = vscode.window.activeTextEditor && vscode.window.activeTextEditor.document;
    assert.ok(doc && doc.uri.path.endsWith('/example/harbour-bridge.news'), `opened ${doc && doc.uri.toString()}`);
    assert.equal(doc.languageId, 'news');
    await waitFor('findings on the example', () => {
      const rules = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'sourced').map((d) => String(d.code && d.code.value !== undefined ? d.code.value : d.code));
      return { done: rules.includes('weekday-date'), why: `have ${rules.join(', ')}` };
    });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('news copy looks like copy: wrapped lines, and no box around curly quotes and apostrophes', function () {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'news' });
    assert.equal(editor.get('wordWrap'), 'on');
    const allowed = editor.get('unicodeHighlight.allowedCharacters') || {};
    for (const c of ['’', '‘', '“', '”', '—']) assert.equal(allowed[c], true, `${c} is not allowed: VS Code would box it`);
    // Other languages keep VS Code's default.
    assert.notEqual((vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('unicodeHighlight.allowedCharacters') || {})['’'], true);
  });

  describe(`on ${path.basename(ARTICLE.file)} opened as news`, function () {
    let doc;
    before(async function () {
      doc = await openAsNews(ARTICLE.file);
    });

    it('publishes diagnostics from source "sourced"', async function () {
      const diags = await waitFor('diagnostics with source "sourced"', () => {
        const d = sourcedDiagnostics(doc.uri);
        return { done: d.length > 0, value: d, why: `${vscode.languages.getDiagnostics(doc.uri).length} diagnostics, none from sourced` };
      });
      assert.ok(diags.length > 0);
    });

    it(`reports the rules ${ARTICLE.rules.join(', ')}`, async function () {
      await waitFor(`rules ${ARTICLE.rules.join(', ')}`, () => {
        const found = new Set(sourcedDiagnostics(doc.uri).map(ruleOf));
        const missing = ARTICLE.rules.filter((r) => !found.has(r));
        return { done: missing.length === 0, why: `missing ${missing.join(', ')}; have ${[...found].join(', ')}` };
      });
      for (const d of sourcedDiagnostics(doc.uri)) {
        assert.ok(ruleOf(d), `a diagnostic without a rule code: ${d.message}`);
        if (typeof d.code === 'object') assert.ok(d.code.target, `rule ${d.code.value} has no docs link`);
      }
    });

    it(`hovers on "${ARTICLE.entity.word}" name the ${ARTICLE.entity.kind} ${ARTICLE.entity.name}`, async function () {
      const pos = positionOf(doc, ARTICLE.entity.word, 0);
      const text = await waitFor('a hover', async () => {
        const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos));
        return { done: t.length > 0, value: t, why: 'no hover text' };
      });
      assert.match(text, new RegExp(ARTICLE.entity.kind, 'i'), `hover lacks "${ARTICLE.entity.kind}":\n${text}`);
      assert.ok(text.includes(ARTICLE.entity.name), `hover lacks "${ARTICLE.entity.name}":\n${text}`);
    });

    it(`the hover on "${ARTICLE.entity.word}" gives the whole title, "${ARTICLE.entity.role}"`, async function () {
      const pos = positionOf(doc, ARTICLE.entity.word, 0);
      const text = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos));
      const line = text.split('\n').find((l) => l.startsWith('Roles in the text:')) || '';
      const roles = line.slice('Roles in the text:'.length).split(';').map((r) => r.trim().replace(/^\*|\*$/g, ''));
      assert.ok(roles.includes(ARTICLE.entity.role), `hover roles are not the whole title "${ARTICLE.entity.role}":\n${text}`);
    });

    it(`a later bare "${ARTICLE.entity.laterWord}" hovers as the same ${ARTICLE.entity.kind}`, async function () {
      const n = countOf(doc, ARTICLE.entity.laterWord);
      assert.ok(n >= 2, 'the article mentions the entity only once');
      const pos = positionOf(doc, ARTICLE.entity.laterWord, n - 1);
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos);
      const text = hoverText(hovers);
      assert.ok(text.includes(ARTICLE.entity.name), `hover lacks "${ARTICLE.entity.name}":\n${text}`);
    });
  });
});
