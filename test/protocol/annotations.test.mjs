// Protocol: annotating an article through the server (sourced.server.annotate), stored as
// W3C Web Annotations in .sourced/annotations/<file>.json, and what they change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, find, positionAt, ruleOf, textAt } from './harness.mjs';
import { ARTICLE, FIGURE_SENTENCE } from './article.mjs';

const MALFORMED = '[{"id": "urn:uuid:1", "motivation": "assessing", oops\n';
const WRONG_SHAPE = JSON.stringify({ annotations: [] }, null, 2);
/** Annotations another tool wrote: an AnnotationCollection with two pages, two items unusable. */
const SRC = 'https://example.org/stories/harbour';
const FOREIGN_VERIFIED = { id: 'https://example.org/anno/verified', type: 'Annotation', motivation: ['assessing'], body: { type: 'TextualBody', value: 'verified' }, target: [{ source: SRC, selector: { type: 'TextQuoteSelector', exact: FIGURE_SENTENCE } }] };
const FOREIGN_IGNORE = { id: 'https://example.org/anno/ignore', type: 'Annotation', motivation: 'moderating', 'x-tool': { version: 3 }, body: { type: 'TextualBody', value: 'ignore:vague-attribution' }, target: { source: SRC, selector: { type: 'CssSelector', value: 'p.analysis', refinedBy: { type: 'TextQuoteSelector', exact: 'Analysts say' } } } };
const FOREIGN_CSS = { id: 'https://example.org/anno/css-only', type: 'Annotation', motivation: 'highlighting', target: { source: SRC, selector: { type: 'CssSelector', value: 'h1' } } };
const FOREIGN_NO_TARGET = { id: 'https://example.org/anno/no-target', type: 'Annotation', motivation: 'bookmarking' };
const FOREIGN = {
  '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://example.org/collections/1', type: 'AnnotationCollection', total: 4,
  first: { type: 'AnnotationPage', items: [FOREIGN_VERIFIED, FOREIGN_CSS], next: { type: 'AnnotationPage', items: [FOREIGN_NO_TARGET, FOREIGN_IGNORE] } },
};

let s;
before(async () => {
  s = await startServer({
    pull: true,
    settings: { author: 'Desk Editor' },
    files: {
      '.sourced/annotations/broken.news.json': MALFORMED,
      '.sourced/annotations/desk/shape.news.json': WRONG_SHAPE,
      '.sourced/annotations/foreign.news.json': JSON.stringify(FOREIGN, null, 2),
    },
  });
});
after(async () => { assert.equal(await s.stop(), 0, s.stderr); });

const byRule = (items, rule) => items.filter((d) => ruleOf(d) === rule);
const annotate = (args) => s.request('workspace/executeCommand', { command: 'sourced.server.annotate', arguments: [args] });

/** Every file under dir, relative, for checks that nothing else was written. */
function listFiles(dir, prefix = '') {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p, `${prefix}${name}/`));
    else out.push(`${prefix}${name}`);
  }
  return out.sort();
}

test("marking a claim verified ('assessing', 'verified') removes its unsourced warning and stores a W3C annotation", async () => {
  const uri = await s.open('verify.news', ARTICLE, { write: true });
  const before = await s.diagnostics(uri);
  assert.equal(byRule(before, 'unsourced-statistic').length, 1);

  const start = find(ARTICLE, FIGURE_SENTENCE);
  const end = start + FIGURE_SENTENCE.length;
  const refreshes = s.state.refreshRequests;
  const result = await annotate({ uri, motivation: 'assessing', status: 'verified', link: 'https://example.org/port-budget-2025.pdf', start, end });
  assert.equal(result.ok, true, JSON.stringify(result));
  assert.match(result.id, /^urn:uuid:[0-9a-f-]{36}$/);
  await s.waitForRefresh(refreshes);

  const after = await s.diagnostics(uri);
  assert.equal(byRule(after, 'unsourced-statistic').length, 0, 'the verified claim raises no unsourced warning');
  assert.equal(byRule(after, 'weekday-date').length, 1, 'other findings stay');

  // The file on disk: a JSON array of W3C Web Annotations.
  const file = s.path('.sourced/annotations/verify.news.json');
  assert.ok(existsSync(file));
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  assert.ok(Array.isArray(stored));
  assert.equal(stored.length, 1);
  const a = stored[0];
  assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(a.type, 'Annotation');
  assert.equal(a.id, result.id);
  assert.equal(a.motivation, 'assessing');
  assert.deepEqual(a.creator, { type: 'Person', name: 'Desk Editor' });
  assert.ok(!Number.isNaN(Date.parse(a.created)) && a.modified === a.created);
  assert.ok(a.body.some((b) => b.purpose === 'assessing' && b.value === 'verified'));
  assert.ok(a.body.some((b) => b.purpose === 'linking' && b.source === 'https://example.org/port-budget-2025.pdf'));
  assert.equal(a.target.source, 'verify.news');
  const quote = a.target.selector.find((x) => x.type === 'TextQuoteSelector');
  const pos = a.target.selector.find((x) => x.type === 'TextPositionSelector');
  assert.equal(quote.exact, FIGURE_SENTENCE);
  assert.ok(quote.prefix.length > 0 && ARTICLE.slice(0, start).endsWith(quote.prefix));
  assert.ok(quote.suffix.length > 0 && ARTICLE.slice(end).startsWith(quote.suffix));
  assert.deepEqual({ start: pos.start, end: pos.end }, { start, end });
  // Written atomically: no temporary file is left beside it.
  assert.deepEqual(listFiles(s.path('.sourced/annotations')).filter((f) => f.startsWith('verify')), ['verify.news.json']);

  // The hover on the figure says who verified it, and links the source.
  const h = await s.request('textDocument/hover', { textDocument: { uri }, position: positionAt(ARTICLE, find(ARTICLE, '18 per cent')) });
  assert.match(h.contents.value, /Verified\*\* by Desk Editor/);
  assert.match(h.contents.value, /https:\/\/example\.org\/port-budget-2025\.pdf/);

  // The report lists it as verified.
  const { markdown } = await s.request('sourced/report', { uri });
  const row = markdown.split('\n').find((l) => l.includes('US$240 million') && l.startsWith('|'));
  assert.match(row, /verified/);
  assert.match(row, /Desk Editor/);

  // Edit the article before and around the claim: the annotation still anchors, the warning stays away.
  await s.change(uri, [{ start: find(ARTICLE, 'NORTHPORT –'), end: find(ARTICLE, 'NORTHPORT –'), text: 'UPDATED with the council budget. ' }]);
  const edited = s.text(uri);
  assert.equal(byRule(await s.diagnostics(uri), 'unsourced-statistic').length, 0, 'still verified after an edit before the claim');
  const anns = await s.request('sourced/annotations', { uri });
  assert.equal(anns.length, 1);
  assert.equal(edited.slice(anns[0].start, anns[0].end), FIGURE_SENTENCE);

  // Delete the claim's words: the annotation is orphaned, reported, and the file keeps it.
  const gone = find(edited, FIGURE_SENTENCE);
  await s.change(uri, [{ start: gone, end: gone + FIGURE_SENTENCE.length + 1, text: '' }]);
  const orphan = byRule(await s.diagnostics(uri), 'orphaned-annotation');
  assert.equal(orphan.length, 1, 'an orphaned annotation is reported');
  assert.match(orphan[0].message, new RegExp(result.id));
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).length, 1, 'never dropped from the file');
  const report = (await s.request('sourced/report', { uri })).markdown;
  assert.match(report, /\*\*orphaned\*\* \(assessing\)/);
  const listed = await s.request('sourced/annotations', { uri });
  assert.equal(listed[0].start, null);
  assert.match(listed[0].label, /orphaned/);

  // Removing it by id empties the list.
  const removed = await s.request('workspace/executeCommand', { command: 'sourced.server.removeAnnotation', arguments: [{ uri, id: result.id }] });
  assert.equal(removed.ok, true);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), []);
  assert.equal(byRule(await s.diagnostics(uri), 'orphaned-annotation').length, 0);
});

test("'Ignore … here' (a 'moderating' annotation) suppresses that finding only", async () => {
  const uri = await s.open('ignore.news', ARTICLE, { write: true });
  const items = await s.diagnostics(uri);
  const vague = byRule(items, 'vague-attribution')[0];
  assert.ok(vague);
  const actions = await s.request('textDocument/codeAction', { textDocument: { uri }, range: vague.range, context: { diagnostics: [vague] } });
  const ignore = actions.find((a) => a.title === 'Ignore vague-attribution here');
  assert.ok(ignore, actions.map((a) => a.title).join(' | '));
  assert.equal(ignore.edit, undefined, 'nothing is written into the article');
  // The editor runs the action's command on the server.
  const refreshes = s.state.refreshRequests;
  const result = await s.request('workspace/executeCommand', { command: ignore.command.command, arguments: ignore.command.arguments });
  assert.equal(result.ok, true, JSON.stringify(result));
  await s.waitForRefresh(refreshes);
  const after = await s.diagnostics(uri);
  assert.equal(byRule(after, 'vague-attribution').length, 0, 'ignored here');
  for (const r of ['weekday-date', 'unbalanced-quote', 'unsourced-statistic']) assert.equal(byRule(after, r).length, 1, `${r} is not ignored`);
  assert.equal(s.text(uri), ARTICLE, 'the article text is unchanged');
  const stored = JSON.parse(readFileSync(s.path('.sourced/annotations/ignore.news.json'), 'utf8'));
  assert.equal(stored[0].motivation, 'moderating');
  assert.equal(textAt(ARTICLE, vague.range), stored[0].target.selector.find((x) => x.type === 'TextQuoteSelector').exact);

  // A second "Analysts say" elsewhere is still reported: the suppression is for that place only.
  const end = ARTICLE.length;
  await s.change(uri, [{ start: end, end, text: 'Analysts say the budget will rise again.\n' }]);
  const more = byRule(await s.diagnostics(uri), 'vague-attribution');
  assert.equal(more.length, 1);
  assert.equal(positionAt(s.text(uri), end).line, more[0].range.start.line);
});

test('a malformed annotations file is reported, and left byte-for-byte untouched by an annotate command', async () => {
  const file = s.path('.sourced/annotations/broken.news.json');
  const uri = await s.open('broken.news', ARTICLE, { write: true });
  const items = await s.diagnostics(uri);
  // The article is still checked, with the defaults.
  assert.equal(byRule(items, 'unsourced-statistic').length, 1);
  const notice = items.find((d) => /malformed|not valid JSON/i.test(d.message));
  assert.ok(notice, `the malformed file is reported on the article: ${items.map((d) => d.message).join(' / ')}`);
  assert.match(notice.message, /broken\.news\.json/);

  const start = find(ARTICLE, FIGURE_SENTENCE);
  const messages = s.state.messages.length;
  const result = await annotate({ uri, motivation: 'assessing', status: 'verified', start, end: start + FIGURE_SENTENCE.length });
  assert.equal(result.ok, false);
  assert.match(result.error, /malformed/);
  assert.match(result.error, /will not overwrite/);
  await s.waitFor('an error message to the user', () => s.state.messages.slice(messages).find((m) => m.type === 1));
  assert.equal(readFileSync(file, 'utf8'), MALFORMED, 'byte-for-byte untouched');
  assert.deepEqual(listFiles(s.path('.sourced/annotations/')).filter((f) => f.startsWith('broken')), ['broken.news.json'], 'no temporary file left');
  // Removing from it is refused too.
  const removed = await s.request('workspace/executeCommand', { command: 'sourced.server.removeAnnotation', arguments: [{ uri, id: 'urn:uuid:1' }] });
  assert.equal(removed.ok, false);
  assert.equal(readFileSync(file, 'utf8'), MALFORMED);
  // The finding is still there: nothing was verified.
  assert.equal(byRule(await s.diagnostics(uri), 'unsourced-statistic').length, 1);

  // Valid JSON of the wrong shape (an object, not an array) is treated the same way.
  const shapeFile = s.path('.sourced/annotations/desk/shape.news.json');
  const u2 = await s.open('desk/shape.news', ARTICLE, { write: true });
  const r2 = await annotate({ uri: u2, motivation: 'commenting', note: 'check with the port', start, end: start + 10 });
  assert.equal(r2.ok, false);
  assert.match(r2.error, /JSON array/);
  assert.equal(readFileSync(shapeFile, 'utf8'), WRONG_SHAPE);
});

test('annotate refuses bad requests with a clear error and writes nothing', async () => {
  const uri = await s.open('refuse.news', ARTICLE, { write: true });
  const empty = await annotate({ uri, motivation: 'commenting', note: 'x', start: 10, end: 10 });
  assert.equal(empty.ok, false);
  assert.match(empty.error, /select/i);
  const closed = await annotate({ uri: s.uri('not-open.news'), motivation: 'commenting', note: 'x', start: 0, end: 5 });
  assert.equal(closed.ok, false);
  assert.match(closed.error, /not open/);
  const untitled = await annotate({ uri: 'untitled:Untitled-1', motivation: 'commenting', note: 'x', start: 0, end: 5 });
  assert.equal(untitled.ok, false);
  assert.ok(!existsSync(s.path('.sourced/annotations/refuse.news.json')));
  assert.ok(!existsSync(s.path('.sourced/annotations/not-open.news.json')));
});

test('annotations from another tool (an AnnotationCollection, one-object bodies and selectors, a list motivation) apply; unusable items are reported by id and why, and kept', async () => {
  const file = s.path('.sourced/annotations/foreign.news.json');
  const uri = await s.open('foreign.news', ARTICLE, { write: true });
  const items = await s.diagnostics(uri);
  assert.equal(byRule(items, 'unsourced-statistic').length, 0, 'the foreign verified mark applies');
  assert.equal(byRule(items, 'vague-attribution').length, 0, 'the foreign ignore-here applies');
  assert.equal(byRule(items, 'weekday-date').length, 1, 'other findings stay');
  const skipped = byRule(items, 'annotations-file');
  assert.equal(skipped.length, 2, skipped.map((d) => d.message).join(' / '));
  assert.match(skipped[0].message, /item 2 \(https:\/\/example\.org\/anno\/css-only\) cannot be used: its target has a CssSelector, which does not apply to plain text/);
  assert.match(skipped[1].message, /item 3 \(https:\/\/example\.org\/anno\/no-target\) cannot be used: it has no "target"/);
  assert.match(skipped[0].message, /foreign\.news\.json/);
  // Each points at its item in the annotation file.
  const related = skipped[0].relatedInformation[0].location;
  assert.equal(related.uri, s.uri('.sourced/annotations/foreign.news.json'));
  assert.match(readFileSync(file, 'utf8').split('\n')[related.range.start.line], /anno\/css-only/);

  // The list shows the usable ones.
  const listed = await s.request('sourced/annotations', { uri });
  assert.deepEqual(listed.map((x) => x.id).sort(), [FOREIGN_IGNORE.id, FOREIGN_VERIFIED.id]);

  // Annotating writes into the collection's last page; every foreign item stays as it was.
  const start = find(ARTICLE, 'Tuesday');
  const refreshes = s.state.refreshRequests;
  const result = await annotate({ uri, motivation: 'commenting', note: 'which Tuesday?', start, end: start + 7 });
  assert.equal(result.ok, true, JSON.stringify(result));
  await s.waitForRefresh(refreshes);
  const stored = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(stored.type, 'AnnotationCollection');
  assert.equal(stored.total, 5);
  assert.deepEqual(stored.first.items, FOREIGN.first.items);
  assert.deepEqual(stored.first.next.items.slice(0, 2), FOREIGN.first.next.items);
  assert.equal(stored.first.next.items[2].id, result.id);
  assert.equal(byRule(await s.diagnostics(uri), 'annotations-file').length, 2, 'still reported');

  // The foreign verified sentence deleted: its annotation is orphaned, reported, and kept.
  const gone = find(ARTICLE, FIGURE_SENTENCE);
  await s.change(uri, [{ start: gone, end: gone + FIGURE_SENTENCE.length, text: '' }]);
  const orphan = byRule(await s.diagnostics(uri), 'orphaned-annotation');
  assert.equal(orphan.length, 1);
  assert.match(orphan[0].message, /anno\/verified/);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')).first.items, FOREIGN.first.items);
});
