/** Source documents (kildedokumenter): register one, so edits can cite it. */
import { dateStart, type SourceDocumentRecord } from '../../../schema/domain.js';
import { ValidationError } from '../../errors.js';
import { parseInput, registerDocumentSchema } from '../edit.validation.js';
import { empty } from './record-builders.js';
import type { EditOutcome, WritePath } from './write-path.js';

export async function registerDocument(writes: WritePath, raw: unknown): Promise<EditOutcome> {
  const input = parseInput(registerDocumentSchema, raw);
  const prior = await writes.prior('registerDocument', input.idempotencyKey);
  if (prior) return prior;
  const documents = await writes.store.getDocuments();
  if (documents.some((d) => d.id === input.id)) {
    throw new ValidationError('id', `findes allerede / already exists: '${input.id}'`);
  }
  if (dateStart(input.asOf) > writes.today()) {
    throw new ValidationError(
      'asOf',
      `et dokument kan ikke være dateret efter i dag / cannot be dated after today`,
    );
  }
  const document: SourceDocumentRecord = {
    id: input.id,
    file: input.file ?? '',
    title: input.title,
    asOf: input.asOf,
    asOfConfidence: input.asOfConfidence,
  };
  return writes.commit('registerDocument', input, { documents: [document] }, empty());
}
