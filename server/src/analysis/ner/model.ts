// The tagger's model: a table from feature (32-bit number) to one weight per tag, read from the
// shipped weights file, and greedy left-to-right decoding of B/I/O tags with the two tags before
// as features (an averaged perceptron's usual decoder).
import { DYNAMIC_COUNT, STATIC_COUNT, dynamicFeatures, type RowWeights } from './features';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const NTAGS = TAGS.length;
// (PackedWeights.addAll keeps one sum per tag in a local: nine of them.)
if (NTAGS !== 9) throw new Error('PackedWeights.addAll sums nine tags');
/** Tag id used for "before the sentence". */
export const START_TAG = NTAGS;

/** Whether tag `t` may follow tag `prev` (an I- continues only its own type). */
export function allowed(prev: number, t: number): boolean {
  if (t === 0 || t % 2 === 1) return true;
  return prev === t || prev === t - 1;
}

/** Weights by feature, for decoding. */
export interface WeightTable {
  /** Weights of `feature` added into `scores` (no change for an unknown feature). */
  addTo(feature: number, scores: Float64Array): void;
}

/**
 * An open-addressing table of feature -> NTAGS weights: what ships, loaded once. Each slot holds
 * a feature, and beside it (in the same array, so that a hit reads no second cache line) the
 * offset of the row of its weights in the shipped weights (NTAGS signed bytes per feature, used
 * where they are, not copied), so that loading places 90,000 features and copies nothing (issue
 * 15: loading was most of the tagger's start-up). Scores come out in quantisation steps: the best
 * tag is the same.
 */
export class PackedWeights implements WeightTable, RowWeights {
  /** Slot h: the feature at 2h, the offset of its row at 2h + 1. */
  private readonly slots: Uint32Array;
  private readonly weights: Int8Array;
  private readonly mask: number;

  constructor(features: Uint32Array, weights: Int8Array) {
    let cap = 1;
    // At least 1.25 slots per feature.
    while (cap < features.length * 1.25) cap <<= 1;
    const mask = cap - 1;
    const slots = new Uint32Array(cap * 2);
    const n = features.length;
    for (let r = 0; r < n; r++) {
      const f = features[r];
      let h = f & mask;
      while (slots[2 * h] !== 0) h = (h + 1) & mask;
      slots[2 * h] = f;
      slots[2 * h + 1] = r * NTAGS;
    }
    this.mask = mask;
    this.slots = slots;
    this.weights = weights;
  }

  /**
   * The weights of `count` features read from `feats` at `from`, added into `scores`: the
   * decoder's inner loop, with the nine sums kept in locals (one write per tag, not one per
   * feature and tag). The sums are of small integers, so the scores are the same as addTo's.
   */
  addAll(feats: Uint32Array, from: number, count: number, scores: Float64Array): void {
    const slots = this.slots;
    const w = this.weights;
    const mask = this.mask;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let k = 0; k < count; k++) {
      const f = feats[from + k];
      let h = f & mask;
      for (;;) {
        const key = slots[2 * h];
        if (key === 0) break;
        if (key === f) {
          const o = slots[2 * h + 1];
          s0 += w[o]; s1 += w[o + 1]; s2 += w[o + 2]; s3 += w[o + 3]; s4 += w[o + 4];
          s5 += w[o + 5]; s6 += w[o + 6]; s7 += w[o + 7]; s8 += w[o + 8];
          break;
        }
        h = (h + 1) & mask;
      }
    }
    scores[0] += s0; scores[1] += s1; scores[2] += s2; scores[3] += s3; scores[4] += s4;
    scores[5] += s5; scores[6] += s6; scores[7] += s7; scores[8] += s8;
  }

  /** The offset of `feature`'s weights, or -1 for an unknown feature. */
  private find(feature: number): number {
    const slots = this.slots;
    let h = feature & this.mask;
    for (;;) {
      const k = slots[2 * h];
      if (k === 0) return -1;
      if (k === feature) return slots[2 * h + 1];
      h = (h + 1) & this.mask;
    }
  }

  /** The weights of `feature` added into `into` at `at`, `at + 1`, ... (a row of sums by word type: features.ts SentenceScorer). */
  addRow(feature: number, into: Int16Array, at: number): void {
    const o = this.find(feature);
    if (o < 0) return;
    const w = this.weights;
    for (let t = 0; t < NTAGS; t++) into[at + t] += w[o + t];
  }

  addTo(feature: number, scores: Float64Array): void {
    const o = this.find(feature);
    if (o < 0) return;
    const w = this.weights;
    for (let t = 0; t < NTAGS; t++) scores[t] += w[o + t];
  }
}

const SCORES = new Float64Array(NTAGS);
const ALL = new Uint32Array(STATIC_COUNT + DYNAMIC_COUNT);
const DYN = ALL.subarray(STATIC_COUNT);

/**
 * Greedy decoding of one sentence: the tag ids, best first at each token under the BIO
 * constraint. Only tokens of the name region (features.ts nameRegion) are scored. `onToken` (training) sees each token's features, its scores and the chosen tag.
 */
export function decode(
  weights: WeightTable,
  feats: Uint32Array,
  region: Uint8Array,
  onToken?: (i: number, features: Uint32Array, predicted: number, prev: number) => void,
  /** Writes token i's static features into `feats` before they are read (features.ts staticFeaturesOnDemand); absent when all are written. */
  fill?: (i: number) => void,
  /** Adds token i's scores (static and dynamic features, `prev` and `prev2` the tags before) into `scores`, in place of `fill` and the table's lookups (features.ts SentenceScorer). */
  scorer?: { score(i: number, prev: number, prev2: number, scores: Float64Array): void },
  /** The sentence's length (`region` and `into` may be longer: arrays reused from sentence to sentence). */
  n = region.length,
  /** Where the tags are written (the first `n`), else a new array. */
  into?: Int32Array,
): Int32Array {
  const tags = into ? into.fill(0, 0, n) : new Int32Array(n);
  // (Scratch arrays shared by every call: a document of many short sentences once allocated
  // three typed arrays and a view per sentence. `onToken` reads `all` before the next token.)
  const scores = SCORES;
  const all = ALL;
  const dyn = DYN;
  const packed = weights instanceof PackedWeights ? weights : null;
  for (let i = 0; i < n; i++) {
    // During training the history is what the model predicted, as it will be when used.
    const prev = i > 0 ? tags[i - 1] : START_TAG;
    const prev2 = i > 1 ? tags[i - 2] : START_TAG;
    // Outside the name region, or where only a name going on could be, it is O without a look.
    if (region[i] === 0 || (region[i] === 1 && (prev === 0 || prev === START_TAG))) continue;
    scores.fill(0);
    if (scorer) scorer.score(i, prev, prev2, scores);
    else {
      if (fill) fill(i);
      const o = i * STATIC_COUNT;
      dynamicFeatures(dyn, feats, i, prev, prev2);
      if (packed) {
        packed.addAll(feats, o, STATIC_COUNT, scores);
        packed.addAll(dyn, 0, DYNAMIC_COUNT, scores);
        if (onToken) for (let k = 0; k < STATIC_COUNT; k++) all[k] = feats[o + k];
      } else {
        for (let k = 0; k < STATIC_COUNT; k++) {
          all[k] = feats[o + k];
          weights.addTo(feats[o + k], scores);
        }
        for (let k = 0; k < DYNAMIC_COUNT; k++) weights.addTo(dyn[k], scores);
      }
    }
    let best = 0;
    let bestScore = -Infinity;
    for (let t = 0; t < NTAGS; t++) {
      if (!allowed(prev === START_TAG ? 0 : prev, t)) continue;
      if (scores[t] > bestScore) {
        bestScore = scores[t];
        best = t;
      }
    }
    tags[i] = best;
    if (onToken) onToken(i, all, best, prev === START_TAG ? 0 : prev);
  }
  return tags;
}

/** The shipped weights file: features and their weights, quantised, as base64. */
export interface WeightsFile {
  format: 'sourced-ner-1';
  tags: string[];
  /** What the model was trained on, for the NOTICE and the docs. */
  trainedOn: string[];
  features: number;
  /** Weight of one quantisation step. */
  scale: number;
  /**
   * Sorted feature numbers, delta-coded as unsigned LEB128 varints, base64 (or the bytes
   * themselves, as the node bundles load them: esbuild.config.mjs, BINARY_FIELDS).
   */
  keys: string | Uint8Array;
  /** NTAGS signed bytes per feature (weight / scale, rounded), base64 (or the bytes, as keys). */
  weights: string | Uint8Array;
}

function fromBase64(s: string | Uint8Array): Uint8Array {
  if (typeof s !== 'string') return s;
  if (typeof Buffer !== 'undefined') return new Uint8Array(Buffer.from(s, 'base64'));
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(b: Uint8Array): string {
  if (typeof Buffer !== 'undefined') return Buffer.from(b).toString('base64');
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return btoa(s);
}

export function unpackWeights(file: WeightsFile): PackedWeights {
  if (file.format !== 'sourced-ner-1' || file.tags.join() !== TAGS.join()) throw new Error('The named-entity weights file is not in the format this version reads.');
  const keyBytes = fromBase64(file.keys);
  const n = file.features;
  const features = new Uint32Array(n);
  let p = 0;
  let last = 0;
  for (let r = 0; r < n; r++) {
    let b = keyBytes[p++];
    let v = b & 0x7f;
    // Multiplied, not shifted: a delta may need all 32 bits.
    for (let scale = 128; b >= 0x80; scale *= 128) {
      b = keyBytes[p++];
      v += (b & 0x7f) * scale;
    }
    last += v;
    features[r] = last;
  }
  const bytes = fromBase64(file.weights);
  return new PackedWeights(features, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
}

/** Packs weights (feature -> NTAGS floats) into the shipped file, dropping features whose weights all round to 0. */
export function packWeights(weights: Map<number, Float64Array>, trainedOn: string[], scale: number): WeightsFile {
  const keys = [...weights.keys()].sort((a, b) => a - b);
  const kept: number[] = [];
  const wbytes: number[] = [];
  for (const k of keys) {
    const row = weights.get(k)!;
    const q = Array.from(row, (w) => Math.max(-127, Math.min(127, Math.round(w / scale))));
    if (q.every((x) => x === 0)) continue;
    kept.push(k);
    for (const x of q) wbytes.push(x & 0xff);
  }
  const kbytes: number[] = [];
  let last = 0;
  for (const k of kept) {
    let v = k - last;
    last = k;
    while (v >= 0x80) {
      kbytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    kbytes.push(v);
  }
  return {
    format: 'sourced-ner-1',
    tags: [...TAGS],
    trainedOn,
    features: kept.length,
    scale,
    keys: toBase64(Uint8Array.from(kbytes)),
    weights: toBase64(Uint8Array.from(wbytes)),
  };
}
