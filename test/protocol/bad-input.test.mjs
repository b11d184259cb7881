// Protocol: input an article checker meets in the wild. Each gets a clear notice (or nothing
// to say), and the server keeps serving the other documents.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, find, positionAt, ruleOf } from './harness.mjs';
import { ARTICLE } from './article.mjs';

let s;
before(async () => { s = await startServer({ pull: true }); });
after(async () => { assert.equal(await s.stop(), 0, s.stderr); });

/** The server still checks and hovers a normal article. */
async function stillServing(name) {
  const uri = await s.open(name, ARTICLE);
  const items = await s.diagnostics(uri);
  assert.ok(items.some((d) => ruleOf(d) === 'weekday-date'), 'a normal article is still checked');
  const h = await s.request('textDocument/hover', { textDocument: { uri }, position: positionAt(ARTICLE, find(ARTICLE, 'Margaret Okafor')) });
  assert.match(h.contents.value, /Margaret Okafor/);
}

/** A long article of repeated paragraphs, about `bytes` long. */
function bigArticle(bytes) {
  const para = 'The council said traffic grew by 18 per cent last year, according to the port authority.\n';
  return `Big file\n${para.repeat(Math.ceil(bytes / para.length))}`;
}

/** Every request the editor makes on a document answers (empty is fine) instead of failing. */
async function everyRequestAnswers(uri, text) {
  const position = positionAt(text, Math.min(3, text.length));
  const whole = { start: { line: 0, character: 0 }, end: positionAt(text, text.length) };
  const td = { textDocument: { uri } };
  await s.request('textDocument/hover', { ...td, position });
  assert.ok(Array.isArray(await s.request('textDocument/documentSymbol', td)));
  assert.ok(Array.isArray((await s.request('textDocument/semanticTokens/full', td)).data));
  assert.ok(Array.isArray(await s.request('textDocument/inlayHint', { ...td, range: whole })));
  assert.ok(Array.isArray(await s.request('textDocument/codeLens', td)));
  assert.ok(Array.isArray(await s.request('textDocument/codeAction', { ...td, range: whole, context: { diagnostics: [] } })));
  assert.ok(Array.isArray(await s.request('textDocument/references', { ...td, position, context: { includeDeclaration: true } })));
  assert.equal(typeof (await s.request('sourced/report', { uri })).markdown, 'string');
}

test('a document over the configured sourced.maxFileSize gets one notice and is not checked', async () => {
  try {
    await s.setSettings({ maxFileSize: 1_000_000 });
    const text = bigArticle(3_000_000);
    assert.ok(text.length > 3_000_000);
    const uri = await s.open('big-configured.news', text);
    const items = await s.diagnostics(uri);
    assert.equal(items.length, 1, `a single notice: ${items.map(ruleOf)}`);
    assert.equal(ruleOf(items[0]), 'file-too-large');
    assert.match(items[0].message, /Not checked/);
    assert.match(items[0].message, /sourced\.maxFileSize/);
    assert.ok(items[0].severity >= 2, 'a notice, not an error');
    assert.equal(items[0].codeDescription, undefined, 'no rule docs link for a notice');
    await everyRequestAnswers(uri, text);
    // The status notification says it was skipped.
    await s.waitFor('a status saying the file was skipped', () => s.state.status.find((p) => p.uri === uri && p.skipped));
    await stillServing('after-big-configured.news');
    // Closed before the limit goes back up: under the default limit it would be checked in full.
    await s.close(uri);
  } finally {
    await s.setSettings({});
  }
});

test('the default limit (5 MB): a 6 MB document gets one notice', async () => {
  const text = bigArticle(6 * 1024 * 1024);
  const uri = await s.open('big-default.news', text);
  const items = await s.diagnostics(uri);
  assert.equal(items.length, 1);
  assert.equal(ruleOf(items[0]), 'file-too-large');
  await s.close(uri);
  await stillServing('after-big-default.news');
});

test('binary-looking text (NUL characters) gets one notice, and requests still answer', async () => {
  const text = `PK\u0003\u0004\u0000\u0000\u0000binary\u0000${'\u0001\u0002'.repeat(100)}\nSaid 50 per cent\n`;
  const uri = await s.open('binary.news', text);
  const items = await s.diagnostics(uri);
  assert.equal(items.length, 1);
  assert.equal(ruleOf(items[0]), 'not-text');
  assert.match(items[0].message, /binary|not UTF-8/);
  await everyRequestAnswers(uri, text);
  // One NUL in an otherwise normal article is enough to mark it as not text.
  const u2 = await s.open('one-nul.news', ARTICLE.replace('Analysts', 'Analysts\u0000'));
  const d2 = await s.diagnostics(u2);
  assert.deepEqual(d2.map(ruleOf), ['not-text']);
  await stillServing('after-binary.news');
});

test('an empty document has nothing to report, and every request answers', async () => {
  const uri = await s.open('empty.news', '');
  assert.deepEqual(await s.diagnostics(uri), []);
  await everyRequestAnswers(uri, '');
  assert.equal(await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
  assert.deepEqual(await s.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
  assert.deepEqual((await s.request('textDocument/semanticTokens/full', { textDocument: { uri } })).data, []);
  // Whitespace only, and then typing into it.
  const u2 = await s.open('blank.news', '\n\n   \n');
  assert.deepEqual(await s.diagnostics(u2), []);
  await s.change(u2, [{ start: 0, end: 0, text: 'Headline\nSales rose 40 per cent on Tuesday (Mar 13), 2025.' }]);
  const typed = await s.diagnostics(u2);
  assert.ok(typed.some((d) => ruleOf(d) === 'unsourced-statistic'), typed.map(ruleOf).join(','));
});

test('front matter that never closes gets a notice on the front matter, and the rest is still read', async () => {
  const text = `---\ndate: 2025-03-14\nbyline: Staff reporter\n${ARTICLE.split('---\n')[2]}`;
  const uri = await s.open('open-front-matter.news', text);
  const items = await s.diagnostics(uri);
  const notice = items.filter((d) => ruleOf(d) === 'front-matter');
  assert.equal(notice.length, 1, `a front-matter notice: ${items.map((d) => `${ruleOf(d)}: ${d.message}`).join(' / ')}`);
  assert.equal(notice[0].range.start.line, 0, 'on the opening ---');
  assert.match(notice[0].message, /---|front matter/i);
  await everyRequestAnswers(uri, text);
  await stillServing('after-open-front-matter.news');
});

test('front matter with invalid YAML gets a notice where the YAML is wrong; the article is still checked', async () => {
  const text = ARTICLE.replace('byline: Staff reporter', 'byline: [Staff reporter\ntags: {a: : b');
  const uri = await s.open('bad-yaml.news', text);
  const items = await s.diagnostics(uri);
  const notice = items.filter((d) => ruleOf(d) === 'front-matter');
  assert.equal(notice.length, 1, items.map((d) => `${ruleOf(d)}: ${d.message}`).join(' / '));
  assert.ok(notice[0].range.start.line >= 1 && notice[0].range.start.line <= 4, `inside the front matter: line ${notice[0].range.start.line}`);
  assert.ok(notice[0].message.length > 10);
  // The body is still checked.
  assert.ok(items.some((d) => ruleOf(d) === 'vague-attribution'));
  assert.ok(items.some((d) => ruleOf(d) === 'unsourced-statistic'));
  await stillServing('after-bad-yaml.news');
});

test('requests for documents the server does not know answer empty, without errors', async () => {
  const uri = s.uri('ghost.news');
  assert.equal(await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
  assert.deepEqual(await s.diagnostics(uri), []);
  assert.deepEqual(await s.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
  assert.deepEqual(await s.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
  // Positions past the end of a document are clamped, not fatal.
  const real = await s.open('past-end.news', ARTICLE);
  await s.request('textDocument/hover', { textDocument: { uri: real }, position: { line: 9999, character: 9999 } });
  await stillServing('after-ghost.news');
});
