// Finding and reading the human-annotated development sets in ../shared/data (relative to the
// project root). Nothing from there is copied into the project: the eval reads it at run time.
// USE RULE (../shared/data/README.md): CoNLL-2003 and PolNeAR are for measurement only.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The data directory, or null when it is absent. */
export function findDataDir(root = ROOT) {
  const dir = resolve(root, '..', 'shared', 'data');
  return existsSync(join(dir, 'entities')) || existsSync(join(dir, 'attributions')) ? dir : null;
}

/**
 * The sets the real-data section knows. `task`: ner (flat PER/ORG/LOC/MISC spans), gum (GUM
 * mentions + clusters, reduced to named mentions), attr (PolNeAR attributions).
 * `byDefault: false` sets run only when asked for with --set.
 */
export const SETS = [
  { name: 'conll2003-dev', file: 'entities/conll2003-dev.jsonl', task: 'ner', byDefault: true },
  { name: 'wikigold', file: 'entities/wikigold.jsonl', task: 'ner', byDefault: true },
  { name: 'gum-news-dev', file: 'entities/gum-news-dev.jsonl', task: 'gum', byDefault: true },
  { name: 'gum-news-train', file: 'entities/gum-news-train.jsonl', task: 'gum', byDefault: false },
  { name: 'gum-other-train', file: 'entities/gum-other-train.jsonl', task: 'gum', byDefault: false },
  { name: 'gum-other-dev', file: 'entities/gum-other-dev.jsonl', task: 'gum', byDefault: false },
  { name: 'polnear-dev', file: 'attributions/polnear-dev.jsonl', task: 'attr', byDefault: true },
  { name: 'polnear-train', file: 'attributions/polnear-train.jsonl', task: 'attr', byDefault: true },
];

/** One JSON object per non-empty line. */
export function readJsonl(path) {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
      return JSON.parse(l);
    } catch (err) {
      throw new Error(`${path}:${i + 1}: invalid JSON (${err.message})`);
    }
  });
}

export function loadSet(dataDir, set) {
  const path = join(dataDir, set.file);
  if (!existsSync(path)) return null;
  return readJsonl(path);
}

/**
 * True when a document must not be used for training, so that its scores stay an honest
 * held-out measurement. The training script imports this to exclude those documents.
 *   wikigold: documents whose numeric id suffix is a multiple of 5 (wikigold-000, -005, …).
 *   gum-*-train: never held out (GUM's own training split).
 *   everything else (GUM dev, CoNLL-2003, PolNeAR): always held out; CoNLL and PolNeAR may
 *   never train anything shipped anyway (use rule).
 */
export function isHeldOut(setName, docId) {
  if (setName === 'wikigold') {
    const m = /(\d+)$/.exec(String(docId));
    if (!m) throw new Error(`isHeldOut: wikigold id without a numeric suffix: ${docId}`);
    return Number(m[1]) % 5 === 0;
  }
  if (/^gum-.*-train$/.test(setName)) return false;
  return true;
}
