import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dateStart, type StatusObservation } from '../../../schema/domain.js';
import { prng } from '../../../seed/synthetic.js';
import { statusSpans, type StatusSpan } from '../status-spans.js';
import { MIGRATIONS } from './migrations.js';
import { insertSpans } from './sqlite-status-spans.js';

/** The Neo4j store computes spans in TypeScript, this one in SQL: the two must agree. */
describe('status_spans in SQL', () => {
  it('agrees with the SQL that fills status_spans, on 300 random histories', () => {
    const db = new Database(':memory:');
    for (const migration of MIGRATIONS) db.exec(migration);
    db.exec("INSERT INTO documents VALUES ('doc', 'doc.md', 'Dokument', '2024-01-01', 'stated')");
    const insertNode = db.prepare(
      "INSERT INTO nodes (id, label, kind, name_da, aliases, props, sources) VALUES (?, 'Initiative', 'initiative', ?, '[]', '{}', '[]')",
    );
    const insertObservation = db.prepare(
      "INSERT INTO status_observations VALUES (?, ?, ?, 'tekst', ?, ?, ?, 'doc')",
    );
    const next = prng(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    const dates = ['2020', '2020-06', '2020-06-01', '2020-06-15', '2021', '2021-02-03', '2022-01'];
    const expected = new Map<string, Map<number, StatusSpan>>();
    let currentKinds = 0;
    for (let n = 0; n < 300; n++) {
      const id = `n${n}`;
      insertNode.run(id, id);
      const history = Array.from({ length: 1 + Math.floor(next() * 6) }, (_, seq): StatusObservation => ({
        seq,
        code: pick(['STARTED', 'PAUSED'] as const),
        date: pick(dates),
        kind: pick(['fact', 'decision', 'plan'] as const),
        textDa: 'tekst',
        documentId: 'doc',
      }));
      for (const o of history) {
        insertObservation.run(id, o.seq, o.code, o.date, dateStart(o.date), o.kind);
        if (o.kind !== 'plan') currentKinds += 1;
      }
      expected.set(id, statusSpans(history));
    }
    db.exec(insertSpans(''));
    const rows = db
      .prepare(
        'SELECT node_id, seq, until, run_start, prev_run_start FROM status_spans ORDER BY node_id, observed_on',
      )
      .all() as {
      node_id: string;
      seq: number;
      until: string | null;
      run_start: string;
      prev_run_start: string | null;
    }[];
    const fromSql = new Map<string, Map<number, StatusSpan>>(
      [...expected.keys()].map((id) => [id, new Map()]),
    );
    for (const row of rows) {
      fromSql.get(row.node_id)?.set(row.seq, {
        ...(row.until === null ? {} : { currentUntil: row.until }),
        runStart: row.run_start,
        ...(row.prev_run_start === null ? {} : { prevRunStart: row.prev_run_start }),
      });
    }
    expect(fromSql).toStrictEqual(expected);
    // Not vacuous: runs, returns to an earlier code and same-day supersessions all occur.
    expect(rows.some((r) => r.prev_run_start !== null)).toBe(true);
    expect(rows.length).toBeLessThan(currentKinds);
  });
});
