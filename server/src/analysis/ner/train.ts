// Training the tagger: an averaged perceptron over greedy decoding, reproducible (a seeded
// shuffle, integer updates, a fixed number of passes), so the same data gives the same weights.
import { NTAGS, allowed, decode, type WeightTable } from './model';

export interface TrainingSentence {
  /** STATIC_COUNT features per token (features.ts). */
  features: Uint32Array;
  /** The name region (features.ts nameRegion): only its tokens are scored. */
  region: Uint8Array;
  /** Gold tag id per token. */
  tags: Int32Array;
}

/**
 * mulberry32: a small seeded generator, so the shuffle is the same on every machine (training's
 * shuffle and the wire-style copy of scripts/ner-data/wire-copy.mjs both draw from it).
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Weights being learnt, with the sums for averaging kept lazily (updated when a weight changes). */
class Learner implements WeightTable {
  private rows = new Map<number, number>();
  private w = new Float64Array(NTAGS * 1024);
  private total = new Float64Array(NTAGS * 1024);
  private stamp = new Float64Array(NTAGS * 1024);
  clock = 1;

  addTo(feature: number, scores: Float64Array): void {
    const r = this.rows.get(feature);
    if (r === undefined) return;
    const o = r * NTAGS;
    for (let t = 0; t < NTAGS; t++) scores[t] += this.w[o + t];
  }

  private row(feature: number): number {
    let r = this.rows.get(feature);
    if (r === undefined) {
      r = this.rows.size;
      this.rows.set(feature, r);
      if ((r + 1) * NTAGS > this.w.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w);
        this.total = grow(this.total);
        this.stamp = grow(this.stamp);
      }
    }
    return r;
  }

  update(feature: number, tag: number, delta: number): void {
    const i = this.row(feature) * NTAGS + tag;
    this.total[i] += (this.clock - this.stamp[i]) * this.w[i];
    this.stamp[i] = this.clock;
    this.w[i] += delta;
  }

  averaged(): Map<number, Float64Array> {
    const out = new Map<number, Float64Array>();
    for (const [feature, r] of this.rows) {
      const row = new Float64Array(NTAGS);
      for (let t = 0; t < NTAGS; t++) {
        const i = r * NTAGS + t;
        row[t] = (this.total[i] + (this.clock - this.stamp[i]) * this.w[i]) / this.clock;
      }
      out.set(feature, row);
    }
    return out;
  }
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Called after each pass with the pass number and the share of tokens tagged wrong. */
  onEpoch?: (epoch: number, errorRate: number) => void;
}

/** Trains on the sentences and returns the averaged weights (feature -> one weight per tag). */
export function trainPerceptron(data: TrainingSentence[], options: TrainOptions): Map<number, Float64Array> {
  const learner = new Learner();
  const rnd = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    let tokens = 0;
    for (const idx of order) {
      const s = data[idx];
      decode(learner, s.features, s.region, (i, features, predicted, prev) => {
        // After a wrong tag the gold I-X may be impossible (no X before it): then the right
        // tag, given what was predicted, is B-X.
        const gold = allowed(prev, s.tags[i]) ? s.tags[i] : s.tags[i] - 1;
        tokens++;
        if (predicted !== gold) {
          wrong++;
          for (const f of features) {
            learner.update(f, gold, 1);
            learner.update(f, predicted, -1);
          }
        }
        learner.clock++;
      });
    }
    options.onEpoch?.(epoch, tokens ? wrong / tokens : 0);
  }
  return learner.averaged();
}
