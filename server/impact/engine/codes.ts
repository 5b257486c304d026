/** The int codes the engine classifies with: rules, classes, reason lists and relation types. */
import { RELATION_TYPES } from '../../../schema/domain.js';
import { IMPACT_RULES, type ImpactClass, type ImpactRule } from '../impact.rules.js';

export const RULES = Object.keys(IMPACT_RULES) as ImpactRule[];
const RULE_CODE = new Map(RULES.map((rule, code) => [rule, code]));
export const code = (rule: ImpactRule): number => RULE_CODE.get(rule) as number;
/** Class codes: 0 is "not affected". */
export const DIRECT = 1;
export const INDIRECT = 2;
export const INHERITED = 3;
export const CLASS_OF_CODE: readonly ImpactClass[] = ['DIRECT', 'DIRECT', 'INDIRECT', 'INHERITED'];
export const CODE_OF_CLASS: Record<ImpactClass, number> = { DIRECT, INDIRECT, INHERITED };
export const ROOTS = 0;
export const HOPS = 1;
export const INHERITS = 2;
export const TYPE_CODE = new Map(RELATION_TYPES.map((type, i) => [type, i]));
export const PART_OF = TYPE_CODE.get('PART_OF') as number;
export const SUPERSEDES = TYPE_CODE.get('SUPERSEDES') as number;
export const COUPLED_WITH = TYPE_CODE.get('COUPLED_WITH') as number;
export const RESPONSIBLE = TYPE_CODE.get('RESPONSIBLE') as number;

/** Strength of the direct rules, strongest first. */
export function ruleOrder(rule: ImpactRule): number {
  return ['DIRECT_SUPERSEDED', 'DIRECT_ON_CHANGE', 'DIRECT_ON_PART', 'DIRECT_ON_PARENT'].indexOf(rule);
}
