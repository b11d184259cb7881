// Annotations written by other tools: every shape the W3C Web Annotation Data Model allows for
// body, target, selector, motivation and the file's container, anchored through edits, orphaned
// when their words are gone, and written back unchanged when Sourced adds, removes or re-anchors
// other annotations in the same file. The annotations and the article are invented for the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
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
function tempDir(name) {
  const d = realpathSync(mkdtempSync(join(tmpdir(), `sourced-w3c-${name}-`)));
  temps.push(d);
  return d;
}
before(() => {
  const dir = tempDir('bundle');
  const req = createRequire(join(dir, 'x.cjs'));
  for (const [name, entry] of [['store', 'store.ts'], ['model', 'model.ts']]) {
    buildSync({ entryPoints: [join(REPO, 'server/src/annotations', entry)], bundle: true, platform: 'node', format: 'cjs', outfile: join(dir, `${name}.cjs`), logLevel: 'silent' });
  }
  store = req(join(dir, 'store.cjs'));
  model = req(join(dir, 'model.cjs'));
});
after(() => { for (const d of temps) rmSync(d, { recursive: true, force: true }); });

const HEAD = 'Library opening hours extended';
const Q1 = 'The city library will stay open until 9pm on weekdays from March, the culture office said.';
const Q2 = 'Head librarian Tomasz Eriksen said visits rose by 23 per cent last winter.';
const Q3 = 'The change will cost about 410,000 euros a year.';
const Q4 = 'Students asked for longer hours in a petition signed by 1,200 people.';
const ARTICLE = `${HEAD}\n\n${Q1}\n\n${Q2}\n\n${Q3}\n\n${Q4}\n`;
/** Text added on top and the paragraphs reordered: every quote moves. */
const EDITED = `${HEAD}\n\nUPDATED on Friday with the budget figures.\n\n${Q4}\n\n${Q3}\n\n${Q1}\n\n${Q2}\n`;
const SRC = 'https://example.org/news/library-hours';
const at = (text, words) => { const i = text.indexOf(words); assert.ok(i >= 0, words); return i; };
const quote = (exact, extra = {}) => ({ type: 'TextQuoteSelector', exact, ...extra });

/**
 * The foreign annotations: [what, item, the words it anchors to in ARTICLE ('*' = the whole
 * article), whether it follows the words through EDITED (quotes do; bare positions cannot)].
 */
const ROWS = [
  ['body one object, selector one object', { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://example.org/anno/1', type: 'Annotation', motivation: 'commenting', body: { type: 'TextualBody', value: 'Check the petition count', format: 'text/plain' }, target: { source: SRC, selector: quote('signed by 1,200 people') } }, 'signed by 1,200 people', true],
  ['no body, motivation highlighting', { id: 'https://example.org/anno/2', type: 'Annotation', motivation: 'highlighting', target: { source: SRC, selector: [quote('Tomasz Eriksen', { prefix: 'Head librarian ', suffix: ' said' })] } }, 'Tomasz Eriksen', true],
  ['body an IRI, motivation bookmarking', { id: 'https://example.org/anno/3', type: 'Annotation', motivation: 'bookmarking', body: 'https://example.org/notes/7', target: { source: SRC, selector: [quote('until 9pm on weekdays')] } }, 'until 9pm on weekdays', true],
  ['target an IRI (the whole article)', { id: 'https://example.org/anno/4', type: 'Annotation', motivation: 'tagging', body: { type: 'TextualBody', purpose: 'tagging', value: 'culture' }, target: SRC }, '*', true],
  ['target a list (an IRI and a specific resource)', { id: 'https://example.org/anno/5', type: 'Annotation', motivation: 'commenting', bodyValue: 'ask for the budget paper', target: ['https://example.org/news/other-story', { source: SRC, selector: quote('about 410,000 euros a year') }] }, 'about 410,000 euros a year', true],
  ['motivation a list, bodies without purpose', { id: 'urn:uuid:6a0e5d1c-0000-4000-8000-000000000006', type: 'Annotation', motivation: ['assessing', 'commenting'], creator: 'https://example.org/people/rita', body: [{ type: 'TextualBody', purpose: 'assessing', value: 'verified' }, { type: 'TextualBody', value: 'visitor figures, page 4' }], target: { source: SRC, selector: quote('visits rose by 23 per cent') } }, 'visits rose by 23 per cent', true],
  ['an unknown motivation and unknown properties', { id: 'https://example.org/anno/7', type: 'Annotation', motivation: 'https://example.org/motivations/follow-up', 'x-desk': { priority: 2, tags: ['budget'] }, generator: { id: 'https://example.org/tool', type: 'Software', name: 'DeskTool 3' }, body: { type: 'TextualBody', value: 'follow up' }, target: { source: SRC, selector: quote('culture office') } }, 'culture office', true],
  ['TextPositionSelector only', { id: 'https://example.org/anno/8', type: 'Annotation', motivation: 'highlighting', target: { source: SRC, selector: { type: 'TextPositionSelector', start: at(ARTICLE, 'petition'), end: at(ARTICLE, 'petition') + 8 } } }, 'petition', false],
  ['RangeSelector from one quote to the next', { id: 'https://example.org/anno/9', type: 'Annotation', motivation: 'highlighting', target: { source: SRC, selector: { type: 'RangeSelector', startSelector: quote('visits rose'), endSelector: quote(' last winter') } } }, 'visits rose by 23 per cent', true],
  ['FragmentSelector (char=) refined by a quote', { id: 'https://example.org/anno/10', type: 'Annotation', motivation: 'highlighting', target: { source: SRC, selector: { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc5147', value: `char=${at(ARTICLE, Q3)},${at(ARTICLE, Q3) + Q3.length}`, refinedBy: quote('410,000 euros') } } }, '410,000 euros', false],
  ['CssSelector (an HTML tool) refined by a quote', { id: 'https://example.org/anno/11', type: 'Annotation', motivation: 'highlighting', target: { source: SRC, selector: { type: 'CssSelector', value: 'article > p:nth-child(5)', refinedBy: quote('Students asked') } } }, 'Students asked', true],
  ['a Choice body, a source object, an XPath alternative', { id: 'https://example.org/anno/12', type: 'Annotation', motivation: 'questioning', body: { type: 'Choice', items: [{ type: 'TextualBody', value: 'Which March?', language: 'en' }, { type: 'TextualBody', value: 'Welcher März?', language: 'de' }] }, target: { type: 'SpecificResource', source: { id: SRC, type: 'Text' }, selector: [{ type: 'XPathSelector', value: '/html/body/p[2]' }, quote('from March')] } }, 'from March', true],
  ['a quote with a stale position beside it: the quote decides', { id: 'https://example.org/anno/13', type: 'Annotation', motivation: 'commenting', bodyValue: 'good quote', target: { source: SRC, selector: [quote('23 per cent', { prefix: 'rose by ', suffix: ' last' }), { type: 'TextPositionSelector', start: 0, end: 11 }] } }, '23 per cent', true],
  ['a Hypothesis-style target (XPath range, position, quote)', { id: 'https://example.org/anno/14', type: 'Annotation', motivation: 'commenting', body: [{ type: 'TextualBody', value: 'name spelling?', purpose: 'commenting' }, { type: 'TextualBody', value: 'people', purpose: 'tagging' }], target: [{ source: SRC, selector: [{ type: 'RangeSelector', startContainer: '/p[2]', startOffset: 0, endContainer: '/p[2]', endOffset: 14 }, { type: 'TextPositionSelector', start: at(ARTICLE, 'Head librarian'), end: at(ARTICLE, 'Head librarian') + 14 }, quote('Head librarian', { prefix: '', suffix: ' Tomasz' })] }] }, 'Head librarian', true],
];

let n = 0;
/** A workspace with the article and its annotation file holding `content` (JSON or raw text). */
function setup(content, text = ARTICLE) {
  const root = tempDir('ws');
  mkdirSync(join(root, '.git'));
  const file = join(root, `story${++n}.news`);
  writeFileSync(file, text);
  const path = store.annotationPath(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return { root, file, path };
}
const onDisk = (path) => JSON.parse(readFileSync(path, 'utf8'));
const spanOf = (fa, id) => {
  const x = fa.anchored.find((y) => y.annotation.id === id);
  assert.ok(x, `${id} is read`);
  return x;
};
/** The words an anchored item covers in `text`, '*' for the whole text, null when orphaned. */
function wordsOf(fa, id, text) {
  const x = spanOf(fa, id);
  if (x.start === null) return null;
  return x.start === 0 && x.end === text.length ? '*' : text.slice(x.start, x.end);
}

test('every shape of foreign annotation is read and anchored on its words', () => {
  for (const [what, item, words] of ROWS) {
    const { root, file } = setup([item]);
    const fa = store.annotationsForFile(root, file, ARTICLE);
    assert.equal(fa.error, undefined, `${what}: ${fa.error}`);
    assert.deepEqual(fa.skipped, [], what);
    assert.equal(wordsOf(fa, item.id, ARTICLE), words, what);
    assert.equal(fa.json[0].status, 'anchored', what);
  }
});

test('foreign annotations follow their words through an edit, and are orphaned when the words are gone', () => {
  const { root, file } = setup(ROWS.map((r) => r[1]));
  const moved = store.annotationsForFile(root, file, EDITED);
  for (const [what, item, words, follows] of ROWS) {
    if (follows) assert.equal(wordsOf(moved, item.id, EDITED), words, `${what}: follows the edit`);
  }
  // Every quoted paragraph deleted: only the whole-article annotation stays anchored.
  const bare = `${HEAD}\n\nThe story was withdrawn.\n`;
  const gone = store.annotationsForFile(root, file, bare);
  for (const [what, item, words] of ROWS) {
    const j = gone.json.find((x) => x.id === item.id);
    assert.equal(j.status, words === '*' ? 'anchored' : 'orphaned', what);
  }
  assert.equal(gone.anchored.length, ROWS.length, 'orphans are listed, never dropped');
});

test('what Sourced reads from foreign bodies: verified marks, notes, links, ignore-here', () => {
  const ignore = { id: 'https://example.org/anno/ig', type: ['Annotation'], motivation: ['moderating'], body: { type: 'TextualBody', value: 'ignore:unsourced-statistic' }, target: { source: SRC, selector: quote('410,000 euros') } };
  const link = { id: 'https://example.org/anno/ln', type: 'Annotation', motivation: 'linking', body: 'https://example.org/budget.pdf', target: { source: SRC, selector: quote('a petition') } };
  const rows = Object.fromEntries(ROWS.map((r) => [r[0], r[1]]));
  const { root, file } = setup([...ROWS.map((r) => r[1]), ignore, link]);
  const fa = store.annotationsForFile(root, file, ARTICLE);
  const verifiedItem = rows['motivation a list, bodies without purpose'];
  const v = spanOf(fa, verifiedItem.id);
  assert.deepEqual(fa.verified, [{ start: v.start, end: v.end }], 'one verified mark, from the list motivation');
  assert.equal(model.statusOf(v.annotation), 'verified');
  assert.equal(model.noteOf(v.annotation), 'visitor figures, page 4', 'a body without purpose takes the motivations');
  assert.equal(v.annotation.creator.name, 'https://example.org/people/rita');
  assert.deepEqual(fa.suppressions, [{ rule: 'unsourced-statistic', start: at(ARTICLE, '410,000 euros'), end: at(ARTICLE, '410,000 euros') + 13 }]);
  assert.equal(model.linkOf(spanOf(fa, link.id).annotation), 'https://example.org/budget.pdf');
  assert.equal(model.noteOf(spanOf(fa, rows['body one object, selector one object'].id).annotation), 'Check the petition count');
  assert.equal(model.noteOf(spanOf(fa, rows['target a list (an IRI and a specific resource)'].id).annotation), 'ask for the budget paper', 'bodyValue');
  const unknown = spanOf(fa, rows['an unknown motivation and unknown properties'].id);
  assert.equal(unknown.annotation.motivation, 'https://example.org/motivations/follow-up');
  assert.equal(fa.json.find((j) => j.id === unknown.annotation.id).motivation, 'https://example.org/motivations/follow-up');
  assert.equal(model.quotedText(spanOf(fa, rows['CssSelector (an HTML tool) refined by a quote'].id).annotation), 'Students asked');
});

/** The same annotations in each container a file may hold. */
const firstHalf = ROWS.slice(0, 7).map((r) => r[1]);
const secondHalf = ROWS.slice(7).map((r) => r[1]);
const CONTAINERS = {
  list: ROWS.map((r) => r[1]),
  page: { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://example.org/pages/1', type: 'AnnotationPage', startIndex: 0, items: ROWS.map((r) => r[1]) },
  collection: {
    '@context': ['http://www.w3.org/ns/anno.jsonld', 'http://www.w3.org/ns/ldp.jsonld'],
    id: 'https://example.org/collections/desk', type: 'AnnotationCollection', label: 'Desk notes', total: ROWS.length,
    first: { id: 'https://example.org/collections/desk/1', type: 'AnnotationPage', startIndex: 0, items: firstHalf, next: { id: 'https://example.org/collections/desk/2', type: 'AnnotationPage', startIndex: 7, items: secondHalf } },
    last: 'https://example.org/collections/desk/2',
  },
};

test('the file keeps its container and every foreign item when Sourced adds, removes and re-anchors', () => {
  for (const [shape, data] of Object.entries(CONTAINERS)) {
    const { root, file, path } = setup(data);
    const fa = store.annotationsForFile(root, file, ARTICLE);
    assert.equal(fa.anchored.length, ROWS.length, `${shape}: every item read`);
    for (const [what, item, words] of ROWS) assert.equal(wordsOf(fa, item.id, ARTICLE), words, `${shape}: ${what}`);

    // Re-anchoring against the same text corrects the one stale position and nothing else...
    const stale = ROWS[12][1];
    store.refreshPositions(root, file, ARTICLE);
    const refreshed = onDisk(path);
    const flat = (d) => (Array.isArray(d) ? d : d.items ?? [...d.first.items, ...d.first.next.items]);
    for (const [i, item] of flat(refreshed).entries()) if (item.id !== stale.id) assert.deepEqual(item, flat(data)[i], `${shape}: ${item.id} unchanged`);
    assert.deepEqual(flat(refreshed).find((a) => a.id === stale.id).target.selector[1], { type: 'TextPositionSelector', start: at(ARTICLE, '23 per cent'), end: at(ARTICLE, '23 per cent') + 11 });
    // ...then the file is not even rewritten.
    const bytes = readFileSync(path, 'utf8');
    store.refreshPositions(root, file, ARTICLE);
    assert.equal(readFileSync(path, 'utf8'), bytes, `${shape}: untouched`);
    // Put the original back for the checks below.
    writeFileSync(path, JSON.stringify(data));

    // Adding one: same container, foreign items as they were.
    const s = at(ARTICLE, '1,200 people');
    const mine = store.addAnnotation(root, file, ARTICLE, { motivation: 'assessing', status: 'verified', start: s, end: s + 12, author: 'Desk' });
    const added = onDisk(path);
    if (shape === 'list') assert.deepEqual(added, [...data, mine]);
    if (shape === 'page') assert.deepEqual(added, { ...data, items: [...data.items, mine] });
    if (shape === 'collection') {
      assert.deepEqual(added, { ...data, total: ROWS.length + 1, first: { ...data.first, next: { ...data.first.next, items: [...secondHalf, mine] } } }, 'new items go on the last page, total counts them');
    }
    // Removing it gives back the file as it was.
    assert.equal(store.removeAnnotation(root, file, mine.id), true);
    assert.deepEqual(onDisk(path), data, `${shape}: as it was`);

    // Removing a foreign one removes that one only.
    assert.equal(store.removeAnnotation(root, file, ROWS[2][1].id), true);
    const left = store.annotationsForFile(root, file, ARTICLE);
    assert.deepEqual(left.anchored.map((x) => x.annotation.raw), ROWS.filter((_, i) => i !== 2).map((r) => r[1]), `${shape}: the others unchanged`);
  }
});

test('re-anchoring after an edit moves positions only where a quote anchors beside one; every other item comes back unchanged', () => {
  const { root, file, path } = setup(CONTAINERS.collection);
  const s = at(ARTICLE, 'until 9pm');
  const mine = store.addAnnotation(root, file, ARTICLE, { motivation: 'commenting', note: 'check hours', start: s, end: s + 9 });
  store.refreshPositions(root, file, EDITED);
  const after = onDisk(path);
  assert.equal(after.type, 'AnnotationCollection');
  const items = [...after.first.items, ...after.first.next.items];
  const byId = new Map(items.map((a) => [a.id, a]));
  const moves = new Set(['a quote with a stale position beside it: the quote decides', 'a Hypothesis-style target (XPath range, position, quote)']);
  for (const [what, item, words] of ROWS) {
    const now = byId.get(item.id);
    if (!moves.has(what)) { assert.deepEqual(now, item, `${what}: unchanged`); continue; }
    // Only the position (and a quote's prefix/suffix where the quote has them) changed.
    const strip = (a) => JSON.parse(JSON.stringify(a, (k, v) => (['start', 'end', 'prefix', 'suffix'].includes(k) && typeof v !== 'object' ? undefined : v)));
    assert.deepEqual(strip(now), strip(item), `${what}: nothing else changed`);
    const sel = [now.target].flat()[0].selector;
    const pos = sel.find((x) => x.type === 'TextPositionSelector');
    assert.equal(EDITED.slice(pos.start, pos.end), words, `${what}: the position records the new place`);
  }
  const minePos = byId.get(mine.id).target.selector[1];
  assert.equal(EDITED.slice(minePos.start, minePos.end), 'until 9pm');
  assert.deepEqual(after.first.next.items.map((a) => a.id), [...secondHalf.map((a) => a.id), mine.id]);
});

test('one annotation object: read, re-anchored in place, and a list once Sourced adds a second', () => {
  const item = ROWS[12][1];
  const { root, file, path } = setup(item);
  assert.equal(wordsOf(store.annotationsForFile(root, file, ARTICLE), item.id, ARTICLE), '23 per cent');
  store.refreshPositions(root, file, EDITED);
  const moved = onDisk(path);
  assert.ok(!Array.isArray(moved), 'still one object');
  assert.equal(EDITED.slice(moved.target.selector[1].start, moved.target.selector[1].end), '23 per cent');
  const s = at(EDITED, 'petition');
  const mine = store.addAnnotation(root, file, EDITED, { motivation: 'commenting', note: 'n', start: s, end: s + 8 });
  assert.deepEqual(onDisk(path).map((a) => a.id), [item.id, mine.id]);
});

test('an item that cannot be used is reported with its id and why, skipped, and kept; the others apply', () => {
  const good = ROWS[5][1];
  const bad = [
    [{ id: 'https://example.org/bad/css', type: 'Annotation', motivation: 'commenting', target: { source: SRC, selector: { type: 'CssSelector', value: 'p' } } }, /CssSelector.*plain text/],
    [{ id: 'https://example.org/bad/quote', type: 'Annotation', target: { source: SRC, selector: { type: 'TextQuoteSelector', prefix: 'x' } } }, /without "exact"/],
    [{ id: 'https://example.org/bad/target', type: 'Annotation', motivation: 'commenting' }, /no "target"/],
    [{ type: 'Annotation', target: SRC }, /no "id"/],
    [{ id: 'https://example.org/bad/type', type: 'AnnotationPage', items: [] }, /not "Annotation"/],
    [{ id: 'https://example.org/bad/motivation', type: 'Annotation', motivation: 7, target: SRC }, /motivation/],
    [{ id: 'https://example.org/bad/pos', type: 'Annotation', target: { source: SRC, selector: { type: 'TextPositionSelector', start: 9, end: 3 } } }, /TextPositionSelector/],
    [{ id: good.id, type: 'Annotation', target: SRC }, /already used by item 2/],
    ['just a string', /not a JSON object/],
  ];
  const items = [bad[0][0], good, ...bad.slice(1).map((b) => b[0]), ROWS[0][1]];
  const { root, file, path } = setup(items);
  const fa = store.annotationsForFile(root, file, ARTICLE);
  assert.equal(fa.error, undefined);
  assert.deepEqual(fa.anchored.map((x) => x.annotation.id), [good.id, ROWS[0][1].id], 'the good ones apply');
  assert.equal(fa.verified.length, 1, 'the good verified mark still counts');
  assert.equal(fa.skipped.length, bad.length);
  bad.forEach(([item, why], i) => {
    const s = fa.skipped[i];
    if (typeof item === 'object' && item.id) assert.equal(s.id, item.id);
    assert.match(s.why, why, `item ${s.index}`);
    assert.match(store.describeSkipped(s), /cannot be used/);
  });
  // The editor's pointer into the file: the line holding the item's id.
  const lines = readFileSync(path, 'utf8').split('\n');
  assert.ok(lines[fa.skipped[0].line].includes('https://example.org/bad/css'));
  // Sourced writes to the file, keeping the skipped items as they were.
  const s = at(ARTICLE, 'petition');
  store.addAnnotation(root, file, ARTICLE, { motivation: 'commenting', note: 'n', start: s, end: s + 8 });
  assert.deepEqual(onDisk(path).slice(0, items.length), items);
});

test('positions count code points, as the W3C model says: a foreign position after an emoji anchors right', () => {
  const text = `Fans 🎉🎉 cheered as the library opened. Visits rose by 23 per cent.\n`;
  const cps = [...text];
  const words = '23 per cent';
  const start = cps.join('').indexOf(words) - 2; // two astral characters before: two fewer code points
  assert.equal(cps.slice(start, start + words.length).join(''), words);
  const item = { id: 'https://example.org/anno/cp', type: 'Annotation', target: { source: SRC, selector: { type: 'TextPositionSelector', start, end: start + words.length } } };
  const { root, file, path } = setup([item], text);
  assert.equal(wordsOf(store.annotationsForFile(root, file, text), item.id, text), words);
  // And Sourced writes code points too.
  const u = text.indexOf('library');
  const mine = store.addAnnotation(root, file, text, { motivation: 'commenting', note: 'n', start: u, end: u + 7 });
  assert.deepEqual(mine.target.selector[1], { type: 'TextPositionSelector', start: u - 2, end: u + 5 });
  assert.equal(onDisk(path).length, 2);
});

test('the CLI reports each unusable item with its id and why, in analyze and in check, and applies the others', () => {
  const verified = { id: 'https://example.org/anno/v', type: 'Annotation', motivation: ['assessing'], body: { type: 'TextualBody', value: 'verified' }, target: { source: SRC, selector: quote(Q4) } };
  const bad = { id: 'https://example.org/anno/svg', type: 'Annotation', target: { source: SRC, selector: { type: 'SvgSelector', value: '<svg/>' } } };
  const { root, file } = setup({ type: 'AnnotationPage', items: [bad, verified] });
  const plain = join(root, 'plain.news');
  writeFileSync(plain, ARTICLE);
  const run = (args) => spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8' });
  for (const args of [['analyze', '--fail-on', 'none', file, plain], ['check', '--fail-on', 'none', '--no-progress', file, plain]]) {
    const r = run(args);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /item 1 \(https:\/\/example\.org\/anno\/svg\) cannot be used: its target has a SvgSelector, which does not apply to plain text/, `${args[0]}: ${r.stderr}`);
    const figures = (name) => r.stdout.split('\n').filter((l) => l.includes('unsourced-statistic') && l.includes(name) && l.includes('1,200'));
    assert.equal(figures('plain.news:').length, 1, `${args[0]}: the plain copy reports the petition figure: ${r.stdout}`);
    assert.equal(figures('story').length, 0, `${args[0]}: the verified foreign annotation applies: ${r.stdout}`);
  }
  const j = JSON.parse(run(['analyze', '--format', 'json', '--fail-on', 'none', file]).stdout);
  assert.deepEqual(j.annotations.map((a) => [a.id, a.motivation, a.status]), [[verified.id, 'assessing', 'anchored']]);
});
