// `sourced check`: discovery with .sourced.yaml, text / JSON / SARIF output (SARIF validated
// against the SARIF 2.1.0 schema), exit codes, progress, parallel workers, and the same findings
// as the editor (the language server over stdio).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from '../property/lsp-client.mjs';

const require = createRequire(import.meta.url);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(repoRoot, 'dist', 'cli.js');
const core = require(join(repoRoot, 'dist', 'core.js'));

const ARTICLE = (topic, n) => `${topic} fares to rise by ${n} per cent

The council will raise ${topic.toLowerCase()} fares by ${n} per cent from April, the transport committee said on Tuesday.

Analysts say the rise will hurt commuters who have already absorbed two increases.

Fares have risen 40 per cent since 2019 and ridership has fallen by a fifth.

“We have no choice,” said Ruth Okafor, who chairs the committee. “The alternative is fewer services.”
`;

function makeRepo() {
  const root = mkdtempSync(join(tmpdir(), 'sourced-cli-'));
  const w = (rel, text) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  mkdirSync(join(root, '.git'));
  w('.sourced.yaml', 'version: 1\nlanguages: [markdown]\nignore:\n  - "drafts/**"\nrules:\n  vague-attribution: error\n  unsourced-statistic: warning\n');
  w('articles/bus.news', ARTICLE('Bus', 12));
  w('articles/tram.article', ARTICLE('Tram', 9));
  w('notes/ferry notes.md', ARTICLE('Ferry', 4));
  w('notes/plain.txt', ARTICLE('Train', 3));
  w('drafts/draft.news', ARTICLE('Taxi', 30));
  w('node_modules/pkg/readme.news', ARTICLE('Cable car', 1));
  w('.git/hooks/x.news', ARTICLE('Rail', 2));
  w('clean/clean.news', 'Harbour festival returns\n\nThe harbour festival returns this weekend with music and food stalls along the waterfront.\n');
  return root;
}

function run(args, cwd, env = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', ...env }, maxBuffer: 64 * 2 ** 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const repo = makeRepo();
// The tests only read the repository made above, so a command run on it gives what it gave
// before: several tests look at the same run (`check --format json`, for one) and it runs once.
const runOnRepo = new Map();
function runMemo(args, cwd, env = {}) {
  if ((cwd !== repo && !cwd.startsWith(repo + sep)) || Object.keys(env).length) return run(args, cwd, env);
  const key = JSON.stringify([cwd, args]);
  if (!runOnRepo.has(key)) runOnRepo.set(key, run(args, cwd));
  return runOnRepo.get(key);
}
test.after(() => rmSync(repo, { recursive: true, force: true }));

test('default patterns: .news and .article, plus .md when .sourced.yaml lists markdown; ignore, node_modules and .git skipped', () => {
  const r = runMemo(['check', '--format', 'json', '--fail-on', 'none'], repo);
  assert.equal(r.code, 0, r.err);
  const files = JSON.parse(r.out).map((f) => f.file);
  assert.deepEqual(files, ['articles/bus.news', 'articles/tram.article', 'clean/clean.news', 'notes/ferry notes.md']);
});

test('patterns: globs, folders, exclusions and plain files; a missing file is exit 2', () => {
  let r = runMemo(['check', '--format', 'json', '--fail-on', 'none', 'articles/*.news', 'notes/**/*.{md,txt}', '!**/plain.txt'], repo);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out).map((f) => f.file), ['articles/bus.news', 'notes/ferry notes.md']);
  r = runMemo(['check', '--format', 'json', '--fail-on', 'none', 'articles'], repo);
  assert.deepEqual(JSON.parse(r.out).map((f) => f.file), ['articles/bus.news', 'articles/tram.article']);
  r = runMemo(['check', '--format', 'json', '--fail-on', 'none', 'notes/plain.txt'], repo);
  assert.deepEqual(JSON.parse(r.out).map((f) => f.file), ['notes/plain.txt'], 'a file named on the command line is checked whatever its extension');
  r = runMemo(['check', '--fail-on', 'none', 'drafts/draft.news'], repo);
  assert.match(r.err, /drafts\/draft\.news: skipped \(matches an ignore pattern/);
  r = runMemo(['check', 'nope.news'], repo);
  assert.equal(r.code, 2);
  assert.match(r.err, /nope\.news: no such file or folder/);
  r = runMemo(['check', 'nothing/**/*.news'], repo);
  assert.equal(r.code, 2);
  assert.match(r.err, /no file matches this pattern/);
});

test('text output: file:line:col severity rule message, in file order, summary on stderr', () => {
  const r = runMemo(['check', '--fail-on', 'none'], repo);
  const lines = r.out.trim().split('\n');
  assert.ok(lines.length >= 3);
  for (const l of lines) assert.match(l, /^[^:]+:\d+:\d+ (error|warning|information|hint) [a-z-]+ .+/);
  const order = lines.map((l) => l.split(':')[0]);
  assert.deepEqual(order, [...order].sort((a, b) => ['articles/bus.news', 'articles/tram.article', 'clean/clean.news', 'notes/ferry notes.md'].indexOf(a) - ['articles/bus.news', 'articles/tram.article', 'clean/clean.news', 'notes/ferry notes.md'].indexOf(b)));
  assert.match(r.out, /articles\/bus\.news:5:1 error vague-attribution/);
  assert.match(r.err, /4 files checked: \d+ errors?/);
  assert.doesNotMatch(r.err, /\r/, 'no progress bar when standard error is not a terminal');
});

test('JSON: an array with the same per-file object as `sourced analyze --format json`', () => {
  const r = runMemo(['check', '--format', 'json', '--fail-on', 'none'], repo);
  const all = JSON.parse(r.out);
  for (const f of all) {
    const a = runMemo(['analyze', '--format', 'json', '--fail-on', 'none', f.file], repo);
    assert.deepEqual(f, JSON.parse(a.out), `${f.file}: check and analyze disagree`);
  }
  const bus = all.find((f) => f.file === 'articles/bus.news');
  for (const k of ['file', 'entities', 'quotes', 'attributions', 'claims', 'findings', 'quantities', 'dates', 'blocks', 'articleDate']) assert.ok(k in bus, `key ${k}`);
  const v = bus.findings.find((f) => f.rule === 'vague-attribution');
  assert.equal(v.severity, 'error', '.sourced.yaml severity applies');
  assert.equal(v.line, 5);
  assert.equal(v.character, 1);
  const text = readFileSync(join(repo, 'articles/bus.news'), 'utf8');
  assert.equal(text.slice(v.start, v.end).startsWith('Analysts'), true, 'start/end are 0-based UTF-16 offsets');
});

test('exit codes: --fail-on and --max-warnings', () => {
  assert.equal(runMemo(['check'], repo).code, 1, 'vague-attribution is an error in .sourced.yaml');
  assert.equal(runMemo(['check', '--fail-on', 'none'], repo).code, 0);
  assert.equal(runMemo(['check', 'clean'], repo).code, 0);
  const warnings = JSON.parse(runMemo(['check', '--format', 'json', '--fail-on', 'none'], repo).out).flatMap((f) => f.findings).filter((f) => f.severity === 'warning').length;
  assert.ok(warnings > 0, 'the fixtures raise warnings');
  const over = runMemo(['check', '--fail-on', 'none', '--max-warnings', String(warnings - 1)], repo);
  assert.equal(over.code, 1);
  assert.match(over.err, new RegExp(`${warnings} warnings, more than --max-warnings ${warnings - 1}`));
  assert.equal(runMemo(['check', '--fail-on', 'none', '--max-warnings', String(warnings)], repo).code, 0);
  // (With no .sourced.yaml the defaults apply: "Analysts say" and the fare figures are information.)
  assert.equal(runMemo(['check', '--fail-on', 'warning', '--no-config', 'articles/bus.news'], repo).code, 0);
  assert.equal(runMemo(['check', '--fail-on', 'information', '--no-config', 'articles/bus.news'], repo).code, 1);
  assert.equal(runMemo(['check', '--format', 'xml'], repo).code, 2);
  assert.equal(runMemo(['check', '--jobs', '0'], repo).code, 2);
  assert.equal(runMemo(['check', '--bogus'], repo).code, 2);
});

test('parallel: --jobs 1 and --jobs 4 give identical output over 40 files', () => {
  const many = mkdtempSync(join(tmpdir(), 'sourced-many-'));
  try {
    for (let i = 0; i < 40; i++) writeFileSync(join(many, `a${String(i).padStart(2, '0')}.news`), ARTICLE(['Bus', 'Tram', 'Ferry', 'Metro'][i % 4], i + 1));
    const one = runMemo(['check', '--format', 'json', '--fail-on', 'none', '--jobs', '1'], many);
    const four = runMemo(['check', '--format', 'json', '--fail-on', 'none', '--jobs', '4'], many);
    assert.equal(one.code, 0, one.err);
    assert.equal(four.code, 0, four.err);
    assert.equal(JSON.parse(one.out).length, 40);
    assert.equal(four.out, one.out);
    const textOne = runMemo(['check', '--fail-on', 'none', '--jobs', '1'], many);
    const textTwo = runMemo(['check', '--fail-on', 'none', '--jobs', '2'], many);
    assert.equal(textTwo.out, textOne.out);
  } finally {
    rmSync(many, { recursive: true, force: true });
  }
});

test('progress bar: on a terminal without CI, never in CI or when piped', () => {
  const forced = runMemo(['check', '--fail-on', 'none', '--progress'], repo);
  assert.match(forced.err, /\r\[[#-]+\] \d+\/4 files/);
  const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
  if (script.status !== 0) return; // util-linux `script` gives a pseudo-terminal; without it the forced case above stands
  const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} check --fail-on none > /dev/null`;
  const tty = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: repo, encoding: 'utf8', env: { ...process.env, CI: '' } });
  assert.match(tty.stdout, /\[[#-]+\] \d+\/4 files/, 'a terminal gets the bar');
  const ci = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: repo, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  assert.doesNotMatch(ci.stdout, /\[[#-]+\] \d+\/4 files/, 'CI set: no bar even on a terminal');
});

// ---------------------------------------------------------------- SARIF
// Compiled once (about 0.7 s) for the tests that validate against it.
let sarifValidate = null;
function sarifValidator() {
  sarifValidate ??= compileSarifSchema();
  return sarifValidate;
}
function compileSarifSchema() {
  const Ajv = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  // unicodeRegExp: false: the schema's language pattern (^[a-zA-Z]{2}|…]?$) is not valid with the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
  return ajv.compile(schema);
}

test('SARIF: valid against the SARIF 2.1.0 schema, with or without --help-base', () => {
  const validate = sarifValidator();
  for (const extra of [[], ['--help-base', 'https://example.org/sourced/docs/rules']]) {
    const r = runMemo(['check', '--format', 'sarif', '--fail-on', 'none', ...extra], repo);
    assert.equal(r.code, 0, r.err);
    const log = JSON.parse(r.out);
    const ok = validate(log);
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
  }
  // The schema check itself rejects what code scanning rejects: a relative helpUri.
  const bad = JSON.parse(runMemo(['check', '--format', 'sarif', '--fail-on', 'none', '--help-base', 'docs/rules'], repo).out);
  assert.equal(validate(bad), false, 'a relative helpUri is not a valid SARIF uri');
});

test('SARIF: a skipped file is a tool execution notification, and the log stays valid', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-sarif-'));
  try {
    writeFileSync(join(dir, 'story.news'), ARTICLE('Bus', 12));
    writeFileSync(join(dir, 'blob.news'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131) % 256)));
    const r = runMemo(['check', '--format', 'sarif', '--fail-on', 'none'], dir);
    assert.equal(r.code, 0, r.err);
    const log = JSON.parse(r.out);
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    const notes = log.runs[0].invocations[0].toolExecutionNotifications;
    assert.equal(notes.length, 1);
    assert.match(notes[0].message.text, /blob\.news: skipped: the file is binary/);
    assert.ok(log.runs[0].results.every((x) => x.locations[0].physicalLocation.artifactLocation.uri === 'story.news'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SARIF: rules with summary, help, helpUri and level; results with 1-based regions and repository-relative URIs', () => {
  const r = runMemo(['check', '--format', 'sarif', '--fail-on', 'none', '--help-base', 'https://example.org/sourced/docs/rules/'], join(repo, 'articles'));
  const log = JSON.parse(r.out);
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0/);
  assert.equal(log.runs.length, 1);
  const run0 = log.runs[0];
  assert.equal(run0.tool.driver.name, 'Sourced');
  assert.equal(run0.columnKind, 'utf16CodeUnits');
  const rules = run0.tool.driver.rules;
  for (const rule of core.RULES) {
    const d = rules.find((x) => x.id === rule.id);
    assert.ok(d, `rule ${rule.id} described`);
    assert.equal(d.shortDescription.text, rule.summary);
    assert.equal(d.helpUri, `https://example.org/sourced/docs/rules/${rule.id}.md`);
    assert.equal(d.defaultConfiguration.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[rule.defaultSeverity]);
    // A rule off by default (below its precision target) is described as disabled.
    assert.equal(d.defaultConfiguration.enabled ?? true, core.DEFAULT_SEVERITIES[rule.id] !== 'off', `${rule.id}: enabled`);
  }
  const withHelp = rules.filter((d) => d.help?.markdown);
  assert.ok(withHelp.length >= 1, 'the docs pages travel in `help` for code scanning');

  const json = JSON.parse(runMemo(['check', '--format', 'json', '--fail-on', 'none'], join(repo, 'articles')).out);
  const expected = json.flatMap((f) => f.findings.map((x) => ({ uri: `articles/${f.file}`, ...x })));
  assert.equal(run0.results.length, expected.length);
  for (const [i, res] of run0.results.entries()) {
    const e = expected[i];
    assert.equal(res.ruleId, e.rule);
    assert.equal(rules[res.ruleIndex].id, res.ruleId);
    assert.equal(res.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[e.severity]);
    assert.equal(res.message.text, e.message);
    const loc = res.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, e.uri, 'relative to the repository root (the folder with .git), not the working folder');
    assert.equal(loc.region.startLine, e.line);
    assert.equal(loc.region.startColumn, e.character);
    assert.ok(loc.region.endLine > loc.region.startLine || loc.region.endColumn >= loc.region.startColumn);
    assert.ok(res.partialFingerprints && Object.values(res.partialFingerprints)[0].length > 8);
  }
  const notes = JSON.parse(runMemo(['check', '--format', 'sarif', '--fail-on', 'none'], repo).out).runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri);
  assert.ok(notes.includes('notes/ferry%20notes.md'), 'URIs are percent-encoded');
});

// ---------------------------------------------------------------- the editor's findings
test('the same findings as the editor: check JSON equals the language server diagnostics for each file', { timeout: 60_000 }, async () => {
  const json = JSON.parse(runMemo(['check', '--format', 'json', '--fail-on', 'none'], repo).out);
  const s = await startServer({ rootUri: pathToFileURL(repo).toString() });
  try {
    for (const f of json) {
      const path = join(repo, f.file);
      const uri = pathToFileURL(path).toString();
      const languageId = f.file.endsWith('.md') ? 'markdown' : 'news';
      await s.open(uri, readFileSync(path, 'utf8'), languageId);
      const report = await s.diagnostics(uri);
      const editor = report.items.filter((d) => d.code !== 'orphaned-annotation').map((d) => ({ rule: d.code, severity: ['', 'error', 'warning', 'information', 'hint'][d.severity], line: d.range.start.line + 1, character: d.range.start.character + 1, message: d.message }));
      const cliFindings = f.findings.map((x) => ({ rule: x.rule, severity: x.severity, line: x.line, character: x.character, message: x.message }));
      assert.deepEqual(editor, cliFindings, `${f.file}: the CLI and the editor disagree`);
    }
  } finally {
    await s.stop();
  }
});

test('analyze text output ends with a one-line summary on stderr; an article without findings says so', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-summary-'));
  try {
    writeFileSync(join(dir, 'clean.news'), 'Ferry timetable unchanged\n\nThe harbour ferry will keep its winter timetable, the operator said on its website.\n');
    const example = join(repoRoot, 'examples', 'harbour-bridge.news');
    const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'analyze', example, join(dir, 'clean.news')], { encoding: 'utf8' });
    const findings = r.stdout.trim().split('\n').filter(Boolean);
    const warnings = findings.filter((l) => / warning /.test(l)).length;
    assert.ok(warnings > 0, r.stdout);
    const lines = r.stderr.trim().split('\n');
    assert.ok(lines.includes(`sourced: ${join(dir, 'clean.news')}: no findings`), r.stderr);
    assert.match(lines.at(-1), new RegExp(`^sourced: ${warnings} warnings?(, \\d+ information)? in 2 articles$`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--hints: the hints a rule lowers its own findings to are reported only when asked for, by analyze and check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-hints-'));
  try {
    writeFileSync(join(dir, 'cuts.news'), '---\ndate: 2025-06-11\n---\nBank plans branch job cuts\nNorthbank plans to cut jobs in its branch network this year, according to a person familiar with the matter who asked not to be identified because the plans have not been announced.\n');
    const anonymous = (args) => {
      const out = JSON.parse(run(args, dir).out);
      const findings = Array.isArray(out) ? out.flatMap((f) => f.findings) : out.findings;
      return findings.filter((f) => f.rule === 'anonymous-source').map((f) => f.severity);
    };
    assert.deepEqual(anonymous(['analyze', '--format', 'json', '--fail-on', 'none', 'cuts.news']), []);
    assert.deepEqual(anonymous(['analyze', '--format', 'json', '--fail-on', 'none', '--hints', 'cuts.news']), ['hint']);
    assert.deepEqual(anonymous(['check', '--format', 'json', '--fail-on', 'none', '--jobs', '1']), []);
    assert.deepEqual(anonymous(['check', '--format', 'json', '--fail-on', 'none', '--jobs', '1', '--hints']), ['hint']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
