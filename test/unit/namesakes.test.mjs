// Coreference of people who share a surname: a married couple, a brother and sister, a father
// and son, two office holders — and articles with one person only, where every bare surname
// must still join the full name. The articles are invented for these tests. Runs against
// dist/core.js and dist/cli.js (`node esbuild.mjs` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const core = createRequire(import.meta.url)(process.env.SOURCED_CORE ? resolve(process.env.SOURCED_CORE) : join(REPO, 'dist', 'core.js'));
const kb = core.loadKnowledge();

/** Offset of the n-th (0-based) occurrence of `needle`, plus `delta`. */
function offset(text, needle, delta = 0, nth = 0) {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" #${nth} is not in the article`);
  }
  return at + delta;
}

/** The entity whose mentions include the one starting at `start`. */
function entityAt(entities, start) {
  return entities.find((e) => e.mentions.some((m) => m.start === start));
}

const show = (entities) => JSON.stringify(entities.filter((e) => e.kind === 'person').map((e) => [e.name, e.mentions.map((m) => `${m.text}@${m.start}`)]));

/**
 * Asserts that each person's listed mentions (needle + delta to the surname) are in the entity
 * whose full name is given, and that no entity holds mentions of two of them.
 */
function assertPeople(text, entities, people) {
  const owner = new Map();
  for (const [name, where] of Object.entries(people)) {
    const full = entities.find((e) => e.kind === 'person' && e.name === name);
    assert.ok(full, `no person named ${name}: ${show(entities)}`);
    for (const [needle, delta = 0, nth = 0] of where) {
      const start = offset(text, needle, delta, nth);
      const e = entityAt(entities, start);
      assert.ok(e, `no mention at "${needle}" (+${delta}): ${show(entities)}`);
      assert.equal(e.name, name, `"${needle}" (+${delta}) should be ${name}: ${show(entities)}`);
      assert.equal(e.kind, 'person');
      const prev = owner.get(e.id);
      assert.ok(!prev || prev === name, `${prev} and ${name} merged: ${show(entities)}`);
      owner.set(e.id, name);
    }
  }
}

const COUPLE = readFileSync(join(REPO, 'test', 'fixtures', 'namesakes', 'couple.news'), 'utf8');

test('a married couple: "Mrs" and "she" go to the wife, "Mr" and "he" to the husband', () => {
  const { entities, descriptions } = core.analyze(COUPLE, kb);
  assertPeople(COUPLE, entities, {
    'Gerald Pellworth': [['Gerald Pellworth'], ['Mr Pellworth', 3], ['Pellworth said he']],
    'Miriam Pellworth': [['Miriam Pellworth'], ['Mrs Pellworth', 4], ['Pellworth said she']],
  });
  // "Mrs" is no name of its own, nor part of the name.
  assert.ok(!entities.some((e) => e.mentions.some((m) => /^Mr|^Mrs/.test(m.text))), show(entities));
  // "The former mayor" is the husband.
  const gerald = entities.find((e) => e.name === 'Gerald Pellworth');
  assert.ok(descriptions.some((d) => d.entity === gerald.id && /former mayor/i.test(d.text)), JSON.stringify(descriptions));
});

const SIBLINGS = `Siblings share rowing prize

Anneke Varsh and her brother Pieter Varsh won the regional rowing prize on Sunday.

Ms Varsh, 24, said she had trained every morning since March. Varsh said he had only joined the club last year.

Pieter said the prize would go towards a new boat. Varsh added that his sister had carried the team.
`;

test('a brother and sister: the title and the pronoun after the surname tell them apart', () => {
  const { entities } = core.analyze(SIBLINGS, kb);
  assertPeople(SIBLINGS, entities, {
    'Anneke Varsh': [['Anneke Varsh'], ['Ms Varsh', 3]],
    'Pieter Varsh': [['Pieter Varsh'], ['Varsh said he'], ['Pieter said'], ['Varsh added']],
  });
});

const FATHER_AND_SON = `Bakery passes to a new generation

Arthur Dunmore opened the bakery on Quay Street in 1978. His son, Colin Dunmore, will run it from next month.

Colin said the recipes would not change. Dunmore, 71, said he would still bake bread on Saturdays.

Dunmore added that the ovens were older than his son.
`;

test('a father and son: the one called by his given name leaves the bare surname to the other', () => {
  const { entities } = core.analyze(FATHER_AND_SON, kb);
  assertPeople(FATHER_AND_SON, entities, {
    'Arthur Dunmore': [['Arthur Dunmore'], ['Dunmore, 71'], ['Dunmore added']],
    'Colin Dunmore': [['Colin Dunmore'], ['Colin said']],
  });
});

const OFFICE_HOLDERS = `Court and council in one house

Senator Elin Marsh and her husband, Judge Owen Marsh, attended the opening of the new courthouse on Friday.

Judge Marsh said the building was long overdue. Senator Marsh said the state had paid for most of it.

Marsh told reporters she would push for more funding. The judge declined to comment.
`;

test('two office holders: a title that is not a gender\'s goes to the one who bore it', () => {
  const { entities } = core.analyze(OFFICE_HOLDERS, kb);
  assertPeople(OFFICE_HOLDERS, entities, {
    'Elin Marsh': [['Elin Marsh'], ['Senator Marsh', 8], ['Marsh told reporters she']],
    'Owen Marsh': [['Owen Marsh'], ['Judge Marsh', 6]],
  });
});

const NO_CUES_AT_FIRST = `Couple open a village school

Teodor Ostrova and Lidia Ostrova opened the village school on Monday.

Mrs Ostrova said she was delighted. Mr Ostrova said he had studied there as a boy.
`;

test('namesakes of no known gender: "Mr" after "Mrs" goes to the other one', () => {
  const { entities } = core.analyze(NO_CUES_AT_FIRST, kb);
  assertPeople(NO_CUES_AT_FIRST, entities, {
    'Lidia Ostrova': [['Lidia Ostrova'], ['Mrs Ostrova', 4]],
    'Teodor Ostrova': [['Teodor Ostrova'], ['Mr Ostrova', 3]],
  });
});

const ONE_PERSON = `Ferry service resumes after storm

Tobias Renquist, the harbourmaster, said on Tuesday that the ferry to the island would sail again from Thursday.

Renquist said the storm had damaged two piers. "We were lucky," Renquist said.

Mr Renquist added that he expected the repairs to cost far less than feared. Renquist has run the harbour since 2011.
`;

const ONE_WOMAN = `Library extends its hours

Head librarian Agnes Quarrington said the central library would open on Sundays from May.

Ms Quarrington said she had asked for the change for three years. Quarrington added that volunteers would staff the reading room.
`;

test('one person only: every bare surname joins the full name, whatever its title or pronoun', () => {
  for (const [text, surname, full] of [[ONE_PERSON, 'Renquist', 'Tobias Renquist'], [ONE_WOMAN, 'Quarrington', 'Agnes Quarrington']]) {
    const { entities } = core.analyze(text, kb);
    const people = entities.filter((e) => e.kind === 'person' && e.mentions.some((m) => m.text.includes(surname)));
    assert.equal(people.length, 1, show(entities));
    assert.equal(people[0].name, full);
    const inText = text.split(surname).length - 1;
    assert.equal(people[0].mentions.length, inText, `all ${inText} mentions: ${show(entities)}`);
  }
});

test('the CLI\'s JSON output keeps the couple apart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-namesakes-'));
  try {
    const file = join(dir, 'couple.news');
    writeFileSync(file, COUPLE);
    const r = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'analyze', '--format', 'json', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const doc = Array.isArray(out) ? out[0] : out;
    assertPeople(COUPLE, doc.entities, {
      'Gerald Pellworth': [['Mr Pellworth', 3], ['Pellworth said he']],
      'Miriam Pellworth': [['Mrs Pellworth', 4], ['Pellworth said she']],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
