// Protocol: an untrusted workspace (VS Code's Restricted Mode; the client sends
// initializationOptions { trusted: false }). The workspace's .sourced.yaml (rule severities,
// extra sources) and its annotation files are not applied, the server writes
// nothing into the workspace, and a change to those files does not bring them in. The same
// files in a trusted workspace do apply: that is checked too, so the untrusted results are not
// the defaults by accident.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startServer, find, positionAt, ruleOf } from './harness.mjs';
import { ARTICLE, FIGURE_SENTENCE } from './article.mjs';

// The project's article, citing a publication that only the workspace registry knows.
const TEXT = ARTICLE.replace('Okafor told reporters', 'The budget was first reported last week, according to the Harbour Ledger. Okafor told reporters');
const CONFIG = [
  'rules:',
  '  vague-attribution: "off"',
  '  weekday-date: error',
  'sources:',
  '  - name: Harbour Ledger',
  '',
].join('\n');
const LINK = 'https://example.org/port-budget-2025.pdf';
// The editor's own settings (they apply trusted or not) turn unknown-source on: it is off by
// default, and this test reads the registry through it.
const EDITOR_SETTINGS = { author: 'Desk Editor', rules: { 'unknown-source': 'information' } };

const rules = (items) => items.map(ruleOf).sort();
const byRule = (items, rule) => items.filter((d) => ruleOf(d) === rule);
const figureRow = (markdown) => markdown.split('\n').find((l) => l.startsWith('|') && l.includes('US$240 million')) ?? '';

/** The annotations file a trusted server writes when the figure sentence is marked verified. */
async function verifiedAnnotationsFile() {
  const s = await startServer({ pull: true, settings: { author: 'Desk Editor' } });
  try {
    const uri = await s.open('terminal.news', TEXT, { write: true });
    await s.diagnostics(uri); // as in the editor: the article is checked (and its settings read) first
    const start = find(TEXT, FIGURE_SENTENCE);
    const result = await s.request('workspace/executeCommand', {
      command: 'sourced.server.annotate',
      arguments: [{ uri, motivation: 'assessing', status: 'verified', link: LINK, start, end: start + FIGURE_SENTENCE.length }],
    });
    assert.equal(result.ok, true, JSON.stringify(result));
    return readFileSync(s.path('.sourced/annotations/terminal.news.json'), 'utf8');
  } finally {
    assert.equal(await s.stop(), 0, s.stderr);
  }
}

/** A server on a workspace holding the article, .sourced.yaml and the article's annotations. */
async function workspace(trusted, annotations) {
  return startServer({
    pull: true,
    settings: EDITOR_SETTINGS,
    initializationOptions: { trusted },
    files: {
      '.sourced.yaml': CONFIG,
      'terminal.news': TEXT,
      '.sourced/annotations/terminal.news.json': annotations,
    },
  });
}

/** What the server says about the article: diagnostics, the figure's hover, the report, the annotation list. */
async function observe(s) {
  const uri = await s.open('terminal.news', TEXT);
  const items = await s.diagnostics(uri);
  const hover = await s.request('textDocument/hover', { textDocument: { uri }, position: positionAt(TEXT, find(TEXT, '18 per cent')) });
  const { markdown } = await s.request('sourced/report', { uri });
  const listed = await s.request('sourced/annotations', { uri });
  return { uri, items, hover: hover?.contents?.value ?? '', report: markdown, listed };
}

test('.sourced.yaml and annotation files apply in a trusted workspace, and not in an untrusted one', async () => {
  const annotations = await verifiedAnnotationsFile();

  // Trusted: the workspace's files take effect.
  const t = await workspace(true, annotations);
  let trusted;
  try {
    trusted = await observe(t);
    assert.equal(byRule(trusted.items, 'vague-attribution').length, 0, `rules: vague-attribution is off; got ${rules(trusted.items)}`);
    assert.equal(byRule(trusted.items, 'weekday-date')[0]?.severity, 1, 'rules: weekday-date is an error');
    assert.equal(byRule(trusted.items, 'unknown-source').length, 0, 'sources: the Harbour Ledger is in the workspace registry');
    assert.equal(byRule(trusted.items, 'unsourced-statistic').length, 0, 'the annotation marks the figures verified');
    assert.match(trusted.hover, /\*\*Verified\*\* by .*port-budget-2025/, 'the hover shows the verified mark');
    assert.match(figureRow(trusted.report), /verified/, 'the report lists the claim as verified');
    assert.equal(trusted.listed.length, 1);
  } finally {
    assert.equal(await t.stop(), 0, t.stderr);
  }

  // Untrusted: the same files, with the bundled knowledge and default severities only.
  const u = await workspace(false, annotations);
  try {
    const untrusted = await observe(u);
    const { uri, items } = untrusted;
    assert.equal(byRule(items, 'vague-attribution').length, 1, `rules: not applied; got ${rules(items)}`);
    assert.equal(byRule(items, 'weekday-date')[0]?.severity, 2, 'rules: weekday-date keeps its default, warning');
    const unknown = byRule(items, 'unknown-source');
    assert.equal(unknown.length, 1, 'sources: the workspace registry is not loaded');
    assert.match(unknown[0].message, /Harbour Ledger/);
    assert.equal(byRule(items, 'unsourced-statistic').length, 1, 'the annotation file is not read: the figures are unsourced');
    assert.equal(byRule(items, 'orphaned-annotation').length + byRule(items, 'annotations-file').length, 0);
    assert.doesNotMatch(untrusted.hover, /Verified/, 'the hover shows no verified mark');
    assert.doesNotMatch(figureRow(untrusted.report), /verified/, 'the report shows no verified mark');
    assert.deepEqual(untrusted.listed, [], 'no annotations are listed');
    // The findings are those of a workspace with no .sourced.yaml and no annotations.
    const bare = await startServer({ pull: true, settings: EDITOR_SETTINGS, initializationOptions: { trusted: true } });
    try {
      const plain = await bare.diagnostics(await bare.open('terminal.news', TEXT));
      assert.deepEqual(items.map((d) => `${ruleOf(d)} ${d.severity} ${d.message}`).sort(), plain.map((d) => `${ruleOf(d)} ${d.severity} ${d.message}`).sort());
    } finally {
      assert.equal(await bare.stop(), 0, bare.stderr);
    }

    // Nothing is written into the workspace: annotating and adding a source are refused.
    const before = readFileSync(u.path('.sourced/annotations/terminal.news.json'), 'utf8');
    const configBefore = readFileSync(u.path('.sourced.yaml'), 'utf8');
    const start = find(TEXT, 'Analysts say');
    for (const [command, args] of [
      ['sourced.server.annotate', { uri, motivation: 'commenting', note: 'check this', start, end: start + 12 }],
      ['sourced.server.annotate', { uri, motivation: 'assessing', status: 'verified', start, end: start + 12 }],
      ['sourced.server.removeAnnotation', { uri, id: JSON.parse(before)[0].id }],
      ['sourced.server.addSource', { uri, name: 'Coastal Courier' }],
    ]) {
      const r = await u.request('workspace/executeCommand', { command, arguments: [args] });
      assert.equal(r.ok, false, `${command} is refused: ${JSON.stringify(r)}`);
      assert.match(r.error, /not trusted/);
    }
    await u.waitFor('the refusal shown to the user', () => u.state.messages.some((m) => /not trusted/.test(m.message)));
    assert.equal(readFileSync(u.path('.sourced/annotations/terminal.news.json'), 'utf8'), before);
    assert.equal(readFileSync(u.path('.sourced.yaml'), 'utf8'), configBefore);
    assert.deepEqual(readdirSync(u.path('.sourced/annotations')), ['terminal.news.json'], 'no other file is created');

    // A change to the watched files does not bring them in.
    const refreshes = u.state.refreshRequests;
    await u.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: pathToFileURL(u.path('.sourced.yaml')).toString(), type: 2 },
        { uri: pathToFileURL(u.path('.sourced/annotations/terminal.news.json')).toString(), type: 2 },
      ],
    });
    await u.waitForRefresh(refreshes).catch(() => undefined); // a refresh is allowed, not required
    const again = await u.diagnostics(uri);
    assert.deepEqual(rules(again), rules(items), 'the same findings after the files changed');
  } finally {
    assert.equal(await u.stop(), 0, u.stderr);
  }
});
