// The StringMap (server/src/analysis/string-map.ts) that holds the tagger's word features and the
// knowledge base's memo answers as a Map would: the same value for every key after any sequence of
// sets, through its growth and after clear().
//
// Runs against dist/core.js (build it first: `node esbuild.mjs`). SOURCED_CORE may point at
// another CommonJS build of server/src/core.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const core = require(process.env.SOURCED_CORE ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'core.js'));
const { StringMap } = core.ner;

/** A fixed pseudo-random stream (the test is the same every run). */
function stream(seed) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

test('a StringMap answers as a Map over many sets, gets and a clear, with keys of every kind', () => {
  const rnd = stream(7);
  const alphabet = ['a', 'b', 'Z', 'é', 'İ', '’', ' ', '\u0001', '\ud801\udc00', '\ud800'];
  const word = () => Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
  const m = new StringMap();
  const ref = new Map();
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < 20000; i++) {
      // Keys are made anew each time, as a tokenizer's slices are: equal text, another string.
      const k = word();
      if (rnd() < 0.6) {
        m.set(k, i);
        ref.set(k, i);
      } else assert.equal(m.get(k), ref.get(k), `get(${JSON.stringify(k)})`);
    }
    assert.equal(m.size, ref.size);
    for (const [k, v] of ref) assert.equal(m.get(k.slice(0)), v);
    m.clear();
    ref.clear();
    assert.equal(m.size, 0);
    assert.equal(m.get('a'), undefined);
  }
});

test('a StringMap tells apart the empty string, and keys that differ only in a late character', () => {
  const m = new StringMap();
  m.set('', 1);
  m.set('Velmouth', 2);
  m.set('Velmoutj', 3);
  assert.equal(m.get(''), 1);
  assert.equal(m.get(['Velm', 'outh'].join('')), 2);
  assert.equal(m.get('Velmoutj'), 3);
  assert.equal(m.get('Velmout'), undefined);
});
