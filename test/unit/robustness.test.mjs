// Robustness: inputs over the size and line-length limits, and the CLI on files that are too big,
// empty, binary or Latin-1. The time bound here (1 s per input) is a guard against catastrophic
// backtracking and quadratic loops only; speed is measured by `npm run bench`, not by tests.
// The robustness tests are in three files, so that the test runner runs them side by side:
// bbc-corpus.test.mjs (the whole BBC corpus), adversarial.test.mjs (adversarial
// inputs) and robustness.test.mjs (limits, the CLI on awkward files, Markdown).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseTimed, bbc, cli, core, GUARD_MS, kb } from './robustness-lib.mjs';

test('above the size limit: refused at once with a clear message', () => {
  const text = 'x '.repeat(core.DEFAULT_MAX_LENGTH);
  const { a, findings, ms } = analyseTimed(text);
  assert.ok(ms < GUARD_MS, `took ${ms.toFixed(0)} ms`);
  assert.equal(a.entities.length, 0);
  const notice = findings.find((f) => f.rule === 'file-too-large');
  assert.ok(notice, 'a file-too-large notice');
  assert.match(notice.message, /not checked.*million characters.*limit/i);
});

test('a line over the length limit (data, not prose): refused at once with a clear message; long paragraphs below it are checked', () => {
  const sentence = 'The council said 40 per cent of the homes were empty. ';
  const line = sentence.repeat(Math.ceil((core.DEFAULT_MAX_LINE_LENGTH + 1) / sentence.length));
  const { a, findings, ms } = analyseTimed(`Headline\n\n${line}\n`);
  assert.ok(ms < GUARD_MS, `took ${ms.toFixed(0)} ms`);
  assert.equal(a.sentences.length, 0);
  const notice = findings.find((f) => f.rule === 'line-too-long');
  assert.ok(notice, 'a line-too-long notice');
  assert.match(notice.message, /not checked: line 3 is [\d,]+ characters long, over the limit of 100,000/i);
  // A very long paragraph under the limit is an article's text: checked as usual.
  const under = analyseTimed(`Headline\n\n${sentence.repeat(100)}\n`);
  assert.ok(!under.findings.some((f) => f.rule === 'line-too-long'));
  assert.ok(under.a.sentences.length >= 100);
});

// ---------------------------------------------------------------- the CLI on awkward files
function runCli(args, cwd) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
}

test('CLI: a 20 MB file, an empty file, a binary file, a Latin-1 file', { timeout: 60_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-robust-'));
  try {
    const big = join(dir, 'big.news');
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024, 'All work and no play. '));
    writeFileSync(join(dir, 'empty.news'), '');
    writeFileSync(join(dir, 'binary.news'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    const latin1Src = join(bbc, 'sport', '199.txt');
    const latin1 = existsSync(latin1Src) ? readFileSync(latin1Src) : Buffer.concat([Buffer.from('Prize money rises\n\nThe prize fund rose to '), Buffer.from([0xa3]), Buffer.from('1.1m, the club said.\n')]);
    assert.ok(latin1.includes(0xa3), 'the Latin-1 sample has a 0xA3 (£) byte');
    writeFileSync(join(dir, 'latin1.news'), latin1);

    await t.test('analyze: 20 MB file is skipped with the limit named, exit 0', () => {
      const r = runCli(['analyze', big], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /big\.news: skipped: 20\.0 MB is over the 5\.0 MB limit/);
    });
    await t.test('analyze: empty file has no findings, exit 0', () => {
      const r = runCli(['analyze', '--format', 'json', 'empty.news'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).findings, []);
    });
    await t.test('analyze: binary file is refused as binary', () => {
      const r = runCli(['analyze', 'binary.news'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /binary\.news: skipped: the file is binary/);
    });
    await t.test('analyze: Latin-1 file is read as Windows-1252 with a notice, £ intact', () => {
      const r = runCli(['analyze', '--format', 'json', 'latin1.news'], dir);
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      assert.match(r.stderr, /latin1\.news: not valid UTF-8; read as Windows-1252/);
      const j = JSON.parse(r.stdout);
      assert.ok(j.quantities.some((q) => q.text.includes('£')) || j.blocks.length > 0);
    });
    await t.test('check: the same four files together, messages per file, exit 0', () => {
      const r = runCli(['check', '--format', 'json', '--jobs', '2'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /big\.news: skipped: 20\.0 MB is over the 5\.0 MB limit/);
      assert.match(r.stderr, /binary\.news: skipped: the file is binary/);
      assert.match(r.stderr, /latin1\.news: not valid UTF-8; read as Windows-1252/);
      const files = JSON.parse(r.stdout);
      assert.deepEqual(files.map((f) => f.file).sort(), ['big.news', 'binary.news', 'empty.news', 'latin1.news']);
      assert.ok(files.find((f) => f.file === 'big.news').skipped);
    });
    await t.test('check with --max-size: the limit is the one given', () => {
      const r = runCli(['check', '--max-size', '10', 'latin1.news'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, /latin1\.news: skipped: .* over the .* limit/);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('markdown: no name runs across markup, so every mention is the text at its range', () => {
  // "`Z`Z" is inline code and a word; it once became the name "Z Z" at [1, 4), where the document
  // has "Z`Z" (a counterexample the property test found).
  for (const text of ['`Z`Z,a', 'Met **Jane**Smith and `Ann` Lee today.', 'The [Harbour](x)Capital fund grew.']) {
    const a = core.analyze(text, kb, { languageId: 'markdown' });
    for (const e of a.entities) for (const m of e.mentions) assert.equal(m.text, text.slice(m.start, m.end), `${JSON.stringify(m)} in ${JSON.stringify(text)}`);
  }
  const a = core.analyze('**Jane Smith** said the plan was sound.\n', kb, { languageId: 'markdown' });
  assert.deepEqual(a.entities.filter((e) => e.kind === 'person').map((e) => e.name), ['Jane Smith']);
});
