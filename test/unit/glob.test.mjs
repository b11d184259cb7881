// Glob matching for `ignore:` and `sourced check` patterns (server/src/workspace/glob.ts): what
// each construct matches, that no regular expression is built from a pattern (a workspace's
// .sourced.yaml could otherwise stall the server), and the hostile pattern end to end.
//
// Runs against dist/core.js and dist/cli.js (build first: `node esbuild.mjs`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const core = require(join(REPO, 'dist', 'core.js'));

// [pattern, path, matches]
const TABLE = [
  ['*.news', 'budget.news', true],
  ['*.news', 'drafts/budget.news', false],
  ['drafts/**', 'drafts/2026/budget.news', true],
  ['drafts/**', 'published/budget.news', false],
  ['**/*.news', 'a/b/c.news', true],
  ['**/*.news', 'c.news', true],
  ['**/*.news', 'c.md', false],
  ['a/**/b.md', 'a/b.md', true],
  ['a/**/b.md', 'a/x/y/b.md', true],
  ['a/**/b.md', 'b/x/b.md', false],
  ['{briefs,wires}/*.txt', 'wires/reuters.txt', true],
  ['{briefs,wires}/*.txt', 'features/long.txt', false],
  ['{a,{b,c}}.md', 'c.md', true],
  ['?.md', 'x.md', true],
  ['?.md', 'xy.md', false],
  ['[!x]?.txt', 'ab.txt', true],
  ['[!x]?.txt', 'xb.txt', false],
  ['draft-[0-9].news', 'draft-7.news', true],
  ['draft-[0-9].news', 'draft-x.news', false],
  ['*a*b', 'xxaxxb', true],
  ['*a*b', 'xxbxxa', false],
  ['/work/site/**/*.news', '/work/site/x/y.news', true],
];

test('globs match what a shell user expects, and nothing else', () => {
  for (const [pattern, path, expected] of TABLE) assert.equal(core.compileGlob(pattern)(path), expected, `${pattern} on ${path}`);
});

test('matching a glob builds no regular expression from it', () => {
  const Original = RegExp;
  let built = 0;
  globalThis.RegExp = new Proxy(Original, { construct(target, args) { built++; return Reflect.construct(target, args); } });
  try {
    const m = core.compileGlob('{x,y}/*a*a*a*a*a*a*a*c');
    m(`x/${'a'.repeat(60)}.news`);
  } finally {
    globalThis.RegExp = Original;
  }
  assert.equal(built, 0);
});

test('a star-heavy ignore glob in .sourced.yaml beside a long file name: check finishes and still ignores what matches', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-glob-'));
  try {
    writeFileSync(join(dir, '.sourced.yaml'), 'ignore:\n  - "*a*a*a*a*a*a*a*a*a*a*c"\n  - "skip-*.news"\n');
    const long = `${'a'.repeat(60)}.news`;
    writeFileSync(join(dir, long), 'Ferry fares rose 40% last year.\n');
    writeFileSync(join(dir, 'skip-me.news'), 'Ferry fares rose 40% last year.\n');
    // The timeout only keeps a regression from hanging the suite; speed is measured by npm run bench.
    const r = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'check', dir, '--format', 'json'], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.error, undefined, 'check did not finish');
    const files = JSON.parse(r.stdout).map((f) => f.file);
    assert.deepEqual(files.map((f) => f.slice(dir.length + 1)), [long]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a .sourced.yaml over the size cap is not read: a clear message, and the defaults apply', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-bigcfg-'));
  try {
    // Turns unsourced-statistic off, then pads the file past the cap with registry entries.
    const pad = Array.from({ length: 20_000 }, (_, i) => `  - name: Harbour Gazette ${i}\n`).join('');
    writeFileSync(join(dir, '.sourced.yaml'), `rules:\n  unsourced-statistic: off\nsources:\n${pad}`);
    writeFileSync(join(dir, 'fares.news'), 'Ferry fares rise again\n\nFerry fares rose 40% last year, the steepest rise in a decade.\n');
    const r = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'check', dir], { encoding: 'utf8', timeout: 60_000 });
    assert.match(r.stderr, /KB is over the 256 KB limit for a settings file, so it was not read; defaults used/);
    assert.match(r.stdout, /unsourced-statistic/, 'the defaults (unsourced-statistic on) should apply');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
