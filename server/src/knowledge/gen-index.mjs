// Generates server/src/knowledge/data/alias-index.json: the bundled name and demonym indexes,
// pre-built so that loading the knowledge base costs no work at run time (the server reads
// a sorted key list and binary-searches it). The index is computed by the loader's own code
// (packKnowledgeIndex in index.ts, bundled here with esbuild), so the two cannot disagree;
// the unit tests check that the committed index is fresh (checkKnowledgeIndex).
// Run after changing any data file: node server/src/knowledge/gen-index.mjs
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'sourced-index-'));
try {
  const out = join(dir, 'knowledge.cjs');
  await build({ entryPoints: [join(here, 'index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
  const { packKnowledgeIndex } = createRequire(import.meta.url)(out);
  const packed = packKnowledgeIndex();
  // One key per line keeps diffs readable.
  const part = (p) =>
    `{"maxWords":${p.maxWords},\n "keys":[\n${p.keys.map((k) => JSON.stringify(k)).join(',\n')}\n ],\n "recs":[\n${p.recs.map((r) => JSON.stringify(r)).join(',\n')}\n ]}`;
  const text = `{"comment":${JSON.stringify(packed.comment)},\n"names":${part(packed.names)},\n"demonyms":${part(packed.demonyms)}}\n`;
  writeFileSync(join(here, 'data', 'alias-index.json'), text);
  console.log(`alias-index.json: ${packed.names.keys.length} name keys, ${packed.demonyms.keys.length} demonym keys`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
