// The stance cues (server/src/analysis/data/stance-cues.json, read by stance-cues.ts), entry by
// entry: each verb carries a sentence where it is a stance cue (attributionKind "stance") and one
// where the same word is none. Then what a stance must never do: source a figure, or change a
// finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORE = process.env.SOURCED_CORE ?? join(REPO, 'dist', 'core.js');
if (!existsSync(CORE)) throw new Error(`${CORE} is missing: run \`node esbuild.mjs\` before the unit tests`);
const core = createRequire(import.meta.url)(CORE);
const kb = core.loadKnowledge();
const data = JSON.parse(readFileSync(join(REPO, 'server/src/analysis/data/stance-cues.json'), 'utf8'));

function analyse(sentence) {
  const text = `Headline\n\n${sentence}\n`;
  return { text, a: core.analyze(text, kb) };
}
function stances(sentence) {
  const { text, a } = analyse(sentence);
  return a.attributions.filter((x) => x.kind === 'stance').map((x) => ({
    cue: x.cue.text.toLowerCase(),
    source: text.slice(x.source.start, x.source.end),
    content: text.slice(x.content.start, x.content.end),
  }));
}
const show = (list) => JSON.stringify(list);

test('every stance entry has frames, forms and a positive and a negative example', () => {
  for (const v of data.verbs) {
    assert.ok(v.positive && v.negative && v.forms.length && v.frames.length, v.lemma);
  }
});

for (const v of data.verbs) {
  test(`stance verb "${v.lemma}"`, () => {
    const forms = new Set(v.forms);
    const pos = stances(v.positive);
    assert.ok(pos.some((x) => forms.has(x.cue)), `positive: ${v.positive}\n${show(pos)}`);
    const neg = stances(v.negative);
    assert.ok(!neg.some((x) => forms.has(x.cue)), `negative: ${v.negative}\n${show(neg)}`);
  });
}

test('a stance names its subject as the source and the infinitive or object as the content', () => {
  const [st] = stances('Ms Cole declined to comment on the report.');
  assert.deepEqual(st, { cue: 'declined', source: 'Cole', content: 'to comment on the report' });
  const [at] = stances('The union backed Ms Cole, but the board did not.');
  assert.equal(at.content, 'Ms Cole');
});

test('a group a relative clause is about is the source of what it says', () => {
  const list = stances('The poll found that voters who say the economy is weak favour the challenger.');
  assert.ok(list.some((x) => x.cue === 'say' && x.source === 'voters'), show(list));
});

test('stances come after every other attribution, so the claims\' indexes stay as they are', () => {
  const { a } = analyse('Ms Cole declined to comment. Mr Reyes said the budget was cut by 40%.');
  const kinds = a.attributions.map((x) => x.kind ?? 'statement');
  assert.deepEqual(kinds, ['statement', 'stance']);
  for (const c of a.claims) for (const i of c.supportedBy) assert.notEqual(a.attributions[i].kind, 'stance');
});

test('a stance changes no finding: the same sentence with a verb of no stance gives the same ones', () => {
  const pairs = [
    ['The mayor backed a plan to cut 40% of the bus routes.', 'The mayor drew up a plan to cut 40% of the bus routes.'],
    ['Ms Ruiz declined to explain why 300 jobs would go.', 'Ms Ruiz was unable to explain why 300 jobs would go.'],
    ['Ms Cole attacked the 12% rise in fares.', 'Ms Cole paid the 12% rise in fares.'],
  ];
  for (const [withStance, without] of pairs) {
    const a = analyse(withStance).a;
    assert.ok(a.attributions.some((x) => x.kind === 'stance'), withStance);
    const found = (x) => core.check(x, {}).map((f) => `${f.rule} ${f.start}-${f.end}`);
    const b = analyse(without).a;
    assert.equal(found(a).length, found(b).length, `${withStance}\n${found(a)}\n${found(b)}`);
  }
});

test('no stance for an act to come, a description of a group, or a physical act', () => {
  for (const s of ['The actor will portray a sailor.', 'People who claim to have seen the animal are asked to call the police.', 'Officials who asked not to be named said the talks had stalled.', 'He slammed the door.']) {
    assert.deepEqual(stances(s), [], s);
  }
});

test('words between a subject and its verb are passed over once each (a modal with an adverb before it)', () => {
  assert.deepEqual(stances('Mr Lowe also would not back the plan.'), []);
  assert.ok(stances('Mr Lowe also would like to see the plan.').some((x) => x.cue === 'like'));
});

test('in the passive, the agent after "by" holds the stance and the subject is what it is about', () => {
  assert.deepEqual(stances('The bill was backed by Ms Cole.'), [{ cue: 'was backed by', source: 'Cole', content: 'The bill' }]);
  const [st] = stances('The runoff pits Ann Lowe, who is backed by Mr Reyes, against a newcomer.');
  assert.equal(st?.content, 'Ann Lowe', JSON.stringify(st));
});

test('a position inside what another attribution of the sentence reports is part of that report, not a stance of its own', () => {
  assert.deepEqual(stances('Ms Cole said she had declined to comment on the row.'), []);
  assert.deepEqual(stances('The audit shows the council backed the plan.'), []);
  // (Alone, the same positions are stances.)
  assert.ok(stances('Ms Cole had declined to comment on the row.').some((x) => x.cue === 'declined'));
  assert.ok(stances('Mr Reyes backed the plan.').some((x) => x.cue === 'backed'));
});

test('a light verb is a stance cue only with a noun of saying as its object, a few words on', () => {
  const [st] = stances('Mr Reyes gave the crowd a short speech.');
  assert.deepEqual(st, { cue: 'gave', source: 'Reyes', content: 'the crowd a short speech' });
  assert.deepEqual(stances('Mr Reyes gave the crowd a short break before the speech.'), []);
  assert.deepEqual(stances('Ms Cole made a cake for the appeal.'), []);
});

test('a verb of saying with a plain object: a date after it is when, not what', () => {
  assert.ok(stances('Ms Adair released a statement on the fire.').some((x) => x.cue === 'released'));
  assert.deepEqual(stances('The survey released Monday ran to 90 pages.'), []);
  assert.ok(stances('Ms Adair responded to the charge in a letter.').some((x) => x.cue === 'responded'));
});

test('a stance subject set off by commas: the name before asides, a name in apposition, a name a relative clause is about', () => {
  assert.ok(stances('Ann Cole, the council’s lawyer, declined to comment.').some((x) => x.cue === 'declined' && x.source === 'Ann Cole'));
  assert.ok(stances('The council’s lawyer, Ann Cole, declined to comment.').some((x) => x.cue === 'declined' && x.source === 'Ann Cole'));
  assert.ok(stances('The report was sent to Ann Cole, who declined to comment.').some((x) => x.cue === 'declined' && x.source === 'Ann Cole'));
  // (A phrase only guessed at is no subject, with asides or without.)
  assert.deepEqual(stances('Sales, as expected, declined to a record low.'), []);
});
