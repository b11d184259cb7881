// Teams and organisations named in running prose by the words around them, and where a
// company's name stops: every entry of data/team-cues.json and data/name-spans.json carries a
// positive and a negative example (invented), run here against dist/core.js (`node esbuild.mjs`
// first). See docs/named-entities.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const core = createRequire(import.meta.url)(process.env.SOURCED_CORE ? resolve(process.env.SOURCED_CORE) : join(REPO, 'dist', 'core.js'));
const kb = core.loadKnowledge();
const table = (name) => JSON.parse(readFileSync(join(REPO, 'server', 'src', 'analysis', 'data', name), 'utf8'));

/** Every mention of the article (a headline, then `text` as its one paragraph): { text, kind }. */
function mentions(text) {
  const { entities } = core.analyze(`Results and markets\n\n${text}\n`, kb);
  return entities.flatMap((e) => e.mentions.map((m) => ({ text: m.text, kind: e.kind })));
}

const show = (ms) => ms.map((m) => `${m.kind} "${m.text}"`).join('; ');

const TEAM_CUES = table('team-cues.json');
for (const entry of TEAM_CUES.placeAfter) {
  test(`team-cues placeAfter (${entry.words.slice(0, 3).join(', ')}): "${entry.positive.name}" is a place`, () => {
    const ms = mentions(entry.positive.text);
    const hits = ms.filter((m) => m.text === entry.positive.name);
    assert.ok(hits.length, `no mention "${entry.positive.name}": ${show(ms)}`);
    for (const m of hits) assert.equal(m.kind, 'place', show(ms));
  });
  test(`team-cues placeAfter (${entry.words.slice(0, 3).join(', ')}): "${entry.negative.name}" is not one`, () => {
    const ms = mentions(entry.negative.text);
    assert.ok(!ms.some((m) => m.text === entry.negative.name && m.kind === 'place'), show(ms));
  });
}
for (const entry of TEAM_CUES.definedAs) {
  test(`team-cues definedAs ${entry.type} (${entry.words.slice(0, 3).join(', ')}): every "${entry.positive.name}" is one`, () => {
    const ms = mentions(entry.positive.text);
    const hits = ms.filter((m) => m.text === entry.positive.name);
    assert.ok(hits.length >= 2, `not two mentions "${entry.positive.name}": ${show(ms)}`);
    for (const m of hits) assert.equal(m.kind, entry.type, show(ms));
  });
  test(`team-cues definedAs ${entry.type} (${entry.words.slice(0, 3).join(', ')}): "${entry.negative.name}" is not one`, () => {
    const ms = mentions(entry.negative.text);
    assert.ok(!ms.some((m) => m.text === entry.negative.name && m.kind === entry.type), show(ms));
  });
}
for (const key of ['matchVerbs', 'before', 'after', 'agreement', 'organisationAfter', 'organisationBefore', 'companyAfter']) {
  for (const entry of TEAM_CUES[key]) {
    test(`team-cues ${key} (${entry.words.slice(0, 3).join(', ')}): "${entry.positive.name}" is an organisation`, () => {
      const ms = mentions(entry.positive.text);
      const hits = ms.filter((m) => m.text === entry.positive.name);
      assert.ok(hits.length, `no mention "${entry.positive.name}": ${show(ms)}`);
      for (const m of hits) assert.equal(m.kind, 'organisation', show(ms));
    });
    test(`team-cues ${key} (${entry.words.slice(0, 3).join(', ')}): "${entry.negative.name}" is not one`, () => {
      const ms = mentions(entry.negative.text);
      assert.ok(!ms.some((m) => m.text === entry.negative.name && m.kind === 'organisation'), show(ms));
    });
  }
}

const NAME_SPANS = table('name-spans.json');
for (const key of ['companySuffixes', 'compoundParticiples', 'honorificBreaks']) {
  for (const entry of NAME_SPANS[key]) {
    for (const which of ['positive', 'negative']) {
      test(`name-spans ${key} ${which}: "${entry[which].name}" is one mention, exactly`, () => {
        const ms = mentions(entry[which].text);
        assert.ok(ms.some((m) => m.text === entry[which].name), show(ms));
      });
    }
  }
}

// "&" between two names: the positive is one organisation's name; the negative has no organisation over its name.
for (const key of ['joiners', 'firmWords']) {
  for (const entry of NAME_SPANS[key]) {
    test(`name-spans ${key} (${entry.words.slice(0, 3).join(', ')}): "${entry.positive.name}" is one organisation's name`, () => {
      const ms = mentions(entry.positive.text);
      assert.ok(ms.some((m) => m.text === entry.positive.name && m.kind === 'organisation'), show(ms));
    });
    test(`name-spans ${key} (${entry.words.slice(0, 3).join(', ')}): "${entry.negative.name}" is in no organisation's name`, () => {
      const ms = mentions(entry.negative.text);
      assert.ok(ms.some((m) => m.text.includes(entry.negative.name)), show(ms));
      assert.ok(!ms.some((m) => m.text.includes(entry.negative.name) && m.kind === 'organisation'), show(ms));
    });
  }
}

test('both sides of a match are teams, and the team stays one in the rest of the article', () => {
  const ms = mentions('Kessford beat Marlow 3-1 on Saturday. Kessford have now won four in a row, and Marlow sacked their coach.');
  for (const m of ms.filter((x) => x.text === 'Kessford' || x.text === 'Marlow')) assert.equal(m.kind, 'organisation', show(ms));
  assert.equal(ms.filter((x) => x.text === 'Kessford').length, 2, show(ms));
});

test('a town after "in" stays a place even when its team is named', () => {
  const ms = mentions('Kessford beat Marlow 3-1 on Saturday. Fans in Kessford celebrated until dawn.');
  assert.ok(ms.some((m) => m.text === 'Kessford' && m.kind === 'organisation'), show(ms));
  assert.ok(!ms.some((m, i) => i > 0 && m.text === 'Kessford' && m.kind === 'organisation' && ms.filter((x) => x.text === 'Kessford').indexOf(m) === 1), show(ms));
});

test('an everyday plural opening a sentence before a plural verb is no team ("Borrowers were")', () => {
  const ms = mentions('Northgate Bank lent more this year. Borrowers were more cautious. Savers have moved their money.');
  assert.ok(!ms.some((m) => m.text === 'Borrowers' || m.text === 'Savers'), show(ms));
});

test('a standings table in capitals is read: its rows name teams, and the dateline stays out', () => {
  const text = [
    'BASEBALL - NORTHERN LEAGUE STANDINGS.',
    'OAKPORT 1997-03-02',
    'Standings of the northern league after games on Monday.',
    'W L PCT GB',
    'REDHILL 70 50 .583 -',
    'OAKPORT 65 55 .542 5',
    'STANTON 60 60 .500 10',
    '',
  ].join('\n');
  const { entities } = core.analyze(text, kb);
  const ms = entities.flatMap((e) => e.mentions.map((m) => ({ text: m.text, kind: e.kind, start: m.start })));
  for (const name of ['REDHILL', 'STANTON']) assert.ok(ms.some((m) => m.text === name && m.kind === 'organisation'), show(ms));
  const dateline = text.indexOf('OAKPORT');
  assert.ok(!ms.some((m) => m.start === dateline && m.kind === 'organisation'), show(ms));
});

test('one line of capitals with figures is no table: it stays page furniture', () => {
  const { entities } = core.analyze('Harbour report\n\nThe pier reopened on Monday after repairs.\n\nREDHILL 70 50 .583 -\n', kb);
  assert.ok(!entities.some((e) => e.name === 'REDHILL'), entities.map((e) => e.name).join('; '));
});
