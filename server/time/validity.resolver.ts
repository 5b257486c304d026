/** `Node.validity` and `Node.ended`, and the same on `Edge`: validity as of the view date. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Validity as ValidityRecord } from '../../schema/domain.js';
import type { ApiContext } from '../api/context.js';
import { Edge, type EdgeView } from '../api/edge.type.js';
import { NodeInterface, type NodeView } from '../api/node.type.js';
import { documentView } from '../api/source-document.resolver.js';
import { Validity, endedAt, today } from './validity.type.js';

async function toValidity(record: ValidityRecord | undefined, context: ApiContext): Promise<Validity | null> {
  if (!record) return null;
  return {
    from: record.from ?? null,
    fromBasis: record.fromBasis ?? null,
    to: record.to ?? null,
    toBasis: record.toBasis ?? null,
    document: record.documentId === undefined ? null : await documentView(record.documentId, context),
  };
}

@Resolver(() => NodeInterface)
export class NodeValidityResolver {
  @FieldResolver(() => Validity, {
    nullable: true,
    description: 'Hvornår noden findes, ifølge dokumenterne / when the node exists, per the documents',
  })
  validity(@Root() view: NodeView, @Ctx() context: ApiContext): Promise<Validity | null> {
    return toValidity(view.record.validity, context);
  }

  @FieldResolver(() => Boolean, {
    description: 'Ophørt pr. visningsdatoen (asOf, ellers i dag) / ended as of the view date',
  })
  ended(@Root() view: NodeView): boolean {
    return endedAt(view.record.validity, view.asOf ?? today());
  }
}

@Resolver(() => Edge)
export class EdgeValidityResolver {
  @FieldResolver(() => Validity, { nullable: true, description: 'Hvornår relationen findes' })
  validity(@Root() edge: EdgeView, @Ctx() context: ApiContext): Promise<Validity | null> {
    return toValidity(edge.record.validity, context);
  }
}
