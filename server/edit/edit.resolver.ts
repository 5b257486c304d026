/**
 * The edit mutations (issue 11). Thin: the role is checked by the one auth checker
 * (`@Authorized`), the input validated and written by `EditService`; the answer is built from
 * the audit entry's `after`, so an idempotent retry returns what the first call returned.
 */
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AuditEntry } from '../../schema/audit.js';
import type { ApiContext } from '../api/context.js';
import { Edge, toEdge, type EdgeView } from '../api/edge.type.js';
import { RecordStatusInput } from '../api/node.resolver.js';
import { NodeInterface, SourceDocument, toNodeView, type NodeView } from '../api/node.type.js';
import { toDocumentView } from '../api/source-document.resolver.js';
import { Change, toChange } from './audit.type.js';
import {
  AddRelationInput,
  CorrectStatusInput,
  CreateNodeInput,
  EndAwaitingInput,
  EndRelationInput,
  RegisterDocumentInput,
  RetireNodeInput,
  RetractStatusInput,
  RevertChangeInput,
  UpdateNodeInput,
} from './edit.inputs.js';
import type { EditOutcome } from './edit.service.js';

@Resolver()
export class EditResolver {
  @Authorized('editor')
  @Mutation(() => NodeInterface, { description: 'Opret en node / create a node' })
  async createNode(@Arg('input', () => CreateNodeInput) input: CreateNodeInput, @Ctx() context: ApiContext) {
    return writtenNode(await context.edit.createNode(input), context);
  }

  @Authorized('editor')
  @Mutation(() => NodeInterface, {
    description: 'Ret en node (navne, noter, horisont, ejer, …) / update a node',
  })
  async updateNode(@Arg('input', () => UpdateNodeInput) input: UpdateNodeInput, @Ctx() context: ApiContext) {
    return writtenNode(await context.edit.updateNode(input), context);
  }

  @Authorized('editor')
  @Mutation(() => NodeInterface, { description: 'Afslut en node; historikken bevares / retire a node' })
  async retireNode(@Arg('input', () => RetireNodeInput) input: RetireNodeInput, @Ctx() context: ApiContext) {
    return writtenNode(await context.edit.retireNode(input), context);
  }

  @Authorized('editor')
  @Mutation(() => Edge, { description: 'Tilføj en relation med egenskaber og kilde / add a relation' })
  async addRelation(
    @Arg('input', () => AddRelationInput) input: AddRelationInput,
    @Ctx() context: ApiContext,
  ) {
    return writtenEdge(await context.edit.addRelation(input), context);
  }

  @Authorized('editor')
  @Mutation(() => Edge, { description: 'Afslut en relation; den bevares med slutdato / end a relation' })
  async endRelation(
    @Arg('input', () => EndRelationInput) input: EndRelationInput,
    @Ctx() context: ApiContext,
  ) {
    return writtenEdge(await context.edit.endRelation(input), context);
  }

  @Authorized('editor')
  @Mutation(() => NodeInterface, {
    description:
      'Afslut afventer: afslut AWAITS og registrér den nye status i ét skridt; svarer med den afventende node / end an AWAITS and record the status in one step',
  })
  async endAwaiting(
    @Arg('input', () => EndAwaitingInput) input: EndAwaitingInput,
    @Ctx() context: ApiContext,
  ) {
    return writtenNode(await context.edit.endAwaiting(input), context);
  }

  @Authorized('editor')
  @Mutation(() => NodeInterface, { description: 'Registrér en ny status for en node / record a new status' })
  async recordStatus(
    @Arg('input', () => RecordStatusInput) input: RecordStatusInput,
    @Ctx() context: ApiContext,
  ) {
    return writtenNode(await context.edit.recordStatus(input), context);
  }

  @Authorized('editor')
  @Mutation(() => NodeInterface, { description: 'Ret en statusobservation / correct a status' })
  async correctStatus(
    @Arg('input', () => CorrectStatusInput) input: CorrectStatusInput,
    @Ctx() context: ApiContext,
  ) {
    return writtenNode(await context.edit.correctStatus(input), context);
  }

  @Authorized('editor')
  @Mutation(() => NodeInterface, { description: 'Træk en statusobservation tilbage / retract a status' })
  async retractStatus(
    @Arg('input', () => RetractStatusInput) input: RetractStatusInput,
    @Ctx() context: ApiContext,
  ) {
    return writtenNode(await context.edit.retractStatus(input), context);
  }

  @Authorized('editor')
  @Mutation(() => SourceDocument, {
    description: 'Registrér et nyt kildedokument / register a source document',
  })
  async registerDocument(
    @Arg('input', () => RegisterDocumentInput) input: RegisterDocumentInput,
    @Ctx() context: ApiContext,
  ): Promise<NodeView> {
    const { entry } = await context.edit.registerDocument(input);
    const [document] = entry.after.documents;
    if (!document) throw new Error(`registerDocument wrote no document (${entry.id})`);
    return toDocumentView(document);
  }

  @Authorized('editor')
  @Mutation(() => Change, { description: 'Fortryd en ændring med en ny, logget ændring / undo a change' })
  async revertChange(
    @Arg('input', () => RevertChangeInput) input: RevertChangeInput,
    @Ctx() context: ApiContext,
  ) {
    return toChange((await context.edit.revertChange(input)).entry);
  }
}

/** The first node the change wrote, as it was written (with its new version). */
function writtenNode({ entry }: EditOutcome, context: ApiContext): NodeView {
  const [written] = entry.after.nodes;
  if (!written) throw new Error(`${entry.mutation} wrote no node (${entry.id})`);
  forget(entry, context);
  return { ...toNodeView(written.record), version: written.version };
}

function writtenEdge({ entry }: EditOutcome, context: ApiContext): EdgeView {
  const [written] = entry.after.edges;
  if (!written) throw new Error(`${entry.mutation} wrote no edge (${entry.id})`);
  forget(entry, context);
  return { ...toEdge(written.record), version: written.version };
}

/** Later fields of the same request read what was written, not what the loaders cached before. */
function forget(entry: AuditEntry, context: ApiContext): void {
  for (const id of entry.nodeIds) {
    context.loaders.node.clear(id);
    context.loaders.nodeVersion.clear(id);
  }
  for (const id of entry.edgeIds) {
    context.loaders.edge.clear(id);
    context.loaders.edgeVersion.clear(id);
  }
  context.loaders.relations.clearAll();
}
