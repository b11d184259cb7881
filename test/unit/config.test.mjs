// Workspace configuration (server/src/config): `.sourced.yaml` parsing with exact problem
// ranges, the defaults on bad input, the VS Code settings validator, the merge order, and
// the JSON schema VS Code uses to validate and complete the file.
//
// Runs against dist/core.js (build it first: `node esbuild.mjs`). SOURCED_CORE may point at
// another CommonJS build of server/src/core.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const core = require(process.env.SOURCED_CORE ? resolve(process.env.SOURCED_CORE) : join(REPO, 'dist', 'core.js'));
const schema = JSON.parse(readFileSync(join(REPO, 'schemas', 'sourced.schema.json'), 'utf8'));
const needs = (...fns) => {
  const missing = fns.filter((f) => core[f] === undefined);
  return missing.length ? { skip: `${missing.join(', ')} not exported from core` } : {};
};

const RULES = [
  'unsourced-statistic', 'unattributed-quote', 'vague-attribution', 'anonymous-source', 'unknown-source', 'inconsistent-name',
  'inconsistent-figure', 'first-reference', 'weekday-date', 'unbalanced-quote', 'headline-unsupported',
];

const GOOD = `# House settings for the Asia desk
version: 1
rules:
  first-reference: information
  weekday-date: off
  unsourced-statistic: error
sources:
  - Asia Defence Ledger
  - name: Kuala Lumpur Herald
    aliases: [KL Herald]
    type: newspaper
    country: my
organisations:
  - name: Acme Holdings Bhd
    aliases: [Acme]
    type: company
    country: MY
people:
  - name: Sergei Shoigu
    aliases: [Shoigu]
    roles: [Secretary of the Russian Security Council]
    country: RU
places:
  - name: Sabah
    type: region
    country: MY
    demonyms: [Sabahan]
spellings:
  Shoigu: [Shoygu, Shoigou]
  Prabowo Subianto: Prabowo Subiyanto
ignore:
  - drafts/**
  - "*.tmp.news"
languages: [markdown]
`;

const slice = (text, p) => text.slice(p.start, p.end);

test('a valid .sourced.yaml is read completely, with no problems', needs('parseConfig'), () => {
  const { config, problems } = core.parseConfig(GOOD);
  assert.deepEqual(problems, []);
  assert.deepEqual(config.rules, { 'first-reference': 'information', 'weekday-date': 'off', 'unsourced-statistic': 'error' });
  assert.deepEqual(config.sources, [
    { name: 'Asia Defence Ledger', aliases: [], type: 'other', country: '' },
    { name: 'Kuala Lumpur Herald', aliases: ['KL Herald'], type: 'newspaper', country: 'MY' },
  ]);
  assert.deepEqual(config.organisations, [{ name: 'Acme Holdings Bhd', aliases: ['Acme'], type: 'company', country: 'MY' }]);
  assert.deepEqual(config.people, [{ name: 'Sergei Shoigu', aliases: ['Shoigu'], roles: ['Secretary of the Russian Security Council'], country: 'RU' }]);
  assert.deepEqual(config.places, [{ name: 'Sabah', aliases: [], type: 'region', country: 'MY', demonyms: ['Sabahan'] }]);
  assert.deepEqual(config.spellings, { Shoigu: ['Shoygu', 'Shoigou'], 'Prabowo Subianto': ['Prabowo Subiyanto'] });
  assert.deepEqual(config.ignore, ['drafts/**', '*.tmp.news']);
  assert.deepEqual(config.languages, ['markdown']);
});

test('the parsed workspace knowledge feeds loadKnowledge', needs('parseConfig'), () => {
  const { config } = core.parseConfig(GOOD);
  const kb = core.loadKnowledge(config);
  assert.equal(kb.lookup('Asia Defence Ledger')?.registry, 'sources');
  assert.equal(kb.lookup('KL Herald')?.entry.name, 'Kuala Lumpur Herald');
  assert.equal(kb.lookup('Acme')?.registry, 'organisations');
  assert.equal(kb.demonym('Sabahan')?.name, 'Sabah');
  assert.equal(kb.preferredSpelling('Shoygu'), 'Shoigu');
  assert.equal(kb.preferredSpelling('Prabowo Subiyanto'), 'Prabowo Subianto');
});

test('broken YAML gives a syntax problem with a range, and the defaults', needs('parseConfig'), () => {
  for (const text of ['rules: [first-reference, weekday-date\n', 'rules:\n  weekday-date: "off\n', '\tbad: tab\n', 'sources:\n  - a\n - b\n']) {
    const { config, problems } = core.parseConfig(text);
    const syntax = problems.find((p) => p.code === 'yaml-syntax');
    assert.ok(syntax, `no syntax problem for ${JSON.stringify(text)}`);
    assert.equal(syntax.severity, 'error');
    assert.ok(syntax.start >= 0 && syntax.end > syntax.start && syntax.end <= text.length, `range ${syntax.start}-${syntax.end}`);
    assert.match(syntax.message, /YAML/);
    assert.deepEqual(config.rules, {});
    assert.deepEqual(config.sources, []);
  }
});

test('an unknown rule id is reported on the key, with a suggestion, and ignored', needs('parseConfig'), () => {
  const text = 'rules:\n  unsourced-statistics: error\n  weekday-date: hint\n';
  const { config, problems } = core.parseConfig(text);
  assert.equal(problems.length, 1);
  const [p] = problems;
  assert.equal(p.code, 'unknown-rule');
  assert.equal(slice(text, p), 'unsourced-statistics');
  assert.match(p.message, /did you mean 'unsourced-statistic'/);
  assert.deepEqual(p.path, ['rules', 'unsourced-statistics']);
  assert.deepEqual(config.rules, { 'weekday-date': 'hint' });
});

test('a bad severity is reported on the value and the default stands', needs('parseConfig'), () => {
  const text = 'rules:\n  vague-attribution: loud\n  anonymous-source: 3\n  first-reference: warn\n  weekday-date: false\n';
  const { config, problems } = core.parseConfig(text);
  const bad = problems.filter((p) => p.code === 'bad-severity');
  assert.deepEqual(bad.map((p) => slice(text, p)), ['loud', '3']);
  assert.ok(bad.every((p) => p.severity === 'error'));
  assert.match(bad[0].message, /error, warning, information, hint, off/);
  assert.deepEqual(config.rules, { 'first-reference': 'warning', 'weekday-date': 'off' });
});

test('other mistakes: unknown settings, wrong shapes, entries without a name, duplicate keys', needs('parseConfig'), () => {
  const text = [
    'colour: blue',
    'rules: 5',
    'sources:',
    '  - name: Bad Type',
    '    type: blog',
    '  - aliases: [x]',
    '  - name: Good',
    '    country: Malaysia',
    '    frequency: daily',
    'spellings: [a, b]',
    'languages: [markdwn]',
    '',
  ].join('\n');
  const { config, problems } = core.parseConfig(text);
  const byCode = (c) => problems.filter((p) => p.code === c).map((p) => slice(text, p));
  assert.deepEqual(byCode('unknown-setting'), ['colour']);
  assert.deepEqual(byCode('unknown-field'), ['frequency']);
  assert.deepEqual(byCode('unknown-language'), ['markdwn']);
  const bad = byCode('bad-value');
  assert.ok(bad.includes('5'), 'rules: 5');
  assert.ok(bad.includes('blog'), 'type: blog');
  assert.ok(bad.includes('Malaysia'), 'country: Malaysia');
  assert.ok(bad.some((s) => s.startsWith('aliases: [x]')), 'entry without a name');
  assert.ok(bad.some((s) => s.startsWith('[a, b]')), 'spellings as a list');
  assert.deepEqual(config.rules, {});
  assert.deepEqual(config.sources.map((s) => [s.name, s.type, s.country]), [['Bad Type', 'other', ''], ['Good', 'other', '']]);
  assert.deepEqual(config.spellings, {});

  const dup = 'rules:\n  weekday-date: off\n  weekday-date: error\n';
  const d = core.parseConfig(dup);
  const p = d.problems.find((x) => x.code === 'duplicate');
  assert.ok(p);
  assert.equal(slice(dup, p), 'weekday-date');
  assert.equal(d.problems.filter((x) => x.code === 'yaml-syntax').length, 0);
});

test('empty, comment-only and non-mapping files; never a throw', needs('parseConfig'), () => {
  assert.deepEqual(core.parseConfig('').problems, []);
  assert.deepEqual(core.parseConfig('# nothing yet\n').problems, []);
  const list = core.parseConfig('- a\n- b\n');
  assert.equal(list.problems[0].code, 'bad-value');
  assert.deepEqual(list.config.rules, {});
  for (const junk of [undefined, null, 42, '{', ']]]', '*anchor', '!!binary x', 'a: *b', '? [a]\n: b', 'rules:\n  - x\n', '\u0000\u0001', 'x'.repeat(10000)]) {
    const r = core.parseConfig(junk);
    assert.ok(r && r.config && Array.isArray(r.problems), JSON.stringify(junk));
    for (const p of r.problems) assert.ok(p.start <= p.end, JSON.stringify(p));
  }
});

test('rule ids and default severities', needs('RULE_IDS', 'DEFAULT_SEVERITIES'), () => {
  assert.deepEqual([...core.RULE_IDS], RULES);
  for (const id of RULES) assert.ok(['error', 'warning', 'information', 'hint', 'off'].includes(core.DEFAULT_SEVERITIES[id]), id);
  assert.equal(core.DEFAULT_SEVERITIES['unsourced-statistic'], 'information');
  // Off until their precision on real copy reaches the information target (README).
  assert.equal(core.DEFAULT_SEVERITIES['unattributed-quote'], 'off');
});

test('VS Code settings: nested or flat, with problems for bad values', needs('validateSettings'), () => {
  const nested = core.validateSettings({ rules: { 'first-reference': 'information', bogus: 'error', 'weekday-date': 'loud' }, maxFileSize: 2048, languages: ['markdown'] });
  assert.deepEqual(nested.settings.rules, { 'first-reference': 'information' });
  assert.equal(nested.settings.maxFileSize, 2048);
  assert.deepEqual(nested.settings.languages, ['markdown']);
  assert.deepEqual(nested.problems.map((p) => p.setting), ['sourced.rules.bogus', 'sourced.rules.weekday-date']);

  const flat = core.validateSettings({ 'sourced.rules': { 'weekday-date': 'off' }, 'sourced.maxFileSize': 'big', 'sourced.inlayHints.sources': false, 'sourced.trace.server': 'verbose' });
  assert.deepEqual(flat.settings.rules, { 'weekday-date': 'off' });
  assert.equal(flat.settings.maxFileSize, 5 * 1024 * 1024);
  assert.equal(flat.settings.inlayHints.sources, false);
  assert.equal(flat.settings.trace, 'verbose');
  assert.deepEqual(flat.problems.map((p) => p.setting), ['sourced.maxFileSize']);

  // Self-lowered hints: off unless asked for; a wrong value is reported and the default kept.
  assert.equal(core.validateSettings({}).settings.hints, false);
  assert.equal(core.validateSettings({ 'sourced.hints': true }).settings.hints, true);
  const badHints = core.validateSettings({ hints: 'yes' });
  assert.equal(badHints.settings.hints, false);
  assert.deepEqual(badHints.problems.map((p) => p.setting), ['sourced.hints']);
  assert.equal(core.mergeSettings({ hints: true }, undefined).hints, true);

  for (const junk of [null, undefined, 5, 'x', [], { rules: [] }, { maxFileSize: -1 }]) {
    const r = core.validateSettings(junk);
    assert.ok(r.settings.rules && typeof r.settings.maxFileSize === 'number');
  }
});

test('merging: defaults, then .sourced.yaml, then the VS Code settings', needs('mergeSettings', 'parseConfig'), () => {
  const file = core.parseConfig('rules:\n  first-reference: warning\n  weekday-date: off\nlanguages: [markdown]\nignore: drafts/**\nsources: [Asia Defence Ledger]\n');
  const merged = core.mergeSettings({ rules: { 'weekday-date': 'error' }, languages: ['plaintext'] }, file);
  assert.equal(merged.rules['first-reference'], 'warning', 'from the file (it is off by default)');
  assert.equal(merged.rules['weekday-date'], 'error', 'the VS Code setting wins');
  assert.equal(merged.rules['unsourced-statistic'], 'information', 'the default');
  assert.deepEqual(Object.keys(merged.rules).sort(), [...RULES].sort());
  assert.deepEqual(merged.languages, ['news', 'markdown', 'plaintext']);
  assert.deepEqual(merged.ignore, ['drafts/**']);
  assert.equal(merged.knowledge.sources[0].name, 'Asia Defence Ledger');
  const none = core.mergeSettings(undefined, undefined);
  assert.equal(none.rules['headline-unsupported'], 'off', 'off by default, below its target on the review set');
  assert.equal(none.rules['anonymous-source'], 'information', 'lowered by the review set');
  assert.equal(none.rules['vague-attribution'], 'information', 'lowered by the review set (right about three times in four on articles it was not tuned on)');
  assert.equal(none.rules['unbalanced-quote'], 'warning');
  assert.equal(none.maxFileSize, 5 * 1024 * 1024);
});

test('the JSON schema lists every rule and severity, and rejects what the parser rejects', () => {
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  const ruleProps = schema.properties.rules.properties;
  assert.deepEqual(Object.keys(ruleProps), RULES);
  for (const id of RULES) {
    assert.ok(ruleProps[id].description, id);
    assert.deepEqual(ruleProps[id].oneOf[0].enum, ['error', 'warning', 'information', 'hint', 'off']);
  }
  for (const key of ['version', 'rules', 'sources', 'organisations', 'people', 'places', 'spellings', 'ignore', 'languages']) {
    assert.ok(schema.properties[key]?.description, key);
  }
  assert.equal(schema.additionalProperties, false);

  let Ajv;
  try {
    Ajv = require('ajv');
  } catch {
    return; // ajv comes with the VS Code packaging tools; without it, the shape checks above stand.
  }
  let YAML;
  try {
    YAML = require('yaml');
  } catch {
    return;
  }
  const validate = new (Ajv.default ?? Ajv)({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(YAML.parse(GOOD)), JSON.stringify(validate.errors));
  for (const bad of ['rules:\n  unsourced-statistics: error\n', 'rules:\n  weekday-date: loud\n', 'colour: blue\n', 'sources:\n  - name: X\n    type: blog\n']) {
    assert.equal(validate(YAML.parse(bad)), false, bad);
  }
});
