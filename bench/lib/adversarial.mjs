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
  const namesOf = (n) => Array.from({ length: n }, (_, i) => `${given[i % 10]} ${family[Math.floor(i / 10) % 10]}${String.fromCharCode(97 + (i % 26))}${i}`);

  // Each input takes a scale k (1 by default): k = 10 gives the 10x-longer copy the bench times
  // beside it to show the cost grows linearly. A single-line input grows along its line.
  const ADVERSARIAL = {
    '1 MB single line of prose': (k = 1) => sample(k << 20).replace(/\s*[\r\n]+\s*/g, ' '),
    '1 MB single line of one word repeated': (k = 1) => 'word '.repeat((k << 20) / 5),
    '1 MB single line without a space': (k = 1) => 'a'.repeat(k << 20),
    'a 99,000-character line of prose': (k = 1) => sample(99_000 * k).replace(/\s*[\r\n]+\s*/g, ' '),
    '10^4 curly quotation marks': (k = 1) => '“'.repeat(10_000 * k),
    '10^4 straight quotation marks': (k = 1) => '"'.repeat(10_000 * k),
    '10^4 quotation marks around words': (k = 1) => Array.from({ length: 10_000 * k }, (_, i) => (i % 2 ? '” said Smith. ' : '“Hello')).join(''),
    '10^4 single quotation marks around words': (k = 1) => Array.from({ length: 10_000 * k }, (_, i) => (i % 2 ? '’ said Smith. ' : '‘Hello')).join(''),
    '10^4 unclosed quotes, one per paragraph': (k = 1) => Array.from({ length: 10_000 * k }, () => '“It never closes').join('\n\n'),
    '10^4 unclosed single quotes, one per paragraph': (k = 1) => Array.from({ length: 10_000 * k }, () => '‘It never closes').join('\n\n'),
    '2x10^4 lines of a quote and its speaker (“Q,” said Ann.)': (k = 1) => '“Q,” said Ann.\n'.repeat(20_000 * k),
    '10^5 short lines': (k = 1) => 'Short line.\n'.repeat(100_000 * k),
    '10^5 one-character lines': (k = 1) => 'a\n'.repeat(100_000 * k),
    '"said " 19,900 times on one line': (k = 1) => 'said '.repeat(19_900 * k),
    'binary bytes': (k = 1) => Array.from({ length: 100_000 * k }, (_, i) => String.fromCharCode((i * 7919 + (i >> 3)) % 256)).join(''),
    'lone surrogates': (k = 1) => Array.from({ length: 20_000 * k }, (_, i) => (i % 3 ? '\ud800' : 'x\udc00 ')).join(''),
    'CRLF line ends': (k = 1) => sample(100_000 * k).replace(/\n/g, '\r\n'),
    'mixed line ends': (k = 1) => sample(100_000 * k).replace(/\n/g, (_m, o) => ['\r\n', '\r', '\n', '\u2028'][o % 4]),
    'zero-width characters between every letter': (k = 1) => sample(30_000 * k).split('').join('\u200b'),
    '3,000 lines of zero-width characters': (k = 1) => ('\u200b'.repeat(40) + '\n').repeat(3_000 * k),
    'right-to-left overrides and isolates': (k = 1) => sample(50_000 * k).replace(/ /g, (_m, o) => [' \u202e', ' \u2067', ' \u200f', ' \u202c'][o % 4]),
    'a 10^4-name list': (k = 1) => namesOf(10_000 * k).join(', ') + '.',
    '10^4 names, one per line, each said something': (k = 1) => namesOf(10_000 * k).map((n) => `${n} said the figure was 7 per cent.`).join('\n'),
    // (Each paragraph a vague-attribution finding: the rule's nested-finding filter was quadratic in them.)
    '10^4 crowds, one per paragraph, each said something': (k = 1) => Array.from({ length: 10_000 * k }, (_, i) => `Some analysts say toll road ${i} is late.`).join('\n\n'),
    // (Each paragraph a finding nobody is named for: whether the finding's author is named later
    // read every later sentence of the article, and every name in it, for each one.)
    '10^4 findings nobody is named for, one per paragraph (“…, a report says.”)': (k = 1) => Array.from({ length: 10_000 * k }, (_, i) => `Prices of item ${i} rose sharply, a report says.`).join('\n\n'),
    // (Each paragraph a crowd that "they say" takes up: whether another report of the sentence
    // contains the "they say" read every report of the article, for each one.)
    '5x10^3 crowds taken up by “they say”, one per paragraph': (k = 1) => Array.from({ length: 5_000 * k }, (_, i) => `Some analysts say toll road ${i} is late. It is a mess, they say, and costly.`).join('\n\n'),
    // (Each paragraph a crowd saying something and a crowd feeling something: the second pass's
    // findings were put in among the first's, each moving every finding after it.)
    '5x10^3 crowds saying and crowds feeling, one pair per paragraph': (k = 1) => Array.from({ length: 5_000 * k }, (_, i) => `Some analysts say toll road ${i} is late. Many members were surprised and dismayed.`).join('\n\n'),
    // (An unnamed source beside a person in each paragraph: whether a name stands in apposition to
    // the source read every mention of every person for each source.)
    '10^4 people, each beside an unnamed official, one per paragraph': (k = 1) => namesOf(10_000 * k).map((n) => `${n} arrived on Monday. A senior official said the talks were over.`).join('\n\n'),
    '10^4 numbers in one sentence': (k = 1) => Array.from({ length: 10_000 * k }, (_, i) => `${i}.${i % 10} per cent`).join(', ') + '.',
    '5,000 figures, one sentence per line': (k = 1) => Array.from({ length: 5_000 * k }, (_, i) => `Sales rose ${i % 97}.${i % 10} per cent to £${i}m in ${1990 + (i % 30)}.`).join('\n'),
    '10^4 capitalised words without a stop': (k = 1) => Array.from({ length: 10_000 * k }, (_, i) => family[i % 10]).join(' '),
    'deeply nested brackets and quotes': (k = 1) => '(“‘['.repeat(5_000 * k) + 'x' + ']’”)'.repeat(5_000 * k),
    'deeply nested round brackets': (k = 1) => '('.repeat(20_000 * k) + 'The council said so' + ')'.repeat(20_000 * k),
    'front matter that never closes': (k = 1) => '---\ndate: 2025-02-27\n' + 'key: value\n'.repeat(20_000 * k),
  };

  return ADVERSARIAL;
}
