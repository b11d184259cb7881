// Annotations: anchoring W3C Web Annotations (TextQuoteSelector + position hint) in a changed
// article, and their storage in .sourced/annotations/<path>.json. The store is bundled from
// server/src/annotations/store.ts for the test; the CLI check runs dist/cli.js.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(REPO, 'dist', 'cli.js');

let store;
let model;
const temps = [];
function tempDir(name = 'ws') {
  const d = realpathSync(mkdtempSync(join(tmpdir(), `sourced-annotations-${name}-`)));
  temps.push(d);
  return d;
}
/** A workspace root (has .git) with an article in it. */
function workspace(files = {}) {
  const root = tempDir();
  mkdirSync(join(root, '.git'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

before(() => {
  // Bundle the store (and the model it uses) into one CommonJS file, as the server bundle does.
  const out = join(tempDir('bundle'), 'store.cjs');
  buildSync({ entryPoints: [join(REPO, 'server/src/annotations/store.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'silent' });
  const req = createRequire(out);
  store = req(out);
  const outModel = join(dirname(out), 'model.cjs');
  buildSync({ entryPoints: [join(REPO, 'server/src/annotations/model.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: outModel, logLevel: 'silent' });
  model = req(outModel);
});
after(() => { for (const d of temps) rmSync(d, { recursive: true, force: true }); });

const P1 = 'The port authority said ferry traffic grew by 18 per cent in 2024.';
const P2 = 'Council leader Margaret Okafor said the terminal would open in 2027.';
const P3 = 'The terminal will cost about US$240 million.';
const P4 = 'Residents said the consultation had been too short. Ferry ticket sales rose 12 per cent last year.';
const ARTICLE = `Harbour terminal approved\n\n${P1}\n\n${P2}\n\n${P3}\n\n${P4}\n`;

/** Annotates `exact` (the nth occurrence) in `text` and returns the stored annotation. */
function annotateAt(root, file, text, exact, extra = {}, nth = 0) {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(exact, at + 1);
  assert.ok(at >= 0, `“${exact}” in the text`);
  return { annotation: store.addAnnotation(root, file, text, { motivation: 'assessing', status: 'verified', start: at, end: at + exact.length, author: 'Desk', ...extra }), at };
}

/** Where the annotation anchors in `text` now, as the store reports it. */
function anchoredIn(root, file, text, id) {
  const fa = store.annotationsForFile(root, file, text);
  const x = fa.anchored.find((y) => y.annotation.id === id);
  assert.ok(x, `annotation ${id} is still listed`);
  return { ...x, fa, text: x.start === null ? null : text.slice(x.start, x.end) };
}

test('anchoring survives text inserted before the annotated words', () => {
  const root = workspace({ 'a.news': ARTICLE });
  const file = join(root, 'a.news');
  const { annotation } = annotateAt(root, file, ARTICLE, '18 per cent');
  const edited = ARTICLE.replace('Harbour terminal approved\n', 'Harbour terminal approved after a long fight\n\nUPDATED: adds the council budget.\n');
  const x = anchoredIn(root, file, edited, annotation.id);
  assert.equal(x.text, '18 per cent');
  assert.equal(x.start, edited.indexOf('18 per cent'));
  assert.notEqual(x.start, ARTICLE.indexOf('18 per cent'), 'the position moved with the text');
  assert.deepEqual(x.fa.verified, [{ start: x.start, end: x.end }], 'still counts as verified');
});

test('anchoring follows a paragraph that is moved, and paragraphs that are reordered', () => {
  const root = workspace();
  const file = join(root, 'b.news');
  const { annotation: a1 } = annotateAt(root, file, ARTICLE, 'US$240 million');
  const { annotation: a2 } = annotateAt(root, file, ARTICLE, 'Margaret Okafor said the terminal', { motivation: 'commenting', status: undefined, note: 'Called her office' });
  // P3 moved to the top of the body.
  const moved = `Harbour terminal approved\n\n${P3}\n\n${P1}\n\n${P2}\n\n${P4}\n`;
  assert.equal(anchoredIn(root, file, moved, a1.id).start, moved.indexOf('US$240 million'));
  // Every paragraph reordered.
  const reordered = `Harbour terminal approved\n\n${P4}\n\n${P3}\n\n${P2}\n\n${P1}\n`;
  const x1 = anchoredIn(root, file, reordered, a1.id);
  const x2 = anchoredIn(root, file, reordered, a2.id);
  assert.equal(x1.text, 'US$240 million');
  assert.equal(x1.start, reordered.indexOf('US$240 million'));
  assert.equal(x2.text, 'Margaret Okafor said the terminal');
  assert.equal(x2.start, reordered.indexOf('Margaret Okafor said the terminal'));
  assert.equal(model.noteOf(x2.annotation), 'Called her office');
});

test('anchoring survives words edited around the annotated text', () => {
  const root = workspace();
  const file = join(root, 'c.news');
  const { annotation } = annotateAt(root, file, ARTICLE, 'ferry traffic grew by 18 per cent');
  const edited = ARTICLE
    .replace('The port authority said ferry', 'The Northport port authority said on Monday that ferry')
    .replace('18 per cent in 2024.', '18 per cent over 2024, its busiest year.');
  const x = anchoredIn(root, file, edited, annotation.id);
  assert.equal(x.text, 'ferry traffic grew by 18 per cent');
  assert.equal(x.start, edited.indexOf('ferry traffic grew by 18 per cent'));
});

test('two identical phrases: the annotation stays on its own, by prefix and suffix, then by position', () => {
  const root = workspace();
  const file = join(root, 'd.news');
  // "the council said" occurs twice; annotate the one after the cost figure.
  const A = 'The budget is balanced, the council said on Monday.';
  const B = 'Councillors debated the plan for four hours before the vote, and several asked for the full tender documents to be published first.';
  const C = 'The terminal will cost US$240 million, the council said in a statement.';
  const text = `Harbour terminal approved\n\n${A}\n\n${B}\n\n${C}\n`;
  const { annotation, at } = annotateAt(root, file, text, 'the council said', {}, 1);
  assert.equal(at, text.lastIndexOf('the council said'));
  const q = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector');
  assert.equal(q.exact, 'the council said');
  assert.ok(q.prefix.endsWith('US$240 million, ') && q.suffix.startsWith(' in a statement'));
  // A new paragraph with the same phrase goes on top and the paragraphs are reordered, so that
  // neither the first occurrence nor the one nearest the old position is the annotated one.
  const X = 'Fares will not rise, the council said today.';
  const edited = `Harbour terminal approved\n\n${X}\n\n${B}\n\n${A}\n\n${C}\n`;
  const occurrences = [...edited.matchAll(/the council said/g)].map((m) => m.index);
  const right = edited.indexOf(C) + C.indexOf('the council said');
  const nearest = occurrences.reduce((best, o) => (Math.abs(o - at) < Math.abs(best - at) ? o : best));
  assert.notEqual(occurrences[0], right, 'precondition: the first occurrence is another one');
  assert.notEqual(nearest, right, 'precondition: the nearest occurrence is another one');
  const x = anchoredIn(root, file, edited, annotation.id);
  assert.equal(x.start, right, 'the prefix and suffix decide');
  assert.ok(edited.slice(x.end).startsWith(' in a statement'));

  // Identical contexts on both sides (a repeated line): the position hint decides.
  const line = 'Ferries will run every hour, the council said.\n';
  const rep = `Timetable\n\n${line}\n${line}\n${line}`;
  const third = annotateAt(root, join(root, 'rep.news'), rep, 'every hour', {}, 2);
  const y = anchoredIn(root, join(root, 'rep.news'), rep, third.annotation.id);
  assert.equal(y.start, third.at, 'the third of three identical lines');
  assert.notEqual(y.start, rep.indexOf('every hour'));
});

test('when the words are gone the annotation is orphaned: reported, and never dropped', () => {
  const root = workspace();
  const file = join(root, 'e.news');
  const { annotation } = annotateAt(root, file, ARTICLE, 'US$240 million', { link: 'https://example.org/budget.pdf' });
  const { annotation: kept } = annotateAt(root, file, ARTICLE, '18 per cent');
  const without = ARTICLE.replace(`${P3}\n\n`, '');
  const fa = store.annotationsForFile(root, file, without);
  const x = fa.anchored.find((y) => y.annotation.id === annotation.id);
  assert.equal(x.start, null);
  assert.equal(x.end, null);
  assert.deepEqual(fa.json.find((j) => j.id === annotation.id), { id: annotation.id, motivation: 'assessing', status: 'orphaned', start: null, end: null });
  assert.equal(fa.json.find((j) => j.id === kept.id).status, 'anchored');
  assert.equal(fa.verified.length, 1, 'an orphan verifies nothing');
  // Re-anchoring positions after an edit keeps the orphan in the file, unchanged.
  const beforeRefresh = JSON.parse(readFileSync(fa.path, 'utf8')).find((a) => a.id === annotation.id);
  store.refreshPositions(root, file, without);
  const onDisk = JSON.parse(readFileSync(fa.path, 'utf8'));
  assert.equal(onDisk.length, 2);
  assert.deepEqual(onDisk.find((a) => a.id === annotation.id), beforeRefresh);
  // The moved one got its new position recorded.
  const pos = onDisk.find((a) => a.id === kept.id).target.selector.find((s) => s.type === 'TextPositionSelector');
  assert.equal(pos.start, without.indexOf('18 per cent'));
  // When the words come back, it anchors again.
  assert.equal(store.annotationsForFile(root, file, ARTICLE).json.find((j) => j.id === annotation.id).status, 'anchored');
});

test('writes are atomic: the file is complete JSON after each write, and no temporary file is left', () => {
  const root = workspace();
  const file = join(root, 'news', 'city', 'f.news');
  for (let i = 0; i < 5; i++) annotateAt(root, file, ARTICLE, ['18 per cent', 'US$240 million', 'Margaret Okafor', 'consultation', 'terminal'][i]);
  const dir = join(root, '.sourced', 'annotations', 'news', 'city');
  assert.deepEqual(readdirSync(dir), ['f.news.json'], 'only the annotations file, no *.tmp');
  const stored = JSON.parse(readFileSync(join(dir, 'f.news.json'), 'utf8'));
  assert.equal(stored.length, 5);
  assert.equal(new Set(stored.map((a) => a.id)).size, 5);
  for (const a of stored) {
    assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(a.type, 'Annotation');
    assert.equal(a.target.source, 'news/city/f.news');
    assert.deepEqual(a.target.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
    assert.deepEqual(a.creator, { type: 'Person', name: 'Desk' });
  }
  assert.equal(store.annotationPath(root, file), join(dir, 'f.news.json'));
  // Removing one rewrites the file atomically too.
  assert.equal(store.removeAnnotation(root, file, stored[2].id), true);
  assert.equal(store.removeAnnotation(root, file, 'urn:uuid:none'), false);
  assert.deepEqual(readdirSync(dir), ['f.news.json']);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'f.news.json'), 'utf8')).map((a) => a.id), stored.filter((_, i) => i !== 2).map((a) => a.id));
});

test('a malformed annotations file is reported and never overwritten', () => {
  const cases = {
    'not JSON': '[{"id": "urn:uuid:1", oops',
    'an object that is no annotation, page or collection': '{"annotations": []}\n',
    'a number': '42\n',
    'a collection whose pages are elsewhere': JSON.stringify({ type: 'AnnotationCollection', id: 'https://example.org/c', first: 'https://example.org/c/page1' }),
  };
  // (Items that cannot be used no longer make the whole file malformed: annotations-w3c.test.mjs.)
  for (const [what, bytes] of Object.entries(cases)) {
    const root = workspace();
    const file = join(root, 'g.news');
    const path = store.annotationPath(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    const fa = store.annotationsForFile(root, file, ARTICLE);
    assert.ok(fa.error, `${what}: reported`);
    assert.deepEqual(fa.anchored, []);
    assert.throws(() => annotateAt(root, file, ARTICLE, '18 per cent'), /malformed.*will not overwrite/s, `${what}: adding is refused`);
    assert.throws(() => store.removeAnnotation(root, file, 'x'), /malformed/);
    store.refreshPositions(root, file, ARTICLE);
    assert.equal(readFileSync(path, 'utf8'), bytes, `${what}: byte-for-byte untouched`);
    assert.deepEqual(readdirSync(dirname(path)), ['g.news.json'], `${what}: no temporary file`);
  }
  // Once the file is fixed (a newer modification time), it is read again.
  const root = workspace();
  const file = join(root, 'h.news');
  const path = store.annotationPath(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, '[');
  assert.ok(store.annotationsForFile(root, file, ARTICLE).error);
  writeFileSync(path, '[]');
  const later = new Date(Date.now() + 5000);
  utimesSync(path, later, later);
  assert.equal(store.annotationsForFile(root, file, ARTICLE).error, undefined);
  annotateAt(root, file, ARTICLE, '18 per cent');
  assert.equal(JSON.parse(readFileSync(path, 'utf8')).length, 1);
});

test('the CLI JSON gains "annotations" with id, motivation, status, start and end when a file exists', () => {
  assert.ok(existsSync(CLI), 'dist/cli.js is built (node esbuild.mjs)');
  const root = workspace({ 'story.news': ARTICLE, 'plain.news': ARTICLE, 'desk/sub.news': ARTICLE });
  const file = join(root, 'story.news');
  const { annotation: verified, at } = annotateAt(root, file, ARTICLE, P3);
  // The text changes on disk after annotating: one annotation moves, one is orphaned.
  const { annotation: orphan } = annotateAt(root, file, ARTICLE, 'consultation had been too short', { motivation: 'commenting', status: undefined, note: 'ask residents' });
  const edited = `Harbour terminal approved\n\nBREAKING.\n\n${P1}\n\n${P2}\n\n${P3}\n`;
  writeFileSync(file, edited);
  annotateAt(root, join(root, 'desk/sub.news'), ARTICLE, '12 per cent', { motivation: 'moderating', status: undefined, rule: 'unsourced-statistic' });

  // --hints: the plan's cost (P3) is a hint (terms of a plan), dropped by default; the test needs
  // to see it reported on the plain copy and silenced by the annotations.
  const run = (args) => {
    const r = spawnSync(process.execPath, [CLI, 'analyze', '--format', 'json', '--fail-on', 'none', '--hints', ...args], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  };
  // A relative path, from the workspace root.
  const out = run(['story.news']);
  assert.ok(Array.isArray(out.annotations), 'the key is there');
  assert.equal(out.annotations.length, 2);
  for (const a of out.annotations) assert.deepEqual(Object.keys(a).sort(), ['end', 'id', 'motivation', 'start', 'status']);
  const v = out.annotations.find((a) => a.id === verified.id);
  assert.deepEqual(v, { id: verified.id, motivation: 'assessing', status: 'anchored', start: edited.indexOf(P3), end: edited.indexOf(P3) + P3.length });
  assert.notEqual(v.start, at);
  assert.deepEqual(out.annotations.find((a) => a.id === orphan.id), { id: orphan.id, motivation: 'commenting', status: 'orphaned', start: null, end: null });
  // The verified claim raises no unsourced warning on the CLI either.
  const p3 = edited.indexOf(P3);
  assert.ok(!out.findings.some((f) => f.rule === 'unsourced-statistic' && f.start >= p3 && f.end <= p3 + P3.length));

  // Several files, by absolute path: each has its own annotations, or none when no file exists.
  const many = run([file, join(root, 'plain.news'), join(root, 'desk/sub.news')]);
  assert.equal(many.length, 3);
  assert.equal(many[0].annotations.length, 2);
  assert.ok(!('annotations' in many[1]) || many[1].annotations.length === 0, 'no annotation file, no annotations');
  assert.equal(many[2].annotations.length, 1);
  assert.equal(many[2].annotations[0].motivation, 'moderating');
  assert.equal(many[2].annotations[0].status, 'anchored');
  // Verified and "ignore here" annotations change the findings: the plain copy reports both
  // unsourced figures, the annotated copies do not.
  const unsourced = (r) => r.findings.filter((f) => f.rule === 'unsourced-statistic').map((f) => ARTICLE.slice(f.start, f.end));
  assert.deepEqual(unsourced(many[1]), ['US$240 million', '12 per cent']);
  assert.deepEqual(unsourced(many[2]), ['US$240 million'], 'the ignored figure is not reported');
  assert.ok(!out.findings.some((f) => f.rule === 'unsourced-statistic' && edited.slice(f.start, f.end) === 'US$240 million'), 'the verified one is not reported');

  // The CLI never writes to the annotations it reads.
  const stored = readFileSync(store.annotationPath(root, file), 'utf8');
  run(['story.news']);
  assert.equal(readFileSync(store.annotationPath(root, file), 'utf8'), stored);
});
