import { dateStart, type GraphNodeRecord, type StatusObservation } from '../../schema/domain.js';

/**
 * The current status (domain.md §2): the latest observation of kind fact or decision. Plans and
 * recommendations never become current; a node with only those has no current status.
 */
export function currentStatus(node: GraphNodeRecord): StatusObservation | undefined {
  let best: StatusObservation | undefined;
  for (const o of node.statusHistory) {
    if (o.kind !== 'fact' && o.kind !== 'decision') continue;
    if (!best) {
      best = o;
      continue;
    }
    const a = dateStart(o.date);
    const b = dateStart(best.date);
    if (a > b || (a === b && o.seq >= best.seq)) best = o;
  }
  return best;
}
