/**
 * Regression: impact paths and handover targets followed the order in which a store listed its
 * edges, so the embedded store and Neo4j explained the same node with differently ordered (and,
 * past the path limit, different) paths. The same graph with its edges in reverse order must give
 * the same report, path for path.
 */
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../seed/load-seed.js';
import { analyseImpact, analyseUpstream, type ImpactAnalysis } from '../../server/impact/engine/engine.js';
import { memoryPort } from './memory-port.js';

const seed = loadSeed();
const forward = memoryPort(seed);
const reversed = memoryPort({ nodes: [...seed.nodes].reverse(), edges: [...seed.edges].reverse() });

function report(analysis: ImpactAnalysis): unknown[] {
  return analysis.affected.map((a) => ({ ...a, paths: analysis.paths(a.id) }));
}

describe('impact does not depend on the order of the store’s edges', () => {
  it.each(['nat-2024-afskaffelse', 'nat-2024-96t', 'nat-10aar-psyk', 'nat-kvalitetsstandard-akut'])(
    'impact of %s, first 2 paths per node',
    async (id) => {
      const options = { maxDepth: 2, maxPathsPerNode: 2 };
      const [a, b] = await Promise.all([
        analyseImpact(forward, { nodeIds: [id] }, options),
        analyseImpact(reversed, { nodeIds: [id] }, options),
      ]);
      expect(report(b)).toStrictEqual(report(a));
    },
  );

  it('upstream of ini-prioriteringer-2025', async () => {
    const [a, b] = await Promise.all([
      analyseUpstream(forward, 'ini-prioriteringer-2025'),
      analyseUpstream(reversed, 'ini-prioriteringer-2025'),
    ]);
    expect(report(b)).toStrictEqual(report(a));
  });
});
