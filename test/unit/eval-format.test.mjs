// The annotated corpus (test/fixtures/corpus) and the eval script's gold resolver and scorer.
// Catches annotation typos: every gold item must resolve to valid offsets in its article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  CLAIM_KINDS, ENTITY_KINDS, GoldError, MEASURES, SOURCE_KINDS,
  listCorpus, loadArticle, occurrences, resolveGold, resolveLocator, scoreArticle,
} from '../../scripts/eval.mjs';

const corpus = listCorpus();
const TITLES = /^(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Professor|Prof|President|Prime|Minister|Senator|Governor|Mayor|Chancellor|Cllr|Councillor|Chairman|Chief|General|Lieutenant|Major|Sheikh|Representative|Deputy|Secretary)\.?\s/;
// Names whose article is part of the name (CoNLL keeps it); other determiners stay outside.
const NAMES_WITH_ARTICLE = new Set(['The Hague']);
// Names that end in 's themselves (the cricket ground), not possessives.
const NAMES_WITH_S = new Set(['Lord’s']);
const QUOTE_OPEN = /^["“‘']/;
const QUOTE_CLOSE = /["”’']$/;

test('the corpus has at least 20 annotated articles', () => {
  assert.ok(corpus.length >= 20, `only ${corpus.length} articles`);
});

for (const entry of corpus) {
  test(`gold resolves: ${entry.name}`, () => {
    const art = loadArticle(entry); // throws GoldError with the failing item
    const { text, gold } = art;
    const words = text.slice(gold.scored[0]).split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 250 && words <= 650, `${entry.name}: ${words} words`);
    assert.ok(gold.mentions.length > 0, 'no entity mentions');

    for (const m of gold.mentions) {
      assert.ok(m.start >= gold.scored[0] && m.end <= text.length && m.start < m.end, `bad span ${JSON.stringify(m)}`);
      assert.equal(text.slice(m.start, m.end), m.text);
      assert.ok(ENTITY_KINDS.includes(m.kind));
      assert.doesNotMatch(m.text, /^\s|\s$/, `mention has outer whitespace: ${JSON.stringify(m.text)}`);
      if (!NAMES_WITH_S.has(m.text)) assert.doesNotMatch(m.text, /[’']s$/, `possessive 's belongs outside the mention: ${m.text}`);
      assert.doesNotMatch(m.text, TITLES, `titles belong outside the mention: ${m.text}`);
      if (!NAMES_WITH_ARTICLE.has(m.text)) assert.doesNotMatch(m.text, /^(?:the|a|an) /i, `determiner in mention: ${m.text}`);
    }
    for (const [id, c] of gold.clusters) assert.ok(c.mentions.length > 0, `entity ${id} has no mentions`);

    const qs = [...gold.quotes].sort((a, b) => a.start - b.start);
    for (const [i, q] of qs.entries()) {
      assert.match(q.text, QUOTE_OPEN, `quote must start with its mark: ${q.text.slice(0, 40)}`);
      assert.match(q.text, QUOTE_CLOSE, `quote must end with its mark: ${q.text.slice(-40)}`);
      if (i > 0) assert.ok(qs[i - 1].end <= q.start, `quotes overlap: ${qs[i - 1].text.slice(0, 30)} / ${q.text.slice(0, 30)}`);
    }

    const cues = new Set();
    for (const a of gold.attributions) {
      assert.ok(SOURCE_KINDS.includes(a.kind));
      assert.ok(a.cue.text.trim() && a.source.text.trim());
      const k = `${a.cue.start}:${a.cue.end}`;
      assert.ok(!cues.has(k), `two attributions share the cue ${JSON.stringify(a.cue.text)} at ${a.cue.start}`);
      cues.add(k);
      assert.ok(!gold.quotes.some((q) => a.cue.start >= q.start && a.cue.end <= q.end && q.end - q.start > a.cue.end - a.cue.start),
        `cue inside a quote: ${a.cue.text}`);
      if (a.entity) {
        const ent = gold.clusters.get(a.entity);
        assert.ok(ent, `unknown entity ${a.entity}`);
      }
    }

    const claims = new Set();
    for (const c of gold.claims) {
      assert.ok(c.kinds.every((k) => CLAIM_KINDS.includes(k)));
      assert.ok(!claims.has(`${c.start}`), 'duplicate claim');
      claims.add(`${c.start}`);
    }
  });
}

test('a perfect prediction scores 1.0 on every measure', () => {
  for (const entry of corpus) {
    const { gold } = loadArticle(entry);
    const entities = [...gold.clusters.values()].map((c) => ({
      id: c.id, kind: c.kind, name: c.mentions[0].text,
      mentions: c.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    }));
    const pred = {
      file: entry.articlePath,
      entities,
      quotes: gold.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker })),
      attributions: gold.attributions.map((a) => ({
        cue: a.cue, source: { ...a.source, kind: a.kind, entity: a.entity }, content: { start: a.cue.start, end: a.cue.end },
      })),
      claims: gold.claims.map((c) => ({ start: c.start, end: c.end, kinds: c.kinds, supportedBy: c.supported ? [0] : [] })),
      findings: [],
    };
    const { counts } = scoreArticle(gold, pred);
    for (const [m] of MEASURES) {
      const c = counts[m];
      if (m === 'clusterB3') {
        assert.ok(Math.abs(c.pSum - c.pred) < 1e-9 && Math.abs(c.rSum - c.gold) < 1e-9, `${entry.name} ${m}`);
      } else {
        assert.equal(c.correct, c.gold, `${entry.name} ${m}: recall`);
        assert.equal(c.correct, c.pred, `${entry.name} ${m}: precision`);
      }
    }
  }
});

test('an empty prediction scores zero recall and does not throw', () => {
  const { gold } = loadArticle(corpus[0]);
  const { counts } = scoreArticle(gold, { entities: [], quotes: [], attributions: [], claims: [], findings: [] });
  assert.equal(counts.mentions.correct, 0);
  assert.equal(counts.mentions.gold, gold.mentions.length);
});

test('locators: occurrences are word-bounded and case-sensitive', () => {
  const text = 'Said said Saidi. Amira Said’s bag; Said.';
  assert.deepEqual(occurrences(text, 'Said').map((o) => o.start), [0, 23, 35]);
  assert.equal(resolveLocator(text, { text: 'Said', occurrence: 2 }, [0, text.length], 't').start, 23);
  assert.equal(resolveLocator(text, { text: 'Said', in: 'Amira Said' }, [0, text.length], 't').start, 23);
  assert.throws(() => resolveLocator(text, 'Said', [0, text.length], 't'), GoldError);
  assert.throws(() => resolveLocator(text, { text: 'Said', occurrence: 4 }, [0, text.length], 't'), /only 3/);
  assert.throws(() => resolveLocator(text, 'Smith', [0, text.length], 't'), /not found/);
  const q = resolveLocator('He said: “One. Two.” Then', { from: '“One', to: 'Two.”' }, [0, 25], 't');
  assert.equal('He said: “One. Two.” Then'.slice(q.start, q.end), '“One. Two.”');
});

test('gold errors name the article and the item', () => {
  const text = 'Anwar met Shoigu. Shoigu said so.';
  assert.throws(() => resolveGold(text, { entities: [{ id: 's', kind: 'person', mentions: [{ text: 'Shoigu', occurrence: 3 }] }] }, 'x'),
    /x: entities\[0\] \(s\)\.mentions\[0\]: occurrence 3/);
  assert.throws(() => resolveGold(text, { entities: [{ id: 's', kind: 'human', mentions: ['Shoigu'] }] }, 'x'), /kind must be/);
  assert.throws(() => resolveGold(text, { quotes: [{ text: '“nope”', speaker: null }] }, 'x'), /not found/);
  assert.throws(() => resolveGold(text, { entities: [{ id: 's', kind: 'person', mentions: ['Shoigu'] }], quotes: [{ text: 'Shoigu said so', speaker: 'z' }] }, 'x'), /unknown entity id "z"/);
  const g = resolveGold(text, {
    entities: [{ id: 's', kind: 'person', mentions: ['Shoigu'] }, { id: 'a', kind: 'person', mentions: ['Anwar'] }],
    attributions: [{ in: 'Shoigu said', cue: 'said', source: 'Shoigu', kind: 'person', entity: 's' }],
  }, 'x');
  assert.equal(g.mentions.length, 3);
  assert.equal(g.attributions[0].source.start, 18);
});

test('every gold file is valid JSON with only known top-level keys', () => {
  for (const entry of corpus) {
    const j = JSON.parse(readFileSync(entry.goldPath, 'utf8'));
    for (const k of Object.keys(j)) {
      assert.ok(['ignore', 'entities', 'quotes', 'attributions', 'claims', 'note'].includes(k), `${entry.name}: unknown key ${k}`);
    }
  }
});
