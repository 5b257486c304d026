/** What being affected means for a node's work, in Danish and English (domain.md §4). */
import { RELATION_TEXT, type ConsequenceCode } from '../impact.rules.js';
import type { Consequence, NodeState, Reason } from './types.js';
import type { Wording } from './wording.js';

function consequence(
  code: ConsequenceCode,
  da: string,
  en: string,
  effective?: string,
  handoverTargets: string[] = [],
): Consequence {
  return effective ? { code, da, en, handoverTargets, effective } : { code, da, en, handoverTargets };
}

const DEPENDENCY_WORDS = {
  legal: ['Hjemmel', 'Legal basis'],
  funding: ['Finansiering', 'Funding'],
  prerequisite: ['Forudsætning', 'Prerequisite'],
} as const;

function dependencyWords(reason: Reason): readonly [string, string] {
  return DEPENDENCY_WORDS[reason.edge.props.dependencyKind ?? 'prerequisite'];
}

/**
 * The item waits on, depends on or derives from the reform the change is a part of: only that
 * part lands, slips or is withdrawn, and the rest of the reform stands (issue 13: withdrawing
 * the 96-hour element withdraws that element, not the 2024 reform agreement).
 */
function onParent(reason: Reason, w: Wording): Consequence {
  const { effect } = w;
  const [parent, parentEn] = [w.name(reason.from), w.nameEn(reason.from)];
  const change = w.change();
  const effective = w.changeDate();
  const when = w.from(effective);
  const [what, whatEn] = dependencyWords(reason);
  const type = reason.edge.type;
  if (type === 'AWAITS') {
    if (effect === 'DELAYED')
      return consequence(
        'REPLAN',
        `Afventer ${parent}, hvis del ${change.da} er forsinket: vurder om arbejdet forsinkes`,
        `Awaits ${parentEn}, whose part ${change.en} is delayed: assess whether the work slips`,
      );
    if (effect === 'WITHDRAWN')
      return consequence(
        'REPLAN',
        `Afventer ${parent}, hvis del ${change.da} trækkes tilbage; resten af ${parent} står ved magt: vurder betydningen for arbejdet`,
        `Awaits ${parentEn}, whose part ${change.en} is withdrawn; the rest of ${parentEn} stands: assess what it means for the work`,
      );
    return consequence(
      'REPLAN',
      `Afventer ${parent}, hvis del ${change.da} lander${when.da}: vurder om arbejdet kan starte eller skal omplanlægges`,
      `Awaits ${parentEn}, whose part ${change.en} lands${when.en}: assess whether the work can start or must be re-planned`,
      effective,
    );
  }
  if (type === 'DEPENDS_ON') {
    if (effect === 'DELAYED')
      return consequence(
        'PREREQUISITE_DELAYED',
        `${what} i ${parent} er delvis forsinket (delen ${change.da}): tidsplanen kan skubbes`,
        `${whatEn} in ${parentEn} is partly delayed (its part ${change.en}): the schedule may slip`,
      );
    if (effect === 'WITHDRAWN')
      return consequence(
        'REPLAN',
        `${what} i ${parent} mister delen ${change.da}, som trækkes tilbage: tag stilling til, om forudsætningen stadig holder`,
        `${whatEn} in ${parentEn} loses its part ${change.en}, which is withdrawn: decide whether the prerequisite still holds`,
      );
    return consequence(
      'REPLAN',
      `${what} i ${parent} er delvis på plads (delen ${change.da} lander${when.da}): vurder om forudsætningen er opfyldt`,
      `${whatEn} in ${parentEn} is partly in place (its part ${change.en} lands${when.en}): assess whether the prerequisite is met`,
      effective,
    );
  }
  if (effect === 'DELAYED')
    return consequence(
      'REPLAN',
      `Omplanlæg: ${change.da} (en del af ${parent}) er forsinket`,
      `Re-plan: ${change.en} (part of ${parentEn}) is delayed`,
    );
  if (effect === 'WITHDRAWN')
    return consequence(
      'REPLAN',
      `Grundlaget ${parent} står ved magt, men delen ${change.da} trækkes tilbage: tag stilling`,
      `The basis ${parentEn} stands, but its part ${change.en} is withdrawn: decide what to do`,
    );
  return consequence(
    'ALIGN_WITH_NATIONAL',
    `Skal tilpasses ${change.da} (en del af ${parent})${when.da}`,
    `Align with ${change.en} (part of ${parentEn})${when.en}`,
    effective,
  );
}

/** Direct: the item points at the change itself or at a part of it (a part goes with the whole). */
function direct(reason: Reason, w: Wording): Consequence {
  const { effect } = w;
  if (reason.rule === 'DIRECT_ON_PARENT') return onParent(reason, w);
  if (reason.rule === 'DIRECT_SUPERSEDED') {
    const x = reason.edge.source;
    const [da, en] = [w.name(x), w.nameEn(x)];
    if (effect === 'DELAYED')
      return consequence(
        'SUPERSESSION_DELAYED',
        `Afløsningen ved ${da} udskydes: fortsætter indtil videre`,
        `Replacement by ${en} is delayed: continues for now`,
      );
    if (effect === 'WITHDRAWN')
      return consequence(
        'NOT_SUPERSEDED',
        `Afløses ikke af ${da}: fortsætter`,
        `Not superseded by ${en}: continues`,
      );
    const effective = w.dateOf(reason.edge, x);
    const when = w.from(effective);
    return consequence(
      'SUPERSEDED',
      `Afløses af ${da}${when.da}: afvikles eller overdrages`,
      `Superseded by ${en}${when.en}: wind down or hand over`,
      effective,
    );
  }
  const x = reason.from;
  // A part of the change goes with it: say whose part it is.
  const change = w.change();
  const [da, en] =
    reason.rule === 'DIRECT_ON_PART'
      ? [`${w.name(x)} (en del af ${change.da})`, `${w.nameEn(x)} (part of ${change.en})`]
      : [w.name(x), w.nameEn(x)];
  const effective = w.dateOf(undefined, x) ?? w.changeDate();
  const when = w.from(effective);
  const edge = reason.edge;
  if (edge.type === 'AWAITS' && edge.props.mode === 'adjust') {
    const why = effect === 'LANDS' ? 'lander' : effect === 'DELAYED' ? 'er forsinket' : 'er trukket tilbage';
    const whyEn = effect === 'LANDS' ? 'lands' : effect === 'DELAYED' ? 'is delayed' : 'is withdrawn';
    return consequence(
      'REPLAN',
      `Skal omplanlægges: ${da} ${why}${when.da}`,
      `Re-plan: ${en} ${whyEn}${when.en}`,
      effective,
    );
  }
  if (edge.type === 'AWAITS') {
    if (effect === 'DELAYED')
      return consequence(
        'BLOCKED_LONGER',
        `Afventer ${da}, som er forsinket: forbliver blokeret`,
        `Awaits ${en}, which is delayed: stays blocked`,
      );
    if (effect === 'WITHDRAWN')
      return consequence(
        'BASIS_WITHDRAWN',
        `Afventede ${da}, som er trukket tilbage: tag stilling til nyt grundlag eller lukning`,
        `Awaited ${en}, which is withdrawn: decide on a new basis or closure`,
      );
    return consequence(
      'READY_TO_START',
      `Afventede ${da}: klar til opstart${when.da}`,
      `Was awaiting ${en}: ready to start${when.en}`,
      effective,
    );
  }
  if (edge.type === 'DEPENDS_ON') {
    const [what, whatEn] = dependencyWords(reason);
    if (effect === 'DELAYED')
      return consequence(
        'PREREQUISITE_DELAYED',
        `${what} (${da}) er forsinket: tidsplanen skubbes`,
        `${whatEn} (${en}) is delayed: the schedule slips`,
      );
    if (effect === 'WITHDRAWN')
      return consequence(
        'PREREQUISITE_LOST',
        `${what} (${da}) bortfalder: tag stilling`,
        `${whatEn} (${en}) is gone: decide what to do`,
      );
    return consequence(
      'PREREQUISITE_MET',
      `${what} på plads: ${da}${when.da}`,
      `${whatEn} in place: ${en}${when.en}`,
      effective,
    );
  }
  if (effect === 'DELAYED')
    return consequence('REPLAN', `Omplanlæg: ${da} er forsinket`, `Re-plan: ${en} is delayed`);
  if (effect === 'WITHDRAWN')
    return consequence(
      'BASIS_WITHDRAWN',
      `Grundlaget ${da} er trukket tilbage: tag stilling`,
      `The basis ${en} is withdrawn: decide what to do`,
    );
  return consequence(
    'ALIGN_WITH_NATIONAL',
    `Skal tilpasses ${da}${when.da}`,
    `Align with ${en}${when.en}`,
    effective,
  );
}

export function impactConsequence(
  state: NodeState,
  w: Wording,
  superseded: ReadonlySet<string>,
  successors: ReadonlyMap<string, string[]>,
  supersededOn: ReadonlyMap<string, string>,
): Consequence {
  const { effect } = w;
  if (state.classification === 'DIRECT') return direct(pickDirect(state.roots), w);
  if (state.classification === 'INDIRECT') {
    const owners = [
      ...new Set(
        state.hops
          .filter(
            (r) =>
              superseded.has(r.from) &&
              ((r.edge.type === 'IMPLEMENTED_BY' && r.edge.target === r.from) ||
                (r.edge.type === 'RESPONSIBLE' && r.edge.source === r.from)),
          )
          .map((r) => r.from),
      ),
    ].sort();
    if (owners.length > 0) {
      const targets = [...new Set(owners.flatMap((o) => successors.get(o) ?? []))].sort();
      const da = owners.map((o) => w.name(o)).join(', ');
      const en = owners.map((o) => w.nameEn(o)).join(', ');
      if (effect === 'DELAYED')
        return consequence(
          'HANDOVER_DELAYED',
          `Overdragelsen fra ${da} udskydes`,
          `The handover from ${en} is delayed`,
          undefined,
          targets,
        );
      if (effect === 'WITHDRAWN')
        return consequence(
          'KEEPS_OWNER',
          `Beholder ejer/forum ${da}`,
          `Keeps its owner/forum ${en}`,
          undefined,
          targets,
        );
      const effective = w.dateOf(undefined, undefined, supersededOn.get(owners[0] as string));
      const when = w.from(effective);
      const to = targets.length > 0 ? targets.map((t) => w.name(t)).join(', ') : 'ny ejer (skal udpeges)';
      const toEn =
        targets.length > 0 ? targets.map((t) => w.nameEn(t)).join(', ') : 'a new owner (to be named)';
      return consequence(
        'LOSES_OWNER',
        `Mister ejer/forum ${da}${when.da}: kræver overdragelse til ${to}`,
        `Loses its owner/forum ${en}${when.en}: needs a handover to ${toEn}`,
        effective,
        targets,
      );
    }
    const hop = state.hops.find((r) => w.knows(r.from)) ?? state.hops[0];
    const relation = hop ? RELATION_TEXT[hop.edge.type] : { da: 'en relation', en: 'a relationship' };
    const effective = w.changeDate();
    if (hop && w.knows(hop.from)) {
      return consequence(
        'REVIEW',
        `Berørt via ${w.name(hop.from)} (${relation.da}): gennemgå konsekvensen`,
        `Touched via ${w.nameEn(hop.from)} (${relation.en}): review`,
        effective,
      );
    }
    return consequence(
      'REVIEW',
      `Berørt via relationen »${relation.da}« til et berørt element: gennemgå konsekvensen`,
      `Touched via “${relation.en}” to an affected item: review`,
      effective,
    );
  }
  const parent = state.inherits.find((r) => w.knows(r.from))?.from;
  return consequence(
    'FOLLOWS_PARENT',
    parent
      ? `Del af ${w.name(parent)}: følger samme konsekvens`
      : 'Del af et berørt element: følger samme konsekvens',
    parent
      ? `Part of ${w.nameEn(parent)}: follows the same consequence`
      : 'Part of an affected item: follows the same consequence',
    w.changeDate(),
  );
}

function pickDirect(roots: readonly Reason[]): Reason {
  const score = (r: Reason): number =>
    r.rule === 'DIRECT_SUPERSEDED'
      ? 0
      : r.edge.type === 'AWAITS'
        ? r.edge.props.mode === 'adjust'
          ? 2
          : 1
        : r.edge.type === 'DEPENDS_ON'
          ? 3
          : 4;
  return [...roots].sort((a, b) => score(a) - score(b))[0] as Reason;
}

export function upstreamConsequence(state: NodeState, w: Wording, id: string): Consequence {
  const [da, en] = [w.name(id), w.nameEn(id)];
  const reason = state.roots[0] ?? state.hops[0];
  if (!reason) {
    return consequence('FOLLOWS_PARENT', `Del af noget, ${da} venter på`, `Part of something ${en} waits on`);
  }
  const edge = reason.edge;
  const prefix = reason.rule === 'UPSTREAM_DIRECT' ? '' : 'Indirekte: ';
  const prefixEn = reason.rule === 'UPSTREAM_DIRECT' ? '' : 'Indirectly: ';
  if (edge.type === 'AWAITS' && edge.props.mode === 'adjust')
    return consequence(
      'UPSTREAM_ADJUSTMENT',
      `${prefix}${da} skal tilpasses, når dette lander`,
      `${prefixEn}${en} must adjust when this lands`,
    );
  if (edge.type === 'AWAITS')
    return consequence(
      'UPSTREAM_BLOCKER',
      `${prefix}skal lande, før ${da} kan starte`,
      `${prefixEn}must land before ${en} can start`,
    );
  if (edge.type === 'DEPENDS_ON')
    return consequence(
      'UPSTREAM_PREREQUISITE',
      `${prefix}forudsætning for ${da}`,
      `${prefixEn}a prerequisite of ${en}`,
    );
  return consequence('UPSTREAM_BASIS', `${prefix}grundlag for ${da}`, `${prefixEn}the basis of ${en}`);
}
