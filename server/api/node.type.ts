/**
 * `Node` (the interface every element of the agreement complex implements) and one object type
 * per node label. Resolvers receive a `NodeView`: the stored record flattened for default field
 * resolution, plus the `asOf` date the question was asked for, which status fields honour.
 */
import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import type { GraphNodeRecord, NodeLabel, NodeProps } from '../../schema/domain.js';
import { NodeLabelEnum } from './enums.js';

export interface NodeView extends Omit<NodeProps, 'note'> {
  id: string;
  label: NodeLabel;
  kind: string;
  nameDa: string;
  nameEn: string | null;
  aliases: string[];
  note: string | null;
  record: GraphNodeRecord;
  /** Statuses are as observed up to this date; undefined means everything known. */
  asOf: string | undefined;
  /** The stored version, when the view comes from a write (else loaded on demand). */
  version?: number;
}

export function toNodeView(record: GraphNodeRecord, asOf?: string): NodeView {
  return {
    ...record.props,
    id: record.id,
    label: record.label,
    kind: record.kind,
    nameDa: record.nameDa,
    nameEn: record.nameEn ?? null,
    aliases: record.aliases,
    note: record.props.note ?? null,
    record,
    asOf,
  };
}

@InterfaceType('Node', {
  description: 'Et element i aftalekomplekset / an element of the agreement complex',
  resolveType: (value: NodeView) => value.label,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Stabilt id (domain.md) / stable id' })
  id!: string;

  @Field(() => NodeLabelEnum)
  label!: NodeLabel;

  @Field(() => String, { description: 'Underart, fx "cooperation", "trial" / sub-kind' })
  kind!: string;

  @Field(() => String, { description: 'Dansk navn, som dokumenterne skriver det' })
  nameDa!: string;

  @Field(() => String, { nullable: true, description: 'English name where known' })
  nameEn!: string | null;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Bemærkning, fx hvorfor noget er udledt / note' })
  note!: string | null;
}

const implementsNode = { implements: NodeInterface };

/** Politisk vision eller værdi. */
@ObjectType(implementsNode)
export class Vision extends NodeInterface {}

/** Aftale: politisk aftale, sundhedsaftale, delaftale, samarbejdsaftale, rammeaftale, handleplan, … */
@ObjectType(implementsNode)
export class Agreement extends NodeInterface {
  @Field(() => String, { nullable: true })
  validFrom?: string;

  @Field(() => String, { nullable: true })
  validTo?: string;
  // ownerBody: Node is resolved in `agreement.resolver.ts`.
}

/** Indsatsområde. */
@ObjectType(implementsNode)
export class FocusArea extends NodeInterface {}

/** Målsætning. */
@ObjectType(implementsNode)
export class Goal extends NodeInterface {}

/** Indsats, prøvehandling, spor eller overdragelsespakke. */
@ObjectType(implementsNode)
export class Initiative extends NodeInterface {}

/** Arbejdsgruppe eller følgegruppe. */
@ObjectType(implementsNode)
export class WorkingGroup extends NodeInterface {
  @Field(() => String, { nullable: true })
  establishedOn?: string;

  @Field(() => String, { nullable: true, description: 'Kommissoriets status / terms of reference status' })
  torStatus?: string;
}

/** Politisk eller administrativt organ: SSU, SSG, formandskab, temagruppe, sundhedsråd, … */
@ObjectType(implementsNode)
export class Body extends NodeInterface {
  @Field(() => String, { nullable: true })
  activeFrom?: string;

  @Field(() => String, { nullable: true })
  activeTo?: string;
}

@ObjectType(implementsNode)
export class Organisation extends NodeInterface {}

/** Sundhedsklynge: akuthospital, dets kommuner og praksis. */
@ObjectType(implementsNode)
export class Cluster extends NodeInterface {}

@ObjectType(implementsNode)
export class Municipality extends NodeInterface {}

@ObjectType(implementsNode)
export class Hospital extends NodeInterface {}

@ObjectType(implementsNode)
export class Region extends NodeInterface {}

/** National reform, reform element or national plan: what decisions wait for. */
@InterfaceType('NationalNode', {
  implements: NodeInterface,
  resolveType: (value: NodeView) => value.label,
})
export abstract class NationalNode extends NodeInterface {
  @Field(() => String, { nullable: true })
  agreedOn?: string;

  @Field(() => String, { nullable: true, description: 'Lovforslag, fx L214' })
  lawRef?: string;

  @Field(() => String, { nullable: true })
  effectiveFrom?: string;
}

/** National reform (2022, 2024). */
@ObjectType({ implements: [NodeInterface, NationalNode] })
export class NationalReform extends NationalNode {}

/** Element af en reform, fx 96-timers behandlingsansvar. */
@ObjectType({ implements: [NodeInterface, NationalNode] })
export class ReformElement extends NationalNode {}

/** National plan: 10-årsplan for psykiatrien, økonomiaftaler, overenskomst, … */
@ObjectType({ implements: [NodeInterface, NationalNode] })
export class NationalPlan extends NationalNode {}

/** Regional ordning, fx 72-timers behandlingsansvar. */
@ObjectType(implementsNode)
export class RegionalScheme extends NodeInterface {}

/** Lovbestemt opgave. */
@ObjectType(implementsNode)
export class Task extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'municipal / regional' })
  level?: string;
}

/** (Nær)sundhedsplan. */
@ObjectType(implementsNode)
export class Plan extends NodeInterface {}

/** Arbejdsplan. */
@ObjectType(implementsNode)
export class WorkPlan extends NodeInterface {}

/** Materiale, fx kommunikationspakke. */
@ObjectType(implementsNode)
export class Artifact extends NodeInterface {}

/** Kildedokument. */
@ObjectType(implementsNode)
export class SourceDocument extends NodeInterface {
  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Filnavn i seeds/' })
  file!: string;

  @Field(() => String, { description: 'Dokumentets dato, så præcist som kendt' })
  asOf!: string;
}

/** Every object type, so the schema includes types no field returns directly. */
export const NODE_OBJECT_TYPES = [
  Vision,
  Agreement,
  FocusArea,
  Goal,
  Initiative,
  WorkingGroup,
  Body,
  Organisation,
  Cluster,
  Municipality,
  Hospital,
  Region,
  NationalReform,
  ReformElement,
  NationalPlan,
  RegionalScheme,
  Task,
  Plan,
  WorkPlan,
  Artifact,
  SourceDocument,
] as const;
