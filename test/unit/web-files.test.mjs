// Web workspaces (VS Code for the Web): .sourced.yaml and annotation files come from the editor
// through a file bridge, and are read and written as on disk — any W3C container kept with its
// foreign items, unusable items reported and skipped, code-point positions, the settings size
// cap, ignore globs. The module is bundled on its own, with an in-memory bridge for the editor.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
let web;
let knowledge;
let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourced-web-files-'));
  const req = createRequire(join(dir, 'x.cjs'));
  for (const [name, entry] of [['web', 'workspace/web-files.ts'], ['knowledge', 'knowledge/index.ts']]) {
    buildSync({ entryPoints: [join(REPO, 'server/src', entry)], bundle: true, platform: 'browser', format: 'cjs', outfile: join(dir, `${name}.cjs`), logLevel: 'silent' });
  }
  web = req(join(dir, 'web.cjs'));
  knowledge = req(join(dir, 'knowledge.cjs'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const ROOT = 'vscode-test-web://mount/desk';
const ARTICLE_URI = `${ROOT}/stories/ferry.news`;
const ANN_URI = `${ROOT}/.sourced/annotations/stories/ferry.news.json`;
// An emoji before the quoted words: UTF-16 offsets and code points differ by one from there on.
const ARTICLE = 'Ferry timetable changes 🚢\n\nThe island ferry will run every 40 minutes from May, the harbour office said.\n';

/** An editor file system in memory; `writes` records every write. */
function bridge(files) {
  const writes = [];
  return {
    files,
    writes,
    read: async (uri) => ({ text: uri in files ? files[uri] : null }),
    write: async (uri, text) => {
      files[uri] = text;
      writes.push(uri);
      return { ok: true };
    },
  };
}

function workspaces(files) {
  const b = bridge(files);
  const kb = knowledge.loadKnowledge();
  const w = new web.WebWorkspaces(b, () => kb, () => true);
  w.setFolders([`${ROOT}//`]);
  return { w, b };
}

const foreign = (id, exact, extra = {}) => ({ id, type: 'Annotation', motivation: 'highlighting', target: { source: 'stories/ferry.news', selector: { type: 'TextQuoteSelector', exact } }, ...extra });

test('a collection of foreign items: usable ones anchored, unusable ones reported with id and why, all kept when Sourced writes', async () => {
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://example.org/c', type: 'AnnotationCollection', label: 'Desk', total: 3,
    first: {
      type: 'AnnotationPage', items: [
        foreign('https://example.org/a/1', 'every 40 minutes', { 'x-desk': { priority: 1 } }),
        { id: 'https://example.org/a/2', type: 'Annotation', target: { source: 'stories/ferry.news', selector: { type: 'XPathSelector', value: '/p[2]' } } },
        foreign('https://example.org/a/3', 'harbour office'),
      ],
    },
  };
  const { w, b } = workspaces({ [ANN_URI]: JSON.stringify(collection, null, 2) });
  const { workspace, annotations } = await w.forDocument(ARTICLE_URI, ARTICLE);
  const words = annotations.anchored.map((x) => ARTICLE.slice(x.start, x.end));
  assert.deepEqual(words, ['every 40 minutes', 'harbour office']);
  assert.equal(annotations.skipped.length, 1);
  assert.equal(annotations.skipped[0].id, 'https://example.org/a/2');
  const problems = workspace.annotationProblems('', ARTICLE);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /item 2 \(https:\/\/example\.org\/a\/2\) cannot be used: .*skipped and kept in the file/);

  // Adding an annotation keeps the container, the foreign items and their unknown properties.
  const start = ARTICLE.indexOf('40 minutes');
  const id = await w.annotate(ARTICLE_URI, ARTICLE, { motivation: 'commenting', start, end: start + '40 minutes'.length, note: 'check the summer timetable' });
  assert.deepEqual(b.writes, [ANN_URI]);
  const written = JSON.parse(b.files[ANN_URI]);
  assert.equal(written.type, 'AnnotationCollection');
  assert.equal(written.label, 'Desk');
  assert.equal(written.total, 4);
  const items = written.first.items;
  assert.deepEqual(items.slice(0, 3), collection.first.items, 'the items there before come back unchanged');
  const mine = items[3];
  assert.equal(mine.id, id);
  const pos = mine.target.selector.find((s) => s.type === 'TextPositionSelector');
  assert.equal(pos.start, start - 1, 'positions count code points: the emoji is one, not two');
  assert.equal(pos.end - pos.start, '40 minutes'.length);

  // Read back, the new one anchors to its words.
  w.invalidate();
  const again = await w.forDocument(ARTICLE_URI, ARTICLE);
  const note = again.annotations.anchored.find((x) => x.annotation.id === id);
  assert.equal(ARTICLE.slice(note.start, note.end), '40 minutes');

  // Removing takes an item by id, a skipped one too, and nothing else.
  assert.equal(await w.remove(ARTICLE_URI, 'https://example.org/a/2'), true);
  assert.equal(await w.remove(ARTICLE_URI, 'https://example.org/none'), false);
  const after = JSON.parse(b.files[ANN_URI]);
  assert.deepEqual(after.first.items.map((x) => x.id), ['https://example.org/a/1', 'https://example.org/a/3', id]);
});

test('one annotation alone in the file, a motivation list, a position in code points: anchored and verified', async () => {
  const start = [...ARTICLE.slice(0, ARTICLE.indexOf('island ferry'))].length;
  const single = {
    id: 'urn:uuid:0b1c2d3e-0000-4000-8000-000000000001', type: 'Annotation', motivation: ['assessing', 'commenting'],
    body: [{ type: 'TextualBody', purpose: 'assessing', value: 'verified' }],
    target: { source: 'stories/ferry.news', selector: { type: 'TextPositionSelector', start, end: start + 'island ferry'.length } },
  };
  const { w } = workspaces({ [ANN_URI]: JSON.stringify(single) });
  const { annotations } = await w.forDocument(ARTICLE_URI, ARTICLE);
  assert.equal(annotations.anchored.length, 1);
  assert.deepEqual(annotations.verified.map((v) => ARTICLE.slice(v.start, v.end)), ['island ferry']);
});

test('a file that is no annotation file is reported and never overwritten', async () => {
  const { w, b } = workspaces({ [ANN_URI]: '{"hello": "world"}' });
  const { workspace, annotations } = await w.forDocument(ARTICLE_URI, ARTICLE);
  assert.ok(annotations.error);
  assert.match(workspace.annotationProblems('', ARTICLE)[0], /annotations ignored, the file is left as it is/);
  await assert.rejects(w.annotate(ARTICLE_URI, ARTICLE, { motivation: 'commenting', start: 30, end: 36, note: 'x' }), /will not overwrite it/);
  assert.deepEqual(b.writes, []);
});

test('two annotations added at once both land in the file', async () => {
  const { w, b } = workspaces({});
  const at = (s) => ARTICLE.indexOf(s);
  await Promise.all([
    w.annotate(ARTICLE_URI, ARTICLE, { motivation: 'commenting', start: at('island'), end: at('island') + 6, note: 'one' }),
    w.annotate(ARTICLE_URI, ARTICLE, { motivation: 'commenting', start: at('harbour'), end: at('harbour') + 7, note: 'two' }),
  ]);
  const list = JSON.parse(b.files[ANN_URI]);
  assert.ok(Array.isArray(list), 'a new file is a plain list, the shape Sourced writes');
  assert.equal(list.length, 2);
});

test('.sourced.yaml: ignore globs match the path in the folder; one over the size cap is not read, defaults used, and not rewritten', async () => {
  const { w } = workspaces({ [`${ROOT}/.sourced.yaml`]: 'ignore:\n  - "stories/**"\n' });
  assert.equal((await w.forDocument(ARTICLE_URI, ARTICLE)).workspace.ignored, true);
  assert.equal((await w.forDocument(`${ROOT}/other/ferry.news`, ARTICLE)).workspace.ignored, false);

  const big = `ignore:\n  - "stories/**"\n# ${'x'.repeat(300 * 1024)}\n`;
  const { w: w2, b } = workspaces({ [`${ROOT}/.sourced.yaml`]: big });
  const { workspace } = await w2.forDocument(ARTICLE_URI, ARTICLE);
  assert.equal(workspace.ignored, false, 'its patterns are not applied');
  assert.match(workspace.problems[0], /KB is over the 256 KB limit for a settings file, so it was not read; defaults used$/);
  await assert.rejects(w2.addSource(ARTICLE_URI, 'Harbour Gazette'), /limit for a settings file, so it was not read: Sourced will not rewrite it/);
  assert.deepEqual(b.writes, []);
});
