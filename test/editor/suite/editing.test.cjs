// End-to-end tests of editing with Sourced in a real VS Code: quick fixes (issue 4), verified
// marks that survive edits, rename, the sourcing report, the outline and semantic highlighting
// (issue 5). Every test works on its own copy of an article in the workspace folder that
// test/editor/run.mjs created (a temporary folder); nothing under ../shared is written.
//
// Each group runs on ../shared/articles/shoigu-anwar-faults.txt when it exists and always on
// the project's own fixture test/editor/fixtures/harbour-levy.news.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'sourced.sourced';
const ROOT = process.env.SOURCED_REPO_ROOT || path.resolve(__dirname, '../../..');
const SHARED_DIR = path.resolve(ROOT, '../shared');
const FIXTURES = path.join(ROOT, 'test/editor/fixtures');
const { WAIT_MS, sleep, waitFor, ruleOf, sourcedDiagnostics, hoverText, inWorkbench } = require('./helpers.cjs');
const LINK = 'https://example.org/source';
const NOTE = 'checked with the ministry';
const AUTHOR = 'E2E Desk'; // sourced.author in the workspace settings (test/editor/run.mjs)

// What each article needs for the tests: the wrong weekday, the variant spelling, a figure
// with an unsourced-statistic warning and the edits made around it.
const PROFILES = [
  {
    label: 'shoigu-anwar-faults (shared)',
    source: path.join(SHARED_DIR, 'articles/shoigu-anwar-faults.txt'),
    base: 'shoigu-anwar-faults',
    weekday: { wrong: 'Wednesday', right: 'Thursday', after: ' (Feb 27)' },
    name: { variant: 'Shoygu', preferred: 'Shoigu', full: 'Sergei Shoigu', newName: 'Shoigou' },
    figure: {
      text: 'US$5.5 billion',
      paragraph: 'While it is unclear whether',
      newParagraph: 'Defence imports rose 14 per cent last year as the navy replaced its ageing patrol boats and bought new radar systems.',
      newFigure: '14 per cent',
      edits: [['While it is unclear whether Shoigu spoke about', 'It is not known whether Shoigu discussed'], ['as it seeks to', 'as it tries to']],
    },
    cue: 'said',
    outline: ['People', 'Organisations', 'Places', 'Sources', 'Claims'],
  },
  {
    label: 'harbour-levy (fixture)',
    source: path.join(FIXTURES, 'harbour-levy.news'),
    base: 'harbour-levy',
    weekday: { wrong: 'Wednesday', right: 'Thursday', after: ' (June 12)' },
    name: { variant: 'Lindkvist', preferred: 'Lindqvist', full: 'Maren Lindqvist', newName: 'Lindgren' },
    figure: {
      text: '9 euros',
      paragraph: 'The levy on each cruise passenger',
      newParagraph: 'The charge already went up by 3 per cent in 2024, when the port added a second ferry berth.',
      newFigure: '3 per cent',
      edits: [['The levy on each cruise passenger will rise by', 'The charge on every cruise passenger is set to rise by'], ['four years.', 'four years from next spring.']],
    },
    cue: 'said',
    outline: ['People', 'Organisations', 'Sources', 'Claims'], // it names no place
  },
];
// A profile whose article is absent (../shared beside the repository) is reported as skipped, so
// that a run without it says the DESIGN.md acceptance was not checked in VS Code.
const MISSING = PROFILES.filter((p) => !fs.existsSync(p.source));
for (const p of MISSING) PROFILES.splice(PROFILES.indexOf(p), 1);

const sourced = sourcedDiagnostics;
const byRule = (uri, rule) => sourced(uri).filter((d) => ruleOf(d) === rule);
const summary = (uri) => sourced(uri).map((d) => `${ruleOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}`).join(', ');

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const countOf = (text, word) => (text.match(new RegExp(`(?<![\\p{L}\\p{N}])${esc(word)}(?![\\p{L}\\p{N}])`, 'gu')) || []).length;

/** Offset of the nth whole-word occurrence of `word`. */
function offsetOf(text, word, nth = 0) {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc(word)}(?![\\p{L}\\p{N}])`, 'gu');
  let m;
  let i = 0;
  while ((m = re.exec(text))) if (i++ === nth) return m.index;
  throw new Error(`"${word}" (#${nth + 1}) not in the text`);
}

function workspaceFolder() {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert.ok(folder, 'VS Code opened no workspace folder');
  const dir = folder.uri.fsPath;
  assert.ok(!path.resolve(dir).startsWith(SHARED_DIR + path.sep), `the workspace ${dir} is inside ../shared`);
  return dir;
}

/** Copies the article into the workspace folder as <base>-<suffix>.news and opens it. */
async function openCopy(profile, suffix) {
  const file = path.join(workspaceFolder(), `${profile.base}-${suffix}.news`);
  fs.copyFileSync(profile.source, file);
  fs.chmodSync(file, 0o644); // the shared articles are read-only; the copy is ours to edit
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  assert.equal(doc.languageId, 'news');
  await vscode.window.showTextDocument(doc, { preview: false });
  await waitFor('the first diagnostics', () => ({ done: sourced(doc.uri).length > 0, why: 'none from sourced yet' }));
  return doc;
}

/** The diagnostic of `rule` whose range covers the given text (nth whole-word occurrence). */
async function diagnosticOn(doc, rule, text, nth = 0) {
  return waitFor(`${rule} on “${text}”`, () => {
    const at = offsetOf(doc.getText(), text, nth);
    const d = byRule(doc.uri, rule).find((x) => doc.offsetAt(x.range.start) <= at && at + text.length <= doc.offsetAt(x.range.end));
    return { done: !!d, value: d, why: `have ${summary(doc.uri)}` };
  });
}

async function codeActions(doc, range) {
  return (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, range)) || [];
}

async function apply(edit) {
  assert.ok(edit, 'no edit to apply');
  assert.equal(await vscode.workspace.applyEdit(edit), true, 'VS Code refused the edit');
}

const client = () => vscode.extensions.getExtension(EXTENSION_ID).exports.client();

for (const p of MISSING) {
  describe(`Editing ${p.label}`, function () {
    it.skip(`${p.source} is absent: these checks did NOT run (a skipped test is not a pass)`, function () {});
  });
}

for (const profile of PROFILES) {
  describe(`Editing ${profile.label}`, function () {
    after(async () => {
      // Save the copies a failed test left dirty (closing would ask), then close everything.
      // Not "Save All": that would ask where to save the untitled report document.
      for (const d of vscode.workspace.textDocuments) if (d.isDirty && d.uri.scheme === 'file') await d.save();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    describe('quick fixes (issue 4)', function () {
      let doc;
      before(async () => {
        doc = await openCopy(profile, 'quickfix');
      });

      it(`"Change to ${profile.weekday.right}" corrects the weekday and the warning goes`, async function () {
        const { wrong, right, after: date } = profile.weekday;
        const d = await diagnosticOn(doc, 'weekday-date', wrong);
        const actions = await codeActions(doc, d.range);
        const fix = actions.find((a) => a.title === `Change to ${right}`);
        assert.ok(fix, `no "Change to ${right}" among: ${actions.map((a) => a.title).join(' | ')}`);
        assert.ok(fix.isPreferred, 'the weekday fix is not the preferred fix');
        await apply(fix.edit);
        const text = doc.getText();
        assert.ok(text.includes(`${right}${date}`), `the text does not say "${right}${date}"`);
        assert.ok(!text.includes(`${wrong}${date}`), `the text still says "${wrong}${date}"`);
        await waitFor('the weekday-date warning to go', () => ({
          done: byRule(doc.uri, 'weekday-date').length === 0 && byRule(doc.uri, 'inconsistent-name').length > 0,
          why: `have ${summary(doc.uri)}`,
        }));
        await doc.save();
      });

      it(`"Use the spelling “${profile.name.preferred}” everywhere" fixes "${profile.name.variant}"`, async function () {
        const { variant, preferred } = profile.name;
        const before = countOf(doc.getText(), preferred);
        const variants = countOf(doc.getText(), variant);
        assert.ok(variants > 0, `the article has no "${variant}"`);
        const d = await diagnosticOn(doc, 'inconsistent-name', variant);
        const actions = await codeActions(doc, d.range);
        const titles = actions.map((a) => a.title).join(' | ');
        assert.ok(actions.some((a) => a.title === `Change to “${preferred}”`), `no "Change to “${preferred}”" among: ${titles}`);
        const fix = actions.find((a) => a.title === `Use the spelling “${preferred}” everywhere`);
        assert.ok(fix, `no "Use the spelling “${preferred}” everywhere" among: ${titles}`);
        await apply(fix.edit);
        assert.equal(countOf(doc.getText(), variant), 0, `"${variant}" is still in the text`);
        assert.equal(countOf(doc.getText(), preferred), before + variants);
        await waitFor('the inconsistent-name warning to go', () => ({
          done: byRule(doc.uri, 'inconsistent-name').length === 0 && byRule(doc.uri, 'unsourced-statistic').length > 0,
          why: `have ${summary(doc.uri)}`,
        }));
        await doc.save();
      });
    });

    describe('a verified mark (issue 5)', function () {
      let doc;
      let annotation; // { id, start, end, exact }
      before(async () => {
        doc = await openCopy(profile, 'verify');
      });

      it(`marking “${profile.figure.text}” verified removes its unsourced-statistic warning and stores a W3C annotation`, async function () {
        const d = await diagnosticOn(doc, 'unsourced-statistic', profile.figure.text);
        const actions = await codeActions(doc, d.range);
        const verify = actions.find((a) => a.title === 'Mark this claim verified…');
        assert.ok(verify && verify.command, `no "Mark this claim verified…" among: ${actions.map((a) => a.title).join(' | ')}`);
        assert.equal(verify.command.command, 'sourced.markVerified');
        const { start, end } = verify.command.arguments[0];
        const exact = doc.getText().slice(start, end);
        assert.ok(exact.includes(profile.figure.text), `the quick fix would verify “${exact}”`);

        // The server command the client's "Mark verified" sends, with what the input boxes ask.
        const result = await vscode.commands.executeCommand('sourced.server.annotate', {
          uri: doc.uri.toString(), motivation: 'assessing', status: 'verified', start, end, link: LINK, note: NOTE,
        });
        assert.ok(result && result.ok, `the annotate command failed: ${JSON.stringify(result)}`);
        annotation = { id: result.id, start, end, exact };

        await waitFor('the unsourced-statistic warning on the figure to go', () => {
          const at = doc.getText().indexOf(profile.figure.text);
          const left = byRule(doc.uri, 'unsourced-statistic').filter((x) => doc.offsetAt(x.range.start) <= at && at < doc.offsetAt(x.range.end));
          return { done: left.length === 0 && sourced(doc.uri).length > 0, why: `have ${summary(doc.uri)}` };
        });

        const rel = path.relative(workspaceFolder(), doc.uri.fsPath).split(path.sep).join('/');
        const file = path.join(workspaceFolder(), '.sourced', 'annotations', `${rel}.json`);
        assert.ok(fs.existsSync(file), `no annotations file at ${file}`);
        const list = JSON.parse(fs.readFileSync(file, 'utf8'));
        assert.ok(Array.isArray(list), 'the annotations file is not a JSON array');
        const a = list.find((x) => x.id === result.id);
        assert.ok(a, `annotation ${result.id} is not in ${file}`);
        assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
        assert.equal(a.type, 'Annotation');
        assert.equal(a.motivation, 'assessing');
        assert.equal(a.target.source, rel);
        const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
        assert.ok(quote, 'no TextQuoteSelector');
        assert.equal(quote.exact, exact);
        assert.ok(typeof quote.prefix === 'string' && typeof quote.suffix === 'string', 'the quote has no prefix/suffix');
        assert.ok(a.target.selector.some((s) => s.type === 'TextPositionSelector' && s.start === start && s.end === end), 'no TextPositionSelector hint');
        assert.ok(a.body.some((b) => b.purpose === 'assessing' && b.value === 'verified'), 'no verified status in the body');
        assert.ok(a.body.some((b) => b.purpose === 'linking' && b.source === LINK), 'no source link in the body');
        assert.ok(a.body.some((b) => b.purpose === 'commenting' && b.value === NOTE), 'no note in the body');
        assert.equal(a.creator && a.creator.name, AUTHOR);
        assert.ok(a.created && a.modified, 'no created/modified time');
      });

      it('after a new paragraph above and words changed around it, the mark still holds', async function () {
        assert.ok(annotation, 'the previous test did not verify the claim');
        const { paragraph, newParagraph, newFigure, edits } = profile.figure;
        const text = doc.getText();
        const lineStart = text.indexOf(`\n${paragraph}`) + 1;
        assert.ok(lineStart > 0, `no paragraph starting “${paragraph}”`);
        const lineEnd = text.indexOf('\n', lineStart);
        const edit = new vscode.WorkspaceEdit();
        edit.insert(doc.uri, doc.positionAt(lineStart), `${newParagraph}\n`);
        for (const [from, to] of edits) {
          const at = text.indexOf(from, lineStart);
          assert.ok(at >= 0 && at < lineEnd, `“${from}” is not in the paragraph`);
          edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + from.length)), to);
        }
        await apply(edit);
        assert.ok(await doc.save(), 'the article could not be saved');
        const now = doc.getText();
        assert.ok(now.includes(`${newParagraph}\n${edits[0][1]}`), 'the edit did not land');

        // Diagnostics for the edited text: the new paragraph's figure is flagged ...
        await diagnosticOn(doc, 'unsourced-statistic', newFigure);
        // ... and the verified figure, now elsewhere, is not.
        const at = now.indexOf(annotation.exact);
        assert.ok(at > annotation.start, 'the verified words did not move');
        const flagged = byRule(doc.uri, 'unsourced-statistic').filter((x) => doc.offsetAt(x.range.start) < at + annotation.exact.length && at < doc.offsetAt(x.range.end));
        assert.equal(flagged.length, 0, `the verified claim is flagged again: ${summary(doc.uri)}`);
        assert.equal(byRule(doc.uri, 'orphaned-annotation').length, 0, 'the annotation is reported as orphaned');

        // The server anchors the annotation on the words at their new place.
        const list = await client().sendRequest('sourced/annotations', { uri: doc.uri.toString() });
        const mine = list.find((x) => x.id === annotation.id);
        assert.ok(mine, `annotation ${annotation.id} is not listed: ${JSON.stringify(list)}`);
        assert.equal(mine.start, at);
        assert.equal(mine.end, at + annotation.exact.length);
      });

      it(`the hover on “${profile.figure.text}” says Verified, by whom, with the link`, async function () {
        const pos = doc.positionAt(doc.getText().indexOf(profile.figure.text) + 1);
        const text = await waitFor('a hover that says Verified', async () => {
          const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos));
          return { done: /Verified/.test(t), value: t, why: `hover: ${t || '(none)'}` };
        });
        assert.ok(text.includes(AUTHOR), `hover does not name ${AUTHOR}:\n${text}`);
        assert.ok(text.includes(LINK), `hover lacks the link:\n${text}`);
        assert.ok(text.includes(NOTE), `hover lacks the note:\n${text}`);
      });

      it('"Mark this claim verified…" asks for a link and a note, then verifies the claim', async function () {
        const { newFigure } = profile.figure;
        const d = await diagnosticOn(doc, 'unsourced-statistic', newFigure);
        const verify = (await codeActions(doc, d.range)).find((a) => a.title === 'Mark this claim verified…');
        assert.ok(verify && verify.command, 'no "Mark this claim verified…" quick fix on the new figure');
        // The client command shows two input boxes (link, note); accept each as left empty.
        let finished = false;
        const done = Promise.resolve(vscode.commands.executeCommand(verify.command.command, ...(verify.command.arguments || [])))
          .finally(() => { finished = true; });
        for (let i = 0; i < 40 && !finished; i++) {
          await sleep(250);
          if (!finished) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        }
        await done;
        await waitFor(`the warning on “${newFigure}” to go`, () => {
          const at = offsetOf(doc.getText(), newFigure);
          const left = byRule(doc.uri, 'unsourced-statistic').filter((x) => doc.offsetAt(x.range.start) <= at && at < doc.offsetAt(x.range.end));
          return { done: left.length === 0, why: `have ${summary(doc.uri)}` };
        });
      });

      it('with no selection, "Mark verified" from the Command Palette acts on the claim at the cursor', async function () {
        const copy = await openCopy(profile, 'cursor');
        const d = await diagnosticOn(copy, 'unsourced-statistic', profile.figure.text);
        const editor = await vscode.window.showTextDocument(copy, { preview: false });
        const inside = d.range.start.translate(0, 1);
        editor.selection = new vscode.Selection(inside, inside);
        // No arguments, as from the Command Palette; both input boxes accepted empty.
        let finished = false;
        const done = Promise.resolve(vscode.commands.executeCommand('sourced.markVerified')).finally(() => { finished = true; });
        for (let i = 0; i < 40 && !finished; i++) {
          await sleep(250);
          if (!finished) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        }
        await done;
        await waitFor(`the warning on “${profile.figure.text}” to go`, () => {
          const at = offsetOf(copy.getText(), profile.figure.text);
          const left = byRule(copy.uri, 'unsourced-statistic').filter((x) => copy.offsetAt(x.range.start) <= at && at < copy.offsetAt(x.range.end));
          return { done: left.length === 0, why: `have ${summary(copy.uri)}` };
        });
        await vscode.window.showTextDocument(doc, { preview: false });
      });

      for (const [command, motivation, typed] of [
        ['sourced.addNote', 'commenting', 'Checked against the council minutes'],
        ['sourced.addLink', 'linking', 'https://example.org/council-minutes'],
      ]) {
        it(`with no selection, "${command}" from the Command Palette annotates the sentence at the cursor`, async function () {
          const copy = await openCopy(profile, `palette-${motivation}`);
          const d = await diagnosticOn(copy, 'unsourced-statistic', profile.figure.text);
          const editor = await vscode.window.showTextDocument(copy, { preview: false });
          const inside = d.range.start.translate(0, 1);
          editor.selection = new vscode.Selection(inside, inside);
          // No arguments, as from the Command Palette; the input box is typed into, as a user would.
          let finished = false;
          const done = Promise.resolve(vscode.commands.executeCommand(command)).finally(() => { finished = true; });
          await sleep(500);
          assert.ok(!finished, `${command} ended without asking for anything (no sentence at the cursor?)`);
          await inWorkbench({ type: typed });
          await inWorkbench({ press: 'Enter' });
          await done;
          const list = await waitFor('the annotation to be listed', async () => {
            const l = await client().sendRequest('sourced/annotations', { uri: copy.uri.toString() });
            return { done: Array.isArray(l) && l.length > 0, value: l, why: JSON.stringify(l) };
          });
          assert.equal(list.length, 1, JSON.stringify(list));
          const [a] = list;
          // The sentence holding the cursor, not a word or the whole paragraph.
          const text = copy.getText();
          const at = copy.offsetAt(inside);
          assert.ok(a.start <= at && at < a.end, `the annotation [${a.start}, ${a.end}) is not at the cursor (${at})`);
          const words = text.slice(a.start, a.end);
          assert.ok(words.includes(profile.figure.text), `annotated “${words}”`);
          assert.ok(!/\n\s*\n/.test(words), `annotated more than one paragraph: “${words}”`);
          assert.ok(JSON.stringify(a).includes(typed), `the ${motivation} annotation lacks what was typed: ${JSON.stringify(a)}`);
          await vscode.window.showTextDocument(doc, { preview: false });
        });
      }

      it('"Sourced: Sourcing report" opens a Markdown preview with the claims table', async function () {
        const name = path.basename(doc.uri.fsPath);
        await vscode.commands.executeCommand('sourced.showReport', doc.uri.toString());
        const report = await waitFor('the report document', () => {
          const r = vscode.workspace.textDocuments.find((d) => d.languageId === 'markdown' && d.getText().startsWith(`# Sourcing report: ${name}`));
          return { done: !!r, value: r, why: `open: ${vscode.workspace.textDocuments.map((d) => `${d.uri.toString()} (${d.languageId})`).join(', ')}` };
        });
        const md = report.getText();
        for (const part of ['## Claims', '| # | Claim | Source | Kind | Status | Verified by |', '## People quoted', '## Sources by kind', '## Open findings', '## Annotations']) {
          assert.ok(md.includes(part), `the report lacks “${part}”:\n${md}`);
        }
        const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l));
        assert.ok(rows.length >= 2, `the claims table has ${rows.length} rows`);
        // The claim verified with a link, and the one verified through the quick fix.
        const verifiedRows = rows.filter((l) => /\| verified \| [^|]*\|$/.test(l));
        assert.equal(verifiedRows.length, 2, `expected two verified claims:\n${rows.join('\n')}`);
        const withLink = verifiedRows.find((l) => l.includes(LINK));
        assert.ok(withLink, `no verified row with the link:\n${verifiedRows.join('\n')}`);
        assert.ok(withLink.includes(AUTHOR), `the row does not say who verified it: ${withLink}`);
        assert.ok(rows.some((l) => l.includes('**unsourced**')), 'no unsourced claim in the table');
        assert.ok(md.includes(NOTE), 'the annotations section lacks the note');

        assert.ok(!report.isDirty && !report.isUntitled, `the report is an unsaved document (${report.uri.toString()})`);

        // The preview is what the user sees: a Markdown preview tab, and no unsaved document
        // that would ask to be saved on closing.
        const tabs = await waitFor('a Markdown preview tab', () => {
          const all = vscode.window.tabGroups.all.flatMap((g) => g.tabs);
          const preview = all.find((t) => t.input instanceof vscode.TabInputWebview && /markdown/i.test(t.input.viewType));
          return { done: !!preview, value: all, why: `tabs: ${all.map((t) => t.label).join(', ')}` };
        });
        const dirty = tabs.filter((t) => t.isDirty);
        assert.deepEqual(dirty.map((t) => t.label), [], 'opening the report left unsaved editors');

        // The same Markdown through the server request the command uses.
        const { markdown } = await client().sendRequest('sourced/report', { uri: doc.uri.toString() });
        assert.equal(markdown, md);
      });
    });

    describe('rename (issue 5)', function () {
      it(`renaming a “${profile.name.preferred}” mention renames every mention, the variant spelling too`, async function () {
        const doc = await openCopy(profile, 'rename');
        const { variant, preferred, full, newName } = profile.name;
        const text = doc.getText();
        const total = countOf(text, preferred) + countOf(text, variant);
        // A bare surname mention (not part of the full name).
        const last = countOf(text, preferred) - 1;
        const pos = doc.positionAt(offsetOf(text, preferred, last) + 1);
        const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, pos, newName);
        await apply(edit);
        const now = doc.getText();
        assert.equal(countOf(now, preferred), 0, `“${preferred}” is still in the text`);
        assert.equal(countOf(now, variant), 0, `“${variant}” is still in the text`);
        assert.equal(countOf(now, newName), total, `expected ${total} mentions of “${newName}”`);
        assert.ok(now.includes(full.replace(preferred, newName)), `the full name did not become “${full.replace(preferred, newName)}”`);
        await doc.save();
      });

      it(`renaming the variant “${profile.name.variant}” renames every mention`, async function () {
        const doc = await openCopy(profile, 'rename-variant');
        const { variant, preferred, newName } = profile.name;
        const text = doc.getText();
        const total = countOf(text, preferred) + countOf(text, variant);
        const pos = doc.positionAt(offsetOf(text, variant) + 1);
        const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, pos, newName);
        await apply(edit);
        const now = doc.getText();
        assert.equal(countOf(now, variant), 0, `“${variant}” is still in the text`);
        assert.equal(countOf(now, preferred), 0, `“${preferred}” is still in the text`);
        assert.equal(countOf(now, newName), total);
        await doc.save();
      });
    });

    describe('outline and highlighting (issue 5)', function () {
      let doc;
      before(async () => {
        doc = await openCopy(profile, 'outline');
      });

      it(`the Outline groups ${profile.outline.join(', ')} (unsourced claims first)`, async function () {
        const symbols = await waitFor('document symbols', async () => {
          const s = (await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri)) || [];
          return { done: s.length > 0, value: s, why: 'none' };
        });
        // The groups in this order; a group with nothing in it is left out.
        assert.deepEqual(symbols.map((s) => s.name), profile.outline);
        const people = symbols.find((s) => s.name === 'People').children.map((c) => c.name);
        assert.ok(people.includes(profile.name.full), `People lacks ${profile.name.full}: ${people.join(', ')}`);
        const claims = symbols.find((s) => s.name === 'Claims').children;
        assert.ok(claims.length >= 2, 'fewer than two claims');
        assert.match(claims[0].name, /^✗ /, `the first claim is not an unsourced one: ${claims[0].name}`);
        // Each person points at their first mention (the headline may use the surname).
        const child = symbols.find((s) => s.name === 'People').children.find((c) => c.name === profile.name.full);
        const first = doc.getText(child.selectionRange);
        assert.ok(first && profile.name.full.endsWith(first), `${profile.name.full} points at “${first}”`);
      });

      it('semantic tokens mark people and attribution cues', async function () {
        const legend = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokensLegend', doc.uri);
        assert.ok(legend && legend.tokenTypes.includes('person'), `legend: ${JSON.stringify(legend)}`);
        const tokens = await waitFor('semantic tokens', async () => {
          const t = await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', doc.uri);
          return { done: !!(t && t.data && t.data.length), value: t, why: 'no data' };
        });
        assert.equal(tokens.data.length % 5, 0);
        // Decode (line, char, length, type) and read the words they cover.
        const found = [];
        let line = 0;
        let char = 0;
        for (let i = 0; i < tokens.data.length; i += 5) {
          const [dl, dc, len, type] = tokens.data.slice(i, i + 4);
          line += dl;
          char = dl ? dc : char + dc;
          found.push({ text: doc.getText(new vscode.Range(line, char, line, char + len)), type: legend.tokenTypes[type] });
        }
        assert.ok(found.some((t) => t.type === 'person' && t.text === profile.name.full), `“${profile.name.full}” is not a person token`);
        assert.ok(found.some((t) => t.type === 'attributionCue' && t.text.includes(profile.cue)), `no attribution cue “${profile.cue}”`);
        assert.ok(found.every((t) => t.text.length > 0 && !t.text.includes('\n')), 'a token is empty or crosses a line');
      });
    });
  });
}
