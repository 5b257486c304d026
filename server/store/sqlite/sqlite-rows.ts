/** The embedded store's row shapes and their mapping to domain records. */
import type {
  Confidence,
  EdgeProps,
  GraphEdgeRecord,
  GraphNodeRecord,
  NodeLabel,
  NodeProps,
  ObservationKind,
  RelationType,
  SourceDocumentRecord,
  SourceRef,
  StatusCode,
  StatusObservation,
  Validity,
} from '../../../schema/domain.js';
import type { EdgeLite } from '../graph-store.js';
import type { SqliteStatements } from './sqlite-statements.js';

export interface NodeRow {
  id: string;
  label: string;
  kind: string;
  name_da: string;
  name_en: string | null;
  aliases: string;
  props: string;
  sources: string;
  version: number;
  /** JSON `Validity`, NULL when unknown. */
  validity: string | null;
}

interface ObservationRow {
  node_id: string;
  seq: number;
  code: string;
  text_da: string;
  date: string;
  kind: string;
  document_id: string;
}

export interface EdgeRow {
  id: string;
  type: string;
  source: string;
  target: string;
  props: string;
  sources: string;
  version: number;
  validity: string | null;
}

export interface DocumentRow {
  id: string;
  file: string;
  title: string;
  as_of: string;
  as_of_confidence: string;
}

/** Rows to records, with their status histories in one query. */
export function toNodeRecords(statements: SqliteStatements, rows: NodeRow[]): GraphNodeRecord[] {
  if (rows.length === 0) return [];
  const columns = 'node_id, seq, code, text_da, date, kind, document_id';
  const observations = (
    rows.length === 1
      ? statements
          .get(`SELECT ${columns} FROM status_observations WHERE node_id = ? ORDER BY observed_on, seq`)
          .all((rows[0] as NodeRow).id)
      : statements
          .get(
            `SELECT ${columns} FROM status_observations
             WHERE node_id IN (SELECT value FROM json_each(?)) ORDER BY node_id, observed_on, seq`,
          )
          .all(JSON.stringify(rows.map((row) => row.id)))
  ) as ObservationRow[];
  const history = new Map<string, StatusObservation[]>();
  for (const row of observations) {
    const list = history.get(row.node_id) ?? [];
    list.push({
      code: row.code as StatusCode,
      textDa: row.text_da,
      date: row.date,
      kind: row.kind as ObservationKind,
      documentId: row.document_id,
      seq: row.seq,
    });
    history.set(row.node_id, list);
  }
  return rows.map((row) => {
    const record: GraphNodeRecord = {
      id: row.id,
      label: row.label as NodeLabel,
      kind: row.kind,
      nameDa: row.name_da,
      aliases: JSON.parse(row.aliases) as string[],
      props: JSON.parse(row.props) as NodeProps,
      sources: JSON.parse(row.sources) as SourceRef[],
      statusHistory: history.get(row.id) ?? [],
    };
    if (row.name_en !== null) record.nameEn = row.name_en;
    if (row.validity !== null) record.validity = JSON.parse(row.validity) as Validity;
    return record;
  });
}

export function toEdgeLite(row: Omit<EdgeRow, 'sources' | 'version'>): EdgeLite {
  const edge: EdgeLite = {
    id: row.id,
    type: row.type as RelationType,
    source: row.source,
    target: row.target,
    props: JSON.parse(row.props) as EdgeProps,
  };
  if (row.validity !== null) edge.validity = JSON.parse(row.validity) as Validity;
  return edge;
}

export function toEdgeRecord(row: EdgeRow): GraphEdgeRecord {
  const { validity, ...lite } = toEdgeLite(row);
  const record: GraphEdgeRecord = { ...lite, sources: JSON.parse(row.sources) as SourceRef[] };
  if (validity) record.validity = validity;
  return record;
}

export function toDocumentRecord(row: DocumentRow): SourceDocumentRecord {
  return {
    id: row.id,
    file: row.file,
    title: row.title,
    asOf: row.as_of,
    asOfConfidence: row.as_of_confidence as Confidence,
  };
}
