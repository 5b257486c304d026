/** Status observations, sources and horizons: the provenance of every fact the API shows. */
import { Field, Int, ObjectType } from 'type-graphql';
import type { Confidence, ObservationKind, StatusCode, StatusFamily } from '../../schema/domain.js';
import { DateScalar } from './date.scalar.js';
import { ConfidenceEnum, ObservationKindEnum, StatusCodeEnum, StatusFamilyEnum } from './enums.js';
import { SourceDocument, type NodeView } from './node.type.js';

@ObjectType({ description: 'Ét udsagn om en status i ét dokument / one status statement in one document' })
export class StatusObservation {
  @Field(() => Int, {
    description:
      'Observationens nummer på noden; correctStatus og retractStatus peger på det / its number on the node',
  })
  seq!: number;

  @Field(() => StatusCodeEnum)
  code!: StatusCode;

  @Field(() => String, { description: 'Kodens danske betegnelse' })
  labelDa!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => StatusFamilyEnum)
  family!: StatusFamily;

  @Field(() => String, { description: 'Dokumentets egne ord, ordret / verbatim' })
  textDa!: string;

  @Field(() => String, {
    description: 'Datoen så præcist som dokumentet angiver den: 2024, 2024-09, 2024-09-20',
  })
  date!: string;

  @Field(() => DateScalar, { description: 'Første dag, datoen dækker / first day the date covers' })
  observedOn!: string;

  @Field(() => ObservationKindEnum)
  kind!: ObservationKind;

  /** Read by `StatusObservationResolver.document` only when a client asks for the document. */
  documentId!: string;
}

@ObjectType({ description: 'Kilde: dokument, citat og sikkerhed / source with quote and confidence' })
export class Source {
  @Field(() => SourceDocument)
  document!: NodeView;

  @Field(() => String, { nullable: true })
  quote!: string | null;

  @Field(() => ConfidenceEnum)
  confidence!: Confidence;
}

@ObjectType({ description: 'Tidshorisont: rå tekst og fortolket periode / raw text and parsed range' })
export class Horizon {
  @Field(() => String)
  raw!: string;

  @Field(() => DateScalar, { nullable: true })
  start!: string | null;

  @Field(() => DateScalar, { nullable: true })
  end!: string | null;
}
