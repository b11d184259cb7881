// Newsletters and briefings: several items in one document. A source in one item does not cover
// a figure in another, and an item run twice is flagged once. The briefings are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const core = createRequire(import.meta.url)(process.env.SOURCED_CORE ? resolve(process.env.SOURCED_CORE) : join(REPO, 'dist', 'core.js'));
const kb = core.loadKnowledge();
const findings = (text, languageId = 'news') => core.check(core.analyze(text, kb, { languageId }), { kb, ...core.MEASURE_ALL });
const flagged = (text, languageId) => findings(text, languageId).filter((f) => f.rule === 'unsourced-statistic').map((f) => text.slice(f.start, f.end));

const ITEM_PORT = 'Freight through the harbour rose 12% last month.';
const ITEM_RENT = 'Rents in the old town rose 9% over the year, the housing council said.';

const briefing = (sep) => `Morning briefing\n\nGood morning. Three stories today.\n\n${sep('Harbour')}${ITEM_PORT}\n\n${sep('Housing')}${ITEM_RENT}\n\n${sep('Ferries')}The winter ferry returns on Monday.\n`;

const SEPARATORS = {
  'plain-text "## Title" lines': (t) => `## ${t}\n\n`,
  'rules between items': () => '* * *\n\n',
  'Markdown headings': (t) => `## ${t}\n\n`,
};

for (const [name, sep] of Object.entries(SEPARATORS)) {
  const languageId = name.startsWith('Markdown') ? 'markdown' : 'news';
  test(`briefing items separated by ${name}: the council in one item does not source the harbour figure in another`, () => {
    const text = briefing(sep);
    assert.deepEqual(flagged(text, languageId), ['12%']);
    const a = core.analyze(text, kb, { languageId });
    const sections = new Set(a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.section));
    assert.ok(sections.size >= 3, `sections: ${[...sections]}`);
  });
}

test('one story with a single scene break stays one story: a source carries on as before', () => {
  const one = `Harbour trade recovers\n\nFreight through the harbour rose 12% last month, the port authority said.\n\n* * *\n\nContainer traffic rose 8% over the same month.\n`;
  const a = core.analyze(one, kb);
  assert.ok(a.blocks.every((b) => !b.section), 'no sections');
  assert.equal(a.blocks.find((b) => one.slice(b.start, b.end) === '* * *').kind, 'boilerplate', 'the rule is no paragraph');
  assert.deepEqual(flagged(one), flagged(one.replace('* * *\n\n', '')));
});

test('an item run twice is flagged once, at its first appearance', () => {
  const text = `Morning briefing\n\n## Harbour\n\n${ITEM_PORT}\n\n## Housing\n\n${ITEM_RENT}\n\n## Harbour, again\n\n${ITEM_PORT}\n`;
  const hits = findings(text).filter((f) => f.rule === 'unsourced-statistic');
  assert.equal(hits.length, 1);
  assert.equal(hits[0].start, text.indexOf('12%'));
});
