// Offsets to 0-based line/character (UTF-16), for printing and for the JSON contract.

export interface LineIndex {
  position(offset: number): { line: number; character: number };
  offset(line: number, character: number): number;
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return {
    position(offset: number) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo, character: offset - starts[lo] };
    },
    offset(line: number, character: number) {
      if (line >= starts.length) return text.length;
      return Math.min(starts[line] + character, line + 1 < starts.length ? starts[line + 1] : text.length);
    },
  };
}
