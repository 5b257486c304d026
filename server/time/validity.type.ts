/**
 * `Validity` in the API: when a node or relation exists, and on what evidence (gyldighed). The
 * same record as in `schema/domain.ts`, with the document resolved.
 */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import {
  VALIDITY_FROM_BASES,
  VALIDITY_TO_BASES,
  dateStart,
  type Validity as ValidityRecord,
  type ValidityFromBasis,
  type ValidityToBasis,
} from '../../schema/domain.js';
import { SourceDocument, type NodeView } from '../api/node.type.js';

export const ValidityFromBasisEnum = Object.fromEntries(
  VALIDITY_FROM_BASES.map((v) => [v.toUpperCase(), v]),
) as Record<Uppercase<ValidityFromBasis>, ValidityFromBasis>;
export const ValidityToBasisEnum = Object.fromEntries(
  VALIDITY_TO_BASES.map((v) => [v.toUpperCase(), v]),
) as Record<Uppercase<ValidityToBasis>, ValidityToBasis>;
registerEnumType(ValidityFromBasisEnum, {
  name: 'ValidityFromBasis',
  description:
    'Hvad starten bygger på: oprettet, aftalt, trådt i kraft, eller kun første omtale / established, agreed, in force, or only first mention',
});
registerEnumType(ValidityToBasisEnum, {
  name: 'ValidityToBasis',
  description: 'Hvad sluttede den: udløbet, afløst, udgået ved redigering / ended, superseded, retired',
});

@ObjectType({
  description:
    'Hvornår noget findes i komplekset; `to` er første dag, det ikke længere findes / when it exists; `to` is exclusive',
})
export class Validity {
  @Field(() => String, {
    nullable: true,
    description: 'Fra (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD); tom: før dokumenterne',
  })
  from!: string | null;

  @Field(() => ValidityFromBasisEnum, { nullable: true })
  fromBasis!: ValidityFromBasis | null;

  @Field(() => String, { nullable: true, description: 'Første dag, det ikke findes; tom: stadig gældende' })
  to!: string | null;

  @Field(() => ValidityToBasisEnum, { nullable: true })
  toBasis!: ValidityToBasis | null;

  @Field(() => SourceDocument, { nullable: true, description: 'Dokumentet, datoerne stammer fra' })
  document!: NodeView | null;
}

/** Not started by `asOf` (compared on the first day a partial date covers). */
export function notYetAt(validity: ValidityRecord | undefined, asOf: string): boolean {
  return validity?.from !== undefined && dateStart(validity.from) > asOf;
}

/** Ended by `asOf`: the exclusive end is on or before it. */
export function endedAt(validity: ValidityRecord | undefined, asOf: string): boolean {
  return validity?.to !== undefined && dateStart(validity.to) <= asOf;
}

/** Today's date in UTC, `YYYY-MM-DD`: the view date when none is asked. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
