// Article layouts: the furniture and dateline patterns of data/layout.json (each with a positive
// and a negative example), sign-offs, and how lines become paragraphs — hard-wrapped text, one
// sentence per line, indented first lines, one paragraph per line — plus sponsored blocks.
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
const data = JSON.parse(readFileSync(join(REPO, 'server', 'src', 'analysis', 'data', 'layout.json'), 'utf8'));

const blocksOf = (text, languageId = 'news') => {
  const a = core.analyze(text, kb, { languageId });
  return a.blocks.map((b) => ({ kind: b.kind, text: text.slice(b.start, b.end).replace(/\s+/g, ' ') }));
};
// Every rule, the ones off by default too: layout must not change what any rule finds when on.
const findingsOf = (text) => core.check(core.analyze(text, kb, { languageId: 'news' }), { kb, ...core.MEASURE_ALL });

test('layout.json: every pattern matches its positive example and not its negative one', () => {
  for (const e of [...data.furniture, ...data.datelines, ...data.sectionBreaks.lines, ...data.summaryLabels.lines]) {
    const re = new RegExp(e.pattern, e.flags ?? 'u');
    assert.ok(e.positive && e.negative, `${e.pattern}: needs a positive and a negative example`);
    assert.ok(re.test(e.positive), `${e.pattern} should match ${JSON.stringify(e.positive)}`);
    assert.ok(!re.test(e.negative), `${e.pattern} should not match ${JSON.stringify(e.negative)}`);
  }
});

test('furniture examples are read as furniture, in a real article, and their negatives as copy', () => {
  for (const e of data.furniture) {
    const text = `Harbour board backs ferry plan\n\nThe harbour board approved the plan on Tuesday after a long debate.\n\n${e.positive}\n\nThe ferry will run twice a day from November.\n`;
    const kinds = blocksOf(text).filter((b) => b.text === e.positive).map((b) => b.kind);
    assert.ok(kinds.length && kinds.every((k) => k === e.kind || (e.kind === 'boilerplate' && k === 'boilerplate')), `${JSON.stringify(e.positive)}: ${kinds}`);
    const copy = blocksOf(text.replace(e.positive, e.negative)).find((b) => b.text === e.negative);
    assert.equal(copy?.kind, 'paragraph', `${JSON.stringify(e.negative)} is copy`);
  }
});

test('style-sheet lines left in web copy are furniture, in a real article; their negatives are copy', () => {
  for (const e of data.codeLines.lines) {
    const re = new RegExp(e.pattern, e.flags);
    const also = e.also ? new RegExp(e.also, e.flags) : null;
    assert.ok(re.test(e.positive) && (!also || also.test(e.positive)), `${e.pattern} should match ${JSON.stringify(e.positive)}`);
    assert.ok(!(re.test(e.negative) && (!also || also.test(e.negative))), `${e.pattern} should not match ${JSON.stringify(e.negative)}`);
    const text = `Harbour board backs ferry plan\n\nThe harbour board approved the plan on Tuesday after a long debate.\n\n${e.positive}\n\nThe ferry will run twice a day from November.\n`;
    assert.equal(blocksOf(text).find((b) => b.text === e.positive)?.kind, 'boilerplate', JSON.stringify(e.positive));
    const copy = blocksOf(text.replace(e.positive, e.negative)).find((b) => b.text.startsWith(e.negative.slice(0, 8)));
    assert.equal(copy?.kind, 'paragraph', `${JSON.stringify(e.negative)} is copy`);
  }
});

test('a style sheet pasted into an article gives no findings', () => {
  const css = ['.author-box {', '  padding-top:20px;', '  height:120px;', '  border-top:1px solid #cccccc;', '}', '.author-box img {', '  width:100px;', '  height:100px;', '}', '@media screen and (max-width: 600px) {', '.author-box {', '  height: 275px !important;', '}', '}'].join('\n\n');
  const text = `Harbour board backs ferry plan\n\nThe harbour board approved the plan on Tuesday, its chair, Marta Keane, said.\n\n${css}\n`;
  const a = core.analyze(text, kb, { languageId: 'news' });
  const inCss = core.check(a, { kb, ...core.MEASURE_ALL }).filter((f) => f.start >= text.indexOf('.author-box'));
  assert.deepEqual(inCss.map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`), []);
});

test('a summary label (ABSTRACT) makes the blocks after it a standfirst, up to the next label; its negative is copy', () => {
  for (const e of data.summaryLabels.lines) {
    const text = `Harbour board backs ferry plan\n\n${e.positive}\n\nMs Keane won the vote on the ferry.\n\nBODY TEXT\n\nThe harbour board, led by Marta Keane, approved the plan on Tuesday.\n`;
    const b = blocksOf(text);
    assert.equal(b.find((x) => x.text === e.positive)?.kind, 'boilerplate');
    assert.equal(b.find((x) => x.text.startsWith('Ms Keane'))?.kind, 'standfirst');
    assert.equal(b.find((x) => x.text.startsWith('The harbour board'))?.kind, 'paragraph');
    const copy = blocksOf(text.replace(e.positive, e.negative));
    assert.equal(copy.find((x) => x.text.startsWith('Ms Keane'))?.kind, 'paragraph', `${e.negative}: no summary`);
  }
});

test('a headline ending in a semicolon runs on into its deck, a standfirst; a full stop does not', () => {
  const text = 'Keane wins ferry vote;\n\nIsland service will run again from November.\n\nThe harbour board, led by Marta Keane, approved the plan on Tuesday.\n';
  assert.equal(blocksOf(text)[1].kind, 'standfirst');
  assert.equal(blocksOf(text.replace(';', '.'))[1].kind, 'paragraph');
});

test('hard-wrapped paragraphs: a single line break is a space, a blank line ends the paragraph', () => {
  const text = 'Harbour board backs ferry plan\n\nThe harbour board voted on Tuesday to restore the winter ferry to the\nisland, ending a dispute that had run since the service was cut two\nyears ago.\n\n"We will not leave the island without a boat for another winter,"\nthe chairwoman, Marta Keane, said.\n';
  const b = blocksOf(text);
  assert.deepEqual(b.map((x) => x.kind), ['headline', 'paragraph', 'paragraph']);
  assert.match(b[2].text, /winter," the chairwoman/);
  assert.deepEqual(findingsOf(text).filter((f) => /quote/.test(f.rule)), []);
});

test('a wrapped line cut short by a long next word, or stopping before a figure, goes on with its paragraph (each paragraph wrapped at its own width)', () => {
  // Wrapped at 44, 38, 41 and 50 columns: no one width holds for the text. The second paragraph's
  // first line stops at 33 characters because "Haverstock," would not fit in 38, and its second
  // before a figure.
  const text = [
    'Ferry contract goes to island yard', '',
    'The island council has given the new ferry', 'contract to the yard at Port Ellis, its', 'leader said on Monday, after a vote that', 'split the chamber.', '',
    'The yard’s finance director, Ruth', 'Haverstock, said the firm would hire', '120 welders over the next two years.', '',
    'The first ferry is due to sail in the', 'spring of next year, the council said in', 'a statement on its website, and a second', 'a year later.', '',
    'Councillors who voted against the deal said the', 'price had risen by a third since the tender was', 'first drawn up.', '',
  ].join('\n');
  const b = blocksOf(text);
  assert.deepEqual(b.map((x) => x.kind), ['headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  assert.equal(b[2].text, 'The yard’s finance director, Ruth Haverstock, said the firm would hire 120 welders over the next two years.');
  // A line that ends a sentence still ends its paragraph before a figure.
  const two = 'Ferry contract goes to island yard\n\nThe council met on Monday to vote on the\ncontract for the island ferry.\n\nThe ferry will carry up to eighty cars.\n120 welders will build it at Port Ellis.\n';
  assert.ok(blocksOf(two).length >= 3);
  assert.ok(!blocksOf(two).some((x) => /cars\. 120/.test(x.text)), 'a finished sentence ran on into the next line');
});

test('one paragraph per line stays one paragraph per line (no blank lines, unwrapped)', () => {
  const text = 'Harbour board backs ferry plan\nThe harbour board voted on Tuesday to restore the winter ferry to the island, ending a long dispute.\nThe service was cut two years ago.\nMarta Keane, the chairwoman, said the board had found the money.\n';
  assert.deepEqual(blocksOf(text).map((x) => x.kind), ['headline', 'paragraph', 'paragraph', 'paragraph']);
});

test('blank-line paragraphs of several one-line paragraphs do not run together', () => {
  const text = 'Harbour board backs ferry plan\n\nThe harbour board voted on Tuesday to restore the winter ferry to the island.\nThe service was cut two years ago after a row over money.\n\nMarta Keane, the chairwoman, said the board had found the money.\n\nThe ferry will run from November.\n';
  assert.deepEqual(blocksOf(text).map((x) => x.kind), ['headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
});

test('a page whose lines are paragraphs of several sentences, with blank lines only between its sections, keeps a paragraph per line; lines of one sentence each are one paragraph', () => {
  const section = (n) => [
    `The island council met on Monday to settle the ferry contract, item ${n} of the session. It voted by nine to four.`,
    'The yard at Port Ellis won the work. Its bid was the lowest of the three, the council said.',
    'Ruth Haverstock, the yard’s finance director, said the firm would hire welders. She did not say how many.',
  ];
  const page = ['Ferry contract goes to island yard', '', ...section(1), '', ...section(2), '', ...section(3), ''].join('\n');
  const b = blocksOf(page);
  assert.equal(b.filter((x) => x.kind === 'paragraph' || x.kind === 'standfirst').length, 9, JSON.stringify(b.map((x) => x.kind)));
  assert.ok(!b.some((x) => /nine to four\. The yard/.test(x.text)), 'two paragraphs ran together');
  // The same sections written one sentence per line: each section is one paragraph.
  const perSentence = ['Ferry contract goes to island yard', '', ...[1, 2, 3].flatMap((n) => ['', ...section(n).flatMap((l) => l.split(/(?<=\.) /))])].join('\n');
  const joined = blocksOf(perSentence);
  assert.equal(joined.filter((x) => x.kind === 'paragraph' || x.kind === 'standfirst').length, 3, JSON.stringify(joined.map((x) => x.text)));
});

test('indented first lines open paragraphs in wrapped text without blank lines', () => {
  const text = 'Smelter job losses smaller than feared\n    The Grannock nickel smelter will cut 140 jobs rather than the 400\nfirst reported, the owner, Calder Metals, said on Thursday.\n    Workers at the plant said they had been told of the cuts at a\nmeeting on Wednesday morning.\n';
  const b = blocksOf(text);
  assert.deepEqual(b.map((x) => x.kind), ['headline', 'paragraph', 'paragraph']);
  assert.match(b[1].text, /400 first reported/);
});

test('all-caps headline stays the headline and the dateline lead stays body text; a wire sign-off is a credit', () => {
  const text = 'HARBOUR GROUP TO CUT 300 JOBS\nPORT ELLIS, March 3 (Harbour Wire) - Harbour Freight will cut 300 jobs, the company said on Monday.\nThe company said trade had fallen.\nREUTER\n';
  const b = blocksOf(text);
  assert.deepEqual(b.map((x) => x.kind), ['headline', 'paragraph', 'paragraph', 'credit']);
  assert.deepEqual(findingsOf(text).filter((f) => f.rule === 'headline-unsupported'), []);
});

test('a dateline on a line of its own opens the paragraph below it', () => {
  const text = 'Dock strike ends\n\nPORT ELLIS —\nDockers returned to work on Friday after their union accepted a pay offer.\n\nThe port said trade would resume.\n';
  const b = blocksOf(text);
  assert.deepEqual(b.map((x) => x.kind), ['headline', 'paragraph', 'paragraph']);
  assert.match(b[1].text, /^PORT ELLIS — Dockers/);
});

test('furniture dropped inside a sentence is masked and the sentence runs on', () => {
  const text = 'Dock strike ends\n\nThe port operator said the deal would\nAdvertisement\nadd about £2 million a year to its wage bill.\n\nThe union welcomed the deal.\n';
  const a = core.analyze(text, kb, { languageId: 'news' });
  const para = a.blocks[1];
  assert.equal(para.kind, 'paragraph');
  assert.match(text.slice(para.start, para.end), /would\nAdvertisement\nadd/);
  assert.equal(a.sentences.filter((s) => s.block === para.index).length, 1);
  assert.ok(!a.tokens.some((t) => t.text === 'Advertisement'));
});

test('sponsored blocks: the header and its copy are marked, and nothing there is found', () => {
  const text = 'Energy bills to fall\n\nHousehold energy bills will fall by about 6 per cent in April, the regulator said on Friday.\n\nSponsored content\nNine in ten drivers say our tyres last 40 per cent longer.\n\nThe regulator said wholesale prices had fallen.\n\nSwitch and save up to 30 per cent, with more than 2 million happy customers.\nPaid for by the Friends of the Harbour Fund\n';
  const b = blocksOf(text);
  assert.deepEqual(b.filter((x) => x.kind === 'sponsored').map((x) => x.text), [
    'Sponsored content',
    'Nine in ten drivers say our tyres last 40 per cent longer.',
    'Switch and save up to 30 per cent, with more than 2 million happy customers.',
    'Paid for by the Friends of the Harbour Fund',
  ]);
  const f = findingsOf(text);
  assert.ok(!f.some((x) => /40 per cent|30 per cent|2 million|Nine in ten/.test(text.slice(x.start, x.end))), f.map((x) => x.message).join('\n'));
});

test('Markdown: wrapped lines inside a paragraph are one paragraph; headings and list items stand alone', () => {
  const text = '# Harbour board backs ferry plan\n\nThe harbour board voted on Tuesday to restore the winter ferry to the\nisland, ending a dispute that had run since the service was cut two\nyears ago.\n\n- The ferry runs twice a day\n- Fares stay the same\n';
  const b = blocksOf(text, 'markdown');
  assert.equal(b.filter((x) => x.kind === 'paragraph').length, 3);
  assert.match(b.find((x) => x.kind === 'paragraph').text, /to the island, ending/);
});

test('a first line that is a sentence of prose running straight on into copy is the first paragraph, not a headline; a headline stands apart, is in capitals or runs into a dateline', () => {
  const lead = 'Aisby is a village in the county of Velmshire.\nIt lies on the road to Hexley and has a church.\nThe village school closed in 1990.\n';
  assert.deepEqual(blocksOf(lead).map((x) => x.kind), ['paragraph', 'paragraph', 'paragraph']);
  // Its names are read as the copy's, not dropped as a headline's the body never repeats.
  const names = core.toJson('x', core.analyze(lead, kb, { languageId: 'news' }), []).entities.flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(names.includes('Aisby'), names.join(', '));
  const apart = 'Aisby is a village in the county of Velmshire.\n\nIt lies on the road to Hexley and has a church.\n';
  assert.equal(blocksOf(apart)[0].kind, 'headline');
  const caps = 'VELMSHIRE VILLAGE SCHOOL TO CLOSE.\nThe village school in Aisby will close in July, the council said.\n';
  assert.equal(blocksOf(caps)[0].kind, 'headline');
  const dateline = 'Velmshire council closes village school.\nHEXLEY 1996-08-30\nThe village school in Aisby will close in July, the council said.\n';
  assert.equal(blocksOf(dateline)[0].kind, 'headline');
  const noStop = 'Harbour board backs ferry plan\nThe harbour board voted on Tuesday to restore the winter ferry.\n';
  assert.equal(blocksOf(noStop)[0].kind, 'headline');
});

test('a first block that reads as a lead (closed as a sentence, 16 words or more, in sentence case) is the first paragraph of an article pasted without its headline; short, Title Case or unpunctuated first lines stay headlines', () => {
  const lead = 'Maria Okafor said the harbour bridge would reopen on Monday. The weather had been cold for weeks. Tom Reyes said the repair plan was sound.\n\nWork began in 2019.\n';
  assert.deepEqual(blocksOf(lead).map((x) => x.kind), ['paragraph', 'paragraph']);
  // Read as copy, it is three sentences: each speaker's words end with their own sentence.
  const a = core.analyze(lead, kb, { languageId: 'news' });
  const contents = a.attributions.map((x) => lead.slice(x.content.start, x.content.end));
  assert.deepEqual(contents, ['the harbour bridge would reopen on Monday', 'the repair plan was sound']);
  // One long sentence of a lead is checked as copy: its figure is the rule's to judge.
  const oneSentence = 'The harbour board has spent 40% more on repairs this year than it planned, according to papers seen by islanders on Tuesday.\n\nThe board meets again in May.\n';
  assert.deepEqual(blocksOf(oneSentence).map((x) => x.kind), ['paragraph', 'paragraph']);
  for (const headline of [
    'Rates rise again. Savers wait.', // short
    'Harbour Board Backs The Ferry Plan That Islanders Asked For After A Winter Of Cancelled Crossings.', // Title Case
    'Harbour board backs the ferry plan that islanders asked for after a winter of cancelled crossings and long delays', // no full stop
  ]) assert.equal(blocksOf(`${headline}\n\nThe central bank raised its main rate on Thursday.\n`)[0].kind, 'headline', headline);
});

test('a bulleted list under a lead-in that names its source is read alike in Markdown and in plain text: the items summarise that source, in both', () => {
  const body = 'The harbour board published its spending plan on Monday. In the plan, the board has:\n\n- Raised spending on the ferry pier to 4.2m pounds\n- Cut the dredging budget by 15%\n- Set aside 900,000 pounds for flood barriers\n\nWork starts in May.\n';
  const unsourced = (text, languageId) => core.check(core.analyze(text, kb, { languageId }), { kb, ...core.MEASURE_ALL })
    .filter((f) => f.rule === 'unsourced-statistic').map((f) => text.slice(f.start, f.end).trim());
  const plain = unsourced(`Harbour board sets out its plan\n\n${body}`, 'news');
  const markdown = unsourced(`# Harbour board sets out its plan\n\n${body}`, 'markdown');
  assert.deepEqual(plain, []);
  assert.deepEqual(markdown, plain);
  // The items are list items in both.
  const items = (text, languageId) => core.analyze(text, kb, { languageId }).blocks.filter((b) => b.listItem).length;
  assert.equal(items(`# Plan\n\n${body}`, 'markdown'), 3);
  assert.equal(items(`Plan\n\n${body}`, 'news'), 3);
});

test('in hard-wrapped plain text, a line that a dash happens to start goes on with the sentence above it; an item after a colon, a blank line or another item stays an item', () => {
  const lines = [
    'Ferry row goes to court',
    '',
    'The harbour board and the island council will meet in court next month',
    'over the cost of the new pier, which opened two years late last spring',
    'after a long dispute between the two bodies about the contract terms.',
    '',
    'A spokeswoman for the harbour board said the two sides agreed on most',
    'points. "Their quarrel is only about who pays for the pier and when',
    '- a narrow dispute, in the words of the council," she said on Tuesday.',
    'The council declined to comment on the case before the first hearing.',
    '',
  ];
  const wrapped = lines.join('\n');
  const oneLine = wrapped.replace(/(\S)\n(?=\S)/g, '$1 ');
  const quoteFindings = (text) => findingsOf(text).filter((f) => f.rule === 'unbalanced-quote' || f.rule === 'unattributed-quote').map((f) => f.rule);
  assert.deepEqual(quoteFindings(wrapped), []);
  assert.deepEqual(quoteFindings(wrapped), quoteFindings(oneLine));
  // The dash's line is no block of its own: it is read with the line above.
  assert.ok(!blocksOf(wrapped).some((x) => x.text.startsWith('- a narrow')), JSON.stringify(blocksOf(wrapped)));
  const list = 'Harbour plan\n\nThe board agreed three things:\n- a new pier\n- a winter timetable\n- higher fares\n';
  assert.equal(core.analyze(list, kb, { languageId: 'news' }).blocks.filter((b) => b.listItem).length, 3);
});
