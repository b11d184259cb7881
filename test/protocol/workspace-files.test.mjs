// Protocol: what a workspace's .sourced.yaml and settings decide in the editor — files it
// ignores are not checked, and an annotation made right after opening carries its author.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, find, ruleOf } from './harness.mjs';
import { ARTICLE, FIGURE_SENTENCE } from './article.mjs';

test('a file matching an ignore pattern of .sourced.yaml gets no findings; the others do', async () => {
  const s = await startServer({ pull: true, files: { '.sourced.yaml': 'ignore:\n  - "drafts/**"\n' } });
  try {
    const ignored = await s.open('drafts/notes.news', ARTICLE);
    const checked = await s.open('stories/notes.news', ARTICLE);
    assert.deepEqual(await s.diagnostics(ignored), [], 'drafts/** is ignored');
    const found = await s.diagnostics(checked);
    assert.ok(found.some((d) => ruleOf(d) === 'unsourced-statistic'), `the same article elsewhere is checked: ${found.map(ruleOf)}`);
  } finally {
    assert.equal(await s.stop(), 0, s.stderr);
  }
});

test('an annotation made at once after the document opens records the author from the settings', async () => {
  const s = await startServer({ pull: true, settings: { author: 'Night Editor' } });
  try {
    const uri = await s.open('fresh.news', ARTICLE, { write: true });
    // No diagnostics pulled first: the command arrives while the settings are being read.
    const start = find(ARTICLE, FIGURE_SENTENCE);
    const result = await s.request('workspace/executeCommand', {
      command: 'sourced.server.annotate',
      arguments: [{ uri, motivation: 'assessing', status: 'verified', start, end: start + FIGURE_SENTENCE.length }],
    });
    assert.equal(result.ok, true, JSON.stringify(result));
    const stored = JSON.parse(readFileSync(s.path('.sourced/annotations/fresh.news.json'), 'utf8'));
    assert.equal(stored[0].creator?.name, 'Night Editor');
  } finally {
    assert.equal(await s.stop(), 0, s.stderr);
  }
});

test('annotations are neither written nor read through a symbolic link that leads out of the workspace', async () => {
  const elsewhere = mkdtempSync(join(tmpdir(), 'sourced-elsewhere-'));
  const s = await startServer({ pull: true });
  try {
    mkdirSync(s.path('.sourced'), { recursive: true });
    symlinkSync(elsewhere, s.path('.sourced/annotations'), 'dir');
    const uri = await s.open('linked.news', ARTICLE, { write: true });
    const start = find(ARTICLE, FIGURE_SENTENCE);
    const result = await s.request('workspace/executeCommand', {
      command: 'sourced.server.annotate',
      arguments: [{ uri, motivation: 'commenting', note: 'call the port', start, end: start + FIGURE_SENTENCE.length }],
    });
    assert.equal(result.ok, false, 'the write must be refused');
    assert.match(result.error, /outside the workspace/);
    assert.deepEqual(readdirSync(elsewhere), [], 'nothing was written outside the workspace');
  } finally {
    assert.equal(await s.stop(), 0, s.stderr);
    rmSync(elsewhere, { recursive: true, force: true });
  }
});

test('two editors annotating the same article at once keep every annotation', async () => {
  const a = await startServer({ pull: true });
  const b = await startServer({ pull: true });
  try {
    // Both servers open the same file of a's workspace.
    const uriA = await a.open('shared.news', ARTICLE, { write: true });
    await b.notify('textDocument/didOpen', { textDocument: { uri: uriA, languageId: 'news', version: 1, text: ARTICLE } });
    const start = find(ARTICLE, FIGURE_SENTENCE);
    const note = (s, i) => s.request('workspace/executeCommand', {
      command: 'sourced.server.annotate',
      arguments: [{ uri: uriA, motivation: 'commenting', note: `note ${i}`, start, end: start + FIGURE_SENTENCE.length }],
    });
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => note(i % 2 ? a : b, i)));
    assert.deepEqual(results.filter((r) => !r.ok), [], 'every write succeeded');
    const file = a.path('.sourced/annotations/shared.news.json');
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(stored.length, 30, 'no annotation was lost');
    assert.deepEqual(stored.map((x) => x.body[0].value).sort(), Array.from({ length: 30 }, (_, i) => `note ${i}`).sort());
    assert.ok(!existsSync(`${file}.lock`), 'the lock is released');
  } finally {
    assert.equal(await a.stop(), 0, a.stderr);
    assert.equal(await b.stop(), 0, b.stderr);
  }
});
