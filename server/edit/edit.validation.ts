/**
 * Input validation of every edit, once (STYLE.md rule 13): zod schemas of the mutation inputs,
 * the date rules for statuses, and the translation of the first problem into a
 * `ValidationError` naming the field and the reason in Danish and English.
 */
import { z } from 'zod';
import {
  CONFIDENCES,
  NODE_LABELS,
  OBSERVATION_KINDS,
  PARTIAL_DATE_PATTERN,
  RELATION_TYPES,
  STATUS_CODE_LIST,
  dateStart,
  type ObservationKind,
  type PartialDate,
} from '../../schema/domain.js';
import { ValidationError } from '../errors.js';
import { EDIT_LIMITS } from './edit.limits.js';

const shortText = z
  .string()
  .max(
    EDIT_LIMITS.shortText,
    `højst ${EDIT_LIMITS.shortText} tegn / at most ${EDIT_LIMITS.shortText} characters`,
  );
const longText = z
  .string()
  .max(
    EDIT_LIMITS.longText,
    `højst ${EDIT_LIMITS.longText} tegn / at most ${EDIT_LIMITS.longText} characters`,
  );
const name = shortText.trim().min(1, 'må ikke være tom / must not be empty');
const requiredLongText = longText.trim().min(1, 'må ikke være tom / must not be empty');
const recordId = z
  .string()
  .min(1, 'må ikke være tom / must not be empty')
  .max(EDIT_LIMITS.id, `højst ${EDIT_LIMITS.id} tegn / at most ${EDIT_LIMITS.id} characters`);
const newId = recordId.regex(
  /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
  'kun bogstaver a-z, tal, punktum, bindestreg og understreg / only letters, digits, dot, dash and underscore',
);
export const partialDate = z
  .string()
  .regex(
    PARTIAL_DATE_PATTERN,
    'skal være ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD / must be YYYY, YYYY-MM or YYYY-MM-DD',
  )
  .refine((date) => isRealDate(dateStart(date)), 'datoen findes ikke / no such date');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'skal være ÅÅÅÅ-MM-DD / must be YYYY-MM-DD')
  .refine(isRealDate, 'datoen findes ikke / no such date');
const version = z.number().int().min(1, 'skal være 1 eller mere / must be 1 or more');
const aliases = z
  .array(name)
  .max(EDIT_LIMITS.aliases, `højst ${EDIT_LIMITS.aliases} / at most ${EDIT_LIMITS.aliases}`);
const { idempotencyKey: keyLength } = EDIT_LIMITS;
const idempotencyKey = z
  .string()
  .min(keyLength.min, `mindst ${keyLength.min} tegn / at least ${keyLength.min} characters`)
  .max(keyLength.max)
  .optional();
const reason = longText.trim().optional();

export const sourceRefSchema = z.object({
  documentId: recordId,
  quote: longText.optional(),
  confidence: z.enum(CONFIDENCES).default('stated'),
});

/** Fields a node's create and update share; on update, `null` clears and absent keeps. */
const nodeFields = {
  nameEn: shortText.trim().nullish(),
  aliases: aliases.nullish(),
  note: longText.nullish(),
  ownerBody: recordId.nullish(),
  horizonRaw: shortText.nullish(),
  horizonStart: isoDate.nullish(),
  horizonEnd: isoDate.nullish(),
  validFrom: partialDate.nullish(),
  validTo: partialDate.nullish(),
  establishedOn: partialDate.nullish(),
  torStatus: shortText.nullish(),
  activeFrom: partialDate.nullish(),
  activeTo: partialDate.nullish(),
  agreedOn: partialDate.nullish(),
  lawRef: shortText.nullish(),
  effectiveFrom: partialDate.nullish(),
  level: z.enum(['municipal', 'regional']).nullish(),
  sources: z.array(sourceRefSchema).max(EDIT_LIMITS.sources).nullish(),
};

export const createNodeSchema = z.object({
  id: newId.optional(),
  label: z.enum(NODE_LABELS.filter((label) => label !== 'SourceDocument') as [string, ...string[]], {
    error: 'ukendt nodetype / unknown node label',
  }),
  kind: shortText.trim().min(1).optional(),
  nameDa: name,
  ...nodeFields,
  idempotencyKey,
  reason,
});

export const updateNodeSchema = z.object({
  id: recordId,
  expectedVersion: version,
  nameDa: name.optional(),
  kind: shortText.trim().min(1).optional(),
  ...nodeFields,
  idempotencyKey,
  reason,
});

export const retireNodeSchema = z.object({
  id: recordId,
  expectedVersion: version,
  retiredOn: partialDate.optional(),
  documentId: recordId.optional(),
  idempotencyKey,
  reason,
});

export const relationPropsSchema = z.object({
  mode: z.enum(['blocking', 'adjust']).optional(),
  since: partialDate.optional(),
  quote: longText.optional(),
  dependencyKind: z.enum(['prerequisite', 'funding', 'legal']).optional(),
  effective: partialDate.optional(),
  role: shortText.optional(),
  date: partialDate.optional(),
  text: longText.optional(),
});

export const addRelationSchema = relationPropsSchema.extend({
  type: z.enum(RELATION_TYPES, { error: 'ukendt relationstype / unknown relation type' }),
  source: recordId,
  target: recordId,
  evidence: sourceRefSchema.optional(),
  validFrom: partialDate.optional(),
  idempotencyKey,
  reason,
});

export const endRelationSchema = z.object({
  edgeId: recordId,
  expectedVersion: version,
  endedOn: partialDate.optional(),
  documentId: recordId.optional(),
  idempotencyKey,
  reason,
});

const observationFields = {
  code: z.enum(STATUS_CODE_LIST as [string, ...string[]], {
    error: 'ukendt statuskode / unknown status code',
  }),
  textDa: requiredLongText,
  date: partialDate,
  kind: z.enum(OBSERVATION_KINDS),
  documentId: recordId,
};

export const recordStatusSchema = z.object({
  nodeId: recordId,
  ...observationFields,
  expectedVersion: version.optional(),
  idempotencyKey,
  reason,
});

export const correctStatusSchema = z.object({
  nodeId: recordId,
  seq: z.number().int().min(0),
  expectedVersion: version,
  ...observationFields,
  idempotencyKey,
  reason,
});

export const retractStatusSchema = z.object({
  nodeId: recordId,
  seq: z.number().int().min(0),
  expectedVersion: version,
  idempotencyKey,
  reason,
});

export const registerDocumentSchema = z.object({
  id: newId,
  title: name,
  file: shortText.optional(),
  asOf: partialDate,
  asOfConfidence: z.enum(CONFIDENCES).default('stated'),
  idempotencyKey,
  reason,
});

export const endAwaitingSchema = z.object({
  edgeId: recordId,
  expectedVersion: version,
  /** When the awaited work landed: the relation ends and the status is dated then. */
  landedOn: partialDate,
  statusCode: observationFields.code,
  textDa: requiredLongText,
  documentId: recordId,
  kind: z.enum(OBSERVATION_KINDS).default('fact'),
  nodeExpectedVersion: version.optional(),
  idempotencyKey,
  reason,
});

export const revertChangeSchema = z.object({
  auditId: recordId,
  expectedVersion: version.optional(),
  idempotencyKey,
  reason,
});

/**
 * Parses `input` with `schema`; the first problem becomes a `ValidationError` whose field is the
 * input path (`nameDa`, `sources.0.documentId`), the way the explorer puts it next to the field.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(stripNulls(input));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'input';
  throw new ValidationError(field, issue?.message ?? 'ugyldig / invalid');
}

/**
 * GraphQL hands omitted optional fields over as `undefined` but explicit `null` as `null`:
 * keep `null` for the nullable node fields (it clears) and drop it elsewhere.
 */
function stripNulls(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

/**
 * The date rules for statuses (issue 11): a fact or decision cannot be dated after today, nor
 * after the date of the document that states it (a document cannot report what had not yet
 * happened when it was written). Partial dates compare by the days they cover: a fact of
 * "2025" cited from a document of "2025-03" is accepted; one of "2026" is not.
 */
export function checkObservationDate(
  observation: { date: PartialDate; kind: ObservationKind },
  document: { id: string; asOf: PartialDate },
  today: string,
): void {
  if (observation.kind !== 'fact' && observation.kind !== 'decision') return;
  const start = dateStart(observation.date);
  if (start > today) {
    throw new ValidationError(
      'date',
      `et faktum eller en beslutning kan ikke være dateret efter i dag (${today}) / a fact or decision cannot be dated after today`,
    );
  }
  if (start > dateEnd(document.asOf)) {
    throw new ValidationError(
      'date',
      `datoen ${observation.date} ligger efter kildedokumentets dato ${document.asOf} (${document.id}) / the date is after the date of the document it cites`,
    );
  }
}

/** Last day a partial date covers: "2024" → "2024-12-31", "2024-02" → "2024-02-29". */
export function dateEnd(date: PartialDate): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return date;
}

function isRealDate(iso: string): boolean {
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso;
}
