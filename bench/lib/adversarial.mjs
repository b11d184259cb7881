// Adversarial inputs for the analysis: shared by the robustness test (which checks that each
// one is analysed without error, with every range inside the text, and without a runaway) and by
// the bench (which measures each against the 1 s budget of issue 6).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function adversarialInputs(repoRoot) {
  function sample(n) {
    // Real copy to repeat: the project's own articles.
    const dir = join(repoRoot, 'test', 'fixtures', 'corpus');
    const text = readdirSync(dir).filter((f) => f.endsWith('.news')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n');
    let out = text;
    while (out.length < n) out += '\n\n' + text;
    return out.slice(0, n);
  }

  const given = ['James', 'Maria', 'Wei', 'Aisha', 'Olu', 'Sven', 'Priya', 'Kenji', 'Fatima', 'Diego'];
  const family = ['Okafor', 'Lindqvist', 'Tanaka', 'Haddad', 'Moreau', 'Kowalski', 'Nguyen', 'Silva', 'Abdullah', 'Brennan'];
  const names = Array.from({ length: 10_000 }, (_, i) => `${given[i % 10]} ${family[Math.floor(i / 10) % 10]}${String.fromCharCode(97 + (i % 26))}${i}`);

  const ADVERSARIAL = {
    '1 MB single line of prose': () => sample(1 << 20).replace(/\s*[\r\n]+\s*/g, ' '),
    '1 MB single line of one word repeated': () => 'word '.repeat((1 << 20) / 5),
    '1 MB single line without a space': () => 'a'.repeat(1 << 20),
    '10^4 curly quotation marks': () => '“'.repeat(10_000),
    '10^4 straight quotation marks': () => '"'.repeat(10_000),
    '10^4 quotation marks around words': () => Array.from({ length: 10_000 }, (_, i) => (i % 2 ? '” said Smith. ' : '“Hello')).join(''),
    '10^4 unclosed quotes, one per paragraph': () => Array.from({ length: 10_000 }, () => '“It never closes').join('\n\n'),
    '10^5 short lines': () => 'Short line.\n'.repeat(100_000),
    '10^5 one-character lines': () => 'a\n'.repeat(100_000),
    'binary bytes': () => Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919 + (i >> 3)) % 256)).join(''),
    'lone surrogates': () => Array.from({ length: 20_000 }, (_, i) => (i % 3 ? '\ud800' : 'x\udc00 ')).join(''),
    'CRLF line ends': () => sample(100_000).replace(/\n/g, '\r\n'),
    'mixed line ends': () => sample(100_000).replace(/\n/g, (_m, o) => ['\r\n', '\r', '\n', '\u2028'][o % 4]),
    'zero-width characters between every letter': () => sample(30_000).split('').join('\u200b'),
    'right-to-left overrides and isolates': () => sample(50_000).replace(/ /g, (_m, o) => [' \u202e', ' \u2067', ' \u200f', ' \u202c'][o % 4]),
    'a 10^4-name list': () => names.join(', ') + '.',
    '10^4 names, one per line, each said something': () => names.map((n) => `${n} said the figure was 7 per cent.`).join('\n'),
    '10^4 numbers in one sentence': () => Array.from({ length: 10_000 }, (_, i) => `${i}.${i % 10} per cent`).join(', ') + '.',
    '10^4 capitalised words without a stop': () => Array.from({ length: 10_000 }, (_, i) => family[i % 10]).join(' '),
    'deeply nested brackets and quotes': () => '(“‘['.repeat(5_000) + 'x' + ']’”)'.repeat(5_000),
    'front matter that never closes': () => '---\ndate: 2025-02-27\n' + 'key: value\n'.repeat(20_000),
  };

  return ADVERSARIAL;
}
