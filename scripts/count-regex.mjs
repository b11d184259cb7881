#!/usr/bin/env node
// Counts the regular expressions of the analysis core: every regular-expression literal and every
// `new RegExp(...)` or `RegExp(...)` call in the .ts files under server/src/analysis and
// server/src/rules, found with the TypeScript compiler's parser (so a slash in a string, a comment
// or a division is never counted). Prints the count per file and the total; `--json` prints
// { files: { path: { literals, constructed, total } }, literals, constructed, total }.
//   node scripts/count-regex.mjs [--json]      (or: npm run regex-count)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ts = createRequire(import.meta.url)('typescript');
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOTS = ['server/src/analysis', 'server/src/rules'];

function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** `RegExp` or `globalThis.RegExp` (also `window.RegExp`) as a callee. */
function isRegExpCallee(node) {
  if (ts.isIdentifier(node)) return node.text === 'RegExp';
  if (ts.isPropertyAccessExpression(node)) return node.name.text === 'RegExp' && ts.isIdentifier(node.expression) && ['globalThis', 'window', 'self'].includes(node.expression.text);
  return false;
}

export function countFile(file) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let literals = 0;
  let constructed = 0;
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) literals++;
    else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) constructed++;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, constructed, total: literals + constructed };
}

export function countAll() {
  const files = {};
  let literals = 0;
  let constructed = 0;
  for (const root of ROOTS) {
    for (const file of tsFiles(join(REPO, root))) {
      const c = countFile(file);
      files[relative(REPO, file).split('\\').join('/')] = c;
      literals += c.literals;
      constructed += c.constructed;
    }
  }
  return { files, literals, constructed, total: literals + constructed };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = countAll();
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(r, null, 2) + '\n');
  } else {
    const rows = Object.entries(r.files).filter(([, c]) => c.total > 0);
    const w = Math.max(...rows.map(([f]) => f.length), 5);
    console.log(`${'file'.padEnd(w)}  literals  new RegExp  total`);
    for (const [f, c] of rows) console.log(`${f.padEnd(w)}  ${String(c.literals).padStart(8)}  ${String(c.constructed).padStart(10)}  ${String(c.total).padStart(5)}`);
    console.log(`${'total'.padEnd(w)}  ${String(r.literals).padStart(8)}  ${String(r.constructed).padStart(10)}  ${String(r.total).padStart(5)}`);
    const none = Object.keys(r.files).length - rows.length;
    if (none) console.log(`(${none} other files have none)`);
  }
}
