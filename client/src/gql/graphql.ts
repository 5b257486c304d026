/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Medarbejder (log ind), API-token, lokal bruger (intet log ind sat op, kun loopback) eller anonym / signed-in user, API token, local user or anonymous */
export type ActorKind =
  | 'ANONYMOUS'
  | 'LOCAL'
  | 'TOKEN'
  | 'USER';

/** En ny relation med egenskaber og kilde / a new relation */
export type AddRelationInput = {
  /** DECIDED_BY: beslutningsdato */
  date?: string | null | undefined;
  /** DEPENDS_ON: prerequisite / funding / legal */
  dependencyKind?: string | null | undefined;
  /** SUPERSEDES: virkning fra */
  effective?: string | null | undefined;
  /** Kilden / the source */
  evidence?: SourceRefInput | null | undefined;
  /** Idempotensnøgle: et nyt forsøg med samme nøgle udføres én gang og giver det første svar / a retry with the same key is applied once */
  idempotencyKey?: string | null | undefined;
  /** AWAITS: blocking / adjust */
  mode?: string | null | undefined;
  /** AWAITS: dokumentets ord */
  quote?: string | null | undefined;
  /** Begrundelse i ændringsloggen / reason, kept in the trail */
  reason?: string | null | undefined;
  /** RESPONSIBLE / LOCATED_IN: rolle */
  role?: string | null | undefined;
  /** AWAITS: siden / since */
  since?: string | null | undefined;
  source: string | number;
  target: string | number;
  /** PRIORITIZED_IN: tekst */
  text?: string | null | undefined;
  type: RelationType;
  /** Gyldig fra; udeladt: i dag */
  validFrom?: string | null | undefined;
};

/** Afventer nationalt, regionalt eller begge */
export type AwaitingScope =
  | 'ANY'
  | 'NATIONAL'
  | 'REGIONAL';

/** Lander, forsinkes, trækkes tilbage / lands, delayed, withdrawn */
export type ChangeEffect =
  | 'DELAYED'
  | 'LANDS'
  | 'WITHDRAWN';

/** Statusskift, ny i komplekset, ophørt (udløbet, afløst eller udgået), relation tilføjet, relation ophørt / status changed, appeared, retired, relation added, relation ended */
export type ChangeKind =
  /** Findes fra denne dato / exists from this date */
  | 'APPEARED'
  /** Relationen findes fra denne dato */
  | 'RELATION_ADDED'
  /** Relationen findes ikke længere */
  | 'RELATION_ENDED'
  /** Findes ikke længere: udløbet, afløst eller udgået / ended, superseded or retired */
  | 'RETIRED'
  /** Nuværende status er en anden / the current status differs */
  | 'STATUS_CHANGED';

/** Angivet, udledt [inf] eller ikke verificeret [unv] */
export type Confidence =
  | 'INFERRED'
  | 'STATED'
  | 'UNVERIFIED';

/** Hvad ændringen betyder for arbejdet / what it means for the work */
export type ConsequenceCode =
  | 'ALIGN_WITH_NATIONAL'
  | 'BASIS_WITHDRAWN'
  | 'BLOCKED_LONGER'
  | 'FOLLOWS_PARENT'
  | 'HANDOVER_DELAYED'
  | 'KEEPS_OWNER'
  | 'LOSES_OWNER'
  | 'NOT_SUPERSEDED'
  | 'PREREQUISITE_DELAYED'
  | 'PREREQUISITE_LOST'
  | 'PREREQUISITE_MET'
  | 'READY_TO_START'
  | 'REPLAN'
  | 'REVIEW'
  | 'SUPERSEDED'
  | 'SUPERSESSION_DELAYED'
  | 'UPSTREAM_ADJUSTMENT'
  | 'UPSTREAM_BASIS'
  | 'UPSTREAM_BLOCKER'
  | 'UPSTREAM_PREREQUISITE';

/** Ret en statusobservation / correct a status observation */
export type CorrectStatusInput = {
  code: StatusCode;
  date: string;
  documentId: string | number;
  /** Versionen ændringen bygger på; en ældre giver CONFLICT / the version this change is based on */
  expectedVersion: number;
  /** Idempotensnøgle: et nyt forsøg med samme nøgle udføres én gang og giver det første svar / a retry with the same key is applied once */
  idempotencyKey?: string | null | undefined;
  kind: ObservationKind;
  nodeId: string | number;
  /** Begrundelse i ændringsloggen / reason, kept in the trail */
  reason?: string | null | undefined;
  /** Observationens nummer (seq) */
  seq: number;
  textDa: string;
};

/** En ny node / a new node */
export type CreateNodeInput = {
  activeFrom?: string | null | undefined;
  activeTo?: string | null | undefined;
  agreedOn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  effectiveFrom?: string | null | undefined;
  establishedOn?: string | null | undefined;
  /** ÅÅÅÅ-MM-DD */
  horizonEnd?: string | null | undefined;
  /** Tidshorisont som dokumentet skriver den */
  horizonRaw?: string | null | undefined;
  /** ÅÅÅÅ-MM-DD */
  horizonStart?: string | null | undefined;
  /** Udeladt: dannes af type og navn / derived when omitted */
  id?: string | number | null | undefined;
  /** Idempotensnøgle: et nyt forsøg med samme nøgle udføres én gang og giver det første svar / a retry with the same key is applied once */
  idempotencyKey?: string | null | undefined;
  /** Underart / sub-kind */
  kind?: string | null | undefined;
  label: NodeLabel;
  lawRef?: string | null | undefined;
  /** municipal / regional */
  level?: string | null | undefined;
  nameDa: string;
  nameEn?: string | null | undefined;
  note?: string | null | undefined;
  /** Ejer (organ) / owning body */
  ownerBody?: string | number | null | undefined;
  /** Begrundelse i ændringsloggen / reason, kept in the trail */
  reason?: string | null | undefined;
  sources?: Array<SourceRefInput> | null | undefined;
  torStatus?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

/** Retning set fra noden / direction seen from the node */
export type Direction =
  | 'BOTH'
  | 'IN'
  | 'OUT';

/** Afslut afventer: det afventede er landet / the awaited work has landed */
export type EndAwaitingInput = {
  documentId: string | number;
  /** AWAITS-relationen */
  edgeId: string | number;
  /** Versionen ændringen bygger på; en ældre giver CONFLICT / the version this change is based on */
  expectedVersion: number;
  /** Idempotensnøgle: et nyt forsøg med samme nøgle udføres én gang og giver det første svar / a retry with the same key is applied once */
  idempotencyKey?: string | null | undefined;
  kind?: ObservationKind | null | undefined;
  /** Hvornår det landede / when it landed */
  landedOn: string;
  /** Den afventende nodes version / the awaiting node’s version */
  nodeExpectedVersion?: number | null | undefined;
  /** Begrundelse i ændringsloggen / reason, kept in the trail */
  reason?: string | null | undefined;
  /** Den afventende nodes nye status */
  statusCode: StatusCode;
  textDa: string;
};

/** Afslut en relation / end a relation */
export type EndRelationInput = {
  documentId?: string | number | null | undefined;
  edgeId: string | number;
  /** Ophørsdato; udeladt: i dag */
  endedOn?: string | null | undefined;
  /** Versionen ændringen bygger på; en ældre giver CONFLICT / the version this change is based on */
  expectedVersion: number;
  /** Idempotensnøgle: et nyt forsøg med samme nøgle udføres én gang og giver det første svar / a retry with the same key is applied once */
  idempotencyKey?: string | null | undefined;
  /** Begrundelse i ændringsloggen / reason, kept in the trail */
  reason?: string | null | undefined;
};

/** Afledte advarsler pr. visningsdatoen / derived flags as of the view date */
export type FlagCode =
  /** I gang under en aftale, der er udløbet eller afløst / active under an expired or superseded agreement */
  | 'AGREEMENT_LAPSED'
  /** Det afventede er på plads: klar til at genoptage? / awaited work has landed: ready to restart? */
  | 'AWAITED_WORK_LANDED'
  /** I gang uden ansvarligt organ / active without a responsible body */
  | 'NO_RESPONSIBLE_BODY'
  /** Ejes af et organ, der nedlægges / owned by a body being abolished */
  | 'OWNER_BEING_ABOLISHED'
  /** Ingen status i 12 måneder / no status observed for 12 months */
  | 'STALE_STATUS';

/** Hvad et abonnement lytter på / what a subscription listens to */
export type GraphChangeScope = {
  /** Disse noder (og relationer, der rører dem) */
  nodeIds?: Array<string | number> | null | undefined;
  /** Noden og alt, den afventer, afhænger af eller udspringer af, transitivt / the node and everything upstream */
  upstreamOf?: string | number | null | undefined;
  /** Noderne og alt opstrøms af hver af dem (som upstreamOf, for flere noder i ét abonnement) / upstream of any of these nodes */
  upstreamOfAny?: Array<string | number> | null | undefined;
};

/** Ændringen: ét eller flere elementer, og hvad der sker / the change */
export type ImpactChangeInput = {
  /** Hvornår / when */
  date?: string | null | undefined;
  effect?: ChangeEffect;
  nodeIds: Array<string | number>;
};

/** Direkte > indirekte > arvet / direct > indirect > inherited */
export type ImpactClass =
  | 'DIRECT'
  | 'INDIRECT'
  | 'INHERITED';

/** Udvid eller indsnævr reglerne / widen or narrow the rules */
export type ImpactOptions = {
  asOf?: string | null | undefined;
  /** Standard AWAITS, DEPENDS_ON, DERIVES_FROM */
  directTypes?: Array<RelationType> | null | undefined;
  /** Retning for indirekte hop (standard BOTH) */
  direction?: Direction | null | undefined;
  /** Det der afventer reformen, ændringen er del af (standard ja) */
  includeParent?: boolean | null | undefined;
  /** Det ændringen afløser er direkte berørt (standard ja) */
  includeSuperseded?: boolean | null | undefined;
  /** Dele arver deres overordnedes klasse (standard ja) */
  inherit?: boolean | null | undefined;
  /** Indirekte hop fra et direkte berørt element (standard 1, højst 6) */
  maxDepth?: number | null | undefined;
  /** Stier pr. element (standard 20, højst 200) */
  maxPathsPerNode?: number | null | undefined;
  /** Standard AWAITS, DEPENDS_ON, COUPLED_WITH, REVISES, RESPONSIBLE, IMPLEMENTED_BY, CONCERNS */
  propagationTypes?: Array<RelationType> | null | undefined;
};

/** Filtrering af noder; alle felter indsnævrer / every field narrows */
export type NodeFilter = {
  /** Afventer nationalt/regionalt arbejde */
  awaiting?: AwaitingScope | null | undefined;
  /** Klynge-id, fx cl-vest */
  cluster?: string | number | null | undefined;
  /** Har mindst én af disse advarsler pr. visningsdatoen / has any of these flags as of the view date */
  flags?: Array<FlagCode> | null | undefined;
  /** Underarter, fx "cooperation", "trial" */
  kinds?: Array<string> | null | undefined;
  labels?: Array<NodeLabel> | null | undefined;
  /** Ansvarligt organ eller gruppe, fx body-ssg */
  responsibleBody?: string | number | null | undefined;
  /** Nuværende status / current status */
  statusCodes?: Array<StatusCode> | null | undefined;
  statusFamilies?: Array<StatusFamily> | null | undefined;
  /** Tekst i navne og aliaser (dansk foldning) */
  text?: string | null | undefined;
};

/** Nodetype i grafmodellen / node label */
export type NodeLabel =
  | 'Agreement'
  | 'Artifact'
  | 'Body'
  | 'Cluster'
  | 'FocusArea'
  | 'Goal'
  | 'Hospital'
  | 'Initiative'
  | 'Municipality'
  | 'NationalPlan'
  | 'NationalReform'
  | 'Organisation'
  | 'Plan'
  | 'ReformElement'
  | 'Region'
  | 'RegionalScheme'
  | 'SourceDocument'
  | 'Task'
  | 'Vision'
  | 'WorkPlan'
  | 'WorkingGroup';

/** Faktum, plan, indstilling eller beslutning / fact, plan, recommendation or decision */
export type ObservationKind =
  | 'DECISION'
  | 'FACT'
  | 'PLAN'
  | 'RECOMMENDATION';

/** En ny statusobservation / a new status observation */
export type RecordStatusInput = {
  code: StatusCode;
  /** ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD */
  date: string;
  /** Kildedokumentet, udsagnet stammer fra */
  documentId: string | number;
  /** Udeladt: tilføjes til den nyeste historik / omitted: appended to the newest history */
  expectedVersion?: number | null | undefined;
  /** Idempotensnøgle / idempotency key */
  idempotencyKey?: string | null | undefined;
  kind: ObservationKind;
  nodeId: string | number;
  /** Begrundelse / reason */
  reason?: string | null | undefined;
  /** Ordret tekst, højst 4000 tegn / verbatim text, at most 4000 characters */
  textDa: string;
};

/** Et nyt kildedokument, fx et mødereferat / a new source document */
export type RegisterDocumentInput = {
  /** Dokumentets dato: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD */
  asOf: string;
  asOfConfidence?: Confidence | null | undefined;
  file?: string | null | undefined;
  id: string | number;
  /** Idempotensnøgle: et nyt forsøg med samme nøgle udføres én gang og giver det første svar / a retry with the same key is applied once */
  idempotencyKey?: string | null | undefined;
  /** Begrundelse i ændringsloggen / reason, kept in the trail */
  reason?: string | null | undefined;
  title: string;
};

/** Relationstype / relationship type */
export type RelationType =
  | 'AWAITS'
  | 'CONCERNS'
  | 'CONCRETIZES'
  | 'COUPLED_WITH'
  | 'DECIDED_BY'
  | 'DEPENDS_ON'
  | 'DERIVES_FROM'
  | 'ESTABLISHED_BY'
  | 'IMPLEMENTED_BY'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'MENTIONED_IN'
  | 'PART_OF'
  | 'PRIORITIZED_IN'
  | 'REPORTS_TO'
  | 'RESPONSIBLE'
  | 'REVISES'
  | 'SUPERSEDES';

/** Afslut en node (aldrig en sletning) / retire a node (never a delete) */
export type RetireNodeInput = {
  /** Dokumentet, der siger det / the document that says so */
  documentId?: string | number | null | undefined;
  /** Versionen ændringen bygger på; en ældre giver CONFLICT / the version this change is based on */
  expectedVersion: number;
  id: string | number;
  /** Idempotensnøgle: et nyt forsøg med samme nøgle udføres én gang og giver det første svar / a retry with the same key is applied once */
  idempotencyKey?: string | null | undefined;
  /** Begrundelse i ændringsloggen / reason, kept in the trail */
  reason?: string | null | undefined;
  /** Ophørsdato; udeladt: i dag / end date, default today */
  retiredOn?: string | null | undefined;
};

/** Træk en statusobservation tilbage / retract a status observation */
export type RetractStatusInput = {
  /** Versionen ændringen bygger på; en ældre giver CONFLICT / the version this change is based on */
  expectedVersion: number;
  /** Idempotensnøgle: et nyt forsøg med samme nøgle udføres én gang og giver det første svar / a retry with the same key is applied once */
  idempotencyKey?: string | null | undefined;
  nodeId: string | number;
  /** Begrundelse i ændringsloggen / reason, kept in the trail */
  reason?: string | null | undefined;
  seq: number;
};

/** Fortryd en ændring / undo a change */
export type RevertChangeInput = {
  auditId: string | number;
  /** Postens nuværende version, hvis kendt */
  expectedVersion?: number | null | undefined;
  /** Idempotensnøgle: et nyt forsøg med samme nøgle udføres én gang og giver det første svar / a retry with the same key is applied once */
  idempotencyKey?: string | null | undefined;
  /** Begrundelse i ændringsloggen / reason, kept in the trail */
  reason?: string | null | undefined;
};

/** Rolle: læser < redaktør < administrator / role: viewer < editor < admin */
export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'VIEWER';

/** En kilde: dokument, citat og sikkerhed / a source */
export type SourceRefInput = {
  confidence?: Confidence | null | undefined;
  documentId: string | number;
  /** Dokumentets ord, ordret / verbatim quote */
  quote?: string | null | undefined;
};

/** Statuskode (domain.md §2) */
export type StatusCode =
  | 'APPROVAL_EXPECTED'
  | 'APPROVED'
  | 'AWAITING_NATIONAL'
  | 'AWAITING_REGIONAL'
  | 'COMPLETED'
  | 'CONTINUE'
  | 'DRAFTING'
  | 'DROPPED'
  | 'EVALUATION_DUE'
  | 'IMPLEMENTED'
  | 'IMPLEMENTING'
  | 'IN_DEVELOPMENT'
  | 'IN_FORCE'
  | 'IN_PILOT'
  | 'NOT_IMPLEMENTED'
  | 'NOT_STARTED'
  | 'PAUSED'
  | 'PENDING_APPROVAL'
  | 'PLANNED'
  | 'POSTPONED'
  | 'PROPOSED'
  | 'RESUMED'
  | 'STARTED'
  | 'UNKNOWN'
  | 'WG_SET_UP'
  | 'WILL_NOT_START';

/** Statusfamilie til farvelægning */
export type StatusFamily =
  | 'ACTIVE'
  | 'AWAITING'
  | 'DONE'
  | 'DROPPED'
  | 'INACTIVE'
  | 'PAUSED'
  | 'UNKNOWN';

/** Ændring af en node / a change to a node */
export type UpdateNodeInput = {
  activeFrom?: string | null | undefined;
  activeTo?: string | null | undefined;
  agreedOn?: string | null | undefined;
  aliases?: Array<string> | null | undefined;
  effectiveFrom?: string | null | undefined;
  establishedOn?: string | null | undefined;
  /** Versionen ændringen bygger på; en ældre giver CONFLICT / the version this change is based on */
  expectedVersion: number;
  /** ÅÅÅÅ-MM-DD */
  horizonEnd?: string | null | undefined;
  /** Tidshorisont som dokumentet skriver den */
  horizonRaw?: string | null | undefined;
  /** ÅÅÅÅ-MM-DD */
  horizonStart?: string | null | undefined;
  id: string | number;
  /** Idempotensnøgle: et nyt forsøg med samme nøgle udføres én gang og giver det første svar / a retry with the same key is applied once */
  idempotencyKey?: string | null | undefined;
  kind?: string | null | undefined;
  lawRef?: string | null | undefined;
  /** municipal / regional */
  level?: string | null | undefined;
  nameDa?: string | null | undefined;
  nameEn?: string | null | undefined;
  note?: string | null | undefined;
  /** Ejer (organ) / owning body */
  ownerBody?: string | number | null | undefined;
  /** Begrundelse i ændringsloggen / reason, kept in the trail */
  reason?: string | null | undefined;
  sources?: Array<SourceRefInput> | null | undefined;
  torStatus?: string | null | undefined;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

/** Hvad starten bygger på: oprettet, aftalt, trådt i kraft, eller kun første omtale / established, agreed, in force, or only first mention */
export type ValidityFromBasis =
  | 'AGREED'
  | 'ESTABLISHED'
  | 'FIRST_MENTION'
  | 'IN_FORCE';

/** Hvad sluttede den: udløbet, afløst, udgået ved redigering / ended, superseded, retired */
export type ValidityToBasis =
  | 'ENDED'
  | 'RETIRED'
  | 'SUPERSEDED';

export type AddRelationMutationVariables = Exact<{
  input: AddRelationInput;
}>;


export type AddRelationMutation = { __typename: 'Mutation', addRelation: { __typename: 'Edge', id: string, version: number } };

type CanvasNode_Agreement_Fragment = { __typename: 'Agreement', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_Artifact_Fragment = { __typename: 'Artifact', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_Body_Fragment = { __typename: 'Body', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_Cluster_Fragment = { __typename: 'Cluster', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_FocusArea_Fragment = { __typename: 'FocusArea', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_Goal_Fragment = { __typename: 'Goal', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_Hospital_Fragment = { __typename: 'Hospital', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_Initiative_Fragment = { __typename: 'Initiative', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_Municipality_Fragment = { __typename: 'Municipality', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_NationalPlan_Fragment = { __typename: 'NationalPlan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_NationalReform_Fragment = { __typename: 'NationalReform', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_Organisation_Fragment = { __typename: 'Organisation', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_Plan_Fragment = { __typename: 'Plan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_ReformElement_Fragment = { __typename: 'ReformElement', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_Region_Fragment = { __typename: 'Region', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_RegionalScheme_Fragment = { __typename: 'RegionalScheme', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_SourceDocument_Fragment = { __typename: 'SourceDocument', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_Task_Fragment = { __typename: 'Task', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_Vision_Fragment = { __typename: 'Vision', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_WorkPlan_Fragment = { __typename: 'WorkPlan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

type CanvasNode_WorkingGroup_Fragment = { __typename: 'WorkingGroup', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null };

export type CanvasNodeFragment =
  | CanvasNode_Agreement_Fragment
  | CanvasNode_Artifact_Fragment
  | CanvasNode_Body_Fragment
  | CanvasNode_Cluster_Fragment
  | CanvasNode_FocusArea_Fragment
  | CanvasNode_Goal_Fragment
  | CanvasNode_Hospital_Fragment
  | CanvasNode_Initiative_Fragment
  | CanvasNode_Municipality_Fragment
  | CanvasNode_NationalPlan_Fragment
  | CanvasNode_NationalReform_Fragment
  | CanvasNode_Organisation_Fragment
  | CanvasNode_Plan_Fragment
  | CanvasNode_ReformElement_Fragment
  | CanvasNode_Region_Fragment
  | CanvasNode_RegionalScheme_Fragment
  | CanvasNode_SourceDocument_Fragment
  | CanvasNode_Task_Fragment
  | CanvasNode_Vision_Fragment
  | CanvasNode_WorkPlan_Fragment
  | CanvasNode_WorkingGroup_Fragment
;

export type CanvasEdgeFragment = { __typename: 'Edge', id: string, type: RelationType, source: string, target: string, mode: string | null, dependencyKind: string | null, role: string | null };

export type DescribedChangeFragment = { __typename: 'TimelineChange', kind: ChangeKind, date: string, node:
    | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
  , before: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, after: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, textDa: string, date: string } | null, edge: { __typename: 'Edge', id: string, type: RelationType, source: string, target: string } | null, relationTarget:
    | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
   | null, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } | null };

export type CorrectStatusMutationVariables = Exact<{
  input: CorrectStatusInput;
}>;


export type CorrectStatusMutation = { __typename: 'Mutation', correctStatus:
    | { __typename: 'Agreement', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Artifact', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Body', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Cluster', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'FocusArea', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Goal', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Hospital', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Initiative', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Municipality', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'NationalPlan', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'NationalReform', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Organisation', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Plan', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'ReformElement', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Region', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'RegionalScheme', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'SourceDocument', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Task', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Vision', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'WorkPlan', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'WorkingGroup', id: string, version: number, statusFamily: StatusFamily }
   };

export type CreateNodeMutationVariables = Exact<{
  input: CreateNodeInput;
}>;


export type CreateNodeMutation = { __typename: 'Mutation', createNode:
    | { __typename: 'Agreement', id: string, version: number, nameDa: string }
    | { __typename: 'Artifact', id: string, version: number, nameDa: string }
    | { __typename: 'Body', id: string, version: number, nameDa: string }
    | { __typename: 'Cluster', id: string, version: number, nameDa: string }
    | { __typename: 'FocusArea', id: string, version: number, nameDa: string }
    | { __typename: 'Goal', id: string, version: number, nameDa: string }
    | { __typename: 'Hospital', id: string, version: number, nameDa: string }
    | { __typename: 'Initiative', id: string, version: number, nameDa: string }
    | { __typename: 'Municipality', id: string, version: number, nameDa: string }
    | { __typename: 'NationalPlan', id: string, version: number, nameDa: string }
    | { __typename: 'NationalReform', id: string, version: number, nameDa: string }
    | { __typename: 'Organisation', id: string, version: number, nameDa: string }
    | { __typename: 'Plan', id: string, version: number, nameDa: string }
    | { __typename: 'ReformElement', id: string, version: number, nameDa: string }
    | { __typename: 'Region', id: string, version: number, nameDa: string }
    | { __typename: 'RegionalScheme', id: string, version: number, nameDa: string }
    | { __typename: 'SourceDocument', id: string, version: number, nameDa: string }
    | { __typename: 'Task', id: string, version: number, nameDa: string }
    | { __typename: 'Vision', id: string, version: number, nameDa: string }
    | { __typename: 'WorkPlan', id: string, version: number, nameDa: string }
    | { __typename: 'WorkingGroup', id: string, version: number, nameDa: string }
   };

export type EndAwaitingMutationVariables = Exact<{
  input: EndAwaitingInput;
}>;


export type EndAwaitingMutation = { __typename: 'Mutation', endAwaiting:
    | { __typename: 'Agreement', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Artifact', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Body', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Cluster', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'FocusArea', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Goal', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Hospital', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Initiative', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Municipality', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'NationalPlan', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'NationalReform', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Organisation', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Plan', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'ReformElement', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Region', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'RegionalScheme', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'SourceDocument', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Task', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Vision', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'WorkPlan', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'WorkingGroup', id: string, version: number, statusFamily: StatusFamily }
   };

export type EndRelationMutationVariables = Exact<{
  input: EndRelationInput;
}>;


export type EndRelationMutation = { __typename: 'Mutation', endRelation: { __typename: 'Edge', id: string, version: number } };

export type FindPathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  types?: Array<RelationType> | RelationType | null | undefined;
}>;


export type FindPathQuery = { __typename: 'Query', path: Array<{ __typename: 'Subgraph', nodes: Array<
      | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
    >, edges: Array<{ __typename: 'Edge', id: string, source: string, target: string, type: RelationType, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, nameDa: string, asOf: string } }> }> }> };

export type ChangesQueryVariables = Exact<{
  from: string;
  to: string;
  first: number;
}>;


export type ChangesQuery = { __typename: 'Query', changes: { __typename: 'TimelineChangeConnection', totalCount: number, edges: Array<{ __typename: 'TimelineChangeEdge', node: { __typename: 'TimelineChange', recordedBy: string | null, recordedAt: string | null, kind: ChangeKind, date: string, node:
          | { __typename: 'Agreement', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'Artifact', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'Body', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'Cluster', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'FocusArea', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'Goal', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'Hospital', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'Initiative', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'Municipality', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'NationalPlan', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'NationalReform', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'Organisation', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'Plan', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'ReformElement', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'Region', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'RegionalScheme', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'SourceDocument', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'Task', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'Vision', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'WorkPlan', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
          | { __typename: 'WorkingGroup', label: NodeLabel, id: string, nameDa: string, nameEn: string | null, responsible: Array<{ __typename: 'Relation', other:
                | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
                | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
               }> }
        , edge: { __typename: 'Edge', id: string, type: RelationType, source: string, target: string, sources: Array<{ __typename: 'Source', quote: string | null, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }> } | null, before: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, after: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, textDa: string, date: string } | null, relationTarget:
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
         | null, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } | null } }> } };

export type DocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentsQuery = { __typename: 'Query', documents: Array<{ __typename: 'SourceDocument', id: string, title: string, asOf: string }> };

export type ExplorerGraphQueryVariables = Exact<{
  filter?: NodeFilter | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ExplorerGraphQuery = { __typename: 'Query', graph: { __typename: 'Subgraph', truncated: boolean, nodes: Array<
      | { __typename: 'Agreement', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Artifact', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Body', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Cluster', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'FocusArea', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Goal', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Hospital', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Initiative', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Municipality', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'NationalPlan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'NationalReform', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Organisation', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Plan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'ReformElement', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Region', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'RegionalScheme', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'SourceDocument', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Task', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Vision', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'WorkPlan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'WorkingGroup', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
    >, edges: Array<{ __typename: 'Edge', id: string, type: RelationType, source: string, target: string, mode: string | null, dependencyKind: string | null, role: string | null }> } };

export type FilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterOptionsQuery = { __typename: 'Query', clusters: { __typename: 'NodeConnection', edges: Array<{ __typename: 'NodeEdge', node:
        | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
       }> }, bodies: { __typename: 'NodeConnection', edges: Array<{ __typename: 'NodeEdge', node:
        | { __typename: 'Agreement', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Artifact', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Body', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Cluster', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'FocusArea', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Goal', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Hospital', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Initiative', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Municipality', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'NationalPlan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'NationalReform', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Organisation', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Plan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'ReformElement', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Region', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'RegionalScheme', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'SourceDocument', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Task', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Vision', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'WorkPlan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
        | { __typename: 'WorkingGroup', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null }
       }> } };

export type ImpactReportQueryVariables = Exact<{
  change: ImpactChangeInput;
  options?: ImpactOptions | null | undefined;
}>;


export type ImpactReportQuery = { __typename: 'Query', impact: { __typename: 'ImpactReport', markdown: string } };

export type ImpactQueryVariables = Exact<{
  change: ImpactChangeInput;
  options?: ImpactOptions | null | undefined;
}>;


export type ImpactQuery = { __typename: 'Query', impact: { __typename: 'ImpactReport', totalCount: number, pathLimit: number, subjects: Array<
      | { __typename: 'Agreement', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Artifact', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Body', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Cluster', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'FocusArea', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Goal', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Hospital', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Initiative', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Municipality', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'NationalPlan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'NationalReform', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Organisation', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Plan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'ReformElement', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Region', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'RegionalScheme', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'SourceDocument', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Task', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Vision', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'WorkPlan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'WorkingGroup', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
    >, summary: { __typename: 'ImpactSummary', direct: number, indirect: number, inherited: number, byResponsibleBody: Array<{ __typename: 'ImpactGroup', count: number, node:
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
         }>, byCluster: Array<{ __typename: 'ImpactGroup', count: number, node:
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
         }> }, affected: Array<{ __typename: 'AffectedNode', classification: ImpactClass, depth: number, rule: string, ruleDa: string, ruleEn: string, consequence: string, consequenceEn: string, consequenceCode: ConsequenceCode, effectiveDate: string | null, pathsTruncated: boolean, node:
        | { __typename: 'Agreement', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'Artifact', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'Body', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'Cluster', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'FocusArea', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'Goal', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'Hospital', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'Initiative', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'Municipality', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'NationalPlan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'NationalReform', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'Organisation', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'Plan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'ReformElement', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'Region', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'RegionalScheme', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'SourceDocument', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'Task', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'Vision', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'WorkPlan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
        | { __typename: 'WorkingGroup', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      , owners: Array<{ __typename: 'ImpactOwner', role: string | null, node:
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
         }>, clusters: Array<
        | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
      >, paths: Array<{ __typename: 'ImpactPath', rule: string, nodes: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        >, edges: Array<{ __typename: 'Edge', source: string, target: string, type: RelationType, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, nameDa: string, asOf: string } }> }> }> }> } };

export type ListFlagsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ListFlagsQuery = { __typename: 'Query', graph: { __typename: 'Subgraph', nodes: Array<
      | { __typename: 'Agreement', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'Artifact', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'Body', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'Cluster', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'FocusArea', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'Goal', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'Hospital', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'Initiative', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'Municipality', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'NationalPlan', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'NationalReform', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'Organisation', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'Plan', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'ReformElement', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'Region', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'RegionalScheme', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'SourceDocument', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'Task', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'Vision', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'WorkPlan', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
      | { __typename: 'WorkingGroup', id: string, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string }> }
    > } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename: 'Query', me: { __typename: 'Me', kind: ActorKind, id: string, name: string, role: Role | null, signInAvailable: boolean } };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  direction: Direction;
  asOf?: string | null | undefined;
}>;


export type NeighborhoodQuery = { __typename: 'Query', neighborhood: { __typename: 'Subgraph', nodes: Array<
      | { __typename: 'Agreement', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Artifact', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Body', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Cluster', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'FocusArea', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Goal', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Hospital', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Initiative', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Municipality', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'NationalPlan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'NationalReform', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Organisation', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Plan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'ReformElement', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Region', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'RegionalScheme', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'SourceDocument', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Task', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'Vision', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'WorkPlan', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
      | { __typename: 'WorkingGroup', id: string, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, recommendation: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null }
    >, edges: Array<{ __typename: 'Edge', id: string, type: RelationType, source: string, target: string, mode: string | null, dependencyKind: string | null, role: string | null }> } };

export type NodeChangesQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeChangesQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'Artifact', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'Body', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'Cluster', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'FocusArea', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'Goal', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'Hospital', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'Initiative', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'Municipality', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'NationalPlan', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'NationalReform', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'Organisation', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'Plan', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'ReformElement', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'Region', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'RegionalScheme', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'SourceDocument', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'Task', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'Vision', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'WorkPlan', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
    | { __typename: 'WorkingGroup', id: string, changes: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } }
   | null };

export type NodeDetailQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type NodeDetailQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement', validFrom: string | null, validTo: string | null, id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, ownerBody:
        | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
        | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
       | null, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'Artifact', id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'Body', activeFrom: string | null, activeTo: string | null, id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'Cluster', id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'FocusArea', id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'Goal', id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'Hospital', id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'Initiative', id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'Municipality', id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'NationalPlan', agreedOn: string | null, lawRef: string | null, effectiveFrom: string | null, id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'NationalReform', agreedOn: string | null, lawRef: string | null, effectiveFrom: string | null, id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'Organisation', id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'Plan', id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'ReformElement', agreedOn: string | null, lawRef: string | null, effectiveFrom: string | null, id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'Region', id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'RegionalScheme', id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'SourceDocument', title: string, file: string, asOf: string, id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'Task', level: string | null, id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'Vision', id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'WorkPlan', id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
    | { __typename: 'WorkingGroup', establishedOn: string | null, torStatus: string | null, id: string, version: number, label: NodeLabel, kind: string, nameDa: string, nameEn: string | null, aliases: Array<string>, note: string | null, statusFamily: StatusFamily, status: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, recommendation: { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } } | null, statusHistory: Array<{ __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } }>, horizon: { __typename: 'Horizon', raw: string, start: string | null, end: string | null } | null, sources: Array<{ __typename: 'Source', quote: string | null, confidence: Confidence, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } }>, relations: Array<{ __typename: 'Relation', direction: Direction, edge: { __typename: 'Edge', id: string, version: number, type: RelationType, mode: string | null, since: string | null, dependencyKind: string | null, effective: string | null, role: string | null, date: string | null, text: string | null, quote: string | null }, other:
          | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
          | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
         }> }
   | null };

export type StatusEntryFragment = { __typename: 'StatusObservation', seq: number, code: StatusCode, labelDa: string, labelEn: string, family: StatusFamily, textDa: string, date: string, observedOn: string, kind: ObservationKind, document: { __typename: 'SourceDocument', id: string, title: string } };

export type NodeFlagsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type NodeFlagsQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'Artifact', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'Body', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'Cluster', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'FocusArea', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'Goal', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'Hospital', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'Initiative', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'Municipality', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'NationalPlan', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'NationalReform', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'Organisation', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'Plan', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'ReformElement', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'Region', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'RegionalScheme', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'SourceDocument', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'Task', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'Vision', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'WorkPlan', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
    | { __typename: 'WorkingGroup', id: string, ended: boolean, validity: { __typename: 'Validity', from: string | null, fromBasis: ValidityFromBasis | null, to: string | null, toBasis: ValidityToBasis | null } | null, flags: Array<{ __typename: 'Flag', code: FlagCode, textDa: string, textEn: string, since: string, related: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        > }> }
   | null };

export type RecordedChangesQueryVariables = Exact<{
  id: string | number;
  since: string;
  first: number;
}>;


export type RecordedChangesQuery = { __typename: 'Query', recordedChanges: { __typename: 'ChangeConnection', totalCount: number, edges: Array<{ __typename: 'ChangeEdge', node: { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, nodes: Array<
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        >, statusesRecorded: Array<{ __typename: 'RecordedStatus', nodeId: string, status: { __typename: 'StatusObservation', seq: number, labelDa: string, labelEn: string, date: string } }>, actor: { __typename: 'ChangeActor', kind: string, name: string } } }> } };

export type WatchedChangesQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  first: number;
}>;


export type WatchedChangesQuery = { __typename: 'Query', node:
    | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
    | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
   | null, changes: { __typename: 'TimelineChangeConnection', totalCount: number, edges: Array<{ __typename: 'TimelineChangeEdge', node: { __typename: 'TimelineChange', recordingId: string | null, kind: ChangeKind, date: string, node:
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
        , before: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, date: string } | null, after: { __typename: 'StatusObservation', code: StatusCode, labelDa: string, labelEn: string, textDa: string, date: string } | null, edge: { __typename: 'Edge', id: string, type: RelationType, source: string, target: string } | null, relationTarget:
          | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
          | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
         | null, document: { __typename: 'SourceDocument', id: string, title: string, asOf: string } | null } }> } };

export type GraphChangedSubscriptionVariables = Exact<{
  scope: GraphChangeScope;
}>;


export type GraphChangedSubscription = { __typename: 'Subscription', graphChanged: { __typename: 'GraphChangeEvent', nodeIds: Array<string>, edgeIds: Array<string>, at: string, actorName: string | null, nodes: Array<
      | { __typename: 'Agreement', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Artifact', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Body', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Cluster', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'FocusArea', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Goal', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Hospital', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Initiative', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Municipality', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'NationalPlan', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'NationalReform', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Organisation', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Plan', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'ReformElement', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Region', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'RegionalScheme', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'SourceDocument', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Task', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'Vision', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'WorkPlan', id: string, nameDa: string, nameEn: string | null }
      | { __typename: 'WorkingGroup', id: string, nameDa: string, nameEn: string | null }
    > } };

export type RecordStatusMutationVariables = Exact<{
  input: RecordStatusInput;
}>;


export type RecordStatusMutation = { __typename: 'Mutation', recordStatus:
    | { __typename: 'Agreement', id: string, statusFamily: StatusFamily }
    | { __typename: 'Artifact', id: string, statusFamily: StatusFamily }
    | { __typename: 'Body', id: string, statusFamily: StatusFamily }
    | { __typename: 'Cluster', id: string, statusFamily: StatusFamily }
    | { __typename: 'FocusArea', id: string, statusFamily: StatusFamily }
    | { __typename: 'Goal', id: string, statusFamily: StatusFamily }
    | { __typename: 'Hospital', id: string, statusFamily: StatusFamily }
    | { __typename: 'Initiative', id: string, statusFamily: StatusFamily }
    | { __typename: 'Municipality', id: string, statusFamily: StatusFamily }
    | { __typename: 'NationalPlan', id: string, statusFamily: StatusFamily }
    | { __typename: 'NationalReform', id: string, statusFamily: StatusFamily }
    | { __typename: 'Organisation', id: string, statusFamily: StatusFamily }
    | { __typename: 'Plan', id: string, statusFamily: StatusFamily }
    | { __typename: 'ReformElement', id: string, statusFamily: StatusFamily }
    | { __typename: 'Region', id: string, statusFamily: StatusFamily }
    | { __typename: 'RegionalScheme', id: string, statusFamily: StatusFamily }
    | { __typename: 'SourceDocument', id: string, statusFamily: StatusFamily }
    | { __typename: 'Task', id: string, statusFamily: StatusFamily }
    | { __typename: 'Vision', id: string, statusFamily: StatusFamily }
    | { __typename: 'WorkPlan', id: string, statusFamily: StatusFamily }
    | { __typename: 'WorkingGroup', id: string, statusFamily: StatusFamily }
   };

export type RegisterDocumentMutationVariables = Exact<{
  input: RegisterDocumentInput;
}>;


export type RegisterDocumentMutation = { __typename: 'Mutation', registerDocument: { __typename: 'SourceDocument', id: string, title: string, asOf: string } };

export type RetireNodeMutationVariables = Exact<{
  input: RetireNodeInput;
}>;


export type RetireNodeMutation = { __typename: 'Mutation', retireNode:
    | { __typename: 'Agreement', id: string, version: number }
    | { __typename: 'Artifact', id: string, version: number }
    | { __typename: 'Body', id: string, version: number }
    | { __typename: 'Cluster', id: string, version: number }
    | { __typename: 'FocusArea', id: string, version: number }
    | { __typename: 'Goal', id: string, version: number }
    | { __typename: 'Hospital', id: string, version: number }
    | { __typename: 'Initiative', id: string, version: number }
    | { __typename: 'Municipality', id: string, version: number }
    | { __typename: 'NationalPlan', id: string, version: number }
    | { __typename: 'NationalReform', id: string, version: number }
    | { __typename: 'Organisation', id: string, version: number }
    | { __typename: 'Plan', id: string, version: number }
    | { __typename: 'ReformElement', id: string, version: number }
    | { __typename: 'Region', id: string, version: number }
    | { __typename: 'RegionalScheme', id: string, version: number }
    | { __typename: 'SourceDocument', id: string, version: number }
    | { __typename: 'Task', id: string, version: number }
    | { __typename: 'Vision', id: string, version: number }
    | { __typename: 'WorkPlan', id: string, version: number }
    | { __typename: 'WorkingGroup', id: string, version: number }
   };

export type RetractStatusMutationVariables = Exact<{
  input: RetractStatusInput;
}>;


export type RetractStatusMutation = { __typename: 'Mutation', retractStatus:
    | { __typename: 'Agreement', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Artifact', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Body', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Cluster', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'FocusArea', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Goal', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Hospital', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Initiative', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Municipality', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'NationalPlan', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'NationalReform', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Organisation', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Plan', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'ReformElement', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Region', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'RegionalScheme', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'SourceDocument', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Task', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'Vision', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'WorkPlan', id: string, version: number, statusFamily: StatusFamily }
    | { __typename: 'WorkingGroup', id: string, version: number, statusFamily: StatusFamily }
   };

export type RevertChangeMutationVariables = Exact<{
  input: RevertChangeInput;
}>;


export type RevertChangeMutation = { __typename: 'Mutation', revertChange: { __typename: 'Change', id: string, mutation: string } };

export type SearchNodesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchNodesQuery = { __typename: 'Query', search: Array<
    | { __typename: 'Agreement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'Artifact', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'Body', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'Cluster', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'FocusArea', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'Goal', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'Hospital', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'Initiative', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'Municipality', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'NationalPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'NationalReform', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'Organisation', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'Plan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'ReformElement', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'Region', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'RegionalScheme', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'SourceDocument', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'Task', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'Vision', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'WorkPlan', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
    | { __typename: 'WorkingGroup', id: string, label: NodeLabel, nameDa: string, nameEn: string | null, statusFamily: StatusFamily }
  > };

export type TrailEntryFragment = { __typename: 'Change', id: string, at: string, mutation: string, reason: string | null, revertOf: string | null, actor: { __typename: 'ChangeActor', kind: string, name: string } };

export type UpdateNodeMutationVariables = Exact<{
  input: UpdateNodeInput;
}>;


export type UpdateNodeMutation = { __typename: 'Mutation', updateNode:
    | { __typename: 'Agreement', id: string, version: number }
    | { __typename: 'Artifact', id: string, version: number }
    | { __typename: 'Body', id: string, version: number }
    | { __typename: 'Cluster', id: string, version: number }
    | { __typename: 'FocusArea', id: string, version: number }
    | { __typename: 'Goal', id: string, version: number }
    | { __typename: 'Hospital', id: string, version: number }
    | { __typename: 'Initiative', id: string, version: number }
    | { __typename: 'Municipality', id: string, version: number }
    | { __typename: 'NationalPlan', id: string, version: number }
    | { __typename: 'NationalReform', id: string, version: number }
    | { __typename: 'Organisation', id: string, version: number }
    | { __typename: 'Plan', id: string, version: number }
    | { __typename: 'ReformElement', id: string, version: number }
    | { __typename: 'Region', id: string, version: number }
    | { __typename: 'RegionalScheme', id: string, version: number }
    | { __typename: 'SourceDocument', id: string, version: number }
    | { __typename: 'Task', id: string, version: number }
    | { __typename: 'Vision', id: string, version: number }
    | { __typename: 'WorkPlan', id: string, version: number }
    | { __typename: 'WorkingGroup', id: string, version: number }
   };

export const CanvasNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CanvasNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"statusFamily"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<CanvasNodeFragment, unknown>;
export const CanvasEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CanvasEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Edge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<CanvasEdgeFragment, unknown>;
export const DescribedChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DescribedChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"textDa"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<DescribedChangeFragment, unknown>;
export const StatusEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusObservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"textDa"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<StatusEntryFragment, unknown>;
export const TrailEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrailEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revertOf"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TrailEntryFragment, unknown>;
export const AddRelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRelationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddRelationMutation, AddRelationMutationVariables>;
export const CorrectStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusFamily"}}]}}]}}]} as unknown as DocumentNode<CorrectStatusMutation, CorrectStatusMutationVariables>;
export const CreateNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}}]}}]}}]} as unknown as DocumentNode<CreateNodeMutation, CreateNodeMutationVariables>;
export const EndAwaitingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndAwaiting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndAwaitingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endAwaiting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusFamily"}}]}}]}}]} as unknown as DocumentNode<EndAwaitingMutation, EndAwaitingMutationVariables>;
export const EndRelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndRelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndRelationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EndRelationMutation, EndRelationMutationVariables>;
export const FindPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindPathQuery, FindPathQueryVariables>;
export const ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DescribedChange"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","alias":{"kind":"Name","value":"responsible"},"name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"IN"}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RESPONSIBLE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DescribedChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"textDa"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const DocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<DocumentsQuery, DocumentsQueryVariables>;
export const ExplorerGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CanvasNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CanvasEdge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CanvasNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"statusFamily"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CanvasEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Edge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<ExplorerGraphQuery, ExplorerGraphQueryVariables>;
export const FilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"clusters"},"name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"labels"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"Cluster"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bodies"},"name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"labels"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"Body"},{"kind":"EnumValue","value":"WorkingGroup"},{"kind":"EnumValue","value":"Organisation"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilterOptionsQuery, FilterOptionsQueryVariables>;
export const ImpactReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"change"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactChangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactOptions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"change"},"value":{"kind":"Variable","name":{"kind":"Name","value":"change"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markdown"}}]}}]}}]} as unknown as DocumentNode<ImpactReportQuery, ImpactReportQueryVariables>;
export const ImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Impact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"change"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactChangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactOptions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"change"},"value":{"kind":"Variable","name":{"kind":"Name","value":"change"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pathLimit"}},{"kind":"Field","name":{"kind":"Name","value":"subjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CanvasNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"indirect"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"byResponsibleBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"250"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"ruleDa"}},{"kind":"Field","name":{"kind":"Name","value":"ruleEn"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"consequenceEn"}},{"kind":"Field","name":{"kind":"Name","value":"consequenceCode"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"pathsTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CanvasNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CanvasNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"statusFamily"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<ImpactQuery, ImpactQueryVariables>;
export const ListFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"textDa"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListFlagsQuery, ListFlagsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"signInAvailable"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const NeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Direction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CanvasNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CanvasEdge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CanvasNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"statusFamily"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CanvasEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Edge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]} as unknown as DocumentNode<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const NodeChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrailEntry"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrailEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revertOf"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NodeChangesQuery, NodeChangesQueryVariables>;
export const NodeDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"statusFamily"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"horizon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"edge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"effective"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"statusFamily"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SourceDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"ownerBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkingGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"torStatus"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeFrom"}},{"kind":"Field","name":{"kind":"Name","value":"activeTo"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NationalNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lawRef"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusObservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"textDa"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<NodeDetailQuery, NodeDetailQueryVariables>;
export const NodeFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"validity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"fromBasis"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"toBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"textDa"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"related"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeFlagsQuery, NodeFlagsQueryVariables>;
export const RecordedChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordedChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"upstreamOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrailEntry"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusesRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrailEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revertOf"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordedChangesQuery, RecordedChangesQueryVariables>;
export const WatchedChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WatchedChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"upstreamOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DescribedChange"}},{"kind":"Field","name":{"kind":"Name","value":"recordingId"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DescribedChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"labelDa"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"textDa"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<WatchedChangesQuery, WatchedChangesQueryVariables>;
export const GraphChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"GraphChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GraphChangeScope"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<GraphChangedSubscription, GraphChangedSubscriptionVariables>;
export const RecordStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusFamily"}}]}}]}}]} as unknown as DocumentNode<RecordStatusMutation, RecordStatusMutationVariables>;
export const RegisterDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}}]}}]} as unknown as DocumentNode<RegisterDocumentMutation, RegisterDocumentMutationVariables>;
export const RetireNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RetireNodeMutation, RetireNodeMutationVariables>;
export const RetractStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetractStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetractStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retractStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusFamily"}}]}}]}}]} as unknown as DocumentNode<RetractStatusMutation, RetractStatusMutationVariables>;
export const RevertChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevertChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevertChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revertChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mutation"}}]}}]}}]} as unknown as DocumentNode<RevertChangeMutation, RevertChangeMutationVariables>;
export const SearchNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"nameDa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"statusFamily"}}]}}]}}]} as unknown as DocumentNode<SearchNodesQuery, SearchNodesQueryVariables>;
export const UpdateNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateNodeMutation, UpdateNodeMutationVariables>;