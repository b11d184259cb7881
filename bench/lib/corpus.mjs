// The bench corpus: ../shared/corpus/bbc (2,225 BBC articles, 2004–2005) when present beside the
// repository, else the project's own articles in test/fixtures/corpus.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function corpusDir(repoRoot) {
  const bbc = resolve(repoRoot, '..', 'shared', 'corpus', 'bbc');
  if (existsSync(bbc) && statSync(bbc).isDirectory()) return { dir: bbc, kind: 'bbc', pattern: '**/*.txt' };
  return { dir: join(repoRoot, 'test', 'fixtures', 'corpus'), kind: 'fixtures', pattern: '**/*.news' };
}

/** Decode as the CLI does: UTF-8, else Windows-1252 (a handful of BBC files have a £ byte). */
export function decode(buf) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}

export function loadCorpus(repoRoot) {
  const c = corpusDir(repoRoot);
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (c.kind === 'bbc' ? name.endsWith('.txt') : name.endsWith('.news')) files.push(p);
    }
  };
  walk(c.dir);
  return { ...c, articles: files.map((file) => ({ file, text: decode(readFileSync(file)) })) };
}

export function countWords(text) {
  let n = 0;
  const re = /\w+/g;
  while (re.exec(text)) n++;
  return n;
}

/** Whole articles joined by blank lines until the text reaches `chars` characters (cut at a line). */
export function textOfSize(articles, chars) {
  const parts = [];
  let len = 0;
  for (let i = 0; len < chars; i++) {
    const t = articles[i % articles.length].text.trim();
    parts.push(t);
    len += t.length + 2;
  }
  let text = parts.join('\n\n');
  if (text.length > chars) {
    const cut = text.lastIndexOf('\n', chars);
    text = text.slice(0, cut > chars / 2 ? cut : chars);
  }
  return text;
}

/** Whole paragraphs of corpus articles until the text has `words` words (\w+ count). */
export function textOfWords(articles, words) {
  const parts = [];
  let n = 0;
  outer: for (let i = 0; ; i++) {
    const paras = articles[i % articles.length].text.trim().split(/\n\s*\n/);
    for (const p of paras) {
      const w = countWords(p);
      if (n + w > words && n > 0) {
        // Trim the last paragraph to land on the count exactly.
        const re = /\w+/g;
        let m;
        let k = 0;
        let end = 0;
        while ((m = re.exec(p)) && k < words - n) {
          k++;
          end = m.index + m[0].length;
        }
        if (end) parts.push(p.slice(0, end) + '.');
        break outer;
      }
      parts.push(p);
      n += w;
      if (n >= words) break outer;
    }
  }
  return parts.join('\n\n');
}
