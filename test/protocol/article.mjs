// The project's own test article for the protocol tests (test/protocol/fixtures), with the
// spans the tests point at.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ARTICLE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'harbour-terminal.news'), 'utf8');

/** Writes the article with \r\n line ends, for the CRLF checks. */
export const ARTICLE_CRLF = ARTICLE.replace(/\n/g, '\r\n');

/** Rule ids the article must raise, with the exact text each diagnostic's range covers. */
export const EXPECTED = {
  'weekday-date': 'Tuesday',
  'vague-attribution': 'Analysts say',
  'unbalanced-quote': '“',
};
/** The LSP severity each of them has by default (1 error, 2 warning, 3 information). */
export const EXPECTED_SEVERITY = {
  'weekday-date': 2,
  'vague-attribution': 3,
  'unbalanced-quote': 2,
};
/** The unsourced figure sentence, and the figures in it. */
export const FIGURE_SENTENCE = 'The terminal will cost about US$240 million, and ferry traffic through the port has grown by 18 per cent since 2020.';

/** An article that sets off each rule that is off by default (unattributed-quote, first-reference,
 *  headline-unsupported, unknown-source) once they are turned on. */
export const OFF_RULES_ARTICLE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'off-rules.news'), 'utf8');
