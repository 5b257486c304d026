import { describe, expect, it } from 'vitest';
import { type ObservationKind, type StatusCode, type StatusObservation } from '../../schema/domain.js';
import { statusSpans } from './status-spans.js';

const observation = (
  seq: number,
  code: StatusCode,
  date: string,
  kind: ObservationKind = 'fact',
): StatusObservation => ({ seq, code, date, kind, textDa: `obs ${seq}`, documentId: 'doc' });

describe('statusSpans', () => {
  it('gives each current observation its span, its run and the run before', () => {
    const spans = statusSpans([
      observation(0, 'APPROVED', '2019-04', 'decision'),
      observation(1, 'NOT_IMPLEMENTED', '2022-08'),
      observation(2, 'PLANNED', '2022-09', 'plan'),
      observation(3, 'APPROVED', '2022-10-14'),
      observation(4, 'APPROVED', '2023'),
    ]);
    expect([...spans]).toStrictEqual([
      [0, { currentUntil: '2022-08-01', runStart: '2019-04-01' }],
      [1, { currentUntil: '2022-10-14', runStart: '2022-08-01', prevRunStart: '2019-04-01' }],
      [3, { currentUntil: '2023-01-01', runStart: '2022-10-14', prevRunStart: '2022-08-01' }],
      [4, { runStart: '2022-10-14', prevRunStart: '2022-08-01' }],
    ]);
  });

  it('an observation followed the same day by another was never current', () => {
    const spans = statusSpans([
      observation(0, 'STARTED', '2024-05-01'),
      observation(2, 'PAUSED', '2024-05'),
      observation(1, 'APPROVED', '2024-05-01'),
    ]);
    // Same day: seq orders them, so PAUSED (seq 2) is the day's status and the others never were.
    expect([...spans]).toStrictEqual([[2, { runStart: '2024-05-01' }]]);
  });
});
