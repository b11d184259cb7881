// The reporting-cue lexicon, entry by entry: every verb and phrase in
// server/src/analysis/data/attribution-cues.json carries a sentence where it is a cue and one
// where the same word is not. Then the clause heuristics (test/fixtures/attributions/clauses.json),
// each with sentences where it applies and where it must not.
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
const cues = JSON.parse(readFileSync(join(REPO, 'server/src/analysis/data/attribution-cues.json'), 'utf8'));
const wordnetVerbs = JSON.parse(readFileSync(join(REPO, 'server/src/analysis/data/cue-verbs-wordnet.json'), 'utf8'));
const clauses = JSON.parse(readFileSync(join(REPO, 'test/fixtures/attributions/clauses.json'), 'utf8'));

/** Attributions of one sentence, read as the body of an article under a headline. (Not the
 *  stances, "declined to comment", "Organisers hope to …", which source nothing:
 *  test/unit/stance-cues.test.mjs runs those.) */
function attributions(sentence) {
  const text = `Headline\n\n${sentence}\n`;
  return core.analyze(text, kb).attributions.filter((a) => a.kind !== 'stance').map((a) => ({
    cue: a.cue.text.toLowerCase(),
    source: text.slice(a.source.start, a.source.end),
    kind: a.source.kind,
    content: text.slice(a.content.start, a.content.end),
  }));
}
const show = (list) => JSON.stringify(list);

test('every cue entry has a positive and a negative example', () => {
  for (const e of [...cues.verbs, ...cues.phrases]) {
    assert.ok(e.positive && e.negative, `${e.lemma ?? e.phrase} lacks an example`);
  }
});

for (const v of cues.verbs) {
  test(`cue verb "${v.lemma}"`, () => {
    const forms = new Set(v.forms);
    const isCue = (a) => a.cue.split(/\s+/).some((w) => forms.has(w));
    const pos = attributions(v.positive);
    assert.ok(pos.some(isCue), `positive: ${v.positive}\n${show(pos)}`);
    const neg = attributions(v.negative);
    assert.ok(!neg.some(isCue), `negative: ${v.negative}\n${show(neg)}`);
  });
}

// Verbs whose agentless passive is an idiom ("is supposed to") carry a negative example of it.
for (const v of cues.verbs.filter((x) => x.noPassiveFrame)) {
  test(`cue verb "${v.lemma}": no agentless passive`, () => {
    const forms = new Set(v.forms);
    const neg = attributions(v.passiveNegative);
    assert.ok(v.passiveNegative && !neg.some((a) => a.cue.split(/\s+/).some((w) => forms.has(w))), `${v.passiveNegative}\n${show(neg)}`);
  });
}

// The verbs generated from WordNet (scripts/gen-cue-verbs.mjs; `--check` tells whether the file is
// current) have no examples of their own: one generic pair runs for each. Before a "that" clause
// the past form is a cue with its subject as source; before a plain object it is none.
test('generated WordNet cue verbs: a cue before a clause, none before a plain object', () => {
  assert.ok(wordnetVerbs.verbs.length > 50, 'the generated list is there');
  const failures = [];
  for (const v of wordnetVerbs.verbs) {
    const past = v.forms.find((f) => f !== v.lemma && !f.endsWith('ing') && !(f.endsWith('s') && !f.endsWith('ss')));
    if (!past) continue;
    const isCue = (a) => a.cue.split(/\s+/).includes(past);
    const pos = attributions(`Ann Cole ${past} that the bridge would reopen in May.`);
    const hit = pos.find(isCue);
    if (!hit || hit.source !== 'Ann Cole' || !hit.content.includes('bridge would reopen')) failures.push(`positive ${past}: ${show(pos)}`);
    const neg = attributions(`Ann Cole ${past} the plan.`);
    if (neg.some(isCue)) failures.push(`negative ${past}: ${show(neg)}`);
  }
  assert.deepEqual(failures, []);
});

for (const p of cues.phrases) {
  test(`cue phrase "${p.phrase}"`, () => {
    const last = p.phrase.split(' ').at(-1);
    const isCue = (a) => a.cue.split(/\s+/).includes(last);
    const pos = attributions(p.positive);
    assert.ok(pos.some(isCue), `positive: ${p.positive}\n${show(pos)}`);
    const neg = attributions(p.negative);
    assert.ok(!neg.some(isCue), `negative: ${p.negative}\n${show(neg)}`);
  });
}

for (const h of clauses.heuristics) {
  test(`clause heuristic: ${h.name}`, () => {
    for (const ex of h.positive) {
      const got = attributions(ex.text);
      const hit = got.find((a) => a.cue.includes(ex.cue.toLowerCase()) && (ex.source === undefined || a.source === ex.source) && (ex.kind === undefined || a.kind === ex.kind)
        && (ex.content === undefined || a.content.includes(ex.content)));
      assert.ok(hit, `positive: ${ex.text}\nexpected ${show(ex)}\ngot ${show(got)}`);
    }
    for (const ex of h.negative) {
      const got = attributions(ex.text);
      const bad = got.find((a) => a.cue.includes(ex.cue.toLowerCase()) && (ex.source === undefined || a.source === ex.source) && (ex.kind === undefined || a.kind === ex.kind));
      assert.ok(!bad, `negative: ${ex.text}\nunexpected ${show(bad)}`);
    }
  });
}

for (const n of cues.nouns ?? []) {
  test(`cue noun "${n.lemma}"`, () => {
    const forms = new Set(n.forms);
    const isCue = (a) => forms.has(a.cue);
    assert.ok(n.positive && n.negative, `${n.lemma} lacks an example`);
    const pos = attributions(n.positive);
    assert.ok(pos.some(isCue), `positive: ${n.positive}\n${show(pos)}`);
    const neg = attributions(n.negative);
    assert.ok(!neg.some(isCue), `negative: ${n.negative}\n${show(neg)}`);
  });
}

// A verb of telling takes the quotation before it as what was told only when the quotation
// closes right before its subject: words set off by commas around a name are no quotation.
test('a verb of telling after an apposition does not take the words before it as what was told', () => {
  const got = attributions('The harbour master, Ivo Brandt, told the council.');
  assert.ok(!got.some((a) => a.cue === 'told' && a.content.includes('harbour master')), show(got));
});

// "X said:" closing its paragraph: what was said is the next paragraph, and only that one.
test('a cue and a colon closing a paragraph take the next paragraph as what was said, no further', () => {
  const text = 'Headline\n\nThe harbour master, Ivo Brandt, said:\n\nThe pier will close in May.\n\nThe tide was low on Monday.\n';
  const a = core.analyze(text, kb).attributions.find((x) => x.cue.text === 'said');
  assert.ok(a, 'the cue is read');
  assert.equal(text.slice(a.content.start, a.content.end), 'The pier will close in May.');
  // (A colon inside the sentence, with words after it, keeps them as what was said.)
  const inside = 'Headline\n\nIvo Brandt said: the pier will close.\n\nThe tide was low on Monday.\n';
  const b = core.analyze(inside, kb).attributions.find((x) => x.cue.text === 'said');
  assert.equal(inside.slice(b.content.start, b.content.end), 'the pier will close');
});

// A headline that opens with a speaker and a colon before a statement ("Murphy: That was a
// bruising battle"); a label for the kind of piece, or a subject described, is no speaker.
test('a headline speaker before a colon: a statement after it, and no label', () => {
  const colonOf = (headline) => {
    const text = `${headline}\n\nThe story begins here with a sentence.\n`;
    const a = core.analyze(text, kb).attributions.find((x) => x.cue.text === ':');
    return a ? { source: text.slice(a.source.start, a.source.end), content: text.slice(a.content.start, a.content.end) } : null;
  };
  assert.deepEqual(colonOf('Harbour police: The suspect was armed'), { source: 'Harbour police', content: 'The suspect was armed' });
  assert.deepEqual(colonOf('Brandt: Pier closure “a disgrace”'), { source: 'Brandt', content: 'Pier closure “a disgrace' });
  assert.equal(colonOf('Newspaper: Defence secretary used personal email')?.source, 'Newspaper');
  assert.equal(colonOf('Profile: Ivo Brandt'), null);
  assert.equal(colonOf('DVD review: The Harbour Years'), null);
  assert.equal(colonOf('Harbour Ballads: Songs of the old pier'), null);
});

// The JSON's attributionKind (a key added to the public contract of `analyze --format json`).
test('attributionKind in the JSON: statement, belief, intention, evidence', () => {
  const text = 'Headline\n\nThe mayor said the bridge would reopen. Critics believe the plan will fail. The mayor vowed to repeal the tax. A new audit found that the council overspent. Ms Cole wants to rebuild the pier.\n';
  const a = core.analyze(text, kb, { languageId: 'news' });
  const json = core.toJson('k.news', a, core.check(a, { kb }));
  const kinds = Object.fromEntries(json.attributions.map((x) => [x.cue.text, x.attributionKind]));
  assert.deepEqual(kinds, { said: 'statement', believe: 'belief', vowed: 'intention', found: 'evidence', wants: 'intention' });
  for (const x of json.attributions) assert.deepEqual(Object.keys(x), ['cue', 'source', 'content', 'anonymityReason', 'attributionKind', 'agentless']);
});

test('agentless passives in the JSON: the frame without its speaker names no source and raises no finding', () => {
  const text = 'Headline\n\nThe new bridge is expected to open in May. Asked whether the tolls would rise, Ann Cole said they would not. The plan has been criticised for its cost by the Harbour Trust.\n';
  const a = core.analyze(text, kb, { languageId: 'news' });
  const findings = core.check(a, { kb });
  const json = core.toJson('k.news', a, findings);
  const by = Object.fromEntries(json.attributions.map((x) => [x.cue.text, x]));
  assert.equal(by.expected?.agentless, true, JSON.stringify(json.attributions));
  assert.equal(by.Asked?.agentless, true);
  assert.ok(text.slice(by.Asked.content.start, by.Asked.content.end).startsWith('whether the tolls'));
  assert.equal(by.said?.agentless, false);
  // (With its agent after "by", the passive has a source.)
  assert.equal(by.criticised?.agentless, false);
  assert.equal(by.criticised?.source.text, 'Harbour Trust');
  assert.ok(!findings.some((f) => f.rule === 'vague-attribution'), JSON.stringify(findings));
});

// Two straight apostrophes stand for a double quotation mark in some wire and archive text
// (''…''); three close a single quotation inside a double one. An apostrophe of a plural's
// possession or a contraction is none.
test('doubled apostrophes are read as double quotation marks', () => {
  const text = "Headline\n\n''We are told, 'The bridge is safe,''' Ann Hale said. ''It is not.''\n\nThe players' kit and the club's ''new'' badge were shown.\n";
  const quotes = core.analyze(text, kb).quotes.map((q) => text.slice(q.inner.start, q.inner.end));
  assert.deepEqual(quotes, ["We are told, 'The bridge is safe,'", 'It is not.', 'new']);
  const said = attributions("''The pier will close,'' Mr. Hale said by telephone.").find((a) => a.cue === 'said');
  assert.ok(said && said.source === 'Hale' && said.content === 'The pier will close', show([said]));
});

// "“…,” X said" and then only when, where, to whom or how it was said: the words said are the
// quotation, not what follows the verb; a clause right after the verb is still what was said.
test('a quotation set off before the speaker is what was said when only circumstances follow the verb', () => {
  const said = (sentence, cue) => attributions(sentence).find((a) => a.cue === cue);
  assert.equal(said('"The pier is safe," Ms Cole said on a radio show, but the council disagreed.', 'said')?.content, 'The pier is safe');
  assert.equal(said('"The pier is safe," she told reporters on Tuesday, pointing to the new railings.', 'told')?.content, 'The pier is safe');
  assert.equal(said('"We are ready," the mayor said that night.', 'said')?.content, 'We are ready');
  assert.equal(said('"It is over," Ivo Brandt said, instead turning to the budget.', 'said')?.content, 'It is over');
  // (Negative: a clause right after the verb, or an infinitive after "to", is what the verb governs.)
  assert.equal(said('"We won," she said the crowd chanted.', 'said')?.content, 'the crowd chanted');
  assert.ok(!/We will/.test(said('"We will," Ms Cole agreed to sign the lease.', 'agreed')?.content ?? ''));
});
