// dist/server.js starts the server bundle (dist/server-main.js) from V8's code cache
// (server/src/start/server-start.ts). The build makes one for its own Node
// (dist/server-main.cache); an editor names a folder of its own (SOURCED_CODE_CACHE_DIR, VS Code's
// storage for the extension), where the server writes a cache made by the editor's Node when it
// exits without having had one V8 took. A damaged or foreign cache is ignored: the same findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, startServer } from './harness.mjs';

const bundle = join(REPO, 'dist', 'server-main.js');
const sha1 = (b) => createHash('sha1').update(b).digest();
const text = 'Harbour fares to rise\n\nFerry fares will rise by 14 per cent in March, critics say.\n\n“We had no choice,” said Mara Quint, the operator’s director.\n';

/** The diagnostics of `text` from a server started with SOURCED_CODE_CACHE_DIR = dir (none when dir is undefined), after it has exited. */
async function findings(dir) {
  const before = process.env.SOURCED_CODE_CACHE_DIR;
  if (dir === undefined) delete process.env.SOURCED_CODE_CACHE_DIR;
  else process.env.SOURCED_CODE_CACHE_DIR = dir;
  try {
    const s = await startServer();
    const doc = await s.open('article.news', text);
    const d = await s.diagnostics(doc);
    assert.equal(await s.stop(), 0);
    return d.map((x) => `${x.code} ${x.range.start.line}:${x.range.start.character} ${x.message}`).sort();
  } finally {
    if (before === undefined) delete process.env.SOURCED_CODE_CACHE_DIR;
    else process.env.SOURCED_CODE_CACHE_DIR = before;
  }
}

test('the build makes the cache of the server bundle, headed by the SHA-1 of that bundle', () => {
  const cache = join(REPO, 'dist', 'server-main.cache');
  assert.ok(existsSync(cache), 'dist/server-main.cache is missing: the build (esbuild.mjs) writes it');
  assert.deepEqual(readFileSync(cache).subarray(0, 20), sha1(readFileSync(bundle)));
});

test("the editor's folder: the server writes its cache at exit, takes it at the next start, and ignores a damaged one", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-server-cache-'));
  const cache = join(dir, 'storage', 'server-main.cache');
  try {
    const expected = await findings(undefined);
    assert.ok(expected.length >= 2, `the article has findings: ${expected.join('; ')}`);

    // A folder that does not exist yet (VS Code creates the extension's storage lazily).
    assert.deepEqual(await findings(join(dir, 'storage')), expected);
    assert.ok(existsSync(cache), 'no cache written at exit');
    const written = readFileSync(cache);
    assert.deepEqual(written.subarray(0, 20), sha1(readFileSync(bundle)), 'the cache is headed by the SHA-1 of the bundle it was made from');

    // Taken by V8 at the next start: so it is not written again.
    assert.deepEqual(await findings(join(dir, 'storage')), expected);
    assert.ok(readFileSync(cache).equals(written), 'a cache V8 took was written again');

    // Damaged behind an intact header: V8's checksum rejects it, the findings are the same, and a good one replaces it.
    const damaged = Buffer.from(written);
    for (let k = Math.floor(damaged.length / 2); k < Math.floor(damaged.length / 2) + 4096; k++) damaged[k] ^= 0x5a;
    writeFileSync(cache, damaged);
    assert.deepEqual(await findings(join(dir, 'storage')), expected);
    assert.ok(!readFileSync(cache).equals(damaged), 'the damaged cache was kept');

    // Not a cache at all, and a folder that cannot be written (a file in its place): the same findings.
    writeFileSync(cache, 'hello');
    assert.deepEqual(await findings(join(dir, 'storage')), expected);
    writeFileSync(join(dir, 'a-file'), 'x');
    assert.deepEqual(await findings(join(dir, 'a-file')), expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
