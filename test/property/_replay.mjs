import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCore } from './arbitraries.mjs';
import { TextDocument } from './lsp-client.mjs';
const inserts = ['', 'a', ' ', 'x', '.', ',', '“', '”', '"', '\n', '\n\n', '\r\n', 'said', ' Reuters reported', ' 7 per cent', ' US$5 billion', '“I said,” Anwar said. ', 'Analysts say ', 'Shoygu', 'Thursday (Feb 27)', '😀', '\u200b', 'BLOOMBERG'];
const start = readFileSync('test/fixtures/corpus/frigate-contract.news', 'utf8');
const mirror = TextDocument.create('untitled:p', 'news', 1, start);
const script = fc.sample(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 8 }), fc.constantFrom(...inserts), fc.constantFrom(1, 1, 1, 2, 3)), { numRuns: 10000, seed: 20250227 });
const core = loadCore(); const kb = core.loadKnowledge();
const sizes = [];
for (let i = 0; i < script.length; i++) {
  const [where, del, insert] = script[i];
  const text = mirror.getText(); const at = Math.floor(where * text.length);
  TextDocument.update(mirror, [{ range: { start: mirror.positionAt(at), end: mirror.positionAt(Math.min(text.length, at + del)) }, text: insert }], mirror.version);
  if (i % 1000 === 999) { const x = mirror.getText(); const t = performance.now(); core.check(core.analyze(x, kb), { kb }); sizes.push([x.length, (performance.now() - t).toFixed(1)]); }
}
const final = mirror.getText();
writeFileSync('/tmp/final.txt', final);
console.log(sizes.map(s => s.join(':')).join(' '));
for (let k = 0; k < 5; k++) { const t = performance.now(); const f = core.check(core.analyze(final, kb), { kb }); console.log(final.length, f.length, (performance.now() - t).toFixed(1), 'ms'); }
