/**
 * The format of one seed data file (`seed/data/*.json`), as a zod v4 schema.
 *
 * A file may declare source documents and holds node entries and edges. A node entry with a
 * `label` *defines* the node (exactly once across all files); an entry without one *mentions* a
 * node defined elsewhere and adds sources, status observations, aliases or props. `documentId`
 * may be left out on sources and observations in a file that declares exactly one document.
 * Objects are strict: an unknown key (a typo, or a computed field such as `horizonStart`) is an
 * error, not silently dropped.
 */
import { z } from 'zod';
import {
  CONFIDENCES,
  NODE_LABELS,
  OBSERVATION_KINDS,
  PARTIAL_DATE_PATTERN,
  RELATION_TYPES,
  STATUS_CODE_LIST,
} from '../schema/domain.js';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case kebab-case id');
const partialDate = z.string().regex(PARTIAL_DATE_PATTERN, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
const text = z.string().trim().min(1, 'must not be empty');

export const seedDocumentSchema = z.strictObject({
  id: z.string().regex(/^doc-[a-z0-9-]+$/, 'must start with doc-'),
  file: text,
  title: text,
  asOf: partialDate,
  asOfConfidence: z.enum(CONFIDENCES),
});

export const seedSourceSchema = z.strictObject({
  documentId: z.string().optional(),
  quote: text.optional(),
  confidence: z.enum(CONFIDENCES).default('stated'),
});

export const seedStatusSchema = z.strictObject({
  code: z.enum(STATUS_CODE_LIST as [string, ...string[]], { error: 'unknown status code' }),
  /** Verbatim Danish; empty only for UNKNOWN (an empty cell). */
  textDa: z.string(),
  date: partialDate.optional(),
  kind: z.enum(OBSERVATION_KINDS),
  documentId: z.string().optional(),
});

/** Props a file may set. `horizonStart`/`horizonEnd` are computed from `horizonRaw`. */
export const seedNodePropsSchema = z.strictObject({
  validFrom: partialDate.optional(),
  validTo: partialDate.optional(),
  ownerBody: id.optional(),
  horizonRaw: text.optional(),
  establishedOn: partialDate.optional(),
  torStatus: text.optional(),
  activeFrom: partialDate.optional(),
  activeTo: partialDate.optional(),
  agreedOn: partialDate.optional(),
  lawRef: text.optional(),
  effectiveFrom: partialDate.optional(),
  level: z.enum(['municipal', 'regional']).optional(),
  note: text.optional(),
});
export type SeedNodeProps = z.infer<typeof seedNodePropsSchema>;

export const seedNodeSchema = z.strictObject({
  id,
  label: z.enum(NODE_LABELS).optional(),
  kind: text.optional(),
  nameDa: text.optional(),
  nameEn: text.optional(),
  aliases: z.array(text).optional(),
  props: seedNodePropsSchema.optional(),
  sources: z.array(seedSourceSchema).min(1, 'needs at least one source'),
  status: z.array(seedStatusSchema).optional(),
});

export const seedEdgePropsSchema = z.strictObject({
  mode: z.enum(['blocking', 'adjust']).optional(),
  since: partialDate.optional(),
  dependencyKind: z.enum(['prerequisite', 'funding', 'legal']).optional(),
  effective: partialDate.optional(),
  role: text.optional(),
  date: partialDate.optional(),
  text: text.optional(),
});

export const seedEdgeSchema = z.strictObject({
  type: z.enum(RELATION_TYPES),
  source: id,
  target: id,
  props: seedEdgePropsSchema.optional(),
  sources: z.array(seedSourceSchema).min(1, 'needs at least one source'),
});

export const seedFileSchema = z.strictObject({
  documents: z.array(seedDocumentSchema).optional(),
  nodes: z.array(seedNodeSchema).optional(),
  edges: z.array(seedEdgeSchema).optional(),
});

export type SeedFile = z.infer<typeof seedFileSchema>;
export type SeedNodeEntry = z.infer<typeof seedNodeSchema>;
export type SeedEdgeEntry = z.infer<typeof seedEdgeSchema>;
export type SeedSourceEntry = z.infer<typeof seedSourceSchema>;
export type SeedStatusEntry = z.infer<typeof seedStatusSchema>;
