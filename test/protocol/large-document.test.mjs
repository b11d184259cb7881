// Protocol: a large document is checked by the server's analysis worker. A keystroke is
// answered at once from the last findings carried through the edit, the full check follows
// when typing pauses (the client is asked to pull again), and requests that the text has
// overtaken are cancelled.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startServer, REPO, ruleOf, offsetAt, positionAt, find } from './harness.mjs';

const require = createRequire(import.meta.url);
const core = require(join(REPO, 'dist', 'core.js'));
const { CancellationTokenSource } = require('vscode-jsonrpc');
const kb = core.loadKnowledge();

// About 17,000 words: the project's own articles one after another, front matter removed.
const dir = join(REPO, 'test', 'fixtures', 'corpus');
const bodies = readdirSync(dir).filter((f) => f.endsWith('.news')).sort()
  .map((f) => readFileSync(join(dir, f), 'utf8').replace(/\r\n/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, '').trim());
const LONG = [...bodies, ...bodies].join('\n\n') + '\n';
const LARGE_DOCUMENT = 60_000;

/**
 * What a fresh check of the text finds: rule@start-end for each finding. Kept per text, since the
 * waits below compare with it on every message from the server (the analysis is deterministic:
 * test/property/analysis-determinism.test.mjs).
 */
const freshChecks = new Map();
function fresh(text) {
  let found = freshChecks.get(text);
  if (!found) {
    const a = core.analyze(text, kb, { languageId: 'news' });
    found = core.check(a, { kb }).map((f) => `${f.rule}@${f.start}-${f.end}`).sort();
    freshChecks.set(text, found);
  }
  return found;
}
const keys = (text, items) => items.map((d) => `${ruleOf(d)}@${offsetAt(text, d.range.start)}-${offsetAt(text, d.range.end)}`).sort();

let s;
before(async () => { s = await startServer({ pull: true }); });
after(async () => { assert.equal(await s.stop(), 0, s.stderr); });

test('the long document is over the size checked by the worker', () => {
  assert.ok(LONG.length > LARGE_DOCUMENT * 1.5, `${LONG.length} characters`);
});

test('a keystroke in a large document: unchanged paragraphs keep their findings at once, the full check follows', async () => {
  const uri = await s.open('long.news', LONG);
  const first = await s.diagnostics(uri);
  const before = keys(LONG, first);
  assert.deepEqual(before, fresh(LONG), 'the first answer is the full check');
  assert.ok(before.length > 50, `${before.length} findings`);
  assert.ok(s.state.logs.some((l) => /checked in a worker thread/.test(l.message)), 'the check ran in the worker thread');
  assert.ok(!s.state.logs.some((l) => /analysis worker (stopped|failed)/.test(l.message)), 'and the worker did not fail');

  // Add a sentence with a figure and no source in the middle of the document.
  const at = find(LONG, '\n\n', { nth: 100 });
  const added = '\n\nAbout 45 per cent of the flats stood empty last winter.';
  const refreshes = s.state.refreshRequests;
  await s.change(uri, [{ start: at, end: at, text: added }]);
  const text = s.text(uri);
  const provisional = keys(text, await s.diagnostics(uri));
  // Every earlier finding, moved by the inserted text where it lies after it; not yet the new one.
  const shift = (k) => k.replace(/@(\d+)-(\d+)$/, (_, a, b) => `@${+a >= at ? +a + added.length : +a}-${+b >= at ? +b + added.length : +b}`);
  assert.deepEqual(provisional, before.map(shift).sort(), 'the provisional answer is the last one, carried through the edit');

  await s.waitForRefresh(refreshes);
  const final = await s.diagnostics(uri);
  assert.deepEqual(keys(text, final), fresh(text), 'after the pause: the same as a fresh check');
  const figure = final.find((d) => ruleOf(d) === 'unsourced-statistic' && offsetAt(text, d.range.start) > at && offsetAt(text, d.range.start) < at + added.length);
  assert.ok(figure, 'the new unsourced figure is reported once the full check is in');
});

test('hundreds of rapid edits to a large document settle on the same findings as a fresh check', async () => {
  const uri = await s.open('rapid.news', LONG);
  await s.diagnostics(uri);
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
  const refreshes = s.state.refreshRequests;
  for (let i = 0; i < 500; i++) {
    const text = s.text(uri);
    const start = rnd(text.length);
    const end = Math.min(text.length, start + (i % 3 === 0 ? rnd(40) : 0));
    const insert = ['x', ' said ', '“', '12%', '\n\n', '', ' Mr ', '.'][rnd(8)];
    await s.change(uri, [{ start, end, text: insert }]);
    if (i % 50 === 0) {
      const items = await s.diagnostics(uri);
      const t = s.text(uri);
      for (const d of items) assert.ok(offsetAt(t, d.range.end) <= t.length, 'every provisional range lies inside the document');
    }
  }
  await s.waitForRefresh(refreshes);
  // The refresh may be for a version the last edits overtook: wait until the answer is stable.
  const text = s.text(uri);
  await s.waitFor('the full check of the last version', async () => {
    const items = await s.diagnostics(uri);
    return JSON.stringify(keys(text, items)) === JSON.stringify(fresh(text));
  }, 30000);
});

test('a request the text overtakes is cancelled as outdated (ContentModified)', async () => {
  const uri = await s.open('outdated.news', LONG);
  await s.diagnostics(uri);
  await s.change(uri, [{ start: 10, end: 10, text: 'x' }]);
  // The hover needs the full check of this version; the next keystroke makes it outdated.
  const hover = s.request('textDocument/hover', { textDocument: { uri }, position: positionAt(s.text(uri), 200) });
  await s.change(uri, [{ start: 11, end: 11, text: 'y' }]);
  await assert.rejects(hover, (e) => e.code === -32801, 'ContentModified');
  // The current version still answers.
  const h = await s.request('textDocument/hover', { textDocument: { uri }, position: positionAt(s.text(uri), find(s.text(uri), 'said')) });
  assert.ok(h === null || typeof h.contents.value === 'string');
});

test('a request the client cancels is answered with RequestCancelled', async () => {
  const uri = await s.open('cancelled.news', LONG);
  await s.diagnostics(uri);
  await s.change(uri, [{ start: 10, end: 10, text: 'x' }]);
  const source = new CancellationTokenSource();
  const symbols = s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }, source.token);
  source.cancel();
  await assert.rejects(symbols, (e) => e.code === -32800, 'RequestCancelled');
});

test('a client that cannot pull gets the full findings of a large document published after a pause', async () => {
  const p = await startServer({ pull: false });
  try {
    const uri = await p.open('pushed.news', LONG);
    assert.deepEqual(keys(LONG, await p.diagnostics(uri)), fresh(LONG));
    const at = find(LONG, '\n\n', { nth: 40 });
    await p.change(uri, [{ start: at, end: at, text: ' Roughly 3,000 jobs went.' }]);
    const text = p.text(uri);
    await p.waitFor('published findings equal to a fresh check', () => {
      const last = p.state.published.filter((x) => x.uri === uri).at(-1);
      return last && last.version === p.version(uri) && JSON.stringify(keys(text, last.diagnostics)) === JSON.stringify(fresh(text));
    }, 30000);
  } finally {
    assert.equal(await p.stop(), 0, p.stderr);
  }
});
