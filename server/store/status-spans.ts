/**
 * Status spans: when each fact or decision of a node was its current status, and when that
 * status's run began. `changes` reads a window's status changes from them (see
 * `sqlite/sqlite-status-spans.ts`, the same definition in SQL, for the reasoning). The Neo4j
 * store keeps them as properties of each observation, computed here from the node's whole
 * history at every write.
 */
import { dateStart, type IsoDate, type StatusObservation } from '../../schema/domain.js';

export interface StatusSpan {
  /** Exclusive end of the span: the next observation's day; undefined while current. */
  currentUntil?: IsoDate;
  /** The first day of the unbroken run of this code the span belongs to. */
  runStart: IsoDate;
  /** When the run before it began; undefined for the node's first run. */
  prevRunStart?: IsoDate;
}

/**
 * The span of each observation that was ever current, by `seq`. Observations that are not facts
 * or decisions, and those followed on the same day by another, were never current: absent.
 */
export function statusSpans(history: readonly StatusObservation[]): Map<number, StatusSpan> {
  const current = history
    .filter((o) => o.kind === 'fact' || o.kind === 'decision')
    .map((o) => ({ o, day: dateStart(o.date) }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.o.seq - b.o.seq));
  const spans = new Map<number, StatusSpan>();
  let runStart: IsoDate | undefined;
  let prevRunStart: IsoDate | undefined;
  let runCode: string | undefined;
  current.forEach(({ o, day }, i) => {
    const next = current[i + 1]?.day;
    if (next === day) return; // superseded the same day: never current
    if (o.code !== runCode) {
      prevRunStart = runStart;
      runStart = day;
      runCode = o.code;
    }
    spans.set(o.seq, {
      ...(next === undefined ? {} : { currentUntil: next }),
      runStart: runStart as IsoDate,
      ...(prevRunStart === undefined ? {} : { prevRunStart }),
    });
  });
  return spans;
}
