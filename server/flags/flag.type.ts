/** `Flag` in the API: something that looks wrong now, explained in words. */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface, type NodeView } from '../api/node.type.js';
import { FLAG_CODES, type FlagCode } from './flag-rules.js';

export const FlagCodeEnum = Object.fromEntries(FLAG_CODES.map((c) => [c, c])) as Record<FlagCode, FlagCode>;
registerEnumType(FlagCodeEnum, {
  name: 'FlagCode',
  description: 'Afledte advarsler pr. visningsdatoen / derived flags as of the view date',
  valuesConfig: {
    STALE_STATUS: { description: 'Ingen status i 12 måneder / no status observed for 12 months' },
    AGREEMENT_LAPSED: {
      description:
        'I gang under en aftale, der er udløbet eller afløst / active under an expired or superseded agreement',
    },
    AWAITED_WORK_LANDED: {
      description:
        'Det afventede er på plads: klar til at genoptage? / awaited work has landed: ready to restart?',
    },
    NO_RESPONSIBLE_BODY: { description: 'I gang uden ansvarligt organ / active without a responsible body' },
    OWNER_BEING_ABOLISHED: {
      description: 'Ejes af et organ, der nedlægges / owned by a body being abolished',
    },
  },
});

@ObjectType({ description: 'En afledt advarsel / a derived flag' })
export class Flag {
  @Field(() => FlagCodeEnum)
  code!: FlagCode;

  @Field(() => String)
  textDa!: string;

  @Field(() => String)
  textEn!: string;

  @Field(() => String, { description: 'Siden hvornår (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)' })
  since!: string;

  @Field(() => [NodeInterface], { description: 'Noderne, der forklarer den / the nodes that explain it' })
  related!: NodeView[];
}
