// The review set's scoring (scripts/review/score.mjs): how a finding counts against the labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreArticle } from '../../scripts/review/score.mjs';

const labels = {
  problems: [
    { rule: 'unsourced-statistic', start: 100, end: 110 },
    { rule: 'vague-attribution', start: 200, end: 215 },
  ],
  notProblems: [
    { rule: 'unsourced-statistic', start: 300, end: 305, verdict: 'wrong' },
    { rule: 'anonymous-source', start: 400, end: 420, verdict: 'debatable' },
  ],
};

test('a finding is right on a labelled problem of its rule, wrong or debatable on a judged finding, else unjudged; recall counts problems found', () => {
  const findings = [
    { rule: 'unsourced-statistic', severity: 'warning', start: 104, end: 108 }, // inside a problem
    { rule: 'unsourced-statistic', severity: 'warning', start: 301, end: 303 }, // judged wrong
    { rule: 'anonymous-source', severity: 'information', start: 405, end: 410 }, // judged debatable
    { rule: 'vague-attribution', severity: 'warning', start: 100, end: 108 }, // right words, other rule
  ];
  const acc = scoreArticle(labels, findings, {});
  assert.deepEqual(acc['unsourced-statistic'].warning, { right: 1, wrong: 1, debatable: 0, unjudged: 0 });
  assert.deepEqual(acc['anonymous-source'].information, { right: 0, wrong: 0, debatable: 1, unjudged: 0 });
  assert.deepEqual(acc['vague-attribution'].warning, { right: 0, wrong: 0, debatable: 0, unjudged: 1 });
  assert.equal(acc['unsourced-statistic'].found, 1);
  assert.equal(acc['vague-attribution'].problems, 1);
  assert.equal(acc['vague-attribution'].found, 0, 'a finding of another rule does not find a problem');
});

test('hints are scored apart from information: a wrong hint does not lower information precision', () => {
  const findings = [
    { rule: 'unsourced-statistic', severity: 'information', start: 100, end: 110 }, // right
    { rule: 'unsourced-statistic', severity: 'hint', start: 300, end: 305 }, // judged wrong
  ];
  const acc = scoreArticle(labels, findings, {});
  assert.deepEqual(acc['unsourced-statistic'].information, { right: 1, wrong: 0, debatable: 0, unjudged: 0 });
  assert.deepEqual(acc['unsourced-statistic'].hint, { right: 0, wrong: 1, debatable: 0, unjudged: 0 });
});

test('recall is given with and without hints: a problem found only by a hint counts in the first', () => {
  const findings = [{ rule: 'unsourced-statistic', severity: 'hint', start: 104, end: 108 }];
  const acc = scoreArticle(labels, findings, {});
  assert.equal(acc['unsourced-statistic'].found, 1, 'a hint on the problem finds it');
  assert.equal(acc['unsourced-statistic'].foundAboveHint, 0, 'but not at information or above');
});
