/**
 * The responsible-body choices, grouped the way the secretariat thinks of them (political,
 * administrative, cluster steering groups, health councils, working groups, other) and sorted
 * by Danish collation inside each group, instead of 45 entries in storage order.
 */
import type { NodeLabel } from '../../shared/domain.js';

export type BodyGroup =
  'political' | 'administrative' | 'clusters' | 'healthCouncils' | 'workingGroups' | 'other';
export const BODY_GROUPS: readonly BodyGroup[] = [
  'political',
  'administrative',
  'clusters',
  'healthCouncils',
  'workingGroups',
  'other',
];

const GROUP_OF_KIND: Readonly<Record<string, BodyGroup>> = {
  political_committee: 'political',
  council: 'political',
  municipal_network: 'political',
  steering_group: 'administrative',
  committee: 'administrative',
  chair: 'administrative',
  secretariat: 'administrative',
  thematic_group: 'administrative',
  forum: 'administrative',
  network: 'administrative',
  alliance: 'administrative',
  cluster_steering_group: 'clusters',
  health_council: 'healthCouncils',
};

export interface BodyChoice {
  id: string;
  label: NodeLabel;
  kind: string;
  name: string;
}

export function bodyGroupOf(choice: Pick<BodyChoice, 'label' | 'kind'>): BodyGroup {
  if (choice.label === 'WorkingGroup') return 'workingGroups';
  if (choice.label !== 'Body') return 'other';
  return GROUP_OF_KIND[choice.kind] ?? 'other';
}

/** Non-empty groups in `BODY_GROUPS` order, each sorted by name (`locale` collation). */
export function groupBodies(
  choices: readonly BodyChoice[],
  locale: string,
): { group: BodyGroup; choices: BodyChoice[] }[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return BODY_GROUPS.map((group) => ({
    group,
    choices: choices
      .filter((choice) => bodyGroupOf(choice) === group)
      .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)),
  })).filter((entry) => entry.choices.length > 0);
}
