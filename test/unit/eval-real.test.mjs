// The real-data eval's scoring functions (scripts/real-data/, scripts/lib/scoring.mjs) on tiny
// hand-made inputs. No data from ../shared: every text here is made up for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { b3, matchByOverlap, muc, prf, ratioPrf } from '../../scripts/lib/scoring.mjs';
import { isHeldOut } from '../../scripts/real-data/load.mjs';
import { namedMentions, namedMentionsWithSource } from '../../scripts/real-data/gum-named.mjs';
import { overall, predictedMentions, scoreEntities } from '../../scripts/real-data/score-entities.mjs';
import { scoreCoref } from '../../scripts/real-data/score-coref.mjs';
import { normaliseAttributions, scoreAttributions } from '../../scripts/real-data/score-attributions.mjs';
import { selectSets } from '../../scripts/real-data/run.mjs';
import { quoteSpeakerFigures, scoreQuoteSpeakers } from '../../scripts/real-data/score-quote-speakers.mjs';

const close = (a, b) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('isHeldOut: wikigold by id suffix % 5, GUM train never, measurement sets always', () => {
  assert.equal(isHeldOut('wikigold', 'wikigold-000'), true);
  assert.equal(isHeldOut('wikigold', 'wikigold-001'), false);
  assert.equal(isHeldOut('wikigold', 'wikigold-005'), true);
  assert.equal(isHeldOut('wikigold', 'wikigold-144'), false);
  assert.equal(isHeldOut('gum-news-train', 'GUM_news_x'), false);
  assert.equal(isHeldOut('gum-news-dev', 'GUM_news_y'), true);
  assert.equal(isHeldOut('conll2003-dev', 'conll2003-dev-003'), true);
});

test('exact-span entity scores: types, boundaries, MISC spans not counted', () => {
  const gold = [
    { start: 0, end: 5, type: 'PER' }, { start: 10, end: 15, type: 'ORG' },
    { start: 20, end: 25, type: 'LOC' }, { start: 30, end: 35, type: 'MISC' },
  ];
  const pred = [
    { start: 0, end: 5, type: 'PER' }, // right
    { start: 10, end: 15, type: 'LOC' }, // right span, wrong type
    { start: 20, end: 24, type: 'LOC' }, // boundary error
    { start: 30, end: 35, type: 'ORG' }, // on a gold MISC span: dropped
    { start: 40, end: 45, type: 'PER' }, // false positive
  ];
  const c = scoreEntities(gold, pred);
  assert.deepEqual(c.PER, { correct: 1, pred: 2, gold: 1 });
  assert.deepEqual(c.ORG, { correct: 0, pred: 0, gold: 1 });
  assert.deepEqual(c.LOC, { correct: 0, pred: 2, gold: 1 });
  assert.deepEqual(overall(c), { correct: 1, pred: 4, gold: 3 });
  assert.deepEqual(c.untyped, { correct: 2, pred: 4, gold: 3 });
  assert.equal(c.droppedAsMisc, 1);
  const s = prf(overall(c));
  close(s.precision, 0.25);
  close(s.recall, 1 / 3);
  close(s.f1, (2 * 0.25 * (1 / 3)) / (0.25 + 1 / 3));
});

test('predicted mentions from the CLI JSON: publication and platform count as ORG', () => {
  const json = { entities: [
    { id: 'e1', kind: 'publication', nerClass: 'ORG', mentions: [{ start: 0, end: 3 }] },
    { id: 'e2', kind: 'person', nerClass: 'PER', mentions: [{ start: 5, end: 9 }, { start: 20, end: 24 }] },
    { id: 'e3', kind: 'place', nerClass: 'LOC', mentions: [{ start: 30, end: 36 }] },
  ] };
  assert.deepEqual(predictedMentions(json), [
    { start: 0, end: 3, type: 'ORG' }, { start: 5, end: 9, type: 'PER' },
    { start: 20, end: 24, type: 'PER' }, { start: 30, end: 36, type: 'LOC' },
  ]);
});

test('matchByOverlap is one-to-one, largest overlap first', () => {
  const m1 = matchByOverlap([{ start: 0, end: 10 }], [{ start: 0, end: 3 }, { start: 2, end: 10 }]);
  assert.deepEqual([...m1], [[0, 1]]);
  const m2 = matchByOverlap([{ start: 0, end: 5 }, { start: 5, end: 10 }], [{ start: 3, end: 9 }]);
  assert.deepEqual([...m2], [[1, 0]]);
  assert.equal(matchByOverlap([{ start: 0, end: 5 }], [{ start: 5, end: 8 }]).size, 0);
});

test('B-cubed and MUC on a toy clustering (hand-computed)', () => {
  // gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}
  const at = (i, cluster) => ({ start: i * 10, end: i * 10 + 5, cluster });
  const gold = [at(0, 'g1'), at(1, 'g1'), at(2, 'g1'), at(3, 'g2'), at(4, 'g2')];
  const pred = [at(0, 'p1'), at(1, 'p1'), at(2, 'p2'), at(3, 'p2'), at(4, 'p2')];
  const b = b3(gold, pred);
  // recall: 2/3 + 2/3 + 1/3 + 1 + 1 = 11/3 over 5; precision: 1 + 1 + 1/3 + 2/3 + 2/3 = 11/3 over 5
  close(b.r, 11 / 3);
  close(b.p, 11 / 3);
  const bs = ratioPrf(b.p, b.nPred, b.r, b.nGold);
  close(bs.precision, 11 / 15);
  close(bs.recall, 11 / 15);
  const m = muc(gold, pred);
  // recall: (3-2) + (2-1) = 2 of (2 + 1); precision: (2-1) + (3-2) = 2 of (1 + 2)
  assert.deepEqual(m, { rNum: 2, rDen: 3, pNum: 2, pDen: 3 });
  // A gold mention the prediction lacks is its own partition.
  const m2 = muc(gold, pred.slice(0, 2));
  assert.deepEqual(m2, { rNum: 1, rDen: 3, pNum: 1, pDen: 1 });
});

test('coreference restricted to predicted mentions that match a gold named span', () => {
  const gold = [
    { start: 0, end: 5, cluster: 0 }, { start: 10, end: 15, cluster: 0 }, { start: 20, end: 25, cluster: null },
  ];
  const json = { entities: [
    { id: 'e1', mentions: [{ start: 0, end: 5 }, { start: 10, end: 15 }, { start: 40, end: 44 }] },
    { id: 'e2', mentions: [{ start: 20, end: 24 }] },
  ] };
  const c = scoreCoref(gold, json);
  assert.equal(c.predMentions, 4);
  assert.equal(c.predMatched, 2);
  assert.equal(c.predUnmatched, 2);
  assert.deepEqual(c.muc, { rNum: 1, rDen: 1, pNum: 1, pDen: 1 });
  close(c.b3.p, 2);
  close(c.b3.r, 3); // the unpredicted singleton is its own cluster on both sides
  assert.equal(c.b3.nGold, 3);
  assert.equal(c.b3.nPred, 2);
});

test('attributions: role overlap, same-attribution pairing by cue, source kinds', () => {
  const gold = normaliseAttributions([
    { cue: [10, 14], source: [0, 9], content: [15, 40] },
    { cue: [50, 55], source: null, content: [56, 80] },
  ]);
  const pred = normaliseAttributions([
    { cue: { start: 11, end: 14 }, source: { start: 0, end: 5, kind: 'person' }, content: { start: 15, end: 30 } },
    { cue: { start: 90, end: 95 }, source: { start: 85, end: 89, kind: 'anonymous' }, content: { start: 60, end: 70 } },
  ]);
  const c = scoreAttributions(gold, pred);
  assert.deepEqual(c.cue, { correct: 1, pred: 2, gold: 2 });
  assert.deepEqual(c.source, { correct: 1, pred: 2, gold: 1 });
  assert.deepEqual(c.content, { correct: 2, pred: 2, gold: 2 });
  assert.deepEqual(c.sameSource, { correct: 1, pred: 2, gold: 1 });
  assert.deepEqual(c.sameContent, { correct: 1, pred: 2, gold: 2 });
  assert.deepEqual(c.kinds, { person: 1 });
});

// A made-up document in the GUM JSONL shape.
function syntheticGum() {
  const text = 'Workers gathered in Lisbon, Portugal on Monday.\n\n'
    + 'The Bank of Portugal said it would act. Maria Costa, 51, told reporters that she agreed. '
    + 'Workers cheered outside the Bank of Portugal\'s office, and Ms Costa waved.';
  const spans = [];
  const at = (s, n = 1) => {
    const word = (ch) => ch !== undefined && /\w/.test(ch);
    let i = -1;
    for (let k = 0; k < n; k++) {
      do i = text.indexOf(s, i + 1); while (i >= 0 && (word(text[i - 1]) || word(text[i + s.length])));
    }
    assert.ok(i >= 0, s);
    return { start: i, end: i + s.length, text: s };
  };
  const add = (s, coarse, extra = {}, n = 1) => { spans.push({ ...at(s, n), coarse, ...extra }); return spans.length - 1; };
  add('Workers', 'PER');
  add('Lisbon, Portugal', 'LOC');
  add('Portugal', 'LOC', { identity: 'Portugal' });
  add('Monday', 'OTHER');
  const bank1 = add('The Bank of Portugal', 'ORG');
  add('Portugal', 'LOC', {}, 2);
  const it = add('it', 'ORG');
  const maria = add('Maria Costa, 51', 'PER');
  add('reporters', 'PER');
  const she = add('she', 'PER');
  add('Workers', 'PER', {}, 2);
  const bank2 = add('the Bank of Portugal\'s', 'ORG');
  const ms = add('Ms Costa', 'PER');
  const order = spans.map((s, i) => [s, i]).sort((a, b) => a[0].start - b[0].start || b[0].end - a[0].end);
  const newIndex = new Map(order.map(([, old], i) => [old, i]));
  return {
    id: 'synthetic', text,
    entities: order.map(([s]) => s),
    clusters: [[maria, she, ms], [bank1, it, bank2]].map((c) => c.map((i) => newIndex.get(i))),
  };
}

test('namedMentions: the GUM reduction on a synthetic document', () => {
  const doc = syntheticGum();
  const got = namedMentions(doc).map((m) => [doc.text.slice(m.start, m.end), m.type]);
  assert.deepEqual(got, [
    ['Lisbon', 'LOC'], // split at the comma; "Portugal" has its own mention
    ['Portugal', 'LOC'],
    ['Bank of Portugal', 'ORG'], // "The" stripped; nested "Portugal" dropped
    ['Maria Costa', 'PER'], // ", 51" split off
    ['Bank of Portugal', 'ORG'], // possessive stripped
    ['Costa', 'PER'], // title stripped
  ]);
  // "Workers" at a sentence start, pronouns and lower-case descriptions are not names.
  const withSource = namedMentionsWithSource(doc);
  const clusterOf = (s) => withSource.find((m) => doc.text.slice(m.start, m.end) === s).cluster;
  assert.equal(clusterOf('Maria Costa'), clusterOf('Costa'));
  assert.notEqual(clusterOf('Maria Costa'), null);
  assert.equal(clusterOf('Lisbon'), null);
  assert.deepEqual(namedMentions(doc), namedMentions(doc)); // deterministic
});

test('namedMentions: a sentence-initial single word is a name when it occurs capitalised mid-sentence', () => {
  const text = 'Orbitex grew fast. Analysts said Orbitex would grow.';
  const doc = {
    text,
    entities: [
      { start: 0, end: 7, coarse: 'ORG', text: 'Orbitex' },
      { start: 19, end: 27, coarse: 'PER', text: 'Analysts' },
      { start: 33, end: 40, coarse: 'ORG', text: 'Orbitex' },
    ],
    clusters: [[0, 2]],
  };
  assert.deepEqual(namedMentions(doc), [{ start: 0, end: 7, type: 'ORG' }, { start: 33, end: 40, type: 'ORG' }]);
});

test('selectSets: defaults, lists and unknown names', () => {
  assert.ok(selectSets([]).some((s) => s.name === 'conll2003-dev'));
  assert.deepEqual(selectSets(['wikigold,polnear-dev']).map((s) => s.name), ['wikigold', 'polnear-dev']);
  assert.throws(() => selectSets(['nope']), /unknown set/);
});

test('runRealData: one clear line when ../shared/data is absent', async () => {
  const { mkdtempSync, mkdirSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { runRealData, SKIPPED } = await import('../../scripts/real-data/run.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'sourced-eval-real-'));
  try {
    mkdirSync(join(dir, 'project'));
    assert.deepEqual(runRealData({ root: join(dir, 'project') }), { skipped: SKIPPED });
    assert.equal(SKIPPED, 'real-data section skipped: ../shared/data not found');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('quote speakers: judged inside one gold content; right by span or by the entity; pronouns apart', () => {
  //            0         1         2         3         4         5         6         7         8         9
  //            0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123
  const text = '“The bridge opens in May,” Ana Ruiz said. Ruiz added: “We will be ready.” He said “No comment here.”';
  const at = (s) => [text.indexOf(s), text.indexOf(s) + s.length];
  const gold = [
    { cue: at('said.'), source: at('Ana Ruiz'), content: at('“The bridge opens in May,”') },
    { cue: at('added'), source: at('Ruiz added').map((x, i) => (i ? x - 6 : x)), content: at('“We will be ready.”') },
    { cue: at('He said').map((x, i) => (i ? x : x + 3)), source: at('He said').map((x, i) => (i ? x - 5 : x)), content: at('“No comment here.”') },
  ];
  const span = (s) => ({ start: at(s)[0], end: at(s)[1] });
  const json = {
    entities: [{ id: 'e1', mentions: [span('Ana Ruiz'), { start: text.indexOf('Ruiz added'), end: text.indexOf('Ruiz added') + 4 }] }, { id: 'e2', mentions: [] }],
    quotes: [
      // Right by its span.
      { ...span('“The bridge opens in May,”'), speaker: 'e1', speakerSpan: span('Ana Ruiz') },
      // Right by the entity: the span points at the first mention, the gold source is the second.
      { ...span('“We will be ready.”'), speaker: 'e1', speakerSpan: span('Ana Ruiz') },
      // The gold source is "He", which the other person's span does not overlap: a pronoun case.
      { ...span('“No comment here.”'), speaker: 'e2', speakerSpan: span('Ana Ruiz') },
    ],
  };
  const c = scoreQuoteSpeakers(gold, json, text);
  assert.deepEqual(c, { judged: 3, right: 2, wrong: 0, pronoun: 1, none: 0, spanRight: 1 });
  // The second quotation given to somebody else, and the third to nobody.
  const json2 = { ...json, quotes: [json.quotes[0], { ...json.quotes[1], speaker: 'e2', speakerSpan: null }, { ...json.quotes[2], speaker: null, speakerSpan: null }] };
  const c2 = scoreQuoteSpeakers(gold, json2, text);
  assert.deepEqual(c2, { judged: 3, right: 1, wrong: 1, pronoun: 0, none: 1, spanRight: 1 });
  const f = quoteSpeakerFigures(c2);
  close(f.accuracy, 0.5);
  close(f.coverage, 2 / 3);
  // Two attributions cover the first quotation ("…, according to …"): either source is right.
  const nested = [...gold, { cue: at('Ruiz added'), source: at('“We will'), content: at('“The bridge opens in May,”') }];
  const c3 = scoreQuoteSpeakers(nested, { ...json, quotes: [{ ...json.quotes[0], speaker: null, speakerSpan: span('“We will') }] }, text);
  assert.equal(c3.right, 1);
  // A quotation no gold content covers by half is not judged.
  assert.equal(scoreQuoteSpeakers([], json, text).judged, 0);
});
