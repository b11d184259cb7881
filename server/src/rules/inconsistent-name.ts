import type { Finding, Fix, Span } from '../analysis/types';
import type { Rule } from './types';
import { ignoreFix } from './util';

/** Edit distance with transpositions, bounded: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j];
    prev = cur;
  }
  return prev[b.length];
}

export const inconsistentName: Rule = {
  id: 'inconsistent-name',
  defaultSeverity: 'warning',
  summary: 'One person or organisation spelled two ways (Shoigu / Shoygu).',
  check(a, ctx) {
    const out: Finding[] = [];
    // Name words of people and organisations, with how often each spelling is used.
    const counts = new Map<string, number>();
    const owner = new Map<string, string>();
    const tokenTexts = new Set(a.tokens.map((t) => t.text));
    const mentioned = new Set<string>();
    for (const e of a.entities) for (const m of e.mentions) for (const w of m.text.split(/[\s’']+/)) mentioned.add(w);
    for (const e of a.entities) {
      if (e.kind !== 'person') continue;
      for (const m of e.mentions) {
        for (const w of m.text.split(/[\s’']+/)) {
          if (w.length < 4 || !/^\p{Lu}\p{Ll}/u.test(w)) continue;
          counts.set(w, (counts.get(w) ?? 0) + 1);
          owner.set(w, e.name);
        }
      }
    }
    const names = [...counts.keys()];
    // Candidates share their first two letters: compare within those buckets only.
    const byInitial = new Map<string, string[]>();
    for (const n of names) {
      const l = byInitial.get(n.slice(0, 2)) ?? [];
      l.push(n);
      byInitial.set(n.slice(0, 2), l);
    }
    const variants = new Map<string, { spans: Span[]; preferred: string }>();
    const consider = (word: string, span: Span) => {
      if (counts.has(word) && !ctx.kb.preferredSpelling(word)) return;
      const pref = ctx.kb.preferredSpelling(word);
      if (pref && pref !== word) {
        const v = variants.get(word) ?? { spans: [], preferred: pref };
        v.spans.push(span);
        variants.set(word, v);
        return;
      }
      if (word.length < 5 || mentioned.has(word) || ctx.kb.lookup(word) || ctx.kb.isCommonWord(word.toLowerCase()) || ctx.kb.demonym(word)) return;
      for (const n of byInitial.get(word.slice(0, 2)) ?? []) {
        if (n[0] !== word[0] || n === word || n.toLowerCase() === word.toLowerCase()) continue;
        // Inflections are not misspellings: Olympic/Olympics, Maori/Maoris.
        if (word.startsWith(n) || n.startsWith(word)) continue;
        // A plural or singular of a name word ("Turbine" beside "Corvane Turbines") is not a misspelling.
        if (n === `${word}s` || word === `${n}s` || n === `${word}es` || word === `${n}es`) continue;
        const max = word.length >= 9 ? 2 : 1;
        if (editDistance(word, n, max) <= max && (counts.get(n) ?? 0) >= 1 && !(ctx.kb.lookup(n) && ctx.kb.lookup(word))) {
          const v = variants.get(word) ?? { spans: [], preferred: n };
          v.spans.push(span);
          variants.set(word, v);
          return;
        }
      }
    };
    // Variants inside one entity: the knowledge base may know "Shoygu" as another spelling of
    // Shoigu, but an article should use one.
    for (const e of a.entities) {
      if (e.kind !== 'person') continue;
      const canonicalWords = e.name.split(/\s+/);
      for (const m of e.mentions) {
        for (const w of m.text.split(/\s+/)) {
          if (w.length < 4 || canonicalWords.includes(w)) continue;
          const target = canonicalWords.find((c) => c[0] === w[0] && !c.startsWith(w) && !w.startsWith(c) && editDistance(w, c, 2) <= 2);
          const used = target && tokenTexts.has(target);
          if (!target || !used) continue;
          const at = m.start + m.text.indexOf(w);
          const v = variants.get(w) ?? { spans: [], preferred: target };
          if (!v.spans.some((x) => x.start === at)) v.spans.push({ start: at, end: at + w.length });
          variants.set(w, v);
        }
      }
    }
    // Two entities whose multi-word names differ in one near-identical word are one entity
    // spelled two ways ("Harland Maritime" / "Harlend Maritime").
    const multi = a.entities.filter((e) => e.kind !== 'place' && e.name.includes(' '));
    // Names that agree in every word but one share a key with that word blanked out.
    const buckets = new Map<string, number[]>();
    multi.forEach((e, idx) => {
      const w = e.name.split(/\s+/);
      for (let k = 0; k < w.length; k++) {
        const key = `${w.length}|${k}|${w.map((x, n) => (n === k ? '*' : x)).join(' ')}`;
        const l = buckets.get(key) ?? [];
        l.push(idx);
        buckets.set(key, l);
      }
    });
    const pairs: [number, number][] = [];
    for (const l of buckets.values()) for (let p = 0; p < l.length && p < 50; p++) for (let q = p + 1; q < l.length && q < 50; q++) pairs.push([l[p], l[q]]);
    for (const [i, j] of pairs) {
      {
        const x = multi[i].name.split(/\s+/);
        const y = multi[j].name.split(/\s+/);
        if (x.length !== y.length) continue;
        const diff = x.map((w, k) => (w === y[k] ? -1 : k)).filter((k) => k >= 0);
        if (diff.length !== 1) continue;
        const [u, v] = [x[diff[0]], y[diff[0]]];
        if (u.length < 4 || u[0] !== v[0] || editDistance(u, v, 2) > (u.length >= 8 ? 2 : 1) || u.startsWith(v) || v.startsWith(u)) continue;
        // The spelling used less often is the variant.
        const [main, variant] = multi[i].mentions.length >= multi[j].mentions.length ? [multi[i], multi[j]] : [multi[j], multi[i]];
        const wrong = main === multi[i] ? v : u;
        const right = main === multi[i] ? u : v;
        for (const m of variant.mentions) {
          const at = m.text.indexOf(wrong);
          if (at < 0) continue;
          const vv = variants.get(wrong) ?? { spans: [], preferred: right };
          if (!vv.spans.some((sp) => sp.start === m.start + at)) vv.spans.push({ start: m.start + at, end: m.start + at + wrong.length });
          variants.set(wrong, vv);
        }
      }
    }
    for (const t of a.tokens) {
      if (t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
      const b = a.blocks[a.sentences[t.sentence].block];
      if (b && (b.kind === 'boilerplate' || b.kind === 'frontMatter')) continue;
      consider(t.text, t);
    }
    // A variant used more often than the "preferred" one is the house spelling: flip.
    for (const [word, v] of variants) {
      const prefCount = counts.get(v.preferred) ?? 0;
      const preferred = ctx.kb.preferredSpelling(word) ? v.preferred : prefCount >= v.spans.length ? v.preferred : v.preferred;
      const fix: Fix = { title: `Use the spelling “${preferred}” everywhere`, edits: v.spans.map((s) => ({ start: s.start, end: s.end, newText: preferred })), fixAll: true, preferred: true };
      const firstOther = tokenTexts.has(preferred) ? a.tokens.find((t) => t.text === preferred) : undefined;
      for (const s of v.spans) {
        out.push({
          rule: this.id,
          severity: this.defaultSeverity,
          start: s.start,
          end: s.end,
          message: `“${word}” is spelled “${preferred}” elsewhere in the article${owner.get(preferred) ? ` (${owner.get(preferred)})` : ''}: use one spelling.`,
          related: firstOther ? [{ start: firstOther.start, end: firstOther.end, message: `Spelled “${preferred}” here` }] : [],
          fixes: [{ title: `Change to “${preferred}”`, edits: [{ start: s.start, end: s.end, newText: preferred }], preferred: true }, fix, ignoreFix(this.id, s)],
        });
      }
    }
    return out;
  },
};
