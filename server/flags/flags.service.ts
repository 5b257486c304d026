/**
 * Loads what the flag rules read (edges both ways, the nodes at their ends, the agreements a
 * node sits under, what supersedes its owners) through the request's loaders, so flags for a
 * page of nodes cost a few batched store calls, and applies `deriveFlags`.
 */
import type { GraphEdgeRecord, GraphNodeRecord, IsoDate } from '../../schema/domain.js';
import type { Loaders } from '../api/loaders.js';
import { deriveFlags, ownersOf, type FlagRecord, type FlagNeighbourhood } from './flag-rules.js';

/** How far up PART_OF / CONCRETIZES to look for the agreement a node sits under. */
const AGREEMENT_DEPTH = 4;

export class FlagsService {
  constructor(private readonly loaders: Loaders) {}

  async flags(node: GraphNodeRecord, asOf: IsoDate): Promise<FlagRecord[]> {
    return deriveFlags(node, await this.neighbourhood(node), asOf);
  }

  private async neighbourhood(node: GraphNodeRecord): Promise<FlagNeighbourhood> {
    const edges = await this.loaders.relations.load({ id: node.id, direction: 'BOTH', types: undefined });
    const neighbours = await this.records(edges.map((e) => (e.source === node.id ? e.target : e.source)));
    if (node.props.ownerBody !== undefined) {
      for (const [id, record] of await this.records([node.props.ownerBody])) neighbours.set(id, record);
    }
    const owners = ownersOf(node, edges);
    const supersedingOwners = new Map<string, GraphEdgeRecord[]>();
    await Promise.all(
      owners.map(async (owner) => {
        const incoming = await this.loaders.relations.load({
          id: owner,
          direction: 'IN',
          types: ['SUPERSEDES'],
        });
        supersedingOwners.set(owner, incoming);
        for (const [id, record] of await this.records(incoming.map((e) => e.source)))
          neighbours.set(id, record);
      }),
    );
    return {
      edges,
      nodes: neighbours,
      agreementsAbove: await this.agreementsAbove(node.id),
      supersedingOwners,
    };
  }

  /** Agreements above `id` over PART_OF / CONCRETIZES, nearest first, each once. */
  private async agreementsAbove(id: string): Promise<GraphNodeRecord[]> {
    const seen = new Set([id]);
    const found: GraphNodeRecord[] = [];
    let frontier = [id];
    for (let depth = 0; depth < AGREEMENT_DEPTH && frontier.length > 0; depth += 1) {
      const edges = (
        await Promise.all(
          frontier.map((f) =>
            this.loaders.relations.load({ id: f, direction: 'OUT', types: ['PART_OF', 'CONCRETIZES'] }),
          ),
        )
      ).flat();
      const next = [...new Set(edges.map((e) => e.target))].filter((t) => !seen.has(t)).sort();
      next.forEach((t) => seen.add(t));
      for (const record of (await this.records(next)).values())
        if (record.label === 'Agreement') found.push(record);
      frontier = next;
    }
    return found;
  }

  private async records(ids: readonly string[]): Promise<Map<string, GraphNodeRecord>> {
    const unique = [...new Set(ids)];
    const loaded = await this.loaders.node.loadMany(unique);
    const out = new Map<string, GraphNodeRecord>();
    loaded.forEach((record, i) => {
      if (record && !(record instanceof Error)) out.set(unique[i] as string, record);
    });
    return out;
  }
}
