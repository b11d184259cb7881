// The review set's articles: real news that Sourced's rules were not written on, read at run time
// from ../shared (their text never enters the project; review/labels.jsonl holds only labels,
// keyed by document id and a hash of the text).
//   PolNeAR train: 40 articles (2016 US political news, seven publishers), every 21st document.
//   GUM news: all 22 Wikinews articles (train and dev).
//   BBC 2004-05: 40 articles, every 55th file in name order.
// A second batch (labelled later, in its own round) adds 30 more of each of PolNeAR train and BBC,
// taken halfway between the first batch's picks, so that no article is in both.
// A third batch (labelled in a third round, after the rules had been changed on the first two)
// adds 20 more PolNeAR train and 10 more BBC articles, again between the earlier picks; a fourth
// (the same day, after the rules were changed on the third) 30 PolNeAR train and 10 BBC more.
// A fifth batch (the next day, labelled on the findings of that day) adds 40 PolNeAR train and 10
// BBC articles more, again between the earlier picks; a sixth (the same day, after the rules were
// changed on the fifth) 40 PolNeAR train and 10 BBC more. A seventh (the third day, on the
// findings of that day's start) adds 40 PolNeAR train and 10 BBC articles more; an eighth (the
// same day, after the rules were changed on the seventh) 40 PolNeAR train and 10 BBC more. A
// ninth (the fourth day, labelled on that day's first findings and never tuned on that day: it
// measures the day's changes on fresh text) adds 40 PolNeAR train and 10 BBC articles more.
// A tenth (the fifth day, labelled on that day's first findings, likewise kept as that day's fresh
// measure) adds 40 PolNeAR train and 10 BBC articles more.
// A fifth of the whole set is held aside (heldAside: true), chosen by the hash, so that no one tunes on it.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, findDataDir, readJsonl } from '../real-data/load.mjs';

export const sha = (text) => createHash('sha256').update(text).digest('hex');

/** Held aside: a fifth of the documents, by the first byte of the hash of their id. */
export const isHeldAside = (id) => createHash('sha256').update(`review:${id}`).digest()[0] % 5 === 0;

/** [{ id, collection, title, text, sha256, heldAside }] or null when ../shared is absent. */
export function reviewArticles(root = ROOT) {
  const data = findDataDir(root);
  const bbcDir = resolve(root, '..', 'shared', 'corpus', 'bbc');
  if (!data || !existsSync(bbcDir)) return null;
  const out = [];
  const add = (collection, id, text, title = '') => out.push({ id, collection, title, text, sha256: sha(text), heldAside: isHeldAside(id) });
  const polnear = readJsonl(join(data, 'attributions', 'polnear-train.jsonl'));
  polnear.filter((_, i) => i % 21 === 0).slice(0, 40).forEach((d) => add('polnear-train', d.id, d.text, d.title));
  polnear.filter((_, i) => i % 21 === 10).slice(0, 30).forEach((d) => add('polnear-train', d.id, d.text, d.title));
  polnear.filter((_, i) => i % 21 === 5).slice(0, 20).forEach((d) => add('polnear-train', d.id, d.text, d.title));
  polnear.filter((_, i) => i % 21 === 15).slice(0, 30).forEach((d) => add('polnear-train', d.id, d.text, d.title));
  polnear.filter((_, i) => i % 21 === 18).slice(0, 40).forEach((d) => add('polnear-train', d.id, d.text, d.title));
  polnear.filter((_, i) => i % 21 === 3).slice(0, 40).forEach((d) => add('polnear-train', d.id, d.text, d.title));
  polnear.filter((_, i) => i % 21 === 8).slice(0, 40).forEach((d) => add('polnear-train', d.id, d.text, d.title));
  polnear.filter((_, i) => i % 21 === 13).slice(0, 40).forEach((d) => add('polnear-train', d.id, d.text, d.title));
  polnear.filter((_, i) => i % 21 === 11).slice(0, 40).forEach((d) => add('polnear-train', d.id, d.text, d.title));
  polnear.filter((_, i) => i % 21 === 16).slice(0, 40).forEach((d) => add('polnear-train', d.id, d.text, d.title));
  for (const f of ['gum-news-train', 'gum-news-dev']) readJsonl(join(data, 'entities', `${f}.jsonl`)).forEach((d) => add('gum-news', d.id, d.text, d.title));
  const bbc = [];
  for (const section of readdirSync(bbcDir).filter((s) => !s.includes('.')).sort()) {
    for (const f of readdirSync(join(bbcDir, section)).filter((x) => x.endsWith('.txt')).sort()) bbc.push(`${section}/${f}`);
  }
  bbc.filter((_, i) => i % 55 === 0).slice(0, 40).forEach((p) => add('bbc', `bbc/${p}`, readFileSync(join(bbcDir, p), 'utf8')));
  bbc.filter((_, i) => i % 55 === 27).slice(0, 30).forEach((p) => add('bbc', `bbc/${p}`, readFileSync(join(bbcDir, p), 'utf8')));
  bbc.filter((_, i) => i % 55 === 41).slice(0, 10).forEach((p) => add('bbc', `bbc/${p}`, readFileSync(join(bbcDir, p), 'utf8')));
  bbc.filter((_, i) => i % 55 === 13).slice(0, 10).forEach((p) => add('bbc', `bbc/${p}`, readFileSync(join(bbcDir, p), 'utf8')));
  bbc.filter((_, i) => i % 55 === 34).slice(0, 10).forEach((p) => add('bbc', `bbc/${p}`, readFileSync(join(bbcDir, p), 'utf8')));
  bbc.filter((_, i) => i % 55 === 20).slice(0, 10).forEach((p) => add('bbc', `bbc/${p}`, readFileSync(join(bbcDir, p), 'utf8')));
  bbc.filter((_, i) => i % 55 === 48).slice(0, 10).forEach((p) => add('bbc', `bbc/${p}`, readFileSync(join(bbcDir, p), 'utf8')));
  bbc.filter((_, i) => i % 55 === 6).slice(0, 10).forEach((p) => add('bbc', `bbc/${p}`, readFileSync(join(bbcDir, p), 'utf8')));
  bbc.filter((_, i) => i % 55 === 30).slice(0, 10).forEach((p) => add('bbc', `bbc/${p}`, readFileSync(join(bbcDir, p), 'utf8')));
  bbc.filter((_, i) => i % 55 === 45).slice(0, 10).forEach((p) => add('bbc', `bbc/${p}`, readFileSync(join(bbcDir, p), 'utf8')));
  return out;
}

/** For the review scripts run from the command line: the built core, its knowledge base and the
 *  review set's articles; exits with a message when ../shared is absent. */
export function reviewSession() {
  const core = createRequire(import.meta.url)(join(ROOT, 'dist', 'core.js'));
  const articles = reviewArticles();
  if (!articles) {
    console.error('../shared is absent: no review set');
    process.exit(1);
  }
  return { core, kb: core.loadKnowledge(), articles };
}
