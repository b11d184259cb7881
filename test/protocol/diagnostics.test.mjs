// Protocol: pulled diagnostics, incremental edits, code actions and quick fixes, settings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, find, ruleOf, textAt, offsetAt, positionAt } from './harness.mjs';
import { ARTICLE, ARTICLE_CRLF, EXPECTED, EXPECTED_SEVERITY, FIGURE_SENTENCE, OFF_RULES_ARTICLE } from './article.mjs';

let s;
before(async () => { s = await startServer({ pull: true }); });
after(async () => { assert.equal(await s.stop(), 0, s.stderr); });

const byRule = (items, rule) => items.filter((d) => ruleOf(d) === rule);

test('pull diagnostics: each fault in the article, at the words that are wrong, with a docs link', async () => {
  const uri = await s.open('pull.news', ARTICLE);
  const items = await s.diagnostics(uri);
  for (const [rule, text] of Object.entries(EXPECTED)) {
    const found = byRule(items, rule);
    assert.equal(found.length, 1, `one ${rule}; got ${items.map(ruleOf)}`);
    const d = found[0];
    assert.equal(textAt(ARTICLE, d.range), text, `${rule} points at “${text}”`);
    assert.equal(d.severity, EXPECTED_SEVERITY[rule], `${rule} has its default severity`);
    assert.equal(d.source, 'sourced');
    assert.match(d.codeDescription?.href ?? '', new RegExp(`docs/rules/${rule}\\.md$`));
    assert.ok(d.message.length > 20, 'a message that says what to do');
  }
  // The unbalanced quote is the one before “a deal done…”, not the closed quote earlier.
  const quote = byRule(items, 'unbalanced-quote')[0];
  assert.equal(offsetAt(ARTICLE, quote.range.start), find(ARTICLE, '“a deal done'));
  // The weekday message names the right day.
  assert.match(byRule(items, 'weekday-date')[0].message, /Thursday/);

  // The unsourced figures: the range covers the figures of the unsourced sentence.
  const stat = byRule(items, 'unsourced-statistic');
  assert.equal(stat.length, 1, `one unsourced-statistic; got ${stat.map((d) => textAt(ARTICLE, d.range))}`);
  const covered = textAt(ARTICLE, stat[0].range);
  assert.ok(covered.startsWith('US$240 million'), covered);
  assert.ok(covered.endsWith('18 per cent'), covered);
  assert.equal(stat[0].severity, 3, 'unsourced-statistic gives information by default (the review set; README)');
  assert.match(stat[0].codeDescription.href, /docs\/rules\/unsourced-statistic\.md$/);

  // The rules off by default (below their precision target on real copy; README) report nothing
  // through the server (turned on, they still find nothing here: see the settings test below).
  for (const id of ['unattributed-quote', 'first-reference', 'headline-unsupported', 'unknown-source']) assert.equal(byRule(items, id).length, 0, id);
  // Nothing else at warning or information level: the findings are the faults that were put in.
  const warnings = items.filter((d) => d.severity <= 3).map(ruleOf).sort();
  assert.deepEqual(warnings, ['unbalanced-quote', 'unsourced-statistic', 'vague-attribution', 'weekday-date']);
});

test('ranges count UTF-16 and survive CRLF line ends', async () => {
  const uri = await s.open('crlf.news', ARTICLE_CRLF);
  const items = await s.diagnostics(uri);
  for (const [rule, text] of Object.entries(EXPECTED)) {
    const d = byRule(items, rule)[0];
    assert.ok(d, `${rule} with CRLF`);
    assert.equal(textAt(ARTICLE_CRLF, d.range), text);
  }
  // An emoji (two UTF-16 units) before the weekday moves the range by two characters.
  const emoji = ARTICLE.replace('The final vote', '🗳️ The final vote');
  const u2 = await s.open('emoji.news', emoji);
  const d = byRule(await s.diagnostics(u2), 'weekday-date')[0];
  assert.equal(textAt(emoji, d.range), 'Tuesday');
});

test('incremental edits: fixing the weekday removes the finding, a new fault adds one', async () => {
  const uri = await s.open('edit.news', ARTICLE);
  assert.equal(byRule(await s.diagnostics(uri), 'weekday-date').length, 1);

  // Two changes in one notification: correct the weekday, then insert a sentence elsewhere.
  const at = find(ARTICLE, 'Tuesday (Mar 13)');
  const insertAt = find(ARTICLE, 'Okafor told reporters');
  await s.change(uri, [
    { start: at, end: at + 'Tuesday'.length, text: 'Thursday' },
    // Offsets after the first change: "Thursday" is one character longer than "Tuesday".
    { start: insertAt + 1, end: insertAt + 1, text: 'Experts believe the budget will grow. ' },
  ]);
  const text = s.text(uri);
  assert.ok(text.includes('on Thursday (Mar 13)') && text.includes('Experts believe the budget will grow. Okafor told'));
  const items = await s.diagnostics(uri);
  assert.equal(byRule(items, 'weekday-date').length, 0, 'the weekday is right now');
  const vague = byRule(items, 'vague-attribution').map((d) => textAt(text, d.range));
  assert.ok(vague.includes('Experts believe'), `the new vague attribution is found: ${vague}`);
  assert.ok(vague.includes('Analysts say'));
  // Ranges after the edit point at the edited text.
  assert.equal(textAt(text, byRule(items, 'unbalanced-quote')[0].range), '“');

  // Undo the weekday fix with a deletion + insertion: the finding is back.
  const t2 = s.text(uri);
  const th = find(t2, 'Thursday (Mar 13)');
  await s.change(uri, [{ start: th, end: th + 'Thursday'.length, text: '' }, { start: th, end: th, text: 'Tuesday' }]);
  const back = byRule(await s.diagnostics(uri), 'weekday-date');
  assert.equal(back.length, 1);
  assert.equal(textAt(s.text(uri), back[0].range), 'Tuesday');
});

test('code actions: titled fixes with edits for the current document version', async () => {
  const uri = await s.open('actions.news', ARTICLE);
  // Move to version 3 first, so that a stale version would show.
  const end = ARTICLE.length;
  await s.change(uri, [{ start: end, end, text: '\n' }]);
  await s.change(uri, [{ start: end + 1, end: end + 1, text: 'The council meets again in April.\n' }]);
  const version = s.version(uri);
  assert.equal(version, 3);
  const items = await s.diagnostics(uri);
  const weekday = byRule(items, 'weekday-date')[0];
  const actions = await s.request('textDocument/codeAction', { textDocument: { uri }, range: weekday.range, context: { diagnostics: [weekday], only: ['quickfix'] } });
  const titles = actions.map((a) => a.title);
  assert.ok(titles.includes('Change to Thursday'), titles.join(' | '));
  assert.ok(titles.includes('Ignore weekday-date here'), titles.join(' | '));
  const change = actions.find((a) => a.title === 'Change to Thursday');
  assert.equal(change.kind, 'quickfix');
  assert.equal(change.isPreferred, true);
  assert.equal(change.diagnostics?.[0] && ruleOf(change.diagnostics[0]), 'weekday-date');
  const dc = change.edit.documentChanges;
  assert.equal(dc.length, 1);
  assert.deepEqual(dc[0].textDocument, { uri, version });
  assert.equal(dc[0].edits.length, 1);
  assert.equal(textAt(s.text(uri), dc[0].edits[0].range), 'Tuesday');
  assert.equal(dc[0].edits[0].newText, 'Thursday');
  // The ignore action is carried out by the server (an annotation), not by a text edit.
  const ignore = actions.find((a) => a.title === 'Ignore weekday-date here');
  assert.equal(ignore.command.command, 'sourced.server.annotate');
  assert.equal(ignore.command.arguments[0].motivation, 'moderating');
  assert.equal(ignore.command.arguments[0].rule, 'weekday-date');

  // A range with no finding (the standfirst) gets no quick fix.
  const clean = find(ARTICLE, 'Councillors backed');
  const none = await s.request('textDocument/codeAction', {
    textDocument: { uri }, range: { start: positionAt(ARTICLE, clean), end: positionAt(ARTICLE, clean + 11) }, context: { diagnostics: [], only: ['quickfix'] },
  });
  assert.deepEqual(none, []);
});

test('applying quick fixes changes the text as promised and the finding is gone on the next pull', async () => {
  const uri = await s.open('fix.news', ARTICLE);
  const fixes = [
    { rule: 'weekday-date', title: 'Change to Thursday', expect: (t) => t.includes('on Thursday (Mar 13)') },
    { rule: 'unsourced-statistic', title: /^Attribute to Margaret Okafor/, expect: (t) => t.includes('since 2020, according to Margaret Okafor.') },
    { rule: 'unbalanced-quote', title: 'Close the quote at the end of the paragraph', expect: (t) => t.includes('“a deal done before anyone was asked.”') },
  ];
  for (const f of fixes) {
    const items = await s.diagnostics(uri);
    const d = byRule(items, f.rule)[0];
    assert.ok(d, `${f.rule} before its fix`);
    const actions = await s.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const action = actions.find((a) => (typeof f.title === 'string' ? a.title === f.title : f.title.test(a.title)));
    assert.ok(action, `${f.rule}: a fix titled ${f.title}; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(action.edit.documentChanges[0].textDocument.version, s.version(uri));
    await s.applyEdit(action.edit);
    assert.ok(f.expect(s.text(uri)), `${f.rule}: the text after the fix`);
    const after = await s.diagnostics(uri);
    assert.equal(byRule(after, f.rule).length, 0, `${f.rule} is gone after its fix`);
  }
  // No warning is left; the vague attribution stays, at information.
  const after = await s.diagnostics(uri);
  assert.deepEqual(after.filter((d) => d.severity <= 2).map(ruleOf), []);
  assert.deepEqual(byRule(after, 'vague-attribution').map((d) => d.severity), [3]);
  assert.ok(s.text(uri).includes(FIGURE_SENTENCE.replace('2020.', '2020, according to Margaret Okafor.')));
});

test('settings: turning a rule off or changing its severity takes effect after didChangeConfiguration', async () => {
  const uri = await s.open('settings.news', ARTICLE);
  assert.equal(byRule(await s.diagnostics(uri), 'weekday-date').length, 1);
  try {
    await s.setSettings({ rules: { 'weekday-date': 'off', 'vague-attribution': 'error' } });
    const items = await s.diagnostics(uri);
    assert.equal(byRule(items, 'weekday-date').length, 0, 'weekday-date is off');
    assert.equal(byRule(items, 'vague-attribution')[0].severity, 1, 'vague-attribution is an error now');
    assert.equal(byRule(items, 'unbalanced-quote').length, 1, 'other rules are untouched');
    assert.ok(s.state.configurationRequests > 0, 'settings are read with workspace/configuration');

    // A document opened now gets the same settings.
    const u2 = await s.open('settings-2.news', ARTICLE);
    assert.equal(byRule(await s.diagnostics(u2), 'weekday-date').length, 0, 'a newly opened document uses the settings too');

    await s.setSettings({});
    assert.equal(byRule(await s.diagnostics(uri), 'weekday-date').length, 1, 'back on with the defaults');
    assert.equal(byRule(await s.diagnostics(uri), 'vague-attribution')[0].severity, 3, 'back to information');
  } finally {
    s.state.settings = {};
  }
});

const OFF_BY_DEFAULT = ['unattributed-quote', 'first-reference', 'headline-unsupported', 'unknown-source', 'inconsistent-figure'];

test('settings: the rules off by default report once the settings turn them on', async () => {
  const uri = await s.open('off-rules.news', OFF_RULES_ARTICLE);
  const article = await s.open('off-rules-article.news', ARTICLE);
  for (const id of OFF_BY_DEFAULT) assert.equal(byRule(await s.diagnostics(uri), id).length, 0, `${id} is off by default`);
  try {
    await s.setSettings({ rules: Object.fromEntries(OFF_BY_DEFAULT.map((id) => [id, 'information'])) });
    const items = await s.diagnostics(uri);
    for (const id of OFF_BY_DEFAULT) assert.ok(byRule(items, id).length >= 1 && byRule(items, id).every((d) => d.severity === 3), `${id} on: ${items.map(ruleOf)}`);
    // On the protocol article the quote has its speaker and Okafor is introduced in full.
    const clean = await s.diagnostics(article);
    assert.equal(byRule(clean, 'unattributed-quote').length, 0, clean.map(ruleOf).join(', '));
    assert.equal(byRule(clean, 'first-reference').length, 0, clean.map(ruleOf).join(', '));
  } finally {
    await s.setSettings({});
    s.state.settings = {};
  }
});

const REASONED = `---
date: 2025-06-11
---
Bank plans branch job cuts
Northbank plans to cut jobs in its branch network this year, according to a person familiar with the matter who asked not to be identified because the plans have not been announced.
`;

test('settings: sourced.hints shows the hints a rule lowers its own findings to', async () => {
  const uri = await s.open('hints.news', REASONED);
  assert.equal(byRule(await s.diagnostics(uri), 'anonymous-source').length, 0, 'not shown by default');
  try {
    await s.setSettings({ hints: true });
    const anon = byRule(await s.diagnostics(uri), 'anonymous-source');
    assert.deepEqual(anon.map((d) => d.severity), [4], 'one hint for the source whose anonymity is explained');
  } finally {
    await s.setSettings({});
    s.state.settings = {};
  }
});

test('invalid settings values fall back to the defaults, with a logged warning, and never crash', async () => {
  const uri = await s.open('invalid-settings.news', ARTICLE);
  const logsBefore = s.state.logs.length;
  try {
    for (const bad of [
      { rules: { 'weekday-date': 'loud', 'vague-attribution': 42 }, maxFileSize: 'big', languages: 'markdown', inlayHints: 'yes', author: 7 },
      { rules: ['weekday-date'], maxFileSize: -5 },
      'nonsense',
      null,
      42,
    ]) {
      await s.setSettings(bad);
      const items = await s.diagnostics(uri);
      const weekday = byRule(items, 'weekday-date');
      assert.equal(weekday.length, 1, `weekday-date at its default with settings ${JSON.stringify(bad)}`);
      assert.equal(weekday[0].severity, 2);
      assert.equal(byRule(items, 'vague-attribution')[0].severity, EXPECTED_SEVERITY['vague-attribution'], 'vague-attribution at its default');
      // Hover still works.
      const hover = await s.request('textDocument/hover', { textDocument: { uri }, position: positionAt(ARTICLE, find(ARTICLE, 'Okafor told')) });
      assert.match(hover?.contents?.value ?? '', /Margaret Okafor/);
    }
    const warnings = s.state.logs.slice(logsBefore).filter((l) => l.type === 2).map((l) => l.message).join('\n');
    assert.match(warnings, /weekday-date/, 'the invalid rule severity is named');
    assert.match(warnings, /maxFileSize/);
  } finally {
    await s.setSettings({});
  }
});
