// The client's restart policy when the language server process dies (client/src/restartPolicy.ts):
// restart after each crash, give up on a crash loop (more than 4 crashes within 3 minutes), and
// forget old crashes. The editor suite (test/editor/suite/server-lifecycle.test.cjs) kills the
// real server in VS Code; this checks the counting, clock included, without waiting minutes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sourced-restart-policy-'));
const out = join(dir, 'restartPolicy.cjs');
buildSync({ entryPoints: [join(REPO, 'client/src/restartPolicy.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'silent' });
const { RestartPolicy } = createRequire(out)(out);
rmSync(dir, { recursive: true, force: true });

const MIN = 60_000;

test('restarts after each of 4 crashes, then stops on the 5th within 3 minutes', () => {
  const p = new RestartPolicy(4, 3 * MIN);
  const t0 = 1_000_000;
  const decisions = [0, 1, 2, 3, 4].map((i) => p.crashed(t0 + i * 1000));
  assert.deepEqual(decisions.map((d) => d.restart), [true, true, true, true, false]);
  assert.deepEqual(decisions.map((d) => d.recent), [1, 2, 3, 4, 5]);
  // It stays stopped while the crashes keep coming.
  assert.equal(p.crashed(t0 + 6000).restart, false);
});

test('crashes older than the window do not count: a server that crashes now and then is always restarted', () => {
  const p = new RestartPolicy(4, 3 * MIN);
  for (let i = 0; i < 50; i++) assert.equal(p.crashed(i * 40 * MIN).restart, true, `crash ${i + 1}, 40 minutes apart`);
  // Four quick crashes, then one just after the first has left the window.
  const q = new RestartPolicy(4, 3 * MIN);
  for (let i = 0; i < 4; i++) assert.equal(q.crashed(i * 1000).restart, true);
  assert.equal(q.crashed(3 * MIN + 1).restart, true, 'the first crash is outside the window now');
  assert.equal(q.crashed(3 * MIN + 2).restart, false, 'but five within 3 minutes again is a loop');
});

test('reset (the user ran "Sourced: Restart server") forgets the crashes', () => {
  const p = new RestartPolicy(4, 3 * MIN);
  for (let i = 0; i < 5; i++) p.crashed(i);
  assert.equal(p.crashed(10).restart, false);
  p.reset();
  assert.deepEqual(p.crashed(11), { restart: true, recent: 1 });
});
