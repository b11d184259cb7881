// Glob matching for `ignore:` in .sourced.yaml and for `sourced check` patterns, without regular
// expressions: a pattern written by whoever controls the workspace must not be able to stall the
// server (a regex built from "*a*a*a*a*c" backtracks exponentially on a long file name).
//
// Supported: * (any run inside one path segment), ** as a whole segment (any number of segments,
// none included), ? (one character), [abc] / [a-z] / [!abc] (one character of a class), {a,b}
// (alternatives, nested allowed). A ** inside a segment ("a**b") acts as *.
//
// Cost: a segment is matched by the two-pointer wildcard method (at most segment length × pattern
// length steps, no backtracking beyond the last star), the segments by a table over (pattern
// segment, path segment). Brace expansion is capped at MAX_ALTERNATIVES.

/** Brace alternatives beyond this are not expanded: the rest of the pattern is taken literally. */
export const MAX_ALTERNATIVES = 256;

type Piece =
  | { t: 'char'; c: string }
  | { t: 'any' }
  | { t: 'star' }
  | { t: 'class'; negate: boolean; singles: Set<string>; ranges: [string, string][] };

/** A compiled segment: its pieces, or the globstar. */
type Segment = Piece[] | 'globstar';

function expandBraces(glob: string, budget: { left: number }): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) {
      const inner = glob.slice(open + 1, i);
      const parts: string[] = [];
      let d = 0;
      let last = 0;
      for (let j = 0; j < inner.length; j++) {
        if (inner[j] === '{') d++;
        else if (inner[j] === '}') d--;
        else if (inner[j] === ',' && d === 0) {
          parts.push(inner.slice(last, j));
          last = j + 1;
        }
      }
      parts.push(inner.slice(last));
      budget.left -= parts.length - 1;
      if (budget.left < 0) return [glob];
      const rest = glob.slice(i + 1);
      return parts.flatMap((p) => expandBraces(glob.slice(0, open) + p + rest, budget));
    }
  }
  return [glob];
}

function compileSegment(s: string): Segment {
  if (s === '**') return 'globstar';
  const out: Piece[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '*') {
      while (s[i + 1] === '*') i++;
      out.push({ t: 'star' });
    } else if (c === '?') out.push({ t: 'any' });
    else if (c === '[') {
      const close = s.indexOf(']', i + 2);
      if (close < 0) {
        out.push({ t: 'char', c });
        continue;
      }
      let body = s.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      const singles = new Set<string>();
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          ranges.push([body[k], body[k + 2]]);
          k += 2;
        } else singles.add(body[k]);
      }
      out.push({ t: 'class', negate, singles, ranges });
      i = close;
    } else if (c === '\\' && i + 1 < s.length) out.push({ t: 'char', c: s[++i] });
    else out.push({ t: 'char', c });
  }
  return out;
}

function pieceMatches(p: Piece, c: string): boolean {
  if (p.t === 'any') return true;
  if (p.t === 'char') return p.c === c;
  if (p.t === 'class') {
    const inside = p.singles.has(c) || p.ranges.some(([a, b]) => a <= c && c <= b);
    return inside !== p.negate;
  }
  return false;
}

/** One path segment against one pattern segment: greedy stars, resuming only at the last star. */
function segmentMatches(pieces: Piece[], text: string): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const piece = pieces[p];
    if (piece && piece.t !== 'star' && pieceMatches(piece, text[t])) {
      p++;
      t++;
    } else if (piece && piece.t === 'star') {
      starP = p++;
      starT = t;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else return false;
  }
  while (p < pieces.length && pieces[p].t === 'star') p++;
  return p === pieces.length;
}

/** Pattern segments against path segments: reach[i][j] = the first i pattern segments match the first j path segments. */
function pathMatches(pattern: Segment[], path: string[]): boolean {
  let reach = new Uint8Array(path.length + 1);
  reach[0] = 1;
  for (const seg of pattern) {
    const next = new Uint8Array(path.length + 1);
    if (seg === 'globstar') {
      // Zero or more whole segments: every position at or after a reached one.
      let on = 0;
      for (let j = 0; j <= path.length; j++) {
        if (reach[j]) on = 1;
        next[j] = on;
      }
    } else {
      for (let j = 0; j < path.length; j++) if (reach[j] && segmentMatches(seg, path[j])) next[j + 1] = 1;
    }
    reach = next;
  }
  return reach[path.length] === 1;
}

/** A matcher for one glob (forward slashes): true when the whole path matches. */
export function compileGlob(glob: string): (path: string) => boolean {
  const alternatives = expandBraces(glob, { left: MAX_ALTERNATIVES }).map((g) => g.split('/').map(compileSegment));
  return (path: string) => {
    const parts = path.split('/');
    return alternatives.some((segs) => pathMatches(segs, parts));
  };
}
