import { IMPACT_CLASSES, type ImpactClass } from '../impact.rules.js';
import { CODE_OF_CLASS, DIRECT, INHERITED } from './codes.js';
import type { Findings } from './findings.js';

/**
 * The affected keys ordered by class and depth (one numeric sort), and by id within each run of
 * equal class and depth only when a caller reads into that run: a page of 50 sorts the ids of
 * the runs it touches, not all of them.
 */
export class SortedKeys {
  readonly keys: Int32Array;
  /** Start of each run of equal (class, depth), plus the end. */
  private readonly runs: number[] = [];
  private readonly runSorted: Uint8Array;
  private readonly classStart: number[];

  constructor(private readonly f: Findings) {
    const n = f.flagged.length;
    const packed = new Float64Array(n);
    const rank = (key: number): number => f.cls[key] * 1024 + Math.min(f.depth[key], 1023);
    for (let i = 0; i < n; i++) packed[i] = rank(f.flagged[i]) * 2 ** 24 + i;
    packed.sort();
    this.keys = new Int32Array(n);
    this.classStart = [0, 0, 0, 0, n];
    let last = -1;
    for (let i = 0; i < n; i++) {
      const key = f.flagged[packed[i] % 2 ** 24];
      this.keys[i] = key;
      const r = rank(key);
      if (r !== last) {
        this.runs.push(i);
        last = r;
      }
    }
    this.runs.push(n);
    for (let c = INHERITED; c >= DIRECT; c--) {
      let i = this.classStart[c + 1];
      while (i > 0 && f.cls[this.keys[i - 1]] >= c) i--;
      this.classStart[c] = i;
    }
    this.runSorted = new Uint8Array(this.runs.length);
  }

  /** Ranges of `keys` holding `classes` (all when omitted), in order. */
  segments(classes?: readonly ImpactClass[]): [number, number][] {
    const wanted = classes ? IMPACT_CLASSES.filter((c) => classes.includes(c)) : IMPACT_CLASSES;
    return wanted.map((c) => [this.classStart[CODE_OF_CLASS[c]], this.classStart[CODE_OF_CLASS[c] + 1]]);
  }

  /** Sorts by id every run that overlaps `start .. end - 1`. */
  sortRange(start: number, end: number): void {
    for (let r = this.runOf(start); r < this.runs.length - 1 && this.runs[r] < end; r++) this.sortRun(r);
  }

  positionOf(key: number): number {
    const i = this.keys.indexOf(key);
    if (i < 0) return -1;
    const r = this.runOf(i);
    if (this.runSorted[r] === 1) return i;
    this.sortRun(r);
    return this.keys.indexOf(key);
  }

  private runOf(i: number): number {
    let lo = 0;
    let hi = this.runs.length - 1;
    while (lo < hi - 1) {
      const mid = (lo + hi) >> 1;
      if (this.runs[mid] <= i) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  private sortRun(r: number): void {
    if (this.runSorted[r] === 1) return;
    this.runSorted[r] = 1;
    const run = this.keys.subarray(this.runs[r], this.runs[r + 1]);
    const byId = Array.from(run, (key) => ({ key, id: this.f.id(key) }));
    byId.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    byId.forEach((x, i) => (run[i] = x.key));
  }
}
