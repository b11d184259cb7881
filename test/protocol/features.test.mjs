// Protocol: what the editor shows about the article: hovers, outline, references, highlights,
// rename, semantic tokens, inlay hints, code lens, the sourcing report and the sources list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { startServer, find, positionAt, textAt, offsetAt } from './harness.mjs';
import { ARTICLE } from './article.mjs';

let s;
let uri;
before(async () => {
  s = await startServer({ pull: true });
  uri = await s.open('features.news', ARTICLE, { write: true });
});
after(async () => { assert.equal(await s.stop(), 0, s.stderr); });

const at = (needle, opts) => positionAt(ARTICLE, find(ARTICLE, needle, opts));
const hover = (u, position) => s.request('textDocument/hover', { textDocument: { uri: u }, position });

test('hover on a person: Markdown with the kind, the full name and what they said', async () => {
  // On the later surname-only mention: the hover still names the person in full.
  const h = await hover(uri, at('Okafor told', { delta: 2 }));
  assert.equal(h.contents.kind, 'markdown');
  const md = h.contents.value;
  assert.match(md, /person/);
  assert.match(md, /Margaret Okafor/);
  assert.match(md, /3 mentions/);
  assert.match(md, /Council leader/i, 'the role from the text');
  assert.match(md, /said|told/, 'what they are quoted saying');
  assert.equal(textAt(ARTICLE, h.range), 'Okafor');
  assert.equal(offsetAt(ARTICLE, h.range.start), find(ARTICLE, 'Okafor told'));
});

test('hover on an attribution cue: the source and what it covers', async () => {
  const h = await hover(uri, at('said the terminal', { delta: 1 }));
  const md = h.contents.value;
  assert.equal(textAt(ARTICLE, h.range), 'said');
  assert.match(md, /Attribution/);
  assert.match(md, /said/);
  assert.match(md, /Okafor/);
  assert.match(md, /named person/);
  assert.match(md, /terminal would open in 2027/, 'what the attribution covers');
});

test('hover on a figure: the claim and its (missing) support', async () => {
  const h = await hover(uri, at('18 per cent', { delta: 1 }));
  const md = h.contents.value;
  assert.match(md, /Claim/);
  assert.match(md, /figure/);
  assert.match(md, /No source/);
  assert.equal(textAt(ARTICLE, h.range), '18 per cent');
  // A figure that is sourced says by whom.
  const u2 = await s.open('sourced-figure.news', ARTICLE.replace('since 2020.', 'since 2020, according to the Port Authority.'));
  const h2 = await hover(u2, at('18 per cent', { delta: 1 }));
  assert.match(h2.contents.value, /Supported by/);
  assert.match(h2.contents.value, /Port Authority/);
});

test('hover on plain words gives nothing', async () => {
  assert.equal(await hover(uri, at('four-hour debate', { delta: 2 })), null);
});

test('document symbols: People, Organisations, Places, Sources and Claims, unsourced claims first', async () => {
  const symbols = await s.request('textDocument/documentSymbol', { textDocument: { uri } });
  const names = symbols.map((x) => x.name);
  for (const g of ['People', 'Organisations', 'Places', 'Sources', 'Claims']) assert.ok(names.includes(g), `${g} in ${names}`);
  const group = (n) => symbols.find((x) => x.name === n).children.map((c) => c.name);
  assert.ok(group('People').includes('Margaret Okafor'));
  assert.ok(group('Organisations').some((n) => /Northport Harbour Council/.test(n)), group('Organisations').join(', '));
  assert.ok(group('Places').includes('Singapore'), group('Places').join(', '));
  assert.ok(group('Sources').includes('Margaret Okafor'), group('Sources').join(', '));
  const claims = symbols.find((x) => x.name === 'Claims').children;
  assert.ok(claims[0].name.startsWith('✗'), `unsourced first: ${claims[0].name}`);
  assert.ok(claims.some((c) => c.name.includes('US$240 million')));
  // Each child's selection range is inside its range and points at the text it names.
  const person = symbols.find((x) => x.name === 'People').children.find((c) => c.name === 'Margaret Okafor');
  assert.equal(textAt(ARTICLE, person.selectionRange), 'Margaret Okafor');
});

test('document symbols: sponsored and advertising blocks are marked in the outline, and not checked', async () => {
  const text = 'Ferry fares to fall in spring\n\nFerry fares on the Skerry route will fall by 6 per cent in April, the\nharbour board said on Friday.\n\nA message from Northwind Energy\n\nSwitch to Northwind and save up to 30 per cent, say nine in ten customers.\n\nThe board said the cut reflected lower fuel prices.\n';
  const u = await s.open('sponsored.news', text);
  const symbols = await s.request('textDocument/documentSymbol', { textDocument: { uri: u } });
  const group = symbols.find((x) => x.name === 'Sponsored');
  assert.ok(group, `a Sponsored group in ${symbols.map((x) => x.name)}`);
  const names = group.children.map((c) => c.name);
  assert.ok(names.some((n) => n.startsWith('A message from Northwind')), names.join(' | '));
  assert.ok(names.some((n) => n.startsWith('Switch to Northwind')), names.join(' | '));
  const claims = symbols.find((x) => x.name === 'Claims')?.children ?? [];
  assert.ok(!claims.some((c) => c.name.includes('30 per cent')), 'the advert\'s figure is no claim of the article');
});

test('references and document highlights: every mention of the entity, and only those', async () => {
  const position = at('Okafor said after');
  const refs = await s.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
  const texts = refs.map((r) => textAt(ARTICLE, r.range));
  assert.deepEqual(texts, ['Margaret Okafor', 'Okafor', 'Okafor']);
  assert.ok(refs.every((r) => r.uri === uri));
  const starts = refs.map((r) => offsetAt(ARTICLE, r.range.start));
  assert.deepEqual(starts, [find(ARTICLE, 'Margaret Okafor'), find(ARTICLE, 'Okafor said after'), find(ARTICLE, 'Okafor told')]);

  const highlights = await s.request('textDocument/documentHighlight', { textDocument: { uri }, position });
  assert.deepEqual(highlights.map((h) => textAt(ARTICLE, h.range)), texts);
  // Nothing on a plain word.
  assert.deepEqual(await s.request('textDocument/documentHighlight', { textDocument: { uri }, position: at('four-hour') }), []);
});

test('prepareRename + rename: one edit per mention, and every mention reads the new name', async () => {
  const u = await s.open('rename.news', ARTICLE);
  const position = at('Okafor told', { delta: 3 });
  const prep = await s.request('textDocument/prepareRename', { textDocument: { uri: u }, position });
  assert.equal(textAt(ARTICLE, prep.range), 'Okafor');
  assert.equal(prep.placeholder, 'Okafor');
  const edit = await s.request('textDocument/rename', { textDocument: { uri: u }, position, newName: 'Okafur' });
  const dc = edit.documentChanges;
  assert.equal(dc.length, 1);
  assert.deepEqual(dc[0].textDocument, { uri: u, version: 1 });
  assert.equal(dc[0].edits.length, 3, 'one edit per mention');
  assert.ok(dc[0].edits.every((e) => textAt(ARTICLE, e.range) === 'Okafor' && e.newText === 'Okafur'));
  await s.applyEdit(edit);
  const text = s.text(u);
  assert.ok(!text.includes('Okafor'));
  assert.equal(text.split('Okafur').length - 1, 3);
  assert.ok(text.includes('Margaret Okafur'));
  // The renamed person is still one entity with three mentions.
  const refs = await s.request('textDocument/references', { textDocument: { uri: u }, position: positionAt(text, find(text, 'Okafur told')), context: { includeDeclaration: true } });
  assert.equal(refs.length, 3);
  // No rename on a plain word.
  assert.equal(await s.request('textDocument/prepareRename', { textDocument: { uri: u }, position: positionAt(text, find(text, 'four-hour')) }), null);
});

test('rename at a variant spelling (inconsistent-name) renames every mention of the person', async () => {
  // The last "Okafor" misspelled "Okafur": not a mention of Margaret Okafor, but her name.
  const last = ARTICLE.lastIndexOf('Okafor');
  const text = `${ARTICLE.slice(0, last)}Okafur${ARTICLE.slice(last + 6)}`;
  const u = await s.open('rename-variant.news', text);
  const position = positionAt(text, last + 2);
  const prep = await s.request('textDocument/prepareRename', { textDocument: { uri: u }, position });
  assert.ok(prep, 'the variant spelling cannot be renamed');
  assert.equal(textAt(text, prep.range), 'Okafur');
  assert.equal(prep.placeholder, 'Okafur');
  const edit = await s.request('textDocument/rename', { textDocument: { uri: u }, position, newName: 'Okafo' });
  assert.equal(edit.documentChanges[0].edits.length, 3, 'the two mentions and the variant');
  await s.applyEdit(edit);
  const after = s.text(u);
  assert.ok(!/Okafor|Okafur/.test(after), after);
  assert.equal(after.split('Okafo').length - 1, 3);
  assert.ok(after.includes('Margaret Okafo,'));
});

test('semantic tokens: valid relative encoding, entity kinds and attribution cues', async () => {
  const { legend } = s.initializeResult.capabilities.semanticTokensProvider;
  const tokens = await s.request('textDocument/semanticTokens/full', { textDocument: { uri } });
  const data = tokens.data;
  assert.ok(data.length > 0);
  assert.equal(data.length % 5, 0, 'five integers per token');
  const lines = ARTICLE.split('\n');
  const decoded = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, dc, len, type, mods] = data.slice(i, i + 5);
    assert.ok(dl >= 0 && len > 0, `token ${i / 5}: line delta ${dl}, length ${len}`);
    line += dl;
    char = dl === 0 ? char + dc : dc;
    if (dl === 0 && i > 0) assert.ok(dc > 0 || len > 0);
    assert.ok(type >= 0 && type < legend.tokenTypes.length, `type ${type} in the legend`);
    assert.ok(mods >>> 0 < 1 << legend.tokenModifiers.length);
    assert.ok(char + len <= lines[line].length, `token ${i / 5} stays on line ${line}`);
    decoded.push({ line, char, text: lines[line].slice(char, char + len), type: legend.tokenTypes[type] });
  }
  // Tokens are in order and do not overlap.
  for (let i = 1; i < decoded.length; i++) {
    const a = decoded[i - 1];
    const b = decoded[i];
    assert.ok(b.line > a.line || b.char >= a.char + a.text.length, `token ${i} does not overlap the one before`);
  }
  const has = (text, type) => decoded.some((t) => t.text === text && t.type === type);
  assert.ok(has('Margaret Okafor', 'person'), JSON.stringify(decoded.slice(0, 12)));
  assert.ok(has('Okafor', 'person'));
  assert.ok(has('said', 'attributionCue'));
  assert.ok(has('Singapore', 'place'));
  assert.ok(decoded.some((t) => t.type === 'organisation' && /Northport Harbour Council/.test(t.text)));
});

test('inlay hints: the full name after a surname-only mention, switchable in the settings', async () => {
  const hints = await s.request('textDocument/inlayHint', {
    textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: positionAt(ARTICLE, ARTICLE.length) },
  });
  const full = hints.filter((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')).includes('Margaret Okafor'));
  // After the surname in the last paragraph; not in the paragraph that gives the full name.
  assert.equal(full.length, 1, JSON.stringify(hints));
  assert.equal(offsetAt(ARTICLE, full[0].position), find(ARTICLE, 'Okafor told') + 'Okafor'.length);
  // Only the range asked for.
  const last = positionAt(ARTICLE, find(ARTICLE, 'Okafor told'));
  const some = await s.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: last.line, character: 0 }, end: { line: last.line + 1, character: 0 } } });
  assert.equal(some.length, 1);

  // Switched off in the settings: no full-name hints.
  try {
    await s.setSettings({ inlayHints: { fullNames: false } });
    const none = await s.request('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: positionAt(ARTICLE, ARTICLE.length) } });
    assert.ok(!none.some((h) => String(h.label).includes('Margaret Okafor')));
  } finally {
    await s.setSettings({});
  }
});

test('code lens on the headline with the sourcing summary, opening the report', async () => {
  const lenses = await s.request('textDocument/codeLens', { textDocument: { uri } });
  assert.equal(lenses.length, 1);
  const lens = lenses[0];
  const headlineLine = ARTICLE.split('\n').indexOf('Northport council approves ferry terminal after three-year dispute');
  assert.equal(lens.range.start.line, headlineLine);
  assert.equal(lens.command.command, 'sourced.showReport');
  assert.deepEqual(lens.command.arguments, [uri]);
  // The summary counts agree with the report's claims table.
  const m = /(\d+) claims · (\d+) sourced · (\d+) unsourced · (\d+) verified/.exec(lens.command.title);
  assert.ok(m, lens.command.title);
  const [claims, sourced, unsourced, verified] = m.slice(1).map(Number);
  const rows = (await s.request('sourced/report', { uri })).markdown.split('\n').filter((l) => /^\| \d+ \|/.test(l));
  assert.equal(claims, rows.length);
  assert.equal(unsourced, rows.filter((r) => r.includes('**unsourced**')).length);
  assert.ok(unsourced >= 1, 'the unsourced figure is counted');
  assert.equal(sourced + unsourced, claims);
  assert.equal(verified, 0);
  assert.match(lens.command.title, /\(1 people\)/, 'one person: Margaret Okafor');
});

test('sourced/report: Markdown with the claims table, people quoted and open findings', async () => {
  const { markdown } = await s.request('sourced/report', { uri });
  assert.match(markdown, /^# Sourcing report: features\.news/);
  assert.match(markdown, /\| # \| Claim \| Source \| Kind \| Status \| Verified by \|/);
  const rows = markdown.split('\n').filter((l) => /^\| \d+ \|/.test(l));
  assert.ok(rows.length >= 2, 'a row per claim');
  const figure = rows.find((r) => r.includes('US$240 million'));
  assert.ok(figure, 'the unsourced figure is in the table');
  assert.match(figure, /\*\*unsourced\*\*/);
  assert.ok(rows.some((r) => r.includes('Margaret Okafor') && /sourced/.test(r)), 'a claim sourced to Okafor');
  assert.match(markdown, /## People quoted[\s\S]*Margaret Okafor/);
  assert.match(markdown, /## Open findings[\s\S]*weekday-date/);
  // A long claim is cut at a word boundary in the table, and given whole below it.
  assert.ok(rows.some((r) => r.split(' | ')[1].endsWith('…')), 'the test article has a claim long enough to cut');
  for (const r of rows) {
    const claim = r.split(' | ')[1];
    if (!claim.endsWith('…')) continue;
    const shown = claim.slice(0, -1);
    assert.ok(ARTICLE.replace(/\s+/g, ' ').includes(`${shown} `) || ARTICLE.replace(/\s+/g, ' ').includes(`${shown},`), `cut inside a word: “${claim}”`);
    const n = r.split(' | ')[0].replace('| ', '');
    assert.match(markdown, new RegExp(`^- \\*\\*${n}\\*\\* ${shown.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}`, 'm'), `claim ${n} is not given in full`);
  }
  // Unknown documents get an empty report rather than an error.
  assert.deepEqual(await s.request('sourced/report', { uri: s.uri('not-open.news') }), { markdown: '' });
});

test('sourced/fileSources: the sources an article cites, open or only on disk', async () => {
  const open = await s.request('sourced/fileSources', { uri });
  const okafor = open.find((x) => x.name === 'Margaret Okafor');
  assert.ok(okafor, JSON.stringify(open));
  assert.equal(okafor.kind, 'person');
  assert.equal(ARTICLE.slice(okafor.start, okafor.end).includes('Okafor'), true);
  assert.ok(open.some((x) => x.kind === 'vague' && /Analysts/.test(x.name)));

  // An article that is not open is read from disk.
  const onDisk = 'Museum reopens\nThe museum reopened on Monday, the Daily Planet reported. Its director, Ana Silva, said 4,000 people came.\n';
  writeFileSync(s.path('closed.news'), onDisk);
  const closed = await s.request('sourced/fileSources', { uri: s.uri('closed.news') });
  assert.ok(closed.some((x) => /Ana Silva/.test(x.name) && x.kind === 'person'), JSON.stringify(closed));
  // A missing file: an empty list, not an error.
  assert.deepEqual(await s.request('sourced/fileSources', { uri: s.uri('missing.news') }), []);
});
