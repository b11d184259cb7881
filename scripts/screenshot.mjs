#!/usr/bin/env node
// Takes the README screenshots with the same real VS Code + headless Chromium setup as the
// end-to-end tests: opens the project's own example, examples/harbour-bridge.news (never a text
// from ../shared: the pictures ship in the project), waits for
// Sourced's squiggles, shows the hover on an entity and the Problems panel, and saves
// docs/images/sourced-vscode.png. With --report it instead runs "Sourced: Sourcing report",
// moves the Markdown preview beside the article, and saves docs/images/sourced-report.png;
// one claim is marked verified first (an annotation file in the workspace copy, as the
// "Mark claim verified…" command writes it) so the report shows a verified row.
//
//   node scripts/screenshot.mjs [--no-build] [--report] [--out FILE] [--article FILE]
//                               [--word TEXT] [--verify TEXT] [--ext DIR] [--verbose]
import { spawnSync } from 'node:child_process';
import { copyFileSync, chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CACHE_DIR, startServer, launchBrowser, workbenchUrl, isolatedEnv, vscodeDir, sleep,
} from '../test/editor/lib/vscode-web.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : def;
};
const verbose = argv.includes('--verbose');
const report = argv.includes('--report');
const out = path.resolve(opt('--out', path.join(ROOT, `docs/images/${report ? 'sourced-report' : 'sourced-vscode'}.png`)));
const example = path.join(ROOT, 'examples/harbour-bridge.news');
const article = path.resolve(opt('--article', example));
const hoverWord = opt('--word', article === example ? 'Elias Brannigan' : '');
if (!hoverWord && !report) {
  console.error('[screenshot] with --article, give --word: the name to hover on');
  process.exit(2);
}
// The words the report shows as verified (a figure of the example's body).
const verifyText = opt('--verify', article === example ? '£12 million' : '');
const extDir = path.resolve(opt('--ext', ROOT));
const log = (...a) => console.log('[screenshot]', ...a);

function step(what, cmd, args) {
  log(what);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
}

async function main() {
  try { vscodeDir(); } catch { step('installing the editors', 'bash', ['scripts/setup-editors.sh']); }
  if (!argv.includes('--no-build') && extDir === ROOT) step('building', process.execPath, ['esbuild.mjs']);

  // A workspace holding a copy of the article (the shared folder is read-only in CI).
  const runDir = path.join(CACHE_DIR, 'screenshot');
  rmSync(runDir, { recursive: true, force: true });
  const workspace = path.join(runDir, 'articles');
  mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  const fileName = path.basename(article);
  copyFileSync(article, path.join(workspace, fileName));
  chmodSync(path.join(workspace, fileName), 0o644);
  if (report && verifyText) seedVerified(workspace, fileName, verifyText);
  const settings = {
    'files.associations': { [fileName]: 'news' },
    'editor.wordWrap': 'on',
    'editor.minimap.enabled': false,
    'editor.hover.delay': 100,
    'editor.fontSize': 14,
    'markdown.preview.fontSize': 12,
    'markdown.preview.lineHeight': 1.4,
    'editor.unicodeHighlight.ambiguousCharacters': false,
    'editor.unicodeHighlight.invisibleCharacters': false,
    'files.exclude': { '.vscode': true },
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.colorTheme': 'Default Light Modern',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.commandCenter.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'git.enabled': false,
    'security.workspace.trust.enabled': false,
    'window.commandCenter': false,
  };
  writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify(settings, null, 2));
  const userDataDir = path.join(runDir, 'user-data');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify(settings, null, 2));

  const server = await startServer({
    dataDir: runDir,
    userDataDir,
    env: isolatedEnv(runDir),
    log: (l) => { if (verbose) console.log(`[server] ${l}`); },
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    if (verbose) page.on('console', (m) => console.log(`[browser:${m.type()}] ${m.text()}`));
    const url = workbenchUrl(server, {
      folder: workspace,
      payload: [['extensionDevelopmentPath', server.remoteUri(extDir)], ['skipWelcome', 'true']],
    });
    log('opening the workbench');
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    await sleep(1500);
    await dismissNotifications(page);

    log(`opening ${fileName}`);
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().click();
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: 30_000 });
    await page.waitForFunction(
      () => !!document.querySelector('.editor-actions, .monaco-editor') &&
        [...document.querySelectorAll('.statusbar-item')].some((e) => /news/i.test(e.textContent || '')),
      null, { timeout: 30_000 },
    ).catch(() => log('warning: the status bar does not show the news language'));

    log('waiting for squiggles');
    await page.waitForSelector('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info',
      { timeout: 30_000 });
    await sleep(800);
    if (report) {
      await showReport(page).catch(async (err) => {
        if (verbose) await page.screenshot({ path: path.join(runDir, 'failed.png') }).then(() => log(`see ${path.join(runDir, 'failed.png')}`));
        throw err;
      });
      mkdirSync(path.dirname(out), { recursive: true });
      await page.screenshot({ path: out });
      quantize(out);
      log(`saved ${path.relative(ROOT, out)}`);
      return;
    }

    // Problems panel at the bottom, then back to the editor.
    await page.keyboard.press('Control+Shift+M');
    await sleep(800);
    await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });

    log(`hovering on "${hoverWord}"`);
    await hoverOnText(page, hoverWord);
    await page.waitForSelector('.monaco-hover:not(.hidden) .hover-contents, .monaco-hover:not(.hidden) .rendered-markdown',
      { timeout: 15_000 });
    await sleep(700);
    await dismissNotifications(page);

    mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    quantize(out);
    log(`saved ${path.relative(ROOT, out)}`);
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
}

/** Writes the annotation "Sourced: Mark claim verified…" would write for `exact` in the article. */
function seedVerified(workspace, fileName, exact) {
  const text = readFileSync(path.join(workspace, fileName), 'utf8');
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`--verify: “${exact}” is not in ${fileName}`);
  const end = start + exact.length;
  const now = new Date().toISOString();
  const annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:6f1c2a8e-0d3b-4c55-9a8e-5b7f3e2d1c00',
    type: 'Annotation',
    motivation: 'assessing',
    creator: { type: 'Person', name: 'Desk editor' },
    created: now,
    modified: now,
    body: [
      { type: 'TextualBody', purpose: 'assessing', value: 'verified' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Confirmed against the 2025 budget statement' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://www.mof.gov.my/' },
    ],
    target: {
      source: fileName,
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 40), start), suffix: text.slice(end, end + 40) },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  };
  const dir = path.join(workspace, '.sourced', 'annotations');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${fileName}.json`), JSON.stringify([annotation], null, 2) + '\n');
}

/** Runs "Sourced: Sourcing report" from the Command Palette and puts the preview beside the article. */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10_000 });
  await page.keyboard.type(label, { delay: 10 });
  // Click the entry with exactly this label (fuzzy matching ranks others close to it).
  const row = page.locator('.quick-input-list .monaco-list-row .label-name').filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first();
  await row.waitFor({ timeout: 10_000 });
  await row.click();
  await sleep(500);
}

async function showReport(page) {
  log('running "Sourced: Sourcing report"');
  await runCommand(page, 'Sourced: Sourcing report');
  await page.waitForSelector('.tab:has-text("Preview")', { timeout: 20_000 });
  log('moving the preview beside the article');
  await runCommand(page, 'View: Move Editor into Right Group');
  await page.locator('.part.sidebar').waitFor({ state: 'visible', timeout: 5000 }).then(
    () => page.keyboard.press('Control+B'), () => {});
  // The preview renders in nested iframes: wait for the report's heading inside them.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const frames = page.frames();
    let found = false;
    for (const f of frames) {
      if (await f.locator('h1:has-text("Sourcing report")').count().catch(() => 0)) { found = true; break; }
    }
    if (found) break;
    if (Date.now() > deadline) throw new Error('the report preview did not render');
    await sleep(300);
  }
  await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
  await sleep(1000);
  await dismissNotifications(page);
}

// Moves the mouse over the first on-screen occurrence of `text` in the editor.
async function hoverOnText(page, text) {
  const box = await page.evaluate((needle) => {
    const lines = document.querySelectorAll('.monaco-editor .view-lines .view-line');
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let full = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, start: full.length });
        full += n.textContent.replace(/\u00a0/g, ' ');
      }
      const at = full.indexOf(needle);
      if (at < 0) continue;
      const target = at + needle.length - 2; // inside the last word
      const hit = nodes.filter((x) => x.start <= target).pop();
      const range = document.createRange();
      range.setStart(hit.node, target - hit.start);
      range.setEnd(hit.node, target - hit.start + 1);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, text);
  if (!box) throw new Error(`"${text}" is not visible in the editor`);
  await page.mouse.move(box.x - 40, box.y);
  await page.mouse.move(box.x, box.y, { steps: 5 });
}

async function dismissNotifications(page) {
  for (const btn of await page.locator('.notifications-toasts .codicon-notifications-clear, .notification-toast .codicon-close').all()) {
    await btn.click().catch(() => {});
  }
}

/** The README pictures ship in the .vsix (budget 3 MB): reduce a screenshot to 256 colours with
 *  pngquant when it is installed (`apt-get install pngquant`), about a 60% cut for editor text. */
function quantize(file) {
  const r = spawnSync('pngquant', ['--quality', '70-95', '--speed', '1', '--force', '--output', file, file], { stdio: 'inherit' });
  if (r.error || r.status !== 0) log('pngquant not found or failed: the picture is saved as Chromium wrote it');
}

main().catch((err) => {
  console.error(`[screenshot] ${err && err.stack ? err.stack : err}`);
  process.exit(1);
});
