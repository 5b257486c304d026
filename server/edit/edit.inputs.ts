/**
 * The edit mutations' GraphQL inputs, one `input` each (issue 11). They carry shapes only:
 * every rule (lengths, dates, known ids) is checked once in `edit.validation.ts`, so the
 * error names the field the explorer shows it next to.
 */
import { Field, ID, InputType, Int } from 'type-graphql';
import type {
  Confidence,
  NodeLabel,
  ObservationKind,
  RelationType,
  StatusCode,
} from '../../schema/domain.js';
import {
  ConfidenceEnum,
  NodeLabelEnum,
  ObservationKindEnum,
  RelationTypeEnum,
  StatusCodeEnum,
} from '../api/enums.js';

const KEY = {
  nullable: true,
  description:
    'Idempotensnøgle: et nyt forsøg med samme nøgle udføres én gang og giver det første svar / a retry with the same key is applied once',
};
const REASON = { nullable: true, description: 'Begrundelse i ændringsloggen / reason, kept in the trail' };
const VERSION = {
  description: 'Versionen ændringen bygger på; en ældre giver CONFLICT / the version this change is based on',
};

@InputType({ description: 'En kilde: dokument, citat og sikkerhed / a source' })
export class SourceRefInput {
  @Field(() => ID)
  documentId!: string;

  @Field(() => String, { nullable: true, description: 'Dokumentets ord, ordret / verbatim quote' })
  quote?: string;

  @Field(() => ConfidenceEnum, { nullable: true, defaultValue: 'stated' })
  confidence?: Confidence;
}

/** Node fields create and update share: on update, absent keeps and `null` clears. */
@InputType({ description: 'Felter fælles for opret og ret / fields shared by create and update' })
abstract class NodeFieldsInput {
  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => [String], { nullable: true })
  aliases?: string[] | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'Ejer (organ) / owning body' })
  ownerBody?: string | null;

  @Field(() => String, { nullable: true, description: 'Tidshorisont som dokumentet skriver den' })
  horizonRaw?: string | null;

  @Field(() => String, { nullable: true, description: 'ÅÅÅÅ-MM-DD' })
  horizonStart?: string | null;

  @Field(() => String, { nullable: true, description: 'ÅÅÅÅ-MM-DD' })
  horizonEnd?: string | null;

  @Field(() => String, { nullable: true })
  validFrom?: string | null;

  @Field(() => String, { nullable: true })
  validTo?: string | null;

  @Field(() => String, { nullable: true })
  establishedOn?: string | null;

  @Field(() => String, { nullable: true })
  torStatus?: string | null;

  @Field(() => String, { nullable: true })
  activeFrom?: string | null;

  @Field(() => String, { nullable: true })
  activeTo?: string | null;

  @Field(() => String, { nullable: true })
  agreedOn?: string | null;

  @Field(() => String, { nullable: true })
  lawRef?: string | null;

  @Field(() => String, { nullable: true })
  effectiveFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'municipal / regional' })
  level?: string | null;

  @Field(() => [SourceRefInput], { nullable: true })
  sources?: SourceRefInput[] | null;

  @Field(() => String, KEY)
  idempotencyKey?: string;

  @Field(() => String, REASON)
  reason?: string;
}

@InputType({ description: 'En ny node / a new node' })
export class CreateNodeInput extends NodeFieldsInput {
  @Field(() => ID, { nullable: true, description: 'Udeladt: dannes af type og navn / derived when omitted' })
  id?: string;

  @Field(() => NodeLabelEnum)
  label!: NodeLabel;

  @Field(() => String, { nullable: true, description: 'Underart / sub-kind' })
  kind?: string;

  @Field(() => String)
  nameDa!: string;
}

@InputType({ description: 'Ændring af en node / a change to a node' })
export class UpdateNodeInput extends NodeFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, VERSION)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  nameDa?: string;

  @Field(() => String, { nullable: true })
  kind?: string;
}

@InputType({ description: 'Afslut en node (aldrig en sletning) / retire a node (never a delete)' })
export class RetireNodeInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, VERSION)
  expectedVersion!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Ophørsdato; udeladt: i dag / end date, default today',
  })
  retiredOn?: string;

  @Field(() => ID, { nullable: true, description: 'Dokumentet, der siger det / the document that says so' })
  documentId?: string;

  @Field(() => String, KEY)
  idempotencyKey?: string;

  @Field(() => String, REASON)
  reason?: string;
}

@InputType({ description: 'En ny relation med egenskaber og kilde / a new relation' })
export class AddRelationInput {
  @Field(() => RelationTypeEnum)
  type!: RelationType;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => String, { nullable: true, description: 'AWAITS: blocking / adjust' })
  mode?: string;

  @Field(() => String, { nullable: true, description: 'AWAITS: siden / since' })
  since?: string;

  @Field(() => String, { nullable: true, description: 'AWAITS: dokumentets ord' })
  quote?: string;

  @Field(() => String, { nullable: true, description: 'DEPENDS_ON: prerequisite / funding / legal' })
  dependencyKind?: string;

  @Field(() => String, { nullable: true, description: 'SUPERSEDES: virkning fra' })
  effective?: string;

  @Field(() => String, { nullable: true, description: 'RESPONSIBLE / LOCATED_IN: rolle' })
  role?: string;

  @Field(() => String, { nullable: true, description: 'DECIDED_BY: beslutningsdato' })
  date?: string;

  @Field(() => String, { nullable: true, description: 'PRIORITIZED_IN: tekst' })
  text?: string;

  @Field(() => SourceRefInput, { nullable: true, description: 'Kilden / the source' })
  evidence?: SourceRefInput;

  @Field(() => String, { nullable: true, description: 'Gyldig fra; udeladt: i dag' })
  validFrom?: string;

  @Field(() => String, KEY)
  idempotencyKey?: string;

  @Field(() => String, REASON)
  reason?: string;
}

@InputType({ description: 'Afslut en relation / end a relation' })
export class EndRelationInput {
  @Field(() => ID)
  edgeId!: string;

  @Field(() => Int, VERSION)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Ophørsdato; udeladt: i dag' })
  endedOn?: string;

  @Field(() => ID, { nullable: true })
  documentId?: string;

  @Field(() => String, KEY)
  idempotencyKey?: string;

  @Field(() => String, REASON)
  reason?: string;
}

@InputType({ description: 'Afslut afventer: det afventede er landet / the awaited work has landed' })
export class EndAwaitingInput {
  @Field(() => ID, { description: 'AWAITS-relationen' })
  edgeId!: string;

  @Field(() => Int, VERSION)
  expectedVersion!: number;

  @Field(() => String, { description: 'Hvornår det landede / when it landed' })
  landedOn!: string;

  @Field(() => StatusCodeEnum, { description: 'Den afventende nodes nye status' })
  statusCode!: StatusCode;

  @Field(() => String)
  textDa!: string;

  @Field(() => ID)
  documentId!: string;

  @Field(() => ObservationKindEnum, { nullable: true, defaultValue: 'fact' })
  kind?: ObservationKind;

  @Field(() => Int, {
    nullable: true,
    description: 'Den afventende nodes version / the awaiting node’s version',
  })
  nodeExpectedVersion?: number;

  @Field(() => String, KEY)
  idempotencyKey?: string;

  @Field(() => String, REASON)
  reason?: string;
}

@InputType({ description: 'Ret en statusobservation / correct a status observation' })
export class CorrectStatusInput {
  @Field(() => ID)
  nodeId!: string;

  @Field(() => Int, { description: 'Observationens nummer (seq)' })
  seq!: number;

  @Field(() => Int, VERSION)
  expectedVersion!: number;

  @Field(() => StatusCodeEnum)
  code!: StatusCode;

  @Field(() => String)
  textDa!: string;

  @Field(() => String)
  date!: string;

  @Field(() => ObservationKindEnum)
  kind!: ObservationKind;

  @Field(() => ID)
  documentId!: string;

  @Field(() => String, KEY)
  idempotencyKey?: string;

  @Field(() => String, REASON)
  reason?: string;
}

@InputType({ description: 'Træk en statusobservation tilbage / retract a status observation' })
export class RetractStatusInput {
  @Field(() => ID)
  nodeId!: string;

  @Field(() => Int)
  seq!: number;

  @Field(() => Int, VERSION)
  expectedVersion!: number;

  @Field(() => String, KEY)
  idempotencyKey?: string;

  @Field(() => String, REASON)
  reason?: string;
}

@InputType({ description: 'Et nyt kildedokument, fx et mødereferat / a new source document' })
export class RegisterDocumentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  file?: string;

  @Field(() => String, { description: 'Dokumentets dato: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD' })
  asOf!: string;

  @Field(() => ConfidenceEnum, { nullable: true, defaultValue: 'stated' })
  asOfConfidence?: Confidence;

  @Field(() => String, KEY)
  idempotencyKey?: string;

  @Field(() => String, REASON)
  reason?: string;
}

@InputType({ description: 'Fortryd en ændring / undo a change' })
export class RevertChangeInput {
  @Field(() => ID)
  auditId!: string;

  @Field(() => Int, { nullable: true, description: 'Postens nuværende version, hvis kendt' })
  expectedVersion?: number;

  @Field(() => String, KEY)
  idempotencyKey?: string;

  @Field(() => String, REASON)
  reason?: string;
}

@InputType({ description: 'Filter for ændringsloggen / audit log filter' })
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  nodeId?: string;

  @Field(() => ID, { nullable: true })
  edgeId?: string;

  @Field(() => String, { nullable: true })
  actorId?: string;

  @Field(() => String, { nullable: true })
  mutation?: string;

  @Field(() => String, { nullable: true, description: 'ISO-tidspunkt, fra og med' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'ISO-tidspunkt, til og med' })
  to?: string;
}
