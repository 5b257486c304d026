/** What being affected means for a node's work, in Danish and English (domain.md §4). */
import { RELATION_TEXT, type ConsequenceCode } from '../impact.rules.js';
import type { Consequence, NodeState, Reason } from './types.js';
import type { Wording } from './wording.js';

function consequence(
  code: ConsequenceCode,
  da: string,
  en: string,
  handoverTargets: string[] = [],
): Consequence {
  return { code, da, en, handoverTargets };
}

export function impactConsequence(
  state: NodeState,
  w: Wording,
  superseded: ReadonlySet<string>,
  successors: ReadonlyMap<string, string[]>,
  supersededOn: ReadonlyMap<string, string>,
): Consequence {
  const { effect } = w;
  if (state.classification === 'DIRECT') {
    const reason = pickDirect(state.roots);
    const x = reason.rule === 'DIRECT_SUPERSEDED' ? reason.edge.source : reason.from;
    const [da, en] = [w.name(x), w.nameEn(x)];
    if (reason.rule === 'DIRECT_SUPERSEDED') {
      const when = w.when(reason.edge, x);
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
      return consequence(
        'SUPERSEDED',
        `Afløses af ${da}${when.da}: afvikles eller overdrages`,
        `Superseded by ${en}${when.en}: wind down or hand over`,
      );
    }
    const edge = reason.edge;
    if (edge.type === 'AWAITS' && edge.props.mode === 'adjust') {
      const why =
        effect === 'LANDS' ? 'lander' : effect === 'DELAYED' ? 'er forsinket' : 'er trukket tilbage';
      const whyEn = effect === 'LANDS' ? 'lands' : effect === 'DELAYED' ? 'is delayed' : 'is withdrawn';
      return consequence('REPLAN', `Skal omplanlægges: ${da} ${why}`, `Re-plan: ${en} ${whyEn}`);
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
      if (reason.rule === 'DIRECT_ON_PARENT') {
        return consequence(
          'REPLAN',
          `Afventer ${da}, som ændringen er en del af: vurder om arbejdet kan starte eller skal omplanlægges`,
          `Awaits ${en}, which the change is part of: assess whether the work can start or must be re-planned`,
        );
      }
      const when = w.when();
      return consequence(
        'READY_TO_START',
        `Afventede ${da}: klar til opstart${when.da}`,
        `Was awaiting ${en}: ready to start${when.en}`,
      );
    }
    if (edge.type === 'DEPENDS_ON') {
      const kind = edge.props.dependencyKind;
      const [what, whatEn] =
        kind === 'legal'
          ? ['Hjemmel', 'Legal basis']
          : kind === 'funding'
            ? ['Finansiering', 'Funding']
            : ['Forudsætning', 'Prerequisite'];
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
      return consequence('PREREQUISITE_MET', `${what} på plads: ${da}`, `${whatEn} in place: ${en}`);
    }
    if (effect === 'DELAYED')
      return consequence('REPLAN', `Omplanlæg: ${da} er forsinket`, `Re-plan: ${en} is delayed`);
    if (effect === 'WITHDRAWN')
      return consequence(
        'BASIS_WITHDRAWN',
        `Grundlaget ${da} er trukket tilbage: tag stilling`,
        `The basis ${en} is withdrawn: decide what to do`,
      );
    return consequence('ALIGN_WITH_NATIONAL', `Skal tilpasses ${da}`, `Align with ${en}`);
  }
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
    ];
    if (owners.length > 0) {
      const targets = [...new Set(owners.flatMap((o) => successors.get(o) ?? []))];
      const da = owners.map((o) => w.name(o)).join(', ');
      const en = owners.map((o) => w.nameEn(o)).join(', ');
      const when = w.when(undefined, undefined, supersededOn.get(owners[0]));
      if (effect === 'DELAYED')
        return consequence(
          'HANDOVER_DELAYED',
          `Overdragelsen fra ${da} udskydes`,
          `The handover from ${en} is delayed`,
          targets,
        );
      if (effect === 'WITHDRAWN')
        return consequence(
          'KEEPS_OWNER',
          `Beholder ejer/forum ${da}`,
          `Keeps its owner/forum ${en}`,
          targets,
        );
      const to = targets.length > 0 ? targets.map((t) => w.name(t)).join(', ') : 'ny ejer (skal udpeges)';
      const toEn =
        targets.length > 0 ? targets.map((t) => w.nameEn(t)).join(', ') : 'a new owner (to be named)';
      return consequence(
        'LOSES_OWNER',
        `Mister ejer/forum ${da}${when.da}: kræver overdragelse til ${to}`,
        `Loses its owner/forum ${en}${when.en}: needs a handover to ${toEn}`,
        targets,
      );
    }
    const via = state.hops[0]?.edge.type;
    const relation = via ? RELATION_TEXT[via] : { da: 'en relation', en: 'a relationship' };
    return consequence(
      'REVIEW',
      `Berørt via «${relation.da}» til et direkte berørt element: gennemgå konsekvensen`,
      `Touched via “${relation.en}” to a directly affected item: review`,
    );
  }
  const parent = state.inherits[0]?.from;
  return consequence(
    'FOLLOWS_PARENT',
    `Del af et berørt element${parent ? ` (${parent})` : ''}: følger dets konsekvens`,
    `Part of an affected item${parent ? ` (${parent})` : ''}: follows its consequence`,
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
