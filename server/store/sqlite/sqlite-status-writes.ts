/** Status observations: the one append a user makes, and the row insert replaceAll shares. */
import type Database from 'better-sqlite3';
import { dateStart, type GraphNodeRecord, type StatusObservation } from '../../../schema/domain.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { getNodes } from './sqlite-node-queries.js';
import { writeSearchText } from './sqlite-search.js';
import type { SqliteStatements } from './sqlite-statements.js';
import { refreshStatusSpans } from './sqlite-status-spans.js';

const INSERT_OBSERVATION = `INSERT INTO status_observations (node_id, seq, code, text_da, date, observed_on, kind, document_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;

/** Appends with the next `seq` of the node, in one immediate transaction; returns the node. */
export function addStatusObservation(
  statements: SqliteStatements,
  nodeId: string,
  observation: Omit<StatusObservation, 'seq'>,
): GraphNodeRecord {
  const write = statements.db.transaction(() => {
    const exists = statements.get('SELECT 1 FROM nodes WHERE id = ?').get(nodeId);
    if (!exists) throw new NotFoundError('Node', nodeId);
    const document = statements.get('SELECT 1 FROM documents WHERE id = ?').get(observation.documentId);
    if (!document)
      throw new ValidationError(
        'documentId',
        `ukendt kildedokument / unknown source document '${observation.documentId}'`,
      );
    const { next } = statements
      .get('SELECT COALESCE(MAX(seq) + 1, 0) AS next FROM status_observations WHERE node_id = ?')
      .get(nodeId) as { next: number };
    insertObservation(observationInsert(statements), nodeId, { ...observation, seq: next });
    refreshStatusSpans(statements, [nodeId]);
    const record = getNodes(statements, [nodeId]).get(nodeId);
    if (!record) throw new NotFoundError('Node', nodeId);
    // The new status text is searchable from the same commit.
    writeSearchText(statements, record);
    return record;
  });
  return write.immediate();
}

/** The prepared insert, fetched once by a caller that writes many rows. */
export function observationInsert(statements: SqliteStatements): Database.Statement {
  return statements.get(INSERT_OBSERVATION);
}

export function insertObservation(
  insert: Database.Statement,
  nodeId: string,
  observation: StatusObservation,
): void {
  insert.run(
    nodeId,
    observation.seq,
    observation.code,
    observation.textDa,
    observation.date,
    dateStart(observation.date),
    observation.kind,
    observation.documentId,
  );
}
