// dist/cli.js starts the CLI bundle (dist/cli-main.js) from V8's code cache (dist/cli-main.cache,
// server/src/cli/start.ts). The cache made by the build is taken, and a cache that is missing,
// made for another build of the bundle, from another Node or damaged is ignored without a word:
// the output is the same in every case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(repoRoot, 'dist');
const article = join(repoRoot, 'examples', 'harbour-bridge.news');

/** The starter, the bundle and the cache, copied to a folder of their own (a copy keeps its cache). */
function copyOfDist() {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-code-cache-'));
  for (const f of ['cli.js', 'cli-main.js', 'cli-main.cache']) copyFileSync(join(dist, f), join(dir, f));
  // (The data files the bundle reads at run time: esbuild.config.mjs, dataFromFiles.)
  cpSync(join(dist, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}
const sha1 = (b) => createHash('sha1').update(b).digest();

const run = (dir) => {
  const r = spawnSync(process.execPath, [join(dir, 'cli.js'), 'analyze', '--format', 'json', '--no-config', '--fail-on', 'none', article], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { status: r.status, stdout: r.stdout.replaceAll(dir, '<dist>') };
};

test('the build writes the cache beside the bundle, and this Node takes it', () => {
  assert.ok(existsSync(join(dist, 'cli-main.cache')), 'dist/cli-main.cache is missing: the build (esbuild.mjs) writes it');
  const dir = copyOfDist();
  try {
    const { load } = require(join(dir, 'cli.js'));
    const data = readFileSync(join(dir, 'cli-main.cache'));
    // (The header: the SHA-1 of the bundle it was made from.)
    assert.deepEqual(data.subarray(0, 20), sha1(readFileSync(join(dir, 'cli-main.js'))));
    const { script } = load(join(dir, 'cli-main.js'), data.subarray(20));
    assert.equal(script.cachedDataRejected, false, 'V8 rejected the cache the build made (flags or source differ between esbuild.mjs and start.ts)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing, stale, foreign or damaged cache is ignored: the same output', () => {
  const dir = copyOfDist();
  try {
    const cache = join(dir, 'cli-main.cache');
    const good = readFileSync(cache);
    const expected = run(dir);
    assert.equal(expected.status, 0);
    assert.match(expected.stdout, /"entities"/);
    const cases = {
      missing: () => rmSync(cache),
      // Made by another version of V8, for this very bundle: V8's version hash (just after its
      // magic number) differs.
      'another Node': () => {
        const d = Buffer.concat([sha1(readFileSync(join(dir, 'cli-main.js'))), good.subarray(20)]);
        for (let k = 24; k < 28; k++) d[k] ^= 0xff;
        writeFileSync(cache, d);
      },
      // Damaged on disk behind an intact header (V8's own checksum, which the starter turns on, finds it).
      damaged: () => {
        const d = Buffer.concat([sha1(readFileSync(join(dir, 'cli-main.js'))), good.subarray(20)]);
        for (let k = Math.floor(d.length / 2); k < Math.floor(d.length / 2) + 4096; k++) d[k] ^= 0x5a;
        writeFileSync(cache, d);
      },
      truncated: () => {
        const d = Buffer.concat([sha1(readFileSync(join(dir, 'cli-main.js'))), good.subarray(20, 1000)]);
        writeFileSync(cache, d);
      },
      'not a cache': () => writeFileSync(cache, 'hello'),
      // (Last: the bundle changes.)
      // A bundle rebuilt since (a watch build): other bytes (here, the same code and a comment more).
      stale: () => {
        writeFileSync(cache, good);
        appendFileSync(join(dir, 'cli-main.js'), '\n// rebuilt\n');
      },
    };
    for (const [name, spoil] of Object.entries(cases)) {
      spoil();
      assert.deepEqual(run(dir), expected, `cache ${name}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cache is for the very bundle it was made from, even one of the same length', () => {
  const dir = copyOfDist();
  try {
    const { cacheFor } = require(join(dir, 'cli.js'));
    const file = join(dir, 'cli-main.js');
    const bytes = readFileSync(file);
    assert.ok(cacheFor(file, bytes), 'the cache of this bundle');
    // V8 would take it for a bundle of the same length: one letter of a comment changed.
    const text = bytes.toString('latin1');
    const at = text.indexOf('// server/src/');
    assert.ok(at >= 0);
    const other = Buffer.from(text.slice(0, at + 3) + (text[at + 3] === 's' ? 't' : 's') + text.slice(at + 4), 'latin1');
    assert.equal(other.length, bytes.length);
    assert.equal(cacheFor(file, other), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the CLI bundle makes no dynamic import (the starter compiles it as a script, with no module loader for import())', () => {
  const text = readFileSync(join(dist, 'cli-main.js'), 'utf8');
  assert.doesNotMatch(text, /(?<![\w$.])import\s*\(/);
});
